/**
 * Fills the "{name}" placeholders of a dictionary string: fillTemplate('{count} results', { count: 3 }).
 * A placeholder without a value stays visible, so a missing value is easy to spot.
 */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
