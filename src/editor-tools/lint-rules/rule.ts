import type { z } from 'astro/zod';
import type { Root } from 'mdast';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import type { CollectionName } from '../../collections/registry.ts';
import type { Locale } from '../../language/locales.ts';
import type { ContentFile, ContentIndex, ContentPage } from '../../collections/content-files.ts';

/** What every rule may read, built once per run of the lint by the runner (src/editor-tools/content-lint.ts). */
export interface LintRun {
  /** The project folder. */
  root: string;
  /** "Today", a parameter so tests can fix it. */
  today: Date;
  index: ContentIndex;
  sourceIds: ReadonlySet<string>;
  /** Every phone number of content/care-services/: where to call for help, which needs no citation. */
  helpLines: ReadonlySet<string>;
  /** CARE_REGION as checked (e.g. "US"): the country every language's pages are shown in; null when unset, each language's own. */
  careRegion: string | null;
  /** Every page of the site: content pages and the fixed pages in src/pages. */
  urls: ReadonlySet<string>;
  /** Pages something links to (menus, links in the text, related: lists): filled while files are checked. */
  linked: Set<string>;
  /** Each collection's schema, with a stand-in for Astro's reference() that checks ids against content/sources/. */
  schemas: Record<CollectionName, z.ZodType>;
  /** Each language's word checks (readability, sentence length; English also claims and spelling) for text fields. */
  words: Record<Locale, Processor>;
  /** Each language's MDX processor: parses bodies and runs the reference, link and that language's word checks on them. */
  mdx: Record<Locale, Processor<Root, Root, Root>>;
  /** Every MDX page's body, parsed once, by file path: rules that compare pages read them all. */
  bodies: ReadonlyMap<string, Root>;
}

/** One check of the content lint. The runner gives every content file to checkFile, then calls checkAll once. */
export interface LintRule {
  checkFile?(entry: ContentFile, file: VFile, run: LintRun): void | Promise<void>;
  checkAll?(files: readonly VFile[], run: LintRun): void;
}

/** Errors fail `npm run lint:content`; warnings are shown and pass. */
export type Severity = 'error' | 'warning';

/**
 * Every id a content-lint message can carry, the retext plugins' included. content/README.md's table of checks lists
 * each of them (a unit test compares the two), so an editor can look up any message.
 */
export const LINT_RULE_IDS = [
  'schema',
  'claims',
  'readability',
  'sentence-length',
  'british-spelling',
  'freshness',
  'reference',
  'internal-link',
  'orphan',
  'search-terms',
  'inflesz',
  'citation-sets',
  'translated-from',
  'stale-translation',
  'translation-counterpart',
  'translation-reviewer',
  'spanish-terms',
  'care-numbers',
  'cited-numbers',
  'sources-cited',
  'summary-numbers',
] as const;
export type RuleId = (typeof LINT_RULE_IDS)[number];

/** A retext plugin's message's rule id, which must be one of LINT_RULE_IDS for the editors' table to explain it. */
export function listedRuleId(ruleId: string | undefined): RuleId {
  const listed = LINT_RULE_IDS.find((id) => id === ruleId);
  if (!listed)
    throw new Error(
      `The content lint reported rule "${ruleId}", which LINT_RULE_IDS (src/editor-tools/lint-rules/rule.ts) and content/README.md do not list.`,
    );
  return listed;
}

/** Adds a message at a line (and column) of a file. */
export function report(
  file: VFile,
  reason: string,
  place: { line: number; column?: number },
  ruleId: RuleId,
  severity: Severity,
) {
  const message = file.message(reason, {
    place: { line: place.line, column: place.column ?? 1 },
    ruleId,
    source: 'content',
  });
  message.fatal = severity === 'error';
  return message;
}

/** The 1-based line and column of a place in a file's text. */
export function placeAt(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, offset).split('\n');
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}

/** 1-based line of a top-level YAML key in a file (1 when it is missing, so messages still point at the file). */
export function lineOf(text: string, key: string): number {
  const index = text.split(/\r?\n/).findIndex((line) => line.startsWith(`${key}:`));
  return index + 1 || 1;
}

export const isPage = (entry: ContentFile): entry is ContentPage => 'url' in entry;

/** A date field as YAML gives it (a Date or a string); undefined when it is missing or no date, which the schema rule reports. */
export const asDate = (value: unknown) => {
  if (value === undefined || value === null) return undefined;
  const date = value instanceof Date ? value : new Date(String(value));
  return Number.isNaN(date.getTime()) ? undefined : date;
};

export const asList = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** An index page's keyFacts ({ text, cite } each); a malformed one is the schema rule's to report. */
export const keyFactsOf = (value: unknown): Array<{ text: string; cite: string[] }> =>
  (Array.isArray(value) ? value : [])
    .filter(
      (fact): fact is { text: string; cite?: unknown } => typeof (fact as { text?: unknown } | null)?.text === 'string',
    )
    .map((fact) => ({ text: fact.text, cite: asList(fact.cite) }));
