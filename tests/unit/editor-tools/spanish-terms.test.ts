// One word for each thing in Spanish: the rule flags the terminology sheet's variants and English quotation marks, and
// its list of words is the sheet's (content/README.md), so the two cannot drift. Also the warning that names no reviewer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SPANISH_TERMS } from '../../../src/editor-tools/lint-rules/spanish-terms';
import { SPANISH_FAQ, useLintFixture } from '../../support/lint-fixture';

const guide = readFileSync(join(import.meta.dirname, '..', '..', '..', 'content', 'README.md'), 'utf8');
/** The sheet: section 6's "Spanish: one word for each thing", up to the next section. */
const sheet = guide.slice(guide.indexOf('### Spanish: one word for each thing'), guide.indexOf('## 7. Review dates'));
const SHEET_ROWS = sheet.split('\n').filter((line) => line.startsWith('| '));
/** The words of a row's "Write" and "Not" cells. */
const cells = (row: string) => row.split('|').map((cell) => cell.trim());

const { lintEverything, lintFaq } = useLintFixture();
const spanishTerms = async (change: (text: string) => string) =>
  (await lintFaq(change, undefined, SPANISH_FAQ)).filter((message) => message.includes(' spanish-terms: '));

describe('the Spanish terminology sheet and its check (spanish-terms)', () => {
  it('has every word the rule flags in a "Not" cell, and what to write in the same row\'s "Write" cell', () => {
    expect(SHEET_ROWS.length).toBeGreaterThan(10);
    for (const { avoid, write } of SPANISH_TERMS) {
      const row = SHEET_ROWS.find((line) => cells(line)[3]?.includes(avoid));
      expect(row, `"${avoid}" is not under "Not" in the sheet`).toBeDefined();
      // "la asociación india…": the Write cell may start the phrase in lower or upper case.
      expect(cells(row!)[2]!.toLowerCase(), `"${write}" for "${avoid}"`).toContain(write.split(' (')[0]!.toLowerCase());
    }
  });

  it('fails each variant and English quotation mark at its line and column, naming the word to write', async () => {
    expect(
      await spanishTerms((text) =>
        text.replace(
          'Una segunda mención',
          'Si toma anticoagulantes, llámeles pronto. El "prospecto de Estados Unidos" lo dice. Una segunda mención',
        ),
      ),
    ).toEqual([
      `${SPANISH_FAQ}:12:9 error spanish-terms: "anticoagulantes": write "anticoagulantes o antiagregantes (como la aspirina)" (the terminology sheet in content/README.md, section 6).`,
      `${SPANISH_FAQ}:12:26 error spanish-terms: "llámeles": write "llámelos" (the terminology sheet in content/README.md, section 6).`,
      `${SPANISH_FAQ}:12:35 error spanish-terms: "pronto": write "cuanto antes" (the terminology sheet in content/README.md, section 6).`,
      `${SPANISH_FAQ}:12:46 error spanish-terms: English quotation mark ("): quote with «…» in Spanish, as the interface does.`,
      `${SPANISH_FAQ}:12:47 error spanish-terms: "prospecto de Estados Unidos": write "la ficha técnica de Estados Unidos" (the terminology sheet in content/README.md, section 6).`,
      `${SPANISH_FAQ}:12:74 error spanish-terms: English quotation mark ("): quote with «…» in Spanish, as the interface does.`,
    ]);
  });

  it('reads the text fields and component titles too, and leaves searchTerms, attribute values and the right words alone', async () => {
    expect(
      await spanishTerms((text) =>
        text
          .replace('description: La mayoría', 'description: Nadie queda “confundido”. La mayoría')
          .replace('translatedFrom: 2026-11-25', 'translatedFrom: 2026-11-25\nsearchTerms: [pelo, calvicie común]')
          .concat(
            '\n<Callout title="Lea más">\n\nLea el prospecto y tome anticoagulantes o antiagregantes (como la aspirina).\n\n</Callout>\n',
          ),
      ),
    ).toEqual([
      `${SPANISH_FAQ}:4:26 error spanish-terms: English quotation mark (“): quote with «…» in Spanish, as the interface does.`,
      `${SPANISH_FAQ}:4:27 error spanish-terms: "confundido": write "desorientado" (the terminology sheet in content/README.md, section 6).`,
      `${SPANISH_FAQ}:4:37 error spanish-terms: English quotation mark (”): quote with «…» in Spanish, as the interface does.`,
      `${SPANISH_FAQ}:15:17 error spanish-terms: "Lea más": write "Más información" (the terminology sheet in content/README.md, section 6).`,
    ]);
  });
});

describe('a translation with no clinician named (translation-reviewer)', () => {
  const reviewerWarnings = async (changes: Parameters<typeof lintEverything>[0] = {}) =>
    (await lintEverything(changes)).filter((message) => message.includes(' translation-reviewer: '));

  it('warns once per translation with review dates, at translatedFrom, worded as the fix', async () => {
    expect(await reviewerWarnings()).toEqual([
      `${SPANISH_FAQ}:8:1 warning translation-reviewer: translationReviewer: no clinician has reviewed this translation yet. Once one has checked it against content/faqs/en/is-it-painful.mdx, add translationReviewer: with their name, qualification and the date (reviewed: YYYY-MM-DD). Never before the review has happened.`,
    ]);
  });

  it('says nothing once the review is named', async () => {
    const reviewed = (text: string) =>
      text.replace(
        'translatedFrom: 2026-11-25',
        'translatedFrom: 2026-11-25\ntranslationReviewer:\n  name: Test Reviewer\n  qualification: Test qualification\n  reviewed: 2026-11-26',
      );
    expect(await reviewerWarnings({ [SPANISH_FAQ]: reviewed })).toEqual([]);
    expect(await lintFaq(reviewed, undefined, SPANISH_FAQ)).toEqual([]);
  });
});
