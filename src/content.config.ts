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

// Editors' files live in content/<collection>/<language>/; ids are "<language>/<file name>".
const pages = (folder: string) => glob({ pattern: '**/*.mdx', base: `./content/${folder}` });
const data = (folder: string) => glob({ pattern: '**/*.yaml', base: `./content/${folder}` });
// Astro's reference() does not check that the entry exists, so a mistyped id would only break a page later.
// The build runs in the project folder, whose content/sources/ holds one file per source id.
const sourceRef = reference('sources').refine((ref) => readContentIds(join(process.cwd(), 'content')).sources.has(ref.id), {
  error: (issue) =>
    `there is no source "${(issue.input as { id: string }).id}" in content/sources/. Use a file name from there without .yaml, e.g. clinic-article.`,
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
