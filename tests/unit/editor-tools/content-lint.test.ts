import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lintContent } from '../../../src/editor-tools/content-lint';

const VALID = join(import.meta.dirname, '..', '..', 'fixtures', 'sites', 'valid');
const FAQ = 'content/faqs/en/is-it-painful.mdx';
const SPANISH_FAQ = 'content/faqs/es/is-it-painful.mdx';
const today = new Date('2026-11-25');
let copies: string[] = [];
afterEach(() => {
  for (const copy of copies) rmSync(copy, { recursive: true, force: true });
  copies = [];
});

/**
 * Lints a copy of the fixture site's content after `changes` edit files (a change returning null deletes the file,
 * a missing file starts as ""), with CARE_REGION unset unless given; returns every message as "file:line:column severity rule: reason".
 */
async function lintFixture(changes: Record<string, (text: string) => string | null>, when = today, careRegion?: string) {
  const root = mkdtempSync(join(tmpdir(), 'content-lint-'));
  copies.push(root);
  cpSync(join(VALID, 'content'), join(root, 'content'), { recursive: true });
  for (const [file, change] of Object.entries(changes)) {
    const path = join(root, file);
    mkdirSync(dirname(path), { recursive: true });
    const changed = change(existsSync(path) ? readFileSync(path, 'utf8') : '');
    if (changed === null) rmSync(path);
    else writeFileSync(path, changed);
  }
  const files = await lintContent(root, when, careRegion);
  return files.flatMap((file) =>
    file.messages.map((message) => `${file.path}:${message.line}:${message.column} ${message.fatal ? 'error' : 'warning'} ${message.ruleId}: ${message.reason}`),
  );
}

/** The messages about one file after `change` edits it (the English FAQ unless told). */
const lintFaq = async (change: (text: string) => string, when = today, file = FAQ) =>
  (await lintFixture({ [file]: change }, when)).filter((message) => message.startsWith(`${file}:`));

describe('lintContent', () => {
  it('passes the valid fixture, in both languages', async () => {
    expect(await lintFixture({})).toEqual([]);
  });

  it('fails a promotional claim, with the place and a suggested wording', async () => {
    expect(await lintFaq((text) => `${text}\nThe treatment is painless.\n`)).toEqual([
      `${FAQ}:13:18 error claims: Avoid "painless": say "most people feel some discomfort, usually mild".`,
    ]);
  });

  it('fails American spelling in the text and in frontmatter', async () => {
    const found = await lintFaq((text) => text.replace('usually mild.<Cite', 'usually mild with an anesthetic.<Cite').replace('description: Most', 'description: Color. Most'));
    expect(found).toEqual([
      `${FAQ}:4:1 error british-spelling: description: Use British spelling: "Colour", not "Color".`,
      `${FAQ}:10:56 error british-spelling: Use British spelling: "anaesthetic", not "anesthetic".`,
    ]);
  });

  it('fails a link to a page that does not exist, and a cited source missing from sources:', async () => {
    // The page still cites its own source, so only the two mistakes are reported.
    const found = await lintFaq((text) => text.replace('<Cite id="clinic-article" />', '<Cite id="clinic-article" /><Cite id="cdc-2005" /> See [bruising](/side-effects/bruising/).'));
    expect(found).toEqual([
      `${FAQ}:10:76 error reference: <Cite id="cdc-2005">: "cdc-2005" is not in this page's sources: [clinic-article]. Add it to the sources: list at the top of the file, so it appears in the page's numbered source list.`,
      `${FAQ}:10:103 error internal-link: The link "/side-effects/bruising/" points to no page on this site. Check the address against the page you mean, e.g. /side-effects/bruising/.`,
    ]);
  });

  it('fails a field the build would reject, at its line, with what is expected', async () => {
    expect(await lintFaq((text) => text.replace('lastReviewed: 2026-11-25', 'lastReviewed: 25/11/2026').replace('category: about-the-treatment', 'category: aftercare'))).toEqual([
      `${FAQ}:3:1 error schema: category: expected one of: about-the-treatment, sessions-and-course, results, safety-and-side-effects, choosing-a-clinic`,
      `${FAQ}:5:1 error schema: lastReviewed: expected a date like 2026-11-24`,
    ]);
  });

  it('fails fields that are not valid YAML', async () => {
    const found = await lintFaq((text) => text.replace('sources: [clinic-article]', 'sources: [clinic-article'));
    expect(found[0]).toMatch(/^content\/faqs\/en\/is-it-painful.mdx:1:1 error schema: The fields at the top of the file are not valid YAML: /);
  });

  it('warns 30 days before the review date and fails after it', async () => {
    expect(await lintFaq((text) => text, new Date('2027-11-01'))).toEqual([
      `${FAQ}:6:1 warning freshness: nextReview: the review is due on 2027-11-25, in 24 days. Plan it now.`,
    ]);
    expect(await lintFaq((text) => text, new Date('2027-12-01'))).toEqual([
      `${FAQ}:6:1 error freshness: nextReview: the review was due on 2027-11-25, 6 days ago. Review the page against its sources, then set lastReviewed to today and nextReview to a year later.`,
    ]);
  });

  it('warns about a long sentence', async () => {
    const long = `\n${'You may need a few more sessions if your hair loss is patchy'.repeat(2).replace('patchyYou', 'patchy and you')}.\n`;
    expect(await lintFaq((text) => text + long)).toEqual([
      `${FAQ}:13:1 warning sentence-length: Long sentence (27 words): "You may need a few more sessions if your hair loss is patchy…". Split it in two: aim for under 20 words, at most 25.`,
    ]);
  });

  it('words a hard description as a fix too, also when the body is checked after it', async () => {
    const found = await lintFaq((text) =>
      text.replace(/^description: .*$/m, 'description: Consequently, dermatological practitioners recommend comprehensive evaluation of cicatricial alopecia.'),
    );
    expect(found).toEqual([
      `${FAQ}:4:1 warning readability: description: Hard to read: "Consequently, dermatological practitioners recommend comprehensive eva…". Split it into shorter sentences, use everyday words, or explain a medical word with <Term>.`,
    ]);
  });

  it('warns about a hard sentence and shows it', async () => {
    const hard =
      '\nConsequently, dermatological practitioners recommend comprehensive evaluation of androgenetic alopecia, telogen effluvium and cicatricial alopecia before considering intradermal mesotherapeutic interventions.\n';
    const found = await lintFaq((text) => text + hard);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/:13:1 warning readability: Hard to read: "Consequently, dermatological practitioners recommend comprehensive eva…". Split it/);
  });

  it("checks the words of a country's care services in each text's language", async () => {
    const found = await lintFixture({
      'content/care-services/es.yaml': (text) =>
        text
          .replace("en: 'For anything less urgent,", "en: 'Results are guaranteed. For anything less urgent,")
          .replace(
            "es: 'Para lo que sea menos urgente,",
            "es: 'Consecuentemente, los especialistas dermatológicos recomiendan una evaluación diagnóstica exhaustiva de la alopecia androgenética antes de considerar intervenciones intradérmicas. Para lo que sea menos urgente,",
          ),
    });
    // The English text gets the English checks, the Spanish one the INFLESZ scale.
    expect(found).toEqual([
      'content/care-services/es.yaml:24:1 error claims: lessUrgent: Avoid "guaranteed": nothing about treatment is certain: say what it "may" do, e.g. "may help some people".',
      'content/care-services/es.yaml:24:1 warning readability: lessUrgent: Hard to read (INFLESZ -37, "muy difícil"): "Consecuentemente, los especialistas dermatológicos recomiendan una eva…". Split it into shorter sentences, use shorter everyday words, or explain a medical word with <Term>.',
    ]);
  });

  describe('citation rules', () => {

    it('flags a number in a paragraph without a citation, at the number, and not a help line', async () => {
      expect(await lintFaq((text) => `${text}\nAbout 45% of people feel pain, so call 111 if you are worried.\n`)).toEqual([
        `${FAQ}:13:7 error cited-numbers: Uncited number: "About 45% of people feel pain, so call 111 if you are worried." states a number, but its paragraph has no <Cite>. Add <Cite id="…" /> after it for the source it comes from (this page's sources: clinic-article), or say it without the number.`,
      ]);
    });

    it('takes the help lines from content/care-services/: a number no country lists needs a citation', async () => {
      const found = await lintFixture({
        [FAQ]: (text) => `${text}\nCall 111 if you are worried.\n`,
        'content/care-services/gb.yaml': (text) => text.replace("numbers: ['999', '111', '112']", "numbers: ['999', '112']"),
      });
      expect(found.filter((message) => message.startsWith(FAQ))).toEqual([
        `${FAQ}:13:6 error cited-numbers: Uncited number: "Call 111 if you are worried." states a number, but its paragraph has no <Cite>. Add <Cite id="…" /> after it for the source it comes from (this page's sources: clinic-article), or say it without the number.`,
      ]);
    });

    it('flags a listed source the text never cites', async () => {
      expect(await lintFaq((text) => text.replace('sources: [clinic-article]', 'sources: [clinic-article, cdc-2005]'))).toEqual([
        `${FAQ}:7:1 error sources-cited: sources: "cdc-2005" is listed but not cited on this page. Cite it with <Cite id="cdc-2005" /> after the sentence it supports, or remove it from sources:.`,
      ]);
    });

    it('flags a number in the description that no cited sentence of the body states', async () => {
      const found = await lintFaq((text) =>
        text.replace(/^description: .*$/m, 'description: About 9 in 10 people feel some discomfort.').replace('Most people feel some discomfort', 'About 9 in 10 people feel some discomfort'),
      );
      expect(found).toEqual([]);
      expect(await lintFaq((text) => text.replace(/^description: .*$/m, 'description: About 9 in 10 people feel some discomfort.'))).toEqual([
        `${FAQ}:4:1 error summary-numbers: description: "9", "10" in "About 9 in 10 people feel some discomfort." are not in a cited sentence of this page. A summary may say no more than the cited text: state it there with its <Cite>, or leave it out here.`,
      ]);
    });
  });

  describe('phone numbers and services of another country (care-numbers)', () => {
    /** The care-numbers messages after `changes`, with CARE_REGION set to `careRegion`. */
    const careNumbers = async (changes: Record<string, (text: string) => string>, careRegion?: string) =>
      (await lintFixture(changes, today, careRegion)).filter((message) => message.includes(' care-numbers: '));

    it('fails a UK number in Spanish prose, at its line and column, naming the countries and the fix', async () => {
      expect(await careNumbers({ [SPANISH_FAQ]: (text) => text.replace('no sufre daño.', 'no sufre daño. En una emergencia, llame al 999.') })).toEqual([
        `${SPANISH_FAQ}:11:189 error care-numbers: "999" is a phone number of GB (United Kingdom), but es pages are shown in ES (Spain) (CARE_REGION unset: the es default). Name no number in prose: put <WhenToGetHelp /> or link to /es/urgent-help/, whose numbers come from content/care-services/.`,
      ]);
    });

    it("lets a number through that the page's country lists, also when another country lists it too", async () => {
      expect(await careNumbers({ [SPANISH_FAQ]: (text) => text.replace('no sufre daño.', 'no sufre daño. En una emergencia, llame al 112.') })).toEqual([]);
    });

    it('with CARE_REGION=US, fails 999 in English prose and a component title, and lets 911 through', async () => {
      const found = await careNumbers(
        { [FAQ]: (text) => `${text.replace('is not harmed.', 'is not harmed. Call 911 or 999.')}\n<Callout type="seek-help" title="Call 999">Go now.</Callout>\n` },
        'US',
      );
      expect(found).toEqual([
        `${FAQ}:10:144 error care-numbers: "999" is a phone number of GB (United Kingdom), but en pages are shown in US (United States) (CARE_REGION=US). Name no number in prose: put <WhenToGetHelp /> or link to /urgent-help/, whose numbers come from content/care-services/.`,
        `${FAQ}:13:39 error care-numbers: "999" is a phone number of GB (United Kingdom), but en pages are shown in US (United States) (CARE_REGION=US). Name no number in prose: put <WhenToGetHelp /> or link to /urgent-help/, whose numbers come from content/care-services/.`,
      ]);
    });

    it('finds service names in any case and across a line break', async () => {
      expect(
        await careNumbers({
          [SPANISH_FAQ]: (text) => text.replace('no sufre daño.', 'no sufre daño. Si empeora, vaya a a&e.'),
          [FAQ]: (text) => text.replace('is not harmed.', 'is not harmed. If it gets worse, go to an Emergency\nRoom.'),
        }),
      ).toEqual([
        `${FAQ}:10:159 error care-numbers: "Emergency Room" is a service name of US (United States), but en pages are shown in GB (United Kingdom) (CARE_REGION unset: the en default). Name no service in prose: put <WhenToGetHelp /> or link to /urgent-help/, whose services come from content/care-services/.`,
        `${SPANISH_FAQ}:11:180 error care-numbers: "a&e" is a service name of GB (United Kingdom), but es pages are shown in ES (Spain) (CARE_REGION unset: the es default). Name no service in prose: put <WhenToGetHelp /> or link to /es/urgent-help/, whose services come from content/care-services/.`,
      ]);
    });

    it('reads a year, a temperature or a count as no phone number', async () => {
      const numbers = ' In 2026, 1.110 people had a fever of 38 °C; 1.111 of them were in 9990 towns, at 111.5 km.';
      expect(await careNumbers({ [FAQ]: (text) => text.replace('usually mild.', `usually mild.${numbers}`) }, 'US')).toEqual([]);
    });

    it('checks the text fields of a YAML file at their place, and leaves the urgent help page, which lists every country, alone', async () => {
      const indexPage = (title: string) =>
        `title: ${title}\ndescription: ${title}.\nintro: >-\n  In the UK call 999, in the US\n  call 911.\nlastReviewed: 2026-11-25\nnextReview: 2027-11-25\n`;
      const found = await careNumbers({ 'content/index-pages/en/faqs.yaml': () => indexPage('Questions'), 'content/index-pages/en/urgent-help.yaml': () => indexPage('Urgent help') });
      expect(found).toEqual([
        `content/index-pages/en/faqs.yaml:5:8 error care-numbers: "911" is a phone number of US (United States), but en pages are shown in GB (United Kingdom) (CARE_REGION unset: the en default). Name no number in prose: the "when to get help" cards and /urgent-help/ give readers their country's, from content/care-services/.`,
      ]);
    });

    it('stops at a CARE_REGION content/care-services/ has no file for, naming those it has', async () => {
      await expect(lintFixture({}, today, 'FR')).rejects.toThrow(
        'CARE_REGION="FR" is not a country this site has care services for. Set it to one of: ES, GB, US (ISO 3166-1 alpha-2 codes, one file each in content/care-services/), or leave it unset for each language\'s own (en pages GB, es pages ES).',
      );
    });
  });

  describe('Spanish files and translations', () => {
    const spanish = (change: (text: string) => string, when = today) => lintFaq(change, when, SPANISH_FAQ);

    it('runs no English word check on Spanish: "favor", "color" and "saber" are Spanish words, and no English formula reads them', async () => {
      expect(await spanish((text) => text.replace('no sufre daño.', 'no sufre daño. Por favor, quiere saber el color del pelo.'))).toEqual([]);
    });

    it('warns about a long Spanish sentence and a hard one, measured in Spanish', async () => {
      const long = `\n${'Puede necesitar algunas sesiones más si la caída del pelo es muy irregular'.repeat(2).replace('irregularPuede', 'irregular y')}.\n`;
      const hard =
        '\nConsecuentemente, los especialistas dermatológicos recomiendan una evaluación diagnóstica exhaustiva de la alopecia androgenética antes de considerar intervenciones intradérmicas.\n';
      const found = await spanish((text) => text + long + hard);
      // The two new paragraphs also change the paragraph count (the citation-sets rule).
      expect(found.filter((message) => / (sentence-length|readability): /.test(message))).toEqual([
        `${SPANISH_FAQ}:16:1 warning readability: Hard to read (INFLESZ -37, "muy difícil"): "Consecuentemente, los especialistas dermatológicos recomiendan una eva…". Split it into shorter sentences, use shorter everyday words, or explain a medical word with <Term>.`,
        `${SPANISH_FAQ}:14:1 warning sentence-length: Long sentence (26 words): "Puede necesitar algunas sesiones más si la caída del pelo es…". Split it in two: aim for under 20 words, at most 25.`,
      ]);
    });

    it('warns when a Spanish page scores under 55 on the INFLESZ scale, with its score, its averages and the fix', async () => {
      const found = await spanish((text) =>
        text.replace('Una segunda mención', 'Consecuentemente, los especialistas recomiendan una evaluación diagnóstica exhaustiva e individualizada. Una segunda mención'),
      );
      expect(found).toEqual([
        `${SPANISH_FAQ}:1:1 warning inflesz: INFLESZ 46.7 ("algo difícil"): this page is harder to read than the target of 55 ("normal"). It averages 8.2 words a sentence and 2.44 syllables a word: split long sentences (aim for under 20 words) and use shorter, everyday words; start with the sentences marked "Hard to read".`,
      ]);
    });

    it('fails a paragraph that cites other sources than its English paragraph, naming it, what is missing and extra, and the fix', async () => {
      const found = await spanish((text) => text.replace('<Cite id="clinic-article" />', '<Cite id="cdc-2005" />').replace('sources: [clinic-article]', 'sources: [clinic-article, cdc-2005]'));
      expect(found.filter((message) => message.includes(' citation-sets: '))).toEqual([
        `${SPANISH_FAQ}:7:1 error citation-sets: sources: must list the same sources as ${FAQ} [clinic-article]. Missing: nothing. Extra: cdc-2005. A translation rests on the sources of its original: make the two lists the same.`,
        `${SPANISH_FAQ}:11:1 error citation-sets: Paragraph 1 (line 11, "La mayoría de las personas notan algunas molestias…") cites cdc-2005, but paragraph 1 of ${FAQ} (line 10) cites clinic-article. Missing: clinic-article. Extra: cdc-2005. A translation cites what its original cites, paragraph by paragraph: add <Cite id="clinic-article" />, remove <Cite id="cdc-2005" />.`,
      ]);
    });

    it('fails when the translation has another number of paragraphs, naming where they first differ', async () => {
      const found = await spanish((text) => `${text}\nEs un párrafo que el inglés no tiene.<Cite id="clinic-article" />\n`);
      expect(found).toEqual([
        `${SPANISH_FAQ}:14:1 error citation-sets: This translation has 2 paragraphs (and list items) where ${FAQ} has 1, so their citations cannot be compared paragraph by paragraph. Keep one paragraph for each English one. They first differ at paragraph 2 (line 14, "Es un párrafo que el inglés no tiene.").`,
      ]);
    });

    it('compares the cite: lists of the key facts of an index page', async () => {
      const indexPage = (title: string, facts: string, extra = '') =>
        `title: ${title}\nintro: ${title}.\ndescription: ${title}.\nkeyFacts:\n${facts}\nlastReviewed: 2026-11-25\nnextReview: 2027-11-25\nsources: [clinic-article, cdc-2005]\n${extra}`;
      const found = await lintFixture({
        'content/index-pages/en/faqs.yaml': () => indexPage('Questions', '  - text: Most people feel some discomfort.\n    cite: [clinic-article]\n  - text: Choose a licensed practitioner.\n    cite: [cdc-2005]'),
        'content/index-pages/es/faqs.yaml': () =>
          indexPage('Preguntas', '  - text: La mayoría nota molestias.\n    cite: [clinic-article]\n  - text: Elija un profesional autorizado.\n    cite: [clinic-article]', 'translatedFrom: 2026-11-25\n'),
      });
      expect(found.filter((message) => message.includes(' citation-sets: '))).toEqual([
        `content/index-pages/es/faqs.yaml:7:1 error citation-sets: Key fact 2 (line 7, "Elija un profesional autorizado.") cites clinic-article, but key fact 2 of content/index-pages/en/faqs.yaml (line 7) cites cdc-2005. Missing: cdc-2005. Extra: clinic-article. A translation cites what its original cites, key fact by key fact: make its cite: list [cdc-2005].`,
      ]);
    });

    it('fails a translation without translatedFrom, giving the English date, and an English file with one', async () => {
      expect(await spanish((text) => text.replace('translatedFrom: 2026-11-25\n', ''))).toEqual([
        `${SPANISH_FAQ}:5:1 error translated-from: translatedFrom: missing. Add translatedFrom: 2026-11-25 after lastReviewed: the lastReviewed date of ${FAQ} that this translation follows.`,
      ]);
      expect(await lintFaq((text) => text.replace('sources: [clinic-article]', 'sources: [clinic-article]\ntranslatedFrom: 2026-11-25'))).toEqual([
        `${FAQ}:8:1 error translated-from: translatedFrom: only a translation has it (the English date it follows): remove it from the English file.`,
      ]);
    });

    it('warns about a stale translation with both dates and the fix, and fails a translatedFrom later than the English review', async () => {
      const found = await lintFixture({ [FAQ]: (text) => text.replace('lastReviewed: 2026-11-25', 'lastReviewed: 2026-11-30') });
      expect(found).toEqual([
        `${SPANISH_FAQ}:8:1 warning stale-translation: Stale translation: ${FAQ} was reviewed on 2026-11-30, after the English text this translation follows (translatedFrom: 2026-11-25). Bring the translation up to date with the English file, then set translatedFrom: 2026-11-30.`,
      ]);
      expect(await spanish((text) => text.replace('translatedFrom: 2026-11-25', 'translatedFrom: 2026-11-26'))).toEqual([
        `${SPANISH_FAQ}:8:1 error translated-from: translatedFrom: 2026-11-26 is later than the English file's lastReviewed (2026-11-25): it must be the lastReviewed date of the English text this follows. Set translatedFrom: 2026-11-25 if the translation follows the English as it is now.`,
      ]);
    });

    it('fails an English entry with no translation and a translation with no English original', async () => {
      expect(await lintFixture({ [SPANISH_FAQ]: () => null })).toEqual([
        `${FAQ}:1:1 error translation-counterpart: No translation: ${SPANISH_FAQ} is missing. Every English entry needs its es translation with the same file name: translate this file there (set translatedFrom to this file's lastReviewed).`,
      ]);
      const renamed = 'content/faqs/es/duele.mdx';
      const found = await lintFixture({ [renamed]: () => readFileSync(join(VALID, SPANISH_FAQ), 'utf8'), [SPANISH_FAQ]: () => null });
      expect(found).toContain(
        `${renamed}:1:1 error translation-counterpart: No English original: content/faqs/en/duele.mdx does not exist. A translation has the same file name as the English file it translates: rename it to match, or remove it.`,
      );
    });
  });
});
