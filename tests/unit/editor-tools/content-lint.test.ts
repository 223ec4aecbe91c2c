// The content lint on the fixture site: a valid site passes; each English-text rule (claims, British spelling, links
// and references, fields, freshness, sentence length, readability) and the citation rules, at their place.
import { describe, expect, it } from 'vitest';
import { FAQ, useLintFixture } from '../../support/lint-fixture';

const { lintFixture, lintFaq } = useLintFixture();

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
    const found = await lintFaq((text) =>
      text
        .replace('usually mild.<Cite', 'usually mild with an anesthetic.<Cite')
        .replace('description: Most', 'description: Color. Most'),
    );
    expect(found).toEqual([
      `${FAQ}:4:1 error british-spelling: description: Use British spelling: "Colour", not "Color".`,
      `${FAQ}:10:56 error british-spelling: Use British spelling: "anaesthetic", not "anesthetic".`,
    ]);
  });

  it('fails a link to a page that does not exist, and a cited source missing from sources:', async () => {
    // The page still cites its own source, so only the two mistakes are reported.
    const found = await lintFaq((text) =>
      text.replace(
        '<Cite id="clinic-article" />',
        '<Cite id="clinic-article" /><Cite id="cdc-2005" /> See [bruising](/side-effects/bruising/).',
      ),
    );
    expect(found).toEqual([
      `${FAQ}:10:76 error reference: <Cite id="cdc-2005">: "cdc-2005" is not in this page's sources: [clinic-article]. Add it to the sources: list at the top of the file, so it appears in the page's numbered source list.`,
      `${FAQ}:10:103 error internal-link: The link "/side-effects/bruising/" points to no page on this site. Check the address against the page you mean, e.g. /side-effects/bruising/.`,
    ]);
  });

  it('fails a field the build would reject, at its line, with what is expected', async () => {
    expect(
      await lintFaq((text) =>
        text
          .replace('lastReviewed: 2026-11-25', 'lastReviewed: 25/11/2026')
          .replace('category: about-the-treatment', 'category: aftercare'),
      ),
    ).toEqual([
      `${FAQ}:3:1 error schema: category: expected one of: about-the-treatment, sessions-and-course, results, safety-and-side-effects, choosing-a-clinic`,
      `${FAQ}:5:1 error schema: lastReviewed: expected a date like 2026-11-24`,
    ]);
  });

  it('fails fields that are not valid YAML', async () => {
    const found = await lintFaq((text) => text.replace('sources: [clinic-article]', 'sources: [clinic-article'));
    expect(found[0]).toMatch(
      /^content\/faqs\/en\/is-it-painful.mdx:1:1 error schema: The fields at the top of the file are not valid YAML: /,
    );
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
      text.replace(
        /^description: .*$/m,
        'description: Consequently, dermatological practitioners recommend comprehensive evaluation of cicatricial alopecia.',
      ),
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
    expect(found[0]).toMatch(
      /:13:1 warning readability: Hard to read: "Consequently, dermatological practitioners recommend comprehensive eva…". Split it/,
    );
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
      expect(
        await lintFaq((text) => `${text}\nAbout 45% of people feel pain, so call 111 if you are worried.\n`),
      ).toEqual([
        `${FAQ}:13:7 error cited-numbers: Uncited number: "About 45% of people feel pain, so call 111 if you are worried." states a number, but its paragraph has no <Cite>. Add <Cite id="…" /> after it for the source it comes from (this page's sources: clinic-article), or say it without the number.`,
      ]);
    });

    it('takes the help lines from content/care-services/: a number no country lists needs a citation', async () => {
      const found = await lintFixture({
        [FAQ]: (text) => `${text}\nCall 111 if you are worried.\n`,
        'content/care-services/gb.yaml': (text) =>
          text.replace("numbers: ['999', '111', '112']", "numbers: ['999', '112']"),
      });
      expect(found.filter((message) => message.startsWith(FAQ))).toEqual([
        `${FAQ}:13:6 error cited-numbers: Uncited number: "Call 111 if you are worried." states a number, but its paragraph has no <Cite>. Add <Cite id="…" /> after it for the source it comes from (this page's sources: clinic-article), or say it without the number.`,
      ]);
    });

    it('flags a listed source the text never cites', async () => {
      expect(
        await lintFaq((text) => text.replace('sources: [clinic-article]', 'sources: [clinic-article, cdc-2005]')),
      ).toEqual([
        `${FAQ}:7:1 error sources-cited: sources: "cdc-2005" is listed but not cited on this page. Cite it with <Cite id="cdc-2005" /> after the sentence it supports, or remove it from sources:.`,
      ]);
    });

    it('flags a number in the description that no cited sentence of the body states', async () => {
      const found = await lintFaq((text) =>
        text
          .replace(/^description: .*$/m, 'description: About 9 in 10 people feel some discomfort.')
          .replace('Most people feel some discomfort', 'About 9 in 10 people feel some discomfort'),
      );
      expect(found).toEqual([]);
      expect(
        await lintFaq((text) =>
          text.replace(/^description: .*$/m, 'description: About 9 in 10 people feel some discomfort.'),
        ),
      ).toEqual([
        `${FAQ}:4:1 error summary-numbers: description: "9", "10" in "About 9 in 10 people feel some discomfort." are not in a cited sentence of this page. A summary may say no more than the cited text: state it there with its <Cite>, or leave it out here.`,
      ]);
    });
  });
});
