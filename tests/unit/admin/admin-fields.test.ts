import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { COLLECTION_NAMES } from '../../../src/collections/registry.ts';
import { CONTENT_COMPONENT_PROPS } from '../../../src/collections/mdx-components.ts';
import { LOCALES } from '../../../src/language/locales.ts';
import adminConfig, {
  adminSchema,
  BODY_FIELD,
  pagePaths,
  SCHEMAS,
  ID_FIELD,
  SOURCE_REF,
} from '../../../src/admin/keystatic.config.ts';
import { contentTools } from '../../../src/admin/content-tools.ts';
import { fieldFacts, shapeOf } from '../../../src/admin/schema-fields.ts';
import { keepUnchangedParts } from '../../../src/admin/keep-unchanged.ts';

type Field = {
  kind: string;
  label?: string;
  fields?: Record<string, Field>;
  element?: Field;
  components?: Record<string, { schema: Record<string, Field> }>;
};

/** The admin field's names, nested objects as "parent.child", to compare with the schema's. */
function adminNames(fields: Record<string, Field>, prefix = ''): string[] {
  return Object.entries(fields).flatMap(([name, field]) => {
    const inner = field.kind === 'array' ? field.element! : field;
    return inner.kind === 'object' && inner.fields
      ? [prefix + name, ...adminNames(inner.fields, `${prefix}${name}.`)]
      : [prefix + name];
  });
}

function schemaNames(schema: Parameters<typeof shapeOf>[0], prefix = ''): string[] {
  return Object.entries(shapeOf(schema)).flatMap(([name, field]) => {
    try {
      return [prefix + name, ...schemaNames(field, `${prefix}${name}.`)];
    } catch {
      // An array of objects: its element's fields.
      const element = (field as unknown as { _zod: { def: { element?: typeof field; innerType?: typeof field } } })._zod
        .def;
      const inner =
        element.element ??
        (element.innerType as unknown as { _zod: { def: { element?: typeof field } } } | undefined)?._zod.def.element;
      try {
        return inner ? [prefix + name, ...schemaNames(inner, `${prefix}${name}.`)] : [prefix + name];
      } catch {
        return [prefix + name];
      }
    }
  });
}

describe('the admin edits exactly the schema fields', () => {
  for (const name of COLLECTION_NAMES) {
    test(`${name}: one admin field per schema field, and no other (besides the body and the file name of a source or a country)`, () => {
      const admin = adminNames(adminSchema(name, 'en') as Record<string, Field>).filter(
        (field) => field !== BODY_FIELD && field !== ID_FIELD,
      );
      // A record per language (supports: { en, es }) is edited as one box per language.
      const withLanguages = (names: string[]) =>
        names.filter((field) => !LOCALES.some((locale) => field.endsWith(`.${locale}`)));
      expect(withLanguages(admin).sort()).toEqual(schemaNames(SCHEMAS[name]).sort());
    });
  }

  test('labels come from the field names; every top-level field has the .describe() text the admin shows as its help', () => {
    expect((adminSchema('faqs', 'en') as Record<string, Field>).lastReviewed!.label).toBe('Last reviewed');
    for (const name of COLLECTION_NAMES) {
      for (const [field, schema] of Object.entries(shapeOf(SCHEMAS[name])))
        expect(fieldFacts(schema).description, `${name}.${field}`).toBeTruthy();
    }
  });

  test('every MDX component is an editor tool with the props props.ts allows, ids picked from lists', () => {
    const components = contentTools('glossary-es', {
      sourceRef: SOURCE_REF,
      sourceLists: new Set(),
      pagePaths: { fields: new Set(), paths: [] },
      multiline: new Set(),
    }) as unknown as Record<string, { kind: string; schema: Record<string, Field> }>;
    expect(Object.keys(components).sort()).toEqual(Object.keys(CONTENT_COMPONENT_PROPS).sort());
    for (const [name, props] of Object.entries(CONTENT_COMPONENT_PROPS))
      expect(Object.keys(components[name]!.schema).sort(), name).toEqual(Object.keys(props).sort());
    expect(components.Cite!.kind).toBe('inline');
    expect(components.Term!.kind).toBe('mark');
  });

  test('every collection is in the admin in every language; related pages come from the site', () => {
    const keys = Object.keys({ ...adminConfig.collections, ...adminConfig.singletons });
    for (const locale of LOCALES)
      for (const prefix of ['faqs', 'guides', 'sideEffects', 'conditions', 'pages', 'glossary'])
        expect(keys).toContain(`${prefix}-${locale}`);
    expect(keys).toContain('sources');
    expect(keys).toContain('careServices');
    // A country's file is named by its code, typed in, as a source's by its id.
    const named = adminConfig.collections as Record<string, { slugField: string; schema: Record<string, unknown> }>;
    for (const key of ['sources', 'careServices'])
      expect([named[key]!.slugField, Object.keys(named[key]!.schema)[0]]).toEqual([ID_FIELD, ID_FIELD]);
    expect(keys.filter((key) => key.startsWith('indexPages-es-'))).toHaveLength(
      readdirSync('content/index-pages/es').length,
    );
    const singletons = adminConfig.singletons as Record<string, { schema: Record<string, unknown> }>;
    expect(Object.keys(singletons['safetyNotes-en-when-to-get-help']!.schema)).toContain('urgent');
    expect(Object.keys(singletons['safetyNotes-en-not-medical-advice']!.schema)).not.toContain('urgent');
    const files = [
      '/content/faqs/es/is-it-painful.mdx',
      '/content/index-pages/es/faqs.yaml',
      '/content/pages/es/about.mdx',
    ];
    expect(pagePaths('es', files)).toEqual(['/es/about/', '/es/faqs/', '/es/faqs/is-it-painful/']);
  });
});

describe('saving keeps what the editor did not change', () => {
  const file = join('content', 'faqs', 'en', 'aftercare-and-washing-hair.mdx');
  const original = readFileSync(file, 'utf8');
  // What Keystatic writes for that file: block lists, its own spacing, the same values.
  const keystatic = original
    .replace(
      /^sources: \[(.*)\]$/m,
      (_, ids: string) =>
        `sources:\n${ids
          .split(', ')
          .map((id) => `  - ${id}`)
          .join('\n')}`,
    )
    .replace('---\n\nClinics', '---\nClinics')
    .replace(/\n- /g, '\n* ');

  test('an unchanged entry is written back byte for byte', () => {
    expect(keepUnchangedParts(original, keystatic, file)).toBe(original);
  });

  test('a changed field is the only changed line; a new field goes after the one before it', () => {
    const changed = keystatic
      .replace('order: 3', 'order: 4')
      .replace('lastReviewed: 2026-12-01\n', 'firstPublished: 2026-11-01\nlastReviewed: 2026-12-01\n');
    const saved = keepUnchangedParts(original, changed, file);
    expect(saved).toBe(
      original
        .replace('order: 3', 'order: 4')
        .replace('lastReviewed: 2026-12-01\n', 'firstPublished: 2026-11-01\nlastReviewed: 2026-12-01\n'),
    );
  });

  test('a changed body is written as the admin wrote it; a new file as it comes', () => {
    const edited = keystatic.replace('Clinics give different advice', 'Clinics give varied advice');
    expect(keepUnchangedParts(original, edited, file)).toContain('* [pain or tenderness]');
    expect(keepUnchangedParts(undefined, edited, file)).toBe(edited);
  });

  test("a group of optional fields left blank (a translation's reviewer) is not written; a filled one is", () => {
    const blank = keystatic.replace(
      /^(lastReviewed: .*\n)/m,
      "$1translationReviewer:\n  name: ''\n  qualification: ''\n  reviewed: null\n",
    );
    expect(blank).toContain('translationReviewer');
    expect(keepUnchangedParts(original, blank, file)).toBe(original);
    expect(keepUnchangedParts(undefined, blank, file)).not.toContain('translationReviewer');
    const filled = blank.replace("name: ''", 'name: A Reviewer');
    expect(keepUnchangedParts(original, filled, file)).toContain('translationReviewer:\n  name: A Reviewer\n');
  });
});
