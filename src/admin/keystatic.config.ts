import { type Collection, config, fields, singleton, type ComponentSchema } from '@keystatic/core';
import { z } from 'astro/zod';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName, type PageCollection } from '../collections/registry.ts';
import { collectionSchemas } from '../collections/schemas.ts';
import { ui } from '../i18n/index.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../language/locales.ts';
import { entryPath, indexPagePath } from '../collections/urls.ts';
import { contentTools } from './content-tools.ts';
import { parse } from 'yaml';
import { adminField, type FieldChoices, fieldFacts, labelOf, shapeOf } from './schema-fields.ts';

/**
 * The admin (Keystatic, local mode, `npm run dev` only): every collection of the registry, in every language,
 * with its fields read off its Zod schema. Entries of a per-language collection are one admin collection per
 * language ("FAQs · Español"); the index pages and safety notes, a fixed set of files, are one form each.
 */

/** The stand-in for Astro's reference('sources'): the admin picks these ids from the sources collection. */
export const SOURCE_REF = z.string();
export const SCHEMAS = collectionSchemas(SOURCE_REF);

/** What the admin's menu calls each collection. */
const COLLECTION_LABELS: Record<CollectionName, string> = {
  guides: 'Guides',
  faqs: 'FAQs',
  sideEffects: 'Side effects',
  conditions: 'Conditions',
  indexPages: 'Index pages',
  glossary: 'Glossary',
  pages: 'Site pages',
  safetyNotes: 'Safety notes',
  careServices: 'Care services by country',
  treatmentOptions: 'Treatment options (compare page)',
  sources: 'Sources',
};

/** The field each collection's file name comes from (Keystatic suggests it from this field's text). */
export const NAME_FIELDS: Partial<Record<CollectionName, string>> = {
  faqs: 'question',
  glossary: 'term',
  treatmentOptions: 'name',
};
/** The admin-only field that names the file of an entry whose file name is an id, not its title: a source, a country. */
export const ID_FIELD = 'id';
/** The collections whose files are named by an id, and what the id is. */
const ID_HELP: Partial<Record<CollectionName, string>> = {
  sources: 'The id pages cite it by, e.g. gajjar-2019: lower-case words joined by hyphens.',
  careServices:
    "The country's ISO 3166-1 alpha-2 code in lower case, e.g. gb (CARE_REGION=GB shows it), or elsewhere for every other country.",
};
/** The field Keystatic writes below the frontmatter of an .mdx file. */
export const BODY_FIELD = 'body';
/** Text fields of whole sentences: a bigger box. */
const MULTILINE = new Set([
  'description',
  'definition',
  'intro',
  'estimatorNote',
  'paragraphs',
  'supports',
  'lessUrgent',
]);

/** Every file in content/ (names only: nothing is loaded), as "/content/faqs/en/is-it-painful.mdx". */
const CONTENT_FILES = Object.keys(import.meta.glob(['/content/*/*.yaml', '/content/*/*/*.{mdx,yaml}']));

/** The YAML files in language folders, read: a form shows the optional groups (a safety note's cards) its file has. */
const YAML_TEXTS = import.meta.glob<string>('/content/*/*/*.yaml', { query: '?raw', import: 'default', eager: true });

/** The files of one collection in one language, by file name without extension. */
export function entryNames(name: CollectionName, locale: Locale, files = CONTENT_FILES): string[] {
  const { contentFolder, format, perLanguage } = COLLECTIONS[name];
  const folder = perLanguage ? `/content/${contentFolder}/${locale}/` : `/content/${contentFolder}/`;
  return files
    .filter(
      (file) => file.startsWith(folder) && file.endsWith(`.${format}`) && !file.slice(folder.length).includes('/'),
    )
    .map((file) => file.slice(folder.length, -format.length - 1))
    .sort();
}

/** Every page of the site in one language, as `related:` writes it: "/faqs/is-it-painful/", the index pages too. */
export function pagePaths(locale: Locale, files = CONTENT_FILES): string[] {
  const entries = COLLECTION_NAMES.filter((name) => COLLECTIONS[name].urlFolder !== null).flatMap((name) =>
    entryNames(name, locale, files).map((slug) => entryPath(locale, name as PageCollection, slug)),
  );
  const indexPages = entryNames('indexPages', locale, files).map((slug) => indexPagePath(locale, slug));
  return [...new Set([...indexPages, ...entries])].sort();
}

function choicesFor(locale: Locale): FieldChoices {
  return {
    sourceRef: SOURCE_REF,
    sourceLists: new Set(['sources', 'cite']),
    pagePaths: { fields: new Set(['related']), paths: pagePaths(locale) },
    multiline: MULTILINE,
  };
}

/** A collection's form: its schema's fields, the file-name field first, and the MDX body last. */
export function adminSchema(name: CollectionName, locale: Locale): Record<string, ComponentSchema> {
  const choices = choicesFor(locale);
  const schema: Record<string, ComponentSchema> = {};
  const nameField = NAME_FIELDS[name] ?? 'title';
  const idHelp = ID_HELP[name];
  if (idHelp)
    schema[ID_FIELD] = fields.text({ label: 'File name (id)', description: idHelp, validation: { isRequired: true } });
  for (const [field, fieldSchema] of Object.entries(shapeOf(SCHEMAS[name]))) {
    if (field === nameField && hasFileNames(name)) {
      schema[field] = fields.slug({
        name: { label: labelOf(field), description: fieldSchema.description, validation: { isRequired: true } },
        slug: {
          label: 'File name',
          description: 'Its web address: lower-case words joined by hyphens. Changing it later breaks links.',
        },
      });
    } else {
      schema[field] = adminField(field, fieldSchema, choices);
    }
  }
  if (COLLECTIONS[name].format === 'mdx') {
    schema[BODY_FIELD] = fields.mdx({
      label: 'Text',
      description: 'The text of the page. Use the toolbar for headings, lists, links, citations and glossary words.',
      components: contentTools(`glossary-${locale}`, choices),
      options: { image: false, codeBlock: false, code: false, table: false },
    });
  }
  return schema;
}

/** Collections whose editors add entries (FAQs, guides…); index pages and safety notes are a fixed set of forms. */
const hasFileNames = (name: CollectionName) => name !== 'indexPages' && name !== 'safetyNotes';

const keyOf = (name: CollectionName, locale: Locale) => (COLLECTIONS[name].perLanguage ? `${name}-${locale}` : name);
const folderOf = (name: CollectionName, locale: Locale) =>
  COLLECTIONS[name].perLanguage
    ? `content/${COLLECTIONS[name].contentFolder}/${locale}`
    : `content/${COLLECTIONS[name].contentFolder}`;
const menuLabel = (name: CollectionName, locale: Locale) =>
  COLLECTIONS[name].perLanguage ? `${COLLECTION_LABELS[name]} · ${ui(locale).languageName}` : COLLECTION_LABELS[name];
const localesOf = (name: CollectionName): readonly Locale[] =>
  COLLECTIONS[name].perLanguage ? LOCALES : [DEFAULT_LOCALE];

function adminCollections() {
  // Plain objects rather than collection(), whose types need the schema's field names spelt out.
  const collections: Record<string, Collection<Record<string, ComponentSchema>, string>> = {};
  for (const name of COLLECTION_NAMES.filter(hasFileNames)) {
    for (const locale of localesOf(name)) {
      const isMdx = COLLECTIONS[name].format === 'mdx';
      const slugField = ID_HELP[name] ? ID_FIELD : (NAME_FIELDS[name] ?? 'title');
      collections[keyOf(name, locale)] = {
        label: menuLabel(name, locale),
        path: `${folderOf(name, locale)}/*`,
        format: isMdx ? { contentField: BODY_FIELD } : 'yaml',
        slugField,
        schema: adminSchema(name, locale),
        // The entry's page on the site, to check it there.
        previewUrl:
          COLLECTIONS[name].urlFolder === null ? undefined : entryPath(locale, name as PageCollection, '{slug}'),
      };
    }
  }
  return collections;
}

function adminSingletons() {
  const singletons: Record<string, ReturnType<typeof singleton>> = {};
  for (const name of COLLECTION_NAMES.filter((name) => !hasFileNames(name))) {
    for (const locale of localesOf(name)) {
      for (const file of entryNames(name, locale)) {
        const path = `${folderOf(name, locale)}/${file}`;
        const present = Object.keys((parse(YAML_TEXTS[`/${path}.yaml`] ?? '') as object | null) ?? {});
        const schema = shapeOf(SCHEMAS[name]);
        // An optional group the file does not have (not-medical-advice has no cards) is left out, not written empty.
        const absent = (field: string) =>
          !present.includes(field) &&
          fieldFacts(schema[field]!).type === 'object' &&
          !fieldFacts(schema[field]!).required;
        const fields = Object.entries(adminSchema(name, locale)).filter(([field]) => !absent(field));
        singletons[`${keyOf(name, locale)}-${file}`] = singleton({
          label: `${menuLabel(name, locale)} · ${file}`,
          path,
          format: 'yaml',
          schema: Object.fromEntries(fields),
        });
      }
    }
  }
  return singletons;
}

const collections = adminCollections();
const singletons = adminSingletons();

export default config({
  storage: { kind: 'local' },
  ui: {
    brand: { name: 'Mesotherapy Guide' },
    navigation: {
      Content: Object.keys(collections).filter(
        (key) => key !== 'sources' && key !== 'careServices' && !key.startsWith('glossary'),
      ),
      'Glossary and sources': Object.keys(collections).filter((key) => key === 'sources' || key.startsWith('glossary')),
      'Care services': ['careServices'],
      'Index pages and safety notes': Object.keys(singletons),
    },
  },
  collections,
  singletons,
});
