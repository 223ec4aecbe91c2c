import { join } from 'node:path';
import { z } from 'astro/zod';
import type { Link, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRetext from 'remark-retext';
import retextEnglish from 'retext-english';
import retextReadability from 'retext-readability';
import type { Root as NlcstRoot } from 'nlcst';
import { type Plugin, type Processor, unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { en } from '../i18n/en.ts';
import { collectionSchemas } from '../collections/schemas.ts';
import { COLLECTIONS, type CollectionName } from '../collections/registry.ts';
import { knownSourceRef } from '../collections/fields.ts';
import { type ContentFile, type ContentPage, readContentIndex } from './content-files.ts';
import { remarkContentReferences } from './content-references.ts';
import { LOCALES } from '../site/locales.ts';
import { footerNavigation, mainNavigation } from '../site/navigation.ts';
import { fixedPageUrls } from './page-files.ts';
import { retextBritishSpelling } from './retext-british-spelling.ts';
import { retextClaims } from './retext-claims.ts';
import { retextSentenceLength } from './retext-sentence-length.ts';
import { reviewStatus } from './review-status.ts';
import { checkSearchTerms } from './search-terms-check.ts';

/**
 * Readability: warn about a sentence of 8 words or more when 5 of the 7 formulas rate it above age 18.
 * Our target reading age is 9 to 11 (the NHS's), but the formulas count syllables, so every medical word
 * ("androgenetic alopecia") scores as hard: a lower bar flags most plain sentences that name a medicine.
 */
export const READABILITY = { age: 18, threshold: 5 / 7, minWords: 8 };

/** retext-readability's message, reworded as a fix. */
const retextReadableMessages: Plugin = () => (_tree, file) => {
  for (const message of file.messages) {
    if (message.source !== 'retext-readability') continue;
    const sentence = String(message.actual ?? '').replace(/\s+/g, ' ');
    const quoted = sentence.length > 70 ? `${sentence.slice(0, 70)}…` : sentence;
    message.reason = message.message = `Hard to read: "${quoted}". Split it into shorter sentences, use everyday words, or explain a medical word with <Term>.`;
  }
};

/** The checks on words, shared by MDX bodies and the text fields of frontmatter and YAML. */
const wordChecks = () =>
  unified()
    .use(retextEnglish)
    .use(retextReadability, READABILITY)
    .use(retextReadableMessages)
    .use(retextSentenceLength)
    .use(retextClaims)
    .use(retextBritishSpelling);

const remarkInternalLinks: Plugin<[{ urls: ReadonlySet<string>; linked: Set<string> }], Root> =
  ({ urls, linked }) =>
  (tree, file) => {
    const check = (href: string, place: Link['position']) => {
      if (!href.startsWith('/') || href.startsWith('//')) return;
      const path = href.split(/[?#]/)[0] ?? href;
      linked.add(path);
      if (urls.has(path)) return;
      const fix = urls.has(`${path}/`) ? ` Did you mean "${path}/"? Site paths end with a slash.` : ' Check the address against the page you mean, e.g. /side-effects/bruising/.';
      file.message(`The link "${href}" points to no page on this site.${fix}`, { place, ruleId: 'internal-link', source: 'content' }).fatal = true;
    };
    visit(tree, (node) => {
      if (node.type === 'link') check((node as Link).url, node.position);
      if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
        const element = node as MdxJsxFlowElement | MdxJsxTextElement;
        const href = element.attributes.find((item) => item.type === 'mdxJsxAttribute' && item.name === 'href')?.value;
        if (typeof href === 'string') check(href, node.position);
      }
    });
  };

/** 1-based line of a top-level YAML key in a file (1 when it is missing, so messages still point at the file). */
function lineOf(text: string, key: string): number {
  const index = text.split(/\r?\n/).findIndex((line) => line.startsWith(`${key}:`));
  return index + 1 || 1;
}

const asDate = (value: unknown) => {
  const date = value instanceof Date ? value : new Date(String(value));
  return Number.isNaN(date.getTime()) ? undefined : date;
};

const asList = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** The schema of each collection, with a stand-in for Astro's reference() that checks ids against content/sources/. */
function schemaFor(collection: CollectionName, sourceIds: ReadonlySet<string>): z.ZodType {
  const schemas: Record<CollectionName, z.ZodType> = collectionSchemas(knownSourceRef(sourceIds));
  return schemas[collection];
}

/** The same schema checks as the build, reported at the line of the field: "lastReviewed: expected a date like 2026-11-24". */
function checkSchema(entry: ContentFile, file: VFile, sourceIds: ReadonlySet<string>) {
  const place = (key: string) => ({ line: lineOf(entry.text, key), column: 1 });
  if (entry.yamlError) {
    file.message(`The fields at the top of the file are not valid YAML: ${entry.yamlError}. Compare them with another file of the same kind.`, {
      place: { line: 1, column: 1 },
      ruleId: 'schema',
      source: 'content',
    }).fatal = true;
    return;
  }
  const result = schemaFor(entry.collection, sourceIds).safeParse(entry.data);
  for (const issue of result?.success === false ? result.error.issues : []) {
    const field = issue.path.join('.');
    file.message(`${field}: ${issue.message}`, { place: place(String(issue.path[0] ?? '')), ruleId: 'schema', source: 'content' }).fatal = true;
  }
}

/** Frontmatter: review dates and related paths. */
function checkFrontmatter(page: ContentPage, file: VFile, urls: ReadonlySet<string>, today: Date) {
  const data = page.data;
  const at = (key: string) => ({ place: { line: lineOf(page.text, key), column: 1 }, source: 'content' });
  const nextReview = asDate(data.nextReview);
  if (nextReview) {
    const status = reviewStatus(nextReview, today);
    const day = nextReview.toISOString().slice(0, 10);
    if (status.state === 'overdue') {
      file.message(`nextReview: the review was due on ${day}, ${status.daysLate} days ago. Review the page against its sources, then set lastReviewed to today and nextReview to a year later.`, { ...at('nextReview'), ruleId: 'freshness' }).fatal = true;
    } else if (status.state === 'due-soon') {
      file.message(`nextReview: the review is due on ${day}, in ${status.daysLeft} days. Plan it now.`, { ...at('nextReview'), ruleId: 'freshness' });
    }
  }
  for (const path of asList(data.related)) {
    if (!urls.has(path.split('#')[0] ?? path)) {
      file.message(`related: "${path}" is not a page on this site. Use a path such as /side-effects/bruising/.`, { ...at('related'), ruleId: 'internal-link' }).fatal = true;
    }
  }
}

/** Runs the word checks on one text field and reports what they find at that field's line. */
async function checkTextField(file: VFile, text: string, key: string, fileText: string) {
  const field = new VFile({ value: text });
  const checks = wordChecks();
  await checks.run(checks.parse(field), field);
  const line = lineOf(fileText, key);
  for (const found of field.messages) {
    const message = file.message(`${key}: ${found.reason}`, { place: { line, column: 1 }, ruleId: found.ruleId ?? undefined, source: 'content' });
    message.fatal = found.fatal;
  }
}

const TEXT_FIELDS = ['title', 'question', 'description', 'intro', 'term', 'definition', 'howLong'];

async function checkTextFields(file: VFile, data: Record<string, unknown>, fileText: string) {
  for (const key of TEXT_FIELDS) {
    if (typeof data[key] === 'string') await checkTextField(file, data[key], key, fileText);
  }
  for (const fact of asList(data.keyFacts)) await checkTextField(file, fact, 'keyFacts', fileText);
}


/**
 * Checks every file in content/ and returns one VFile per file with its messages: errors (fatal) fail
 * `npm run lint:content`, warnings are shown but pass. `today` is a parameter so tests can fix it.
 */
export async function lintContent(root: string, today: Date): Promise<VFile[]> {
  const index = readContentIndex(root);
  const sourceIds = new Set(index.sources.keys());
  const urls = new Set([...index.pages.map((page) => page.url), ...fixedPageUrls(join(root, 'src', 'pages'))]);
  const linked = new Set<string>();
  for (const locale of LOCALES) {
    for (const item of [...mainNavigation(locale, en), ...footerNavigation(locale, en)]) linked.add(item.href);
  }
  const mdx = unified()
    .use(remarkParse)
    .use(remarkFrontmatter)
    .use(remarkMdx)
    .use(remarkContentReferences, { ids: () => ({ sources: sourceIds, terms: index.terms }), fail: false })
    .use(remarkInternalLinks, { urls, linked })
    // remark-retext's types expect a bare parser processor; ours also carries the retext plugins it runs.
    .use(remarkRetext, wordChecks() as unknown as Processor<NlcstRoot>, { ignore: ['yaml', 'code', 'inlineCode', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'] });

  const files: VFile[] = [];
  for (const page of index.pages) {
    const file = new VFile({ path: page.file, cwd: root, value: page.text, data: { astro: { frontmatter: page.data } } });
    checkSchema(page, file, sourceIds);
    checkFrontmatter(page, file, urls, today);
    checkSearchTerms(page, file);
    for (const path of asList(page.data.related)) linked.add(path.split('#')[0] ?? path);
    await checkTextFields(file, page.data, page.text);
    if (page.file.endsWith('.mdx')) await mdx.run(mdx.parse(file), file);
    files.push(file);
  }
  for (const page of index.pages) {
    if (COLLECTIONS[page.collection].listedByTheSite || linked.has(page.url)) continue;
    const file = files.find((candidate) => candidate.path === page.file);
    file?.message(`Orphan page: nothing in content/ or the site's menus links to ${page.url}. Link to it from a related page (a link in the text or its related: list).`, {
      place: { line: 1, column: 1 },
      ruleId: 'orphan',
      source: 'content',
    });
  }
  for (const term of index.glossary) {
    const file = new VFile({ path: term.file, cwd: root, value: term.text });
    checkSchema(term, file, sourceIds);
    checkSearchTerms(term, file);
    await checkTextFields(file, term.data, term.text);
    files.push(file);
  }
  // Sources keep their published titles, so only their fields are checked, not their words.
  for (const source of index.sources.values()) {
    const file = new VFile({ path: source.file, cwd: root, value: source.text });
    checkSchema(source, file, sourceIds);
    files.push(file);
  }
  return files;
}
