// Where a patient is sent for help depends on the country a page is shown in, not the language it is written in.
// These tests read the words a patient sees in the built pages: the expected numbers and services are written here,
// never read back from content/care-services/, so a wrong number in the data fails them. The default build shows the
// UK's services on English pages and Spain's on Spanish pages; a copy built with CARE_REGION=US shows the US's on both,
// and CARE_REGION=XX stops the build.
import type { CheerioAPI } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages, useBrowser } from '../support/browser';
import { builtPage } from '../support/built-html';
import { astroBuild } from '../support/astro-cli';
import { copyOfProject } from '../support/project-copy';
import { join } from 'node:path';

/** The visible text of a page and what search engines and link previews read of it (JSON-LD, title, meta). */
function patientText($: CheerioAPI): string {
  const structured = $('script[type="application/ld+json"]').text();
  const meta = $('title, meta[content]')
    .toArray()
    .map((element) => $(element).attr('content') ?? $(element).text())
    .join(' ');
  const body = $('body').clone();
  body.find('script, style, template').remove();
  return `${body.text()} ${structured} ${meta}`.replace(/\s+/g, ' ');
}

/** Each "when to get help" block's card headings as a screen reader reads them (hidden label first), sorted. */
const cardHeadings = ($: CheerioAPI) =>
  $('.when-to-get-help')
    .toArray()
    .map((block) =>
      $(block)
        .find('.care-card h3')
        .toArray()
        .map((heading) => $(heading).text().trim())
        .sort(),
    );

const UK_NUMBERS = /\b(999|111)\b|A&E|NHS 111/;
/** A language's pages that show the build's country: every one but the embeds a clinic picks another country for (embed-countries.test.ts). */
const pagesOf = (locale: 'en' | 'es', folder?: string) =>
  builtPages({ includeEmbeds: true, folder }).filter(
    (path) => (locale === 'es') === path.startsWith('/es/') && !path.includes('/embed/country/'),
  );
/** The one page that lists every country's numbers. */
const listsEveryCountry = (path: string) => /^(\/es)?\/urgent-help\/$/.test(path);

describe('the default build: English pages show the UK, Spanish pages show Spain', () => {
  const english = pagesOf('en').filter((path) => builtPage(path)('#get-help').length > 0);
  const spanish = pagesOf('es');

  it('has the cards on every side effect, the side-effects list, the safety guide, three FAQs and their embeds', () => {
    for (const path of [
      '/side-effects/',
      '/side-effects/bruising/',
      '/side-effects/allergic-reaction/',
      '/guides/safety/',
      '/faqs/is-it-painful/',
      '/embed/side-effects/',
      '/embed/faq/what-are-the-side-effects/',
    ]) {
      expect(english, path).toContain(path);
    }
    expect(english.length).toBeGreaterThanOrEqual(18);
  });

  it.each(english)('%s: the UK cards, for the whole UK, with the numbers said to be the UK’s', (path) => {
    const $ = builtPage(path);
    for (const headings of cardHeadings($)) {
      expect(headings).toEqual([
        'Immediate action required: Call 999 or go to A&E if:',
        'Urgent advice: Ask for an urgent GP appointment or call NHS 111 if:',
      ]);
    }
    const cards = $('#get-help').text();
    expect(cards).toContain(
      'In Northern Ireland there is no 111 service: call your GP surgery, or the GP Out-of-Hours service when it is closed.',
    );
    expect(cards).toContain('In Scotland, 111 is NHS 24.');
    expect(cards).toContain('These numbers are for the UK.');
    expect($('#get-help a[href="/urgent-help/"]').text()).toBe('Numbers for other countries');
    expect($('#get-help a[href="https://wmas.nhs.uk/999-or-111/"]').length, 'the cards cite their source').toBe(1);
    expect(cards).not.toMatch(/\b911\b|urgencias|centro de salud/);
  });

  it('has Spanish pages to check, embeds among them', () => {
    expect(spanish.length).toBeGreaterThan(40);
    expect(spanish).toContain('/es/embed/side-effects/');
  });

  it.each(spanish.filter((path) => !listsEveryCountry(path)))('%s never names a UK number or service', (path) => {
    expect(patientText(builtPage(path))).not.toMatch(UK_NUMBERS);
  });

  it.each(spanish.filter((path) => builtPage(path)('#get-help').length > 0))('%s: Spain’s cards, 112 first', (path) => {
    const $ = builtPage(path);
    for (const headings of cardHeadings($)) {
      expect(headings).toEqual([
        'Actúe de inmediato: Llame al 112 o vaya a urgencias si:',
        'Consejo urgente: Vaya a su centro de salud (pida cita para hoy) si:',
      ]);
    }
    const cards = $('#get-help').text();
    expect(cards).toContain('Si está cerrado, vaya a las urgencias más cercanas.');
    expect(cards).toContain(
      'El 112 es gratuito, atiende las 24 horas desde cualquier teléfono y sus operadores también hablan inglés.',
    );
    expect(cards).toContain('Estos números son para España.');
    expect($('#get-help a[href="/es/urgent-help/"]').text()).toBe('Números de otros países');
    expect(cards).not.toContain('fiebre alta');
  });

  it('the Spanish about page sends readers to their own country’s emergency number', () => {
    const text = patientText(builtPage('/es/about/'));
    expect(text).toContain(
      'En una emergencia, llame al número de emergencias del país en el que esté o vaya a las urgencias más cercanas.',
    );
    expect(builtPage('/es/about/')('a[href="/es/urgent-help/"]').length).toBeGreaterThan(0);
  });
});

describe('urgent help, by country', () => {
  const sections = (path: string) => {
    const $ = builtPage(path);
    return Object.fromEntries(
      $('section[id]')
        .toArray()
        .map((section) => [$(section).attr('id'), $(section).text().replace(/\s+/g, ' ')]),
    );
  };

  it('lists every country’s numbers in English, the UK first', () => {
    const $ = builtPage('/urgent-help/');
    expect(
      $('nav[aria-labelledby="page-contents"] a')
        .toArray()
        .map((item) => $(item).text()),
    ).toEqual(['United Kingdom', 'Ireland', 'Spain', 'United States', 'Anywhere else']);
    const byCountry = sections('/urgent-help/');
    expect(byCountry.gb).toContain('Call 999 or go to A&E if:');
    expect(byCountry.gb).toContain('In Northern Ireland there is no 111 service');
    expect(byCountry.gb).toContain('For anything less urgent, see your GP or a pharmacist.');
    expect(byCountry.ie).toContain('Call 999 or 112, or go to the emergency department (ED), if:');
    expect(byCountry.ie).toContain('When the surgery is closed, call the GP out-of-hours service.');
    expect(byCountry.es).toContain('Call 112 or go to urgencias (the hospital emergency department) if:');
    expect(byCountry.es).toContain('operators speak English too');
    expect(byCountry.us).toContain('Call 911 or go to the emergency room if:');
    expect(byCountry.us).toContain('Call your doctor or go to an urgent care clinic if:');
    expect(byCountry.elsewhere).toContain('Call your local emergency number');
    expect(byCountry.elsewhere).toContain('112 works in every EU country');
    expect(byCountry.us, 'no UK number under the US').not.toMatch(UK_NUMBERS);
  });

  it('lists every country’s numbers in Spanish, Spain first', () => {
    const $ = builtPage('/es/urgent-help/');
    expect(
      $('nav[aria-labelledby="page-contents"] a')
        .toArray()
        .map((item) => $(item).text()),
    ).toEqual(['España', 'Reino Unido', 'Irlanda', 'Estados Unidos', 'En cualquier otro país']);
    const byCountry = sections('/es/urgent-help/');
    expect(byCountry.es).toContain('Llame al 112 o vaya a urgencias si:');
    expect(byCountry.gb).toContain('Llame al 999 o vaya a urgencias del hospital (A&E) si:');
    expect(byCountry.gb).toContain('En Irlanda del Norte no hay servicio 111');
    expect(byCountry.us).toContain('Llame al 911');
  });
});

describe('care first: a worried reader reaches the cards from the first screen', () => {
  const e2e = useBrowser({ viewport: { width: 390, height: 844 } });
  const sideEffects = builtPages().filter((path) => /^(\/es)?\/side-effects\//.test(path));

  it('has every side effect and both lists to check', () => {
    expect(sideEffects.length).toBeGreaterThanOrEqual(20);
  });

  it.each(sideEffects)('%s links to the cards within its first screen on a 390 px phone', async (path) => {
    const page = await e2e.context.newPage();
    await page.goto(e2e.baseUrl + path);
    const link = page.locator('main a[href="#get-help"]');
    await expect(link.textContent()).resolves.toMatch(/^\s*(Urgent: when to get help|Urgente: cuándo pedir ayuda)\s*$/);
    const box = await link.boundingBox();
    expect(box && box.y + box.height, 'the link’s bottom edge').toBeLessThanOrEqual(844);
    await link.click();
    // The cards come to the top of the screen (below the scroll margin the site keeps above a target).
    await expect
      .poll(() => page.evaluate(() => document.querySelector('#get-help')!.getBoundingClientRect().top))
      .toBeLessThan(50);
    expect(
      await page.evaluate(() => document.querySelector('#get-help')!.getBoundingClientRect().top),
    ).toBeGreaterThanOrEqual(0);
    await page.close();
  });

  it.each(['/side-effects/allergic-reaction/', '/es/side-effects/allergic-reaction/'])(
    '%s shows the emergency signs in its first screen',
    async (path) => {
      const page = await e2e.context.newPage();
      await page.goto(e2e.baseUrl + path);
      const firstSign = page.locator('#get-help .care-card').first();
      await expect(firstSign.getAttribute('class')).resolves.toContain('care-card-emergency');
      const top = await page
        .locator('#get-help .care-card-emergency li')
        .first()
        .evaluate((sign) => sign.getBoundingClientRect().top);
      expect(top).toBeLessThan(844);
      await page.close();
    },
  );

  it.each(['allergic-reaction', 'skin-infection', 'scalp-abscess'])(
    '/side-effects/%s/ puts the cards straight after the summary, before the details',
    (slug) => {
      for (const path of [`/side-effects/${slug}/`, `/es/side-effects/${slug}/`]) {
        const $ = builtPage(path);
        const cards = $('#get-help');
        expect(cards.prevAll('h2').length, `${path}: no section before the cards`).toBe(0);
        expect(cards.nextAll('h2').length, `${path}: the sections follow`).toBeGreaterThan(1);
        // The generic paragraph about new bald patches belongs to the list and the scarring page, not above these cards.
        expect(cards.text()).not.toMatch(/new patches of hair loss|nuevas zonas sin cabello/);
      }
    },
  );

  it('keeps the cards at the end of a side effect that needs no quick help', () => {
    const $ = builtPage('/side-effects/bruising/');
    expect($('#get-help').prevAll('h2').length).toBeGreaterThan(1);
  });

  it.each([
    ['/', 'Worried after a session? When to get help', '/side-effects/#get-help'],
    ['/es/', '¿Le preocupa algo después de una sesión? Cuándo pedir ayuda', '/es/side-effects/#get-help'],
  ])('the home page %s and its header lead a worried reader to the cards', (path, words, href) => {
    const $ = builtPage(path);
    const links = $(`a[href="${href}"]`);
    expect(links.toArray().map((link) => $(link).text().replace(/\s+/g, ' ').trim())).toContain(words);
    expect($(`header a[href="${href}"]`).length, 'in the phone menu and, on a wide screen, beside the language').toBe(
      2,
    );
  });
});

describe('a build for the United States (CARE_REGION=US)', () => {
  let copy: ReturnType<typeof copyOfProject> | undefined;
  let dist = '';

  beforeAll(async () => {
    copy = copyOfProject('care-region-us');
    await astroBuild(copy.root, { CARE_REGION: 'US' }).catch((error: { stdout: string; stderr: string }) => {
      throw new Error(`The CARE_REGION=US build failed:\n${error.stdout}\n${error.stderr}`);
    });
    dist = join(copy.root, 'dist');
  }, 120_000);
  afterAll(() => copy?.remove());

  it.each(['en', 'es'] as const)('every %s card names 911, and no page names a UK number', (locale) => {
    const pages = pagesOf(locale, dist).filter((path) => !listsEveryCountry(path));
    expect(pages.length).toBeGreaterThan(40);
    let withCards = 0;
    for (const path of pages) {
      const $ = builtPage(path, dist);
      expect(patientText($), path).not.toMatch(UK_NUMBERS);
      if ($('#get-help').length === 0) continue;
      withCards += 1;
      const emergency = $('#get-help .care-card-emergency h3').text().trim();
      expect(emergency, path).toBe(
        locale === 'en'
          ? 'Immediate action required: Call 911 or go to the emergency room if:'
          : 'Actúe de inmediato: Llame al 911 o vaya a la sala de emergencias (emergency room) si:',
      );
      expect($('#get-help').text(), path).toContain(
        locale === 'en' ? 'These numbers are for the United States.' : 'Estos números son para Estados Unidos.',
      );
    }
    expect(withCards).toBeGreaterThanOrEqual(18);
  });
});

describe('a build for a country the site has no services for', () => {
  it('stops with a message that lists the supported codes', async () => {
    const copy = copyOfProject('care-region-xx');
    try {
      const failed = await astroBuild(copy.root, { CARE_REGION: 'XX' }).then(
        () => undefined,
        (error: { code: number; stdout: string; stderr: string }) => error,
      );
      expect(failed?.code, 'astro build exits with an error').toBe(1);
      expect(`${failed?.stdout}${failed?.stderr}`).toContain(
        'CARE_REGION="XX" is not a country this site has care services for. Set it to one of: ES, GB, IE, US',
      );
    } finally {
      copy.remove();
    }
  });
});
