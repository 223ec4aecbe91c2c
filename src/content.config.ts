import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { readContentIds } from './lib/content-index';
import {
  conditionSchema,
  faqSchema,
  glossarySchema,
  guideSchema,
  infoPageSchema,
  sectionSchema,
  sideEffectSchema,
  sourceSchema,
} from './schemas/collections';
import { unknownSourceMessage } from './schemas/fields';

// Editors' files live in content/<collection>/<language>/; ids are "<language>/<file name>".
const pages = (folder: string) => glob({ pattern: '**/*.mdx', base: `./content/${folder}` });
const data = (folder: string) => glob({ pattern: '**/*.yaml', base: `./content/${folder}` });
// Astro's reference() does not check that the entry exists, so a mistyped id would only break a page later.
// The build runs in the project folder, whose content/sources/ holds one file per source id.
const sourceIds = () => readContentIds(join(process.cwd(), 'content')).sources;
const sourceRef = reference('sources').refine((ref) => sourceIds().has(ref.id), {
  error: (issue) => unknownSourceMessage((issue.input as { id: string }).id, sourceIds()),
});

export const collections = {
  guides: defineCollection({ loader: pages('guides'), schema: guideSchema(sourceRef) }),
  faqs: defineCollection({ loader: pages('faqs'), schema: faqSchema(sourceRef) }),
  sideEffects: defineCollection({ loader: pages('side-effects'), schema: sideEffectSchema(sourceRef) }),
  conditions: defineCollection({ loader: pages('conditions'), schema: conditionSchema(sourceRef) }),
  pages: defineCollection({ loader: pages('pages'), schema: infoPageSchema(sourceRef) }),
  sections: defineCollection({ loader: data('sections'), schema: sectionSchema(sourceRef) }),
  glossary: defineCollection({ loader: data('glossary'), schema: glossarySchema }),
  sources: defineCollection({ loader: data('sources'), schema: sourceSchema }),
};
