import retextEnglish from 'retext-english';
import retextLatin from 'retext-latin';
import retextReadability from 'retext-readability';
import { type Plugin, type Processor, unified } from 'unified';
import { VFile } from 'vfile';
import type { Locale } from '../../site/locales.ts';
import { asList, keyFactsOf, type LintRule, lineOf, report } from './rule.ts';
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
    message.reason = message.message = `Hard to read: "${quoted}". Split it into shorter sentences, use everyday words, or explain a medical word with <Term>.`;
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
    unified().use(retextLatin).use(retextSpanishReadability).use(retextSentenceLength).use(retextClaims, 'es').freeze() as unknown as Processor,
};

/** The word checks of one language. */
export const wordChecks = (locale: Locale): Processor => WORD_CHECKS[locale]();

/** The frontmatter and YAML fields whose words readers see. */
const TEXT_FIELDS = ['title', 'question', 'description', 'intro', 'term', 'definition', 'howLong', 'estimatorNote'];
/** The cards of a safety note (content/safety-notes/): each a heading and its signs. */
const CARD_FIELDS = ['urgent', 'emergency'];

/** The word checks of its language on the text fields of a page, glossary term or safety note, reported at each field's line. Sources keep their published titles. */
export const textFieldsRule: LintRule = {
  async checkFile(entry, file, run) {
    if (entry.collection === 'sources') return;
    const fields: Array<[string, string]> = [
      ...TEXT_FIELDS.filter((key) => typeof entry.data[key] === 'string').map((key): [string, string] => [key, entry.data[key] as string]),
      ...keyFactsOf(entry.data.keyFacts).map((fact): [string, string] => ['keyFacts', fact.text]),
      ...asList(entry.data.paragraphs).map((paragraph): [string, string] => ['paragraphs', paragraph]),
      ...CARD_FIELDS.flatMap((key) => {
        const card = entry.data[key] as { heading?: unknown; signs?: unknown } | undefined;
        return card && typeof card === 'object'
          ? [card.heading, ...asList(card.signs)].filter((text): text is string => typeof text === 'string').map((text): [string, string] => [key, text])
          : [];
      }),
    ];
    for (const [key, text] of fields) {
      const field = new VFile({ value: text });
      const words = run.words[entry.locale];
      await words.run(words.parse(field), field);
      for (const found of field.messages) {
        report(file, `${key}: ${found.reason}`, { line: lineOf(entry.text, key) }, found.ruleId ?? 'words', found.fatal ? 'error' : 'warning');
      }
    }
  },
};
