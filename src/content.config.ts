import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { readContentIds } from './editor-tools/content-files';
import { schemasByFolder } from './collections/schemas';
import { unknownSourceMessage } from './collections/fields';

// Editors' files live in content/<collection>/<language>/; ids are "<language>/<file name>".
const pages = (folder: string) => glob({ pattern: '**/*.mdx', base: `./content/${folder}` });
const data = (folder: string) => glob({ pattern: '**/*.yaml', base: `./content/${folder}` });
// Astro's reference() does not check that the entry exists, so a mistyped id would only break a page later.
// The build runs in the project folder, whose content/sources/ holds one file per source id.
const sourceIds = () => readContentIds(join(process.cwd(), 'content')).sources;
const sourceRef = reference('sources').refine((ref) => sourceIds().has(ref.id), {
  error: (issue) => unknownSourceMessage((issue.input as { id: string }).id, sourceIds()),
});

const schemas = schemasByFolder(sourceRef);

export const collections = {
  guides: defineCollection({ loader: pages('guides'), schema: schemas.guides }),
  faqs: defineCollection({ loader: pages('faqs'), schema: schemas.faqs }),
  sideEffects: defineCollection({ loader: pages('side-effects'), schema: schemas['side-effects'] }),
  conditions: defineCollection({ loader: pages('conditions'), schema: schemas.conditions }),
  pages: defineCollection({ loader: pages('pages'), schema: schemas.pages }),
  sections: defineCollection({ loader: data('sections'), schema: schemas.sections }),
  glossary: defineCollection({ loader: data('glossary'), schema: schemas.glossary }),
  sources: defineCollection({ loader: data('sources'), schema: schemas.sources }),
};
