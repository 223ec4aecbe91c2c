/** A date as its calendar day in UTC, e.g. 2026-11-24: for <time datetime>, structured data, feeds and messages. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
