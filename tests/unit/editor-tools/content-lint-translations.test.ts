// The content lint on Spanish files and translations: Spanish measured as Spanish, the same citations as the English
// original paragraph by paragraph, translatedFrom, stale translations and files without their counterpart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAQ, SPANISH_FAQ, today, useLintFixture, VALID } from '../../support/lint-fixture';

const { lintFixture, lintFaq } = useLintFixture();

describe('lintContent', () => {
  describe('Spanish files and translations', () => {
    const spanish = (change: (text: string) => string, when = today) => lintFaq(change, when, SPANISH_FAQ);

    it('runs no English word check on Spanish: "favor", "color" and "saber" are Spanish words, and no English formula reads them', async () => {
      expect(
        await spanish((text) =>
          text.replace('no sufre daño.', 'no sufre daño. Por favor, quiere saber el color del cabello.'),
        ),
      ).toEqual([]);
    });

    it('warns about a long Spanish sentence and a hard one, measured in Spanish', async () => {
      const long = `\n${'Puede necesitar algunas sesiones más si la caída del cabello es muy irregular'.repeat(2).replace('irregularPuede', 'irregular y')}.\n`;
      const hard =
        '\nConsecuentemente, los especialistas dermatológicos recomiendan una evaluación diagnóstica exhaustiva de la alopecia androgenética antes de considerar intervenciones intradérmicas.\n';
      const found = await spanish((text) => text + long + hard);
      // The two new paragraphs also change the paragraph count (the citation-sets rule).
      expect(found.filter((message) => / (sentence-length|readability): /.test(message))).toEqual([
        `${SPANISH_FAQ}:16:1 warning readability: Hard to read (INFLESZ -37, "muy difícil"): "Consecuentemente, los especialistas dermatológicos recomiendan una eva…". Split it into shorter sentences, use shorter everyday words, or explain a medical word with <Term>.`,
        `${SPANISH_FAQ}:14:1 warning sentence-length: Long sentence (26 words): "Puede necesitar algunas sesiones más si la caída del cabello…". Split it in two: aim for under 20 words, at most 25.`,
      ]);
    });

    it('warns when a Spanish page scores under 55 on the INFLESZ scale, with its score, its averages and the fix', async () => {
      const found = await spanish((text) =>
        text.replace(
          'Una segunda mención',
          'Consecuentemente, los especialistas recomiendan una evaluación diagnóstica exhaustiva e individualizada. Una segunda mención',
        ),
      );
      expect(found).toEqual([
        `${SPANISH_FAQ}:1:1 warning inflesz: INFLESZ 45.2 ("algo difícil"): this page is harder to read than the target of 55 ("normal"). It averages 8.2 words a sentence and 2.46 syllables a word: split long sentences (aim for under 20 words) and use shorter, everyday words; start with the sentences marked "Hard to read".`,
      ]);
    });

    it('fails a paragraph that cites other sources than its English paragraph, naming it, what is missing and extra, and the fix', async () => {
      const found = await spanish((text) =>
        text
          .replace('<Cite id="clinic-article" />', '<Cite id="cdc-2005" />')
          .replace('sources: [clinic-article]', 'sources: [clinic-article, cdc-2005]'),
      );
      expect(found.filter((message) => message.includes(' citation-sets: '))).toEqual([
        `${SPANISH_FAQ}:7:1 error citation-sets: sources: must list the same sources as ${FAQ} [clinic-article]. Missing: nothing. Extra: cdc-2005. A translation rests on the sources of its original: make the two lists the same.`,
        `${SPANISH_FAQ}:11:1 error citation-sets: Paragraph 1 (line 11, "La mayoría de las personas notan algunas molestias…") cites cdc-2005, but paragraph 1 of ${FAQ} (line 10) cites clinic-article. Missing: clinic-article. Extra: cdc-2005. A translation cites what its original cites, paragraph by paragraph: add <Cite id="clinic-article" />, remove <Cite id="cdc-2005" />.`,
      ]);
    });

    it('fails when the translation has another number of paragraphs, naming where they first differ', async () => {
      const found = await spanish(
        (text) => `${text}\nEs un párrafo que el inglés no tiene.<Cite id="clinic-article" />\n`,
      );
      expect(found).toEqual([
        `${SPANISH_FAQ}:14:1 error citation-sets: This translation has 2 paragraphs (and list items) where ${FAQ} has 1, so their citations cannot be compared paragraph by paragraph. Keep one paragraph for each English one. They first differ at paragraph 2 (line 14, "Es un párrafo que el inglés no tiene.").`,
      ]);
    });

    it('compares the cite: lists of the key facts of an index page', async () => {
      const indexPage = (title: string, facts: string, extra = '') =>
        `title: ${title}\nintro: ${title}.\ndescription: ${title}.\nkeyFacts:\n${facts}\nlastReviewed: 2026-11-25\nnextReview: 2027-11-25\nsources: [clinic-article, cdc-2005]\n${extra}`;
      const found = await lintFixture({
        'content/index-pages/en/faqs.yaml': () =>
          indexPage(
            'Questions',
            '  - text: Most people feel some discomfort.\n    cite: [clinic-article]\n  - text: Choose a licensed practitioner.\n    cite: [cdc-2005]',
          ),
        'content/index-pages/es/faqs.yaml': () =>
          indexPage(
            'Preguntas',
            '  - text: La mayoría nota molestias.\n    cite: [clinic-article]\n  - text: Elija un profesional autorizado.\n    cite: [clinic-article]',
            'translatedFrom: 2026-11-25\n',
          ),
      });
      expect(found.filter((message) => message.includes(' citation-sets: '))).toEqual([
        `content/index-pages/es/faqs.yaml:7:1 error citation-sets: Key fact 2 (line 7, "Elija un profesional autorizado.") cites clinic-article, but key fact 2 of content/index-pages/en/faqs.yaml (line 7) cites cdc-2005. Missing: cdc-2005. Extra: clinic-article. A translation cites what its original cites, key fact by key fact: make its cite: list [cdc-2005].`,
      ]);
    });

    it('fails a translation without translatedFrom, giving the English date, and an English file with one', async () => {
      expect(await spanish((text) => text.replace('translatedFrom: 2026-11-25\n', ''))).toEqual([
        `${SPANISH_FAQ}:5:1 error translated-from: translatedFrom: missing. Add translatedFrom: 2026-11-25 after lastReviewed: the lastReviewed date of ${FAQ} that this translation follows.`,
      ]);
      expect(
        await lintFaq((text) =>
          text.replace('sources: [clinic-article]', 'sources: [clinic-article]\ntranslatedFrom: 2026-11-25'),
        ),
      ).toEqual([
        `${FAQ}:8:1 error translated-from: translatedFrom: only a translation has it (the English date it follows): remove it from the English file.`,
      ]);
    });

    it('warns about a stale translation with both dates and the fix, and fails a translatedFrom later than the English review', async () => {
      const found = await lintFixture({
        [FAQ]: (text) => text.replace('lastReviewed: 2026-11-25', 'lastReviewed: 2026-11-30'),
      });
      expect(found).toEqual([
        `${SPANISH_FAQ}:8:1 warning stale-translation: Stale translation: ${FAQ} was reviewed on 2026-11-30, after the English text this translation follows (translatedFrom: 2026-11-25). Bring the translation up to date with the English file, then set translatedFrom: 2026-11-30.`,
      ]);
      expect(await spanish((text) => text.replace('translatedFrom: 2026-11-25', 'translatedFrom: 2026-11-26'))).toEqual(
        [
          `${SPANISH_FAQ}:8:1 error translated-from: translatedFrom: 2026-11-26 is later than the English file's lastReviewed (2026-11-25): it must be the lastReviewed date of the English text this follows. Set translatedFrom: 2026-11-25 if the translation follows the English as it is now.`,
        ],
      );
    });

    it('fails an English entry with no translation and a translation with no English original', async () => {
      expect(await lintFixture({ [SPANISH_FAQ]: () => null })).toEqual([
        `${FAQ}:1:1 error translation-counterpart: No translation: ${SPANISH_FAQ} is missing. Every English entry needs its es translation with the same file name: translate this file there (set translatedFrom to this file's lastReviewed).`,
      ]);
      const renamed = 'content/faqs/es/duele.mdx';
      const found = await lintFixture({
        [renamed]: () => readFileSync(join(VALID, SPANISH_FAQ), 'utf8'),
        [SPANISH_FAQ]: () => null,
      });
      expect(found).toContain(
        `${renamed}:1:1 error translation-counterpart: No English original: content/faqs/en/duele.mdx does not exist. A translation has the same file name as the English file it translates: rename it to match, or remove it.`,
      );
    });
  });
});
