// The embeds for each country a clinic can pick (/embed/country/<code>/…): the numbers each country's cards give and
// the line saying whose numbers they are, as built in each language, and on a clinic's page with and without
// JavaScript. What a patient is told to do in an emergency is written here literally (tests/README.md says why).
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { builtPage } from '../support/built-html';
import { type EmbedCountry, expectSizedToContent, frameAt, questions, useClinicSite } from '../support/embeds';
import { type Locale, LOCALES, localePath } from '../support/languages';

const e2e = useBrowser({ colorScheme: 'light' });
const { baseUrl } = e2e;
const { snippetFromBuilder, clinicPage } = useClinicSite(e2e);

/** What each country's numbers line says in each language. */
const COUNTRIES = {
  gb: { en: 'These numbers are for the UK.', es: 'Estos números son para el Reino Unido.' },
  ie: { en: 'These numbers are for Ireland.', es: 'Estos números son para Irlanda.' },
  es: { en: 'These numbers are for Spain.', es: 'Estos números son para España.' },
  us: { en: 'These numbers are for the United States.', es: 'Estos números son para Estados Unidos.' },
} satisfies Record<EmbedCountry, Record<Locale, string>>;

const textOf = (path: string) => builtPage(path)('body').text().replace(/\s+/g, ' ');

describe('each country’s embeds, as built', () => {
  it('the build’s own Spanish embed gives Spain’s numbers, not the UK’s', () => {
    const text = textOf('/es/embed/side-effects/');
    expect(text).toContain('112');
    expect(text).toContain('Estos números son para España.');
    expect(text).not.toMatch(/\b111\b|\b999\b|A&E/);
  });

  it('Ireland’s side-effects embed gives 999 or 112, and says the numbers are Ireland’s', () => {
    const text = textOf('/embed/country/ie/side-effects/');
    expect(text).toContain('999 or 112');
    expect(text).toContain('These numbers are for Ireland.');
  });

  it('one answer for the United States gives 911, not 999', () => {
    const text = textOf('/embed/country/us/faq/what-are-the-side-effects/');
    expect(text).toContain('911');
    expect(text).not.toMatch(/\b999\b/);
  });

  it('Spain’s answer in Spanish gives 112 in its emergency card, and says the numbers are Spain’s', () => {
    const $ = builtPage('/es/embed/country/es/faq/what-are-the-side-effects/');
    expect($('.care-card-emergency .care-card-heading').text()).toContain('Llame al 112 o vaya a urgencias si:');
    expect($('.care-country strong').text()).toBe('Estos números son para España.');
  });

  it('the UK’s embed in Spanish gives 999 and the note about Northern Ireland', () => {
    const text = textOf('/es/embed/country/gb/side-effects/');
    expect(text).toContain('999');
    expect(text).toContain('Irlanda del Norte');
  });

  it.each(Object.entries(COUNTRIES))(
    'every %s embed with care advice says whose numbers they are',
    (country, numbersFor) => {
      for (const locale of LOCALES) {
        const withCards = questions[locale]
          .map((item) => `faq/${item.id}`)
          .concat(['faq', 'side-effects', 'estimator'])
          .map((embed) => localePath(locale, `embed/country/${country}/${embed}`))
          .filter((path) => builtPage(path)('.care-card').length > 0);
        // The side-effects embed and the answers that end with the cards (the list of questions links to them).
        expect(withCards, locale).toEqual(
          expect.arrayContaining(
            ['side-effects', 'faq/what-are-the-side-effects'].map((embed) =>
              localePath(locale, `embed/country/${country}/${embed}`),
            ),
          ),
        );
        for (const path of withCards) {
          const $ = builtPage(path);
          const lines = $('.care-country strong')
            .toArray()
            .map((line) => $(line).text());
          expect(lines, path).toEqual(Array($('.when-to-get-help').length).fill(numbersFor[locale]));
        }
      }
    },
  );
});

describe('a clinic in each country', () => {
  // The builder writes the country's address; the embed, framed on the clinic's page by /embed.js, shows its number.
  it.each([
    ['United Kingdom', 'gb', 'Call 999'],
    ['Ireland', 'ie', 'Call 999 or 112'],
    ['Spain', 'es', 'Call 112'],
    ['United States', 'us', 'Call 911'],
  ])('%s: the side-effects embed shows its emergency number and sizes its frame', async (name, country, emergency) => {
    const snippet = await snippetFromBuilder(async (page) => {
      await page.getByLabel('Side effects', { exact: true }).check();
      await page.getByLabel('Country of your patients').selectOption({ label: name });
      await expect
        .poll(() => page.locator('.builder-preview').getAttribute('src'))
        .toBe(`${baseUrl}/embed/country/${country}/side-effects/`);
    });
    expect(snippet).toContain(`${baseUrl}/embed/country/${country}/side-effects/`);
    const { page, logged } = await clinicPage([snippet]);
    const frame = await frameAt(page, 0);
    const heading = frame.locator('.care-card-emergency .care-card-heading');
    expect(await heading.isVisible()).toBe(true);
    expect(await heading.innerText()).toContain(emergency);
    await expectSizedToContent(page, 0);
    expect(logged).toEqual([]);
    await page.close();
  });

  it('without JavaScript, a country’s embed still shows its cards and says whose numbers they are', async () => {
    const snippet = await snippetFromBuilder(async (page) => {
      await page.getByLabel('Side effects', { exact: true }).check();
      await page.getByLabel('Country of your patients').selectOption({ label: 'United States' });
    });
    const noScript = await e2e.newContext({ javaScriptEnabled: false });
    const { page } = await clinicPage([snippet], noScript);
    const frame = await frameAt(page, 0);
    const cards = frame.locator('.when-to-get-help');
    expect(await cards.locator('.care-card').count()).toBe(2);
    expect(await cards.locator('.care-card-emergency .care-card-heading').innerText()).toContain('Call 911');
    expect(await cards.locator('.care-country').isVisible()).toBe(true);
    expect(await cards.locator('.care-country').innerText()).toContain('These numbers are for the United States.');
    await noScript.close();
  });
});
