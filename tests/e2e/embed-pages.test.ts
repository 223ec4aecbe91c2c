// Every embed page as built, in every language and for every country: there for every question, unindexed, without
// the site header, attributed and marked not medical advice; and axe on each embed template, in each language and theme.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations, useBrowser } from '../support/browser';
import { builtPage } from '../support/built-html';
import { EMBED_COUNTRIES, questions } from '../support/embeds';
import { DEFAULT_LOCALE, type Locale, LOCALES, localePath, safetyNotes } from '../support/languages';
import { DIST } from '../support/static-server';

const e2e = useBrowser();
const { baseUrl } = e2e;
/** The English questions. */
const faqs = questions[DEFAULT_LOCALE];

describe.each(LOCALES)('every embed page (%s)', (locale) => {
  // The build's own embeds, then the same for each country, as their paths without the language.
  const embedPaths = () =>
    ['embed', ...EMBED_COUNTRIES.map((country) => `embed/country/${country}`)].flatMap((folder) =>
      ['faq', 'side-effects', 'estimator', 'compare', ...questions[locale].map((item) => `faq/${item.id}`)].map(
        (embed) => `${folder}/${embed}`,
      ),
    );

  it('exists for every question and every country, unindexed, without the site header, attributed and marked not medical advice', () => {
    expect(questions[locale].map((item) => item.id).sort()).toEqual(faqs.map((item) => item.id).sort());
    for (const embedPath of embedPaths()) {
      const path = localePath(locale, embedPath);
      expect(existsSync(join(DIST, path, 'index.html')), path).toBe(true);
      const $ = builtPage(path);
      expect($('html').attr('lang'), path).toBe(locale);
      // ?lang= moves to this path in another language: a country's embed stays that country's.
      expect($('html').attr('data-embed-path'), path).toBe(embedPath);
      expect($('meta[name="robots"]').attr('content'), path).toBe('noindex');
      expect($('header, nav').length, `${path}: no site header or navigation`).toBe(0);
      expect($('.embed-attribution a').attr('target'), path).toBe('_blank');
      expect($('.embed-attribution a').attr('rel'), path).toBe('noopener');
      expect(
        $('aside h2').filter((_, element) => $(element).text() === safetyNotes(locale).notMedicalAdvice.title).length,
        path,
      ).toBe(1);
    }
  });
});

describe('axe on the embeds', () => {
  // The pages share five templates (list of questions, one question, side effects, estimator, comparison): axe checks each
  // template in each language, with every answer open; the dark reader's theme and a pinned theme with a clinic's
  // accent change only colours, which do not depend on the language, so those run in English, the pinned themes on
  // the two templates with the most accent-coloured parts (links, buttons, answers).
  const templates = (locale: Locale) => () =>
    [
      'embed/faq',
      `embed/faq/${questions[locale][0]?.id}`,
      'embed/side-effects',
      'embed/estimator',
      'embed/compare',
    ].map((path) => localePath(locale, path));
  const accentTemplates = () => ['/embed/faq/', '/embed/estimator/'];
  it.each([
    ...LOCALES.map((locale) => [locale, 'light', '', templates(locale)] as const),
    [DEFAULT_LOCALE, 'dark', '', templates(DEFAULT_LOCALE)],
    [DEFAULT_LOCALE, 'light', '?theme=dark&accent=%23ffeb3b', accentTemplates],
    [DEFAULT_LOCALE, 'dark', '?theme=light&accent=%237fffd4', accentTemplates],
  ] as const)(
    'finds no violations with every answer open (%s, %s reader, options %j)',
    async (_locale, scheme, search, paths) => {
      const page = await e2e.newPage({ colorScheme: scheme });
      for (const path of paths()) {
        await page.goto(baseUrl + path + search);
        await page
          .locator('details')
          .evaluateAll((items) => items.forEach((item) => ((item as HTMLDetailsElement).open = true)));
        expect(await axeViolations(page), path + search).toEqual([]);
      }
      expect(await page.context().cookies()).toEqual([]);
      await page.close();
    },
  );
});
