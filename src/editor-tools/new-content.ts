import { stringify } from 'yaml';
import { isoDay } from '../site/dates.ts';
import { COLLECTIONS, collectionOfScaffold, SCAFFOLD_KINDS, type ScaffoldKind } from '../collections/registry.ts';
import { EVIDENCE_LEVELS, FAQ_CATEGORIES, SIDE_EFFECT_FREQUENCIES, SOURCE_KINDS } from '../collections/choices.ts';

/** What `npm run new -- <kind> "<title>"` can create: the registry's scaffold kinds. */
type ContentKind = ScaffoldKind;

export function isContentKind(value: string): value is ContentKind {
  return (SCAFFOLD_KINDS as readonly string[]).includes(value);
}

const MAX_SLUG_LENGTH = 60;

/** A file name from a title: "Can I wash my hair after a session?" → "can-i-wash-my-hair-after-a-session". */
export function slugify(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH && slug) break;
    slug = next;
  }
  return slug.slice(0, MAX_SLUG_LENGTH);
}

/** The same calendar day a year later (29 February becomes 28 February). */
export function aYearLater(date: Date): Date {
  const next = new Date(Date.UTC(date.getUTCFullYear() + 1, date.getUTCMonth(), date.getUTCDate()));
  if (next.getUTCMonth() !== date.getUTCMonth()) next.setUTCDate(0);
  return next;
}

/** The path of the new file inside content/, e.g. "faqs/en/can-i-wash-my-hair.mdx". */
export function contentFilePath(kind: ContentKind, slug: string, locale: string): string {
  const { contentFolder, format, perLanguage } = COLLECTIONS[collectionOfScaffold(kind)!];
  return perLanguage ? `${contentFolder}/${locale}/${slug}.${format}` : `${contentFolder}/${slug}.${format}`;
}

interface NewContentInput {
  kind: ContentKind;
  title: string;
  today: Date;
  /** Numbers already used by content/sources/ files; a new source takes the next one. */
  sourceNumbers?: number[];
}

const scalar = (value: string) => stringify(value).trimEnd();
const choices = (values: readonly string[]) => `# one of: ${values.join(', ')}`;

/** The review fields and sources every page has; TODO marks what the editor must fill in. */
function pageFields(today: Date): string[] {
  return [
    'description: TODO one plain sentence that sums up the page (under 200 characters; search engines show it)',
    `lastReviewed: ${isoDay(today)}`,
    `nextReview: ${isoDay(aYearLater(today))}`,
    'sources: [TODO] # file names from content/sources/ without .yaml, e.g. [clinic-article, saceda-corralo-2022]',
    'related: [] # optional site paths, e.g. [/side-effects/bruising/]',
  ];
}

// An MDX comment, so a preview shows nothing of it; the TODO still stops the build until it is replaced.
const BODY_TODO =
  '{/* TODO Write this page in plain English: short sentences, "may" rather than "will", British spelling.\n' +
  '   Back each medical fact with a source: <Cite id="clinic-article" /> (the id must also be in sources: above). */}\n';

/** The text of a new content file: every required field filled in or marked TODO. */
export function newContentFile({ kind, title, today, sourceNumbers = [] }: NewContentInput): string {
  const page = (fields: string[]) => ['---', ...fields, ...pageFields(today), '---', '', BODY_TODO].join('\n');
  switch (kind) {
    case 'faq':
      return page([
        `question: ${scalar(title.trim().endsWith('?') ? title.trim() : `${title.trim()}?`)}`,
        `category: TODO ${choices(FAQ_CATEGORIES)}`,
        'order: 100 # 1 comes first within its category',
      ]);
    case 'guide':
      return page([`title: ${scalar(title)}`, 'order: 100 # 1 comes first']);
    case 'condition':
      return page([
        `title: ${scalar(title)}`,
        `evidence: TODO ${choices(EVIDENCE_LEVELS)}`,
        'order: 100 # 1 comes first',
        'estimatorNote: TODO what the estimator tells someone with this kind of hair loss, e.g. that it often settles by itself',
      ]);
    case 'side-effect':
      return page([
        `title: ${scalar(title)}`,
        `howCommon: TODO ${choices(SIDE_EFFECT_FREQUENCIES)}`,
        'howLong: TODO how long it usually lasts, e.g. A few hours',
        'serious: false # true for side effects that need a doctor',
        'order: 100 # 1 comes first',
      ]);
    case 'term':
      return [`term: ${scalar(title)}`, 'definition: TODO one or two plain sentences that say what it means', ''].join(
        '\n',
      );
    case 'source':
      return [
        `number: ${Math.max(0, ...sourceNumbers) + 1}`,
        `title: ${scalar(title)}`,
        'authors: TODO e.g. Saceda-Corralo D et al.',
        'publication: TODO the journal, publisher or website',
        'year: TODO # e.g. 2022',
        `kind: TODO ${choices(SOURCE_KINDS)}`,
        'doi: TODO # e.g. 10.4103/ijt.ijt_89_18; or delete this line and give url: https://…',
        'supports:',
        '  en: TODO what the source tells us, in plain English',
        '',
      ].join('\n');
  }
}
