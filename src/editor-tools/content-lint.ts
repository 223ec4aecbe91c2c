// The content lint's runner: builds what every rule reads once (the schemas, the word checks, the MDX processor, the
// parsed bodies), gives each content file to every rule in src/editor-tools/lint-rules/, and returns the messages.
import { basename, join } from 'node:path';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRetext from 'remark-retext';
import type { Root as NlcstRoot } from 'nlcst';
import { type Processor, unified } from 'unified';
import { VFile } from 'vfile';
import { en } from '../i18n/en.ts';
import { collectionSchemas } from '../collections/schemas.ts';
import { knownSourceRef } from '../collections/fields.ts';
import { type ContentFile, readContentIndex } from '../collections/content-files.ts';
import { remarkContentReferences } from '../collections/content-references.ts';
import { type Locale, LOCALES } from '../language/locales.ts';
import { footerNavigation, mainNavigation } from '../site/navigation.ts';
import { fixedPageUrls } from './page-files.ts';
import { asList, type LintRule, type LintRun } from './lint-rules/rule.ts';
import { schemaRule } from './lint-rules/schema.ts';
import { freshnessRule } from './lint-rules/freshness.ts';
import { relatedLinksRule } from './lint-rules/related-links.ts';
import { textFieldsRule, wordChecks } from './lint-rules/word-checks.ts';
import { mdxBodyRule } from './lint-rules/mdx-body.ts';
import { remarkInternalLinks } from './lint-rules/internal-links.ts';
import { orphansRule } from './lint-rules/orphans.ts';
import { searchTermsRule } from './lint-rules/search-terms.ts';
import { citedNumbersRule, sourcesCitedRule, summaryNumbersRule } from './lint-rules/citation-rules.ts';
import { citationSetsRule } from './lint-rules/citation-sets.ts';
import { infleszRule } from './lint-rules/inflesz.ts';
import { counterpartsRule, translatedFromRule, translationReviewerRule } from './lint-rules/translations.ts';
import { spanishTermsRule } from './lint-rules/spanish-terms.ts';
import { careNumbersRule } from './lint-rules/care-numbers.ts';
import { careRegionCodes, careRegionSetting } from '../site/care-region.ts';

/** Every rule, in the order their messages are listed for a file. */
const RULES: LintRule[] = [
  schemaRule,
  counterpartsRule,
  translatedFromRule,
  translationReviewerRule,
  freshnessRule,
  relatedLinksRule,
  searchTermsRule,
  textFieldsRule,
  mdxBodyRule,
  careNumbersRule,
  spanishTermsRule,
  infleszRule,
  citedNumbersRule,
  sourcesCitedRule,
  summaryNumbersRule,
  citationSetsRule,
  orphansRule,
];

/**
 * Checks every file in content/ and returns one VFile per file with its messages: errors (fatal) fail
 * `npm run lint:content`, warnings are shown but pass. `today` is a parameter so tests can fix it, and so is
 * `careRegion`, CARE_REGION as the environment gives it (undefined: each language's own country).
 */
export async function lintContent(root: string, today: Date, careRegion?: string): Promise<VFile[]> {
  const index = readContentIndex(root);
  // An unknown country stops the lint as it stops the build, naming the countries content/care-services/ has.
  const careRegionCode =
    careRegionSetting(careRegion, careRegionCodes(index.careServices.map((country) => basename(country.file)))) ?? null;
  const sourceIds = new Set(index.sources.keys());
  const helpLines = new Set(index.careServices.flatMap((country) => asList(country.data.numbers)));
  const urls = new Set([...index.pages.map((page) => page.url), ...fixedPageUrls(join(root, 'src', 'pages'))]);
  const linked = new Set<string>();
  for (const locale of LOCALES) {
    for (const item of [...mainNavigation(locale, en), ...footerNavigation(locale, en)]) linked.add(item.href);
  }
  const words = Object.fromEntries(LOCALES.map((locale) => [locale, wordChecks(locale)])) as Record<Locale, Processor>;
  // One MDX processor per language: the same parser and reference and link checks, with that language's word checks.
  const mdxOf = (locale: Locale) =>
    unified()
      .use(remarkParse)
      .use(remarkFrontmatter)
      .use(remarkMdx)
      .use(remarkContentReferences, { ids: () => ({ sources: sourceIds, terms: index.terms }), fail: false })
      .use(remarkInternalLinks, { urls, linked })
      // remark-retext's types expect a bare parser processor; ours also carries the retext plugins it runs.
      .use(remarkRetext, words[locale] as unknown as Processor<NlcstRoot>, {
        ignore: ['yaml', 'code', 'inlineCode', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'],
      })
      .freeze() as unknown as Processor<Root, Root, Root>;
  const mdx = Object.fromEntries(LOCALES.map((locale) => [locale, mdxOf(locale)])) as Record<
    Locale,
    Processor<Root, Root, Root>
  >;

  // Pages, then glossary terms, safety notes, care services, treatment options and sources; each with its VFile, and each MDX body parsed once.
  const entries: ContentFile[] = [
    ...index.pages,
    ...index.glossary,
    ...index.safetyNotes,
    ...index.careServices,
    ...index.treatmentOptions,
    ...index.sources.values(),
  ];
  const files = entries.map((entry) => {
    const data = 'url' in entry ? { astro: { frontmatter: entry.data } } : {};
    return new VFile({ path: entry.file, cwd: root, value: entry.text, data });
  });
  const bodies = new Map<string, Root>();
  entries.forEach(
    (entry, at) => entry.file.endsWith('.mdx') && bodies.set(entry.file, mdx[entry.locale].parse(files[at]!)),
  );

  const schemas = collectionSchemas(knownSourceRef(sourceIds));
  const run: LintRun = {
    root,
    today,
    index,
    sourceIds,
    helpLines,
    careRegion: careRegionCode,
    urls,
    linked,
    schemas,
    words,
    mdx,
    bodies,
  };
  for (const [at, entry] of entries.entries()) {
    for (const rule of RULES) await rule.checkFile?.(entry, files[at]!, run);
  }
  for (const rule of RULES) rule.checkAll?.(files, run);
  return files;
}
