import { fields, type ComponentSchema } from '@keystatic/core';
import type { z } from 'astro/zod';

/**
 * The admin's form fields, read off the Zod schemas (src/collections/schemas.ts): one admin field per schema field,
 * its label from the field's name and its help text from the field's .describe(). Nothing here restates a field.
 */

/** What Zod tells us about one field, once its optional/default/pipe wrappers are peeled off. */
interface FieldFacts {
  schema: z.ZodType;
  type: string;
  description: string | undefined;
  required: boolean;
  defaultValue: unknown;
}

interface ZodDef {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  defaultValue?: unknown;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  entries?: Record<string, string>;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  checks?: Array<{ _zod: { def: { check: string; minimum?: number; value?: number } } }>;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: ZodDef } })._zod.def;

/** Peels .optional(), .default(), .pipe() and .coerce off a field, keeping the outermost description. */
export function fieldFacts(schema: z.ZodType): FieldFacts {
  let current = schema;
  let description = schema.description;
  let required = true;
  let defaultValue: unknown;
  for (;;) {
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault') {
      required = false;
      if (def.type !== 'optional') defaultValue = typeof def.defaultValue === 'function' ? undefined : def.defaultValue;
      current = def.innerType!;
    } else if (def.type === 'pipe') {
      current = def.in!;
    } else break;
    description ??= current.description;
  }
  return { schema: current, type: defOf(current).type, description, required, defaultValue };
}

/** The fields of an object schema (after its refinements, which Zod 4 keeps on the object itself). */
export function shapeOf(schema: z.ZodType): Record<string, z.ZodType> {
  const facts = fieldFacts(schema);
  const shape = defOf(facts.schema).shape;
  if (facts.type !== 'object' || !shape) throw new Error(`expected an object schema, got ${facts.type}`);
  return shape;
}

/** "lastReviewed" → "Last reviewed", "about-the-treatment" → "About the treatment". */
export function labelOf(name: string): string {
  const words = name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/-/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const minimumOf = (schema: z.ZodType, check: string) =>
  defOf(schema).checks?.find((c) => c._zod.def.check === check)?._zod.def;

/**
 * How a field is edited when its Zod type alone does not say: a list of sources is picked from the sources
 * collection, a related page from the site's pages. Keyed by the field's name in the schemas.
 */
export interface FieldChoices {
  /** Field names whose values are source ids (sources:, keyFacts' cite:). */
  sourceLists: ReadonlySet<string>;
  /** Field names whose values are site paths, and the paths to pick from. */
  pagePaths: { fields: ReadonlySet<string>; paths: readonly string[] };
  /** Text fields of whole sentences: a bigger box. */
  multiline: ReadonlySet<string>;
  /** The schema instance standing for a reference to a source (what collectionSchemas() was given). */
  sourceRef: z.ZodType;
}

/** The admin field for one schema field. Throws, naming the field, for a Zod type the admin cannot edit. */
export function adminField(name: string, schema: z.ZodType, choices: FieldChoices): ComponentSchema {
  const facts = fieldFacts(schema);
  const label = labelOf(name);
  const description = facts.description;
  const def = defOf(facts.schema);

  if (facts.schema === choices.sourceRef) {
    return fields.relationship({
      label,
      description,
      collection: 'sources',
      validation: { isRequired: facts.required },
    });
  }
  switch (facts.type) {
    case 'string':
      return fields.text({
        label,
        description,
        multiline: choices.multiline.has(name),
        validation: { isRequired: facts.required },
      });
    case 'enum': {
      const values = Object.values(def.entries ?? {});
      const options = values.map((value) => ({ label: labelOf(value), value }));
      return fields.select({
        label,
        description,
        options,
        defaultValue: (facts.defaultValue as string | undefined) ?? values[0]!,
      });
    }
    case 'number':
      return fields.integer({
        label,
        description,
        defaultValue: facts.defaultValue as number | undefined,
        validation: { isRequired: facts.required, min: minimumOf(facts.schema, 'greater_than')?.value },
      });
    case 'boolean':
      return fields.checkbox({ label, description, defaultValue: facts.defaultValue === true });
    case 'date':
      return fields.date({ label, description, validation: { isRequired: facts.required } });
    case 'array': {
      const min = minimumOf(facts.schema, 'min_length')?.minimum;
      const length = min === undefined ? undefined : { min };
      // A country's sources: are pages described in full, not ids of content/sources/.
      if (choices.sourceLists.has(name) && fieldFacts(def.element!).type !== 'object') {
        return fields.multiRelationship({ label, description, collection: 'sources', validation: { length } });
      }
      if (choices.pagePaths.fields.has(name)) {
        const options = choices.pagePaths.paths.map((path) => ({ label: path, value: path }));
        const page = fields.select({ label: 'Page', options, defaultValue: choices.pagePaths.paths[0] ?? '/' });
        return fields.array(page, { label, description, itemLabel: (item) => item.value, validation: { length } });
      }
      const element = adminField(name, def.element!, choices);
      return fields.array(element, { label, description, itemLabel: itemLabelOf(element), validation: { length } });
    }
    case 'object':
      return fields.object(
        Object.fromEntries(
          // An optional group (a translation's reviewer) may be left blank whole: its fields are optional in the admin,
          // and a blank group is left out of the file (keep-unchanged.ts).
          Object.entries(def.shape ?? {}).map(([key, value]) => [
            key,
            adminField(key, facts.required ? value : value.optional(), choices),
          ]),
        ),
        { label, description },
      );
    case 'record': {
      // { en: …, es: … }: one box per key of the record's enum (the site's languages).
      const keys = Object.values(defOf(fieldFacts(def.keyType!).schema).entries ?? {});
      return fields.object(Object.fromEntries(keys.map((key) => [key, adminField(name, def.valueType!, choices)])), {
        label,
        description,
      });
    }
    default:
      throw new Error(
        `The admin cannot edit the field "${name}" (a Zod ${facts.type}): give it an admin field in src/admin/.`,
      );
  }
}

/** What a list shows for each of its items: the text, or the first text field of an object. */
function itemLabelOf(element: ComponentSchema) {
  return (item: unknown) => {
    const preview = item as { value?: unknown; fields?: Record<string, { value?: unknown }> };
    if (typeof preview.value === 'string') return preview.value;
    const first = Object.values(preview.fields ?? {}).find((field) => typeof field.value === 'string');
    return (first?.value as string | undefined) ?? labelOf(element.kind);
  };
}
