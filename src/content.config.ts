import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from './collections/registry';
import { collectionSchemas } from './collections/schemas';
import { unknownSourceMessage } from './collections/fields';
import { readContentIds } from './collections/content-files';
import { LOCALES } from './language/locales';

// Astro's reference() does not check that the entry exists, so a mistyped id would only break a page later.
// The build runs in the project folder, whose content/sources/ holds one file per source id.
const sourceIds = () => readContentIds(join(process.cwd(), 'content')).sources;
const sourceRef = reference('sources').refine((ref) => sourceIds().has(ref.id), {
  error: (issue) => unknownSourceMessage((issue.input as { id: string }).id, sourceIds()),
});
const schemas = collectionSchemas(sourceRef);

// Every collection of the registry; ids are "<language>/<file name>" in per-language folders, of the site's languages
// only (a folder for a language not in LOCALES is left out).
const languageFolders = `{${LOCALES.join(',')}}`;
const collectionFromRegistry = (name: CollectionName) => {
  const { contentFolder, format, perLanguage } = COLLECTIONS[name];
  const pattern = perLanguage ? `${languageFolders}/**/*.${format}` : `**/*.${format}`;
  return defineCollection({ loader: glob({ pattern, base: `./content/${contentFolder}` }), schema: schemas[name] });
};

// The cast keeps each collection's own schema type, which Object.fromEntries cannot know.
export const collections = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, collectionFromRegistry(name)])) as {
  [C in CollectionName]: { loader: ReturnType<typeof glob>; schema: (typeof schemas)[C] };
};
