import retextEnglish from 'retext-english';
import retextLatin from 'retext-latin';
import retextReadability from 'retext-readability';
import { type Plugin, type Processor, unified } from 'unified';
import { VFile } from 'vfile';
import { isMap, isScalar, isSeq, parseDocument, type Scalar } from 'yaml';
import { isLocale, type Locale } from '../../language/locales.ts';
import { COMPARISON_ROWS } from '../../collections/choices.ts';
import { type ContentFile, fieldsYaml } from '../../collections/content-files.ts';
import { type LintRule, lineOf, listedRuleId, report } from './rule.ts';
import { retextBritishSpelling } from './retext-british-spelling.ts';
import { retextClaims } from './retext-claims.ts';
import { retextSentenceLength } from './retext-sentence-length.ts';
import { retextSpanishReadability } from './retext-spanish-readability.ts';

/**
 * Readability: warn about a sentence of 8 words or more when 5 of the 7 formulas rate it above age 18.
 * Our target reading age is 9 to 11 (the NHS's), but the formulas count syllables, so every medical word
 * ("androgenetic alopecia") scores as hard: a lower bar flags most plain sentences that name a medicine.
 */
const READABILITY = { age: 18, threshold: 5 / 7, minWords: 8 };

/** retext-readability's message, reworded as a fix. */
const retextReadableMessages: Plugin = () => (_tree, file) => {
  for (const message of file.messages) {
    if (message.source !== 'retext-readability') continue;
    const sentence = String(message.actual ?? '').replace(/\s+/g, ' ');
    const quoted = sentence.length > 70 ? `${sentence.slice(0, 70)}…` : sentence;
    message.reason =
      message.message = `Hard to read: "${quoted}". Split it into shorter sentences, use everyday words, or explain a medical word with <Term>.`;
  }
};

/**
 * Each language's checks on words, for MDX bodies and text fields: built once per run. English: its readability
 * formulas, sentence length, claims and British spelling, all of which read English words. Spanish: the Spanish
 * parser (retext-latin), hard sentences on the INFLESZ scale, sentence length and Spanish claims; nothing English runs on it.
 */
const WORD_CHECKS: Record<Locale, () => Processor> = {
  en: () =>
    unified()
      .use(retextEnglish)
      .use(retextReadability, READABILITY)
      .use(retextReadableMessages)
      .use(retextSentenceLength)
      .use(retextClaims, 'en')
      .use(retextBritishSpelling)
      .freeze() as unknown as Processor,
  es: () =>
    unified()
      .use(retextLatin)
      .use(retextSpanishReadability)
      .use(retextSentenceLength)
      .use(retextClaims, 'es')
      .freeze() as unknown as Processor,
};

/** The word checks of one language. */
export const wordChecks = (locale: Locale): Processor => WORD_CHECKS[locale]();

/** The fields whose text readers see, each a text, a list of texts or one per language: titles, summaries, paragraphs, a country's sentences. */
const TEXT_FIELDS = new Set([
  'title',
  'question',
  'description',
  'intro',
  'term',
  'definition',
  'howLong',
  'estimatorNote',
  'paragraphs',
  'name',
  'numbersFor',
  'lessUrgent',
  'priorities',
  'questions',
]);
/**
 * Groups of fields, and the texts in them readers see: a key fact's text; a card's signs (safety notes), heading and
 * notes (care services); a treatment option's cells.
 */
const GROUP_TEXTS = new Map<string, readonly string[]>([
  ['keyFacts', ['text']],
  ...COMPARISON_ROWS.map((row) => [row, ['text']] as const),
  ['urgent', ['signs', 'heading', 'notes']],
  ['emergency', ['signs', 'heading', 'notes']],
]);

/** A text readers see in a file's fields: its top-level field, its language, and where its value is in the file. */
export interface TextField {
  key: string;
  locale: Locale;
  text: string;
  /** Where the value starts and ends in the file's text, quotes and a folded text's line breaks included. */
  start: number;
  end: number;
}

/** The texts of a YAML value with their language: a text, a list of texts, or one per language ({ en: …, es: … }). */
function textsIn(node: unknown, locale: Locale): Array<[Scalar, Locale]> {
  if (isScalar(node)) return typeof node.value === 'string' ? [[node, locale]] : [];
  if (isSeq(node)) return node.items.flatMap((item) => textsIn(item, locale));
  if (isMap(node) && node.items.every((pair) => isScalar(pair.key) && isLocale(pair.key.value))) {
    return node.items.flatMap((pair) => textsIn(pair.value, (pair.key as Scalar<Locale>).value));
  }
  return [];
}

/** The texts readers see in the fields of a page, glossary term, safety note or country's care services, in file order. Sources keep their published titles. */
export function textFieldsOf(entry: ContentFile): TextField[] {
  const source =
    entry.collection === 'sources' || entry.yamlError ? undefined : fieldsYaml(entry.text, entry.file.endsWith('.mdx'));
  const fields = source && parseDocument(source.yaml).contents;
  if (!source || !isMap(fields)) return [];
  return fields.items.flatMap((pair) => {
    const key = String(isScalar(pair.key) ? pair.key.value : '');
    const inGroup = GROUP_TEXTS.get(key) ?? [];
    const groups = isSeq(pair.value) ? pair.value.items : [pair.value];
    const texts = TEXT_FIELDS.has(key)
      ? textsIn(pair.value, entry.locale)
      : groups.flatMap((group) =>
          isMap(group) ? inGroup.flatMap((inner) => textsIn(group.get(inner, true), entry.locale)) : [],
        );
    return texts.map(([scalar, locale]) => ({
      key,
      locale,
      text: String(scalar.value),
      start: source.offset + scalar.range![0],
      end: source.offset + scalar.range![1],
    }));
  });
}

/** The word checks of each text's language on the text fields, reported at each field's line. */
export const textFieldsRule: LintRule = {
  async checkFile(entry, file, run) {
    for (const field of textFieldsOf(entry)) {
      const text = new VFile({ value: field.text });
      const words = run.words[field.locale];
      await words.run(words.parse(text), text);
      for (const found of text.messages) {
        report(
          file,
          `${field.key}: ${found.reason}`,
          { line: lineOf(entry.text, field.key) },
          listedRuleId(found.ruleId ?? undefined),
          found.fatal ? 'error' : 'warning',
        );
      }
    }
  },
};
