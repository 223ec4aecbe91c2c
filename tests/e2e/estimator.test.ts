import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fillTemplate } from '../../src/i18n/fill-template';
import { axeViolations, useBrowser } from '../support/browser';
import { DEFAULT_LOCALE, LOCALE_REGIONS, localePath, TRANSLATIONS, ui } from '../support/languages';

const e2e = useBrowser({ acceptDownloads: true });
const { baseUrl } = e2e;
const ESTIMATOR = `${baseUrl}/estimator/`;

let page: Page;

afterEach(async () => {
  await page?.close();
});

async function open(query = '') {
  page = await e2e.context.newPage();
  await page.goto(ESTIMATOR + query);
  await page.locator('treatment-estimator[data-ready]').waitFor();
  return page;
}

const results = () => page.locator('.estimator-results');
const sentences = () => page.locator('.estimator-sentences').innerText();
const timelineDates = () => page.locator('.estimator-timeline time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
const scheduleDates = () => page.locator('.estimator-schedule li time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));

const dateField = (part: 'Day' | 'Month' | 'Year') => page.getByLabel(part, { exact: true });

/** Types a date the UK way, into the day, month and year fields. */
async function typeDate(day: string, month: string, year: string) {
  await dateField('Day').fill(day);
  await dateField('Month').fill(month);
  await dateField('Year').fill(year);
}

async function answer(start: string, perWeek: 'Once a week' | 'Twice a week', stage: RegExp, area: RegExp) {
  const [year, month, day] = start.split('-').map((part) => String(Number(part))) as [string, string, string];
  await typeDate(day, month, year);
  await page.getByLabel(perWeek).check();
  await page.getByRole('radio', { name: stage }).check();
  await page.getByRole('radio', { name: area }).check();
}

/** The message a field's screen-reader description points to, and whether the control is marked invalid. */
async function fieldError(control: ReturnType<Page['locator']>) {
  const ids = ((await control.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).innerText()));
  return { invalid: await control.getAttribute('aria-invalid'), described: texts.join(' | ') };
}

describe('the estimator page', () => {
  it('filling the form gives the expected sessions and dates', async () => {
    await open();
    await answer('2027-01-04', 'Twice a week', /^Early/, /^Small/);
    expect(await results().isVisible()).toBe(true);
    const text = await sentences();
    expect(text).toContain('5 to 6 months (22 to 26 weeks)');
    expect(text).toContain('about 44 to 52 sessions, twice a week');
    // The clinic's "4th session" claim is a sentence that names its source, not a step of the timeline.
    expect(text).toContain('The clinic article says first effects may show from about the 4th session, which would be on Thursday, 14 January 2027');
    expect(text).not.toMatch(/NaN|Invalid Date|\{/);
    // Start, visible results (from, to), course end (from, to).
    expect(await timelineDates()).toEqual(['2027-01-04', '2027-05-04', '2027-06-07']);
    expect(await page.locator('.estimator-timeline').innerText()).toContain('7 June 2027 to Monday, 5 July 2027');
    expect(await page.locator('.estimator-timeline').innerText()).not.toContain('14 January 2027');
    const schedule = await scheduleDates();
    expect(schedule).toHaveLength(52);
    expect(schedule.slice(0, 4)).toEqual(['2027-01-04', '2027-01-07', '2027-01-11', '2027-01-14']);
  });

  it('changing the frequency from 2 to 1 a week changes the schedule', async () => {
    await open('?start=2027-01-04&perWeek=2&stage=early&area=small');
    expect(await scheduleDates()).toHaveLength(52);
    await page.getByLabel('Once a week').check();
    const schedule = await scheduleDates();
    expect(schedule).toHaveLength(26);
    expect(schedule.slice(0, 4)).toEqual(['2027-01-04', '2027-01-11', '2027-01-18', '2027-01-25']);
    expect(await sentences()).toContain('4th session, which would be on Monday, 25 January 2027');
    expect(await sentences()).toContain('about 22 to 26 sessions, once a week');
  });

  it('a more advanced stage and a larger area give a longer course', async () => {
    await open('?start=2027-01-04&perWeek=1&stage=early&area=small');
    const short = await scheduleDates();
    await page.getByRole('radio', { name: /^Advanced/ }).check();
    await page.getByRole('radio', { name: /^Large/ }).check();
    expect((await scheduleDates()).length).toBeGreaterThan(short.length);
    expect(await sentences()).toContain('10 to 12 months');
  });

  it('keeps the answers in the URL, and a shared URL gives the same estimate', async () => {
    await open();
    await answer('2027-03-01', 'Twice a week', /^Moderate/, /^Medium/);
    await page.getByLabel('Cause of hair loss (optional)').selectOption('telogen-effluvium');
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({
      start: '2027-03-01',
      perWeek: '2',
      stage: 'moderate',
      area: 'medium',
      condition: 'telogen-effluvium',
    });
    const before = { text: await sentences(), dates: await scheduleDates() };
    await page.close();

    await open(url.search);
    expect([await dateField('Day').inputValue(), await dateField('Month').inputValue(), await dateField('Year').inputValue()]).toEqual(['1', '3', '2027']);
    expect(await page.getByLabel('Twice a week').isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: /^Moderate/ }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: /^Medium/ }).isChecked()).toBe(true);
    expect(await page.getByLabel('Cause of hair loss (optional)').inputValue()).toBe('telogen-effluvium');
    expect({ text: await sentences(), dates: await scheduleDates() }).toEqual(before);
    expect(before.text).toContain('Telogen effluvium often settles by itself');
    expect(await page.getByRole('link', { name: 'Read more about Telogen effluvium' }).getAttribute('href')).toBe('/conditions/telogen-effluvium/');
  });

  it('for androgenetic alopecia, says mesotherapy is at most an add-on to finasteride or minoxidil', async () => {
    await open('?start=2027-01-04&perWeek=1&stage=early&area=small&condition=androgenetic-alopecia');
    const text = await sentences();
    expect(text).toMatch(/can only add to treatment with finasteride or minoxidil\. It is at most an add-on, not a replacement\./);
    expect(await page.getByRole('link', { name: /^Read more about Androgenetic alopecia/ }).getAttribute('href')).toBe(
      '/conditions/androgenetic-alopecia/',
    );
  });

  it('a condition without studies gets its note too, from the condition page', async () => {
    await open('?start=2027-01-04&perWeek=1&stage=early&area=small&condition=thin-and-brittle-hair');
    expect(await sentences()).toContain('We found no studies of mesotherapy for thin and brittle hair.');
  });

  it('bad URL values show inline errors on each field, never a broken page', async () => {
    await open('?start=2027-02-30&perWeek=3&stage=severe&area=small&condition=cellulite');
    const start = await fieldError(dateField('Day'));
    expect(start.invalid).toBe('true');
    expect(start.described).toContain('Start date: that date does not exist');
    const perWeek = await fieldError(page.getByLabel('Once a week'));
    expect(perWeek).toMatchObject({ invalid: 'true' });
    expect(perWeek.described).toContain('Sessions per week: choose once or twice a week');
    expect((await fieldError(page.getByRole('radio', { name: /^Early/ }))).described).toContain('How advanced is your hair loss: choose');
    expect((await fieldError(page.getByRole('radio', { name: /^Small/ }))).invalid).toBeNull();
    expect((await fieldError(page.getByLabel('Cause of hair loss (optional)'))).described).toContain('Cause of hair loss: choose a cause');
    expect(await results().isVisible()).toBe(false);
    expect(await page.locator('main').innerText()).not.toMatch(/NaN|Invalid Date/);
  });

  it('an empty or too early start date shows its own error', async () => {
    await open('?start=&perWeek=1&stage=early&area=small');
    expect((await fieldError(dateField('Day'))).described).toContain('Start date: enter the date of your first session');
    await page.close();
    await open('?start=1999-12-31&perWeek=1&stage=early&area=small');
    expect((await fieldError(dateField('Year'))).described).toContain('Start date: choose a date in the year 2000 or later');
  });

  it('keeps the last valid result while an answer is wrong, then clears the error when fixed', async () => {
    await open('?start=2027-01-04&perWeek=2&stage=early&area=small');
    const valid = await sentences();
    await dateField('Day').fill('');
    expect((await fieldError(dateField('Day'))).invalid).toBe('true');
    expect(await sentences()).toBe(valid);
    expect(await page.locator('.estimator-stale').isVisible()).toBe(true);
    await dateField('Day').fill('5');
    expect(await fieldError(dateField('Day'))).toEqual({ invalid: null, described: 'The day of your first session. For example, 4 1 2027.' });
    expect(await page.locator('.estimator-stale').isVisible()).toBe(false);
    expect((await timelineDates())[0]).toBe('2027-01-05');
  });

  it('with no URL values it shows no estimate and no error until the reader gives a start date', async () => {
    await open();
    expect(await results().isVisible()).toBe(false);
    expect(await page.locator('treatment-estimator .error-message:visible').count()).toBe(0);
    await page.getByLabel('Twice a week').check();
    await dateField('Day').fill('4');
    expect(await results().isVisible()).toBe(false);
    expect(await page.locator('treatment-estimator .error-message:visible').count()).toBe(0);
    expect(new URL(page.url()).search).toBe('');
    await dateField('Month').fill('1');
    await dateField('Year').fill('2027');
    expect(await results().isVisible()).toBe(true);
    expect((await timelineDates())[0]).toBe('2027-01-04');
  });

  it('"Use today\'s date" fills in today and shows the estimate from today', async () => {
    await open();
    await page.getByRole('button', { name: "Use today's date" }).click();
    const today = await page.evaluate(() => {
      const now = new Date();
      return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    });
    expect(await dateField('Year').inputValue()).toBe(today.slice(0, 4));
    expect((await timelineDates())[0]).toBe(today);
    expect(new URL(page.url()).searchParams.get('start')).toBe(today);
  });

  it('a date typed the UK way that is incomplete, not a number or impossible gets its own inline error', async () => {
    await open();
    await typeDate('30', '2', '2027');
    await page.getByRole('button', { name: 'Show my estimate' }).click();
    expect((await fieldError(dateField('Day'))).described).toContain('Start date: that date does not exist');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('estimator-start-day');
    await typeDate('4', 'Jan', '2027');
    expect((await fieldError(dateField('Month'))).described).toContain('Start date: enter the day, month and year as numbers');
    await typeDate('4', '1', '');
    expect((await fieldError(dateField('Year'))).described).toContain('Start date: enter the day, month and year as numbers');
    // Typing passed through a real date (4 February), so that estimate stays, marked as out of date.
    expect(await page.locator('.estimator-stale').isVisible()).toBe(true);
    expect(await page.locator('main').innerText()).not.toMatch(/NaN|Invalid Date/);
  });

  it('"Add sessions to my calendar" downloads an .ics file with one event per session', async () => {
    await open('?start=2027-01-04&perWeek=2&stage=moderate&area=small');
    const sessions = await scheduleDates();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add sessions to my calendar' }).click()]);
    expect(download.suggestedFilename()).toBe('mesotherapy-sessions.ics');
    const ics = readFileSync((await download.path()) as string, 'utf8');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(sessions.length);
    expect(ics.match(/BEGIN:VALARM/g)).toHaveLength(sessions.length);
    const starts = [...ics.matchAll(/DTSTART:(\d{4})(\d{2})(\d{2})T100000/g)].map((m) => `${m[1]}-${m[2]}-${m[3]}`);
    expect(starts).toEqual(sessions);
    expect(ics).toContain('DURATION:PT20M');
  });

  it('asks for a session time before making the calendar file', async () => {
    await open('?start=2027-01-04&perWeek=2&stage=early&area=small');
    await page.getByLabel('Time of your sessions').fill('');
    await page.getByRole('button', { name: 'Add sessions to my calendar' }).click();
    const time = await fieldError(page.getByLabel('Time of your sessions'));
    expect(time.invalid).toBe('true');
    expect(time.described).toContain('Time of your sessions: enter a time');
  });

  it('"Print this estimate" prints the results without the form', async () => {
    await open('?start=2027-01-04&perWeek=2&stage=early&area=small');
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', '');
    });
    await page.getByRole('button', { name: 'Print this estimate' }).click();
    expect(await page.locator('body[data-printed]').count()).toBe(1);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.estimator-form').isVisible()).toBe(false);
    expect(await page.locator('.estimator-timeline').isVisible()).toBe(true);
    // Every session date, and where and when it was printed.
    expect(await page.locator('.estimator-schedule li').first().isVisible()).toBe(true);
    expect(await page.locator('.estimator-schedule li:visible').count()).toBe(52);
    const note = await page.locator('.estimator-print-note').innerText();
    expect(note).toContain(page.url());
    const printedOn = await page.evaluate(() => new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(new Date()));
    expect(note).toContain(`Printed on ${printedOn}`);
  });
});

describe('accessibility', () => {
  it('has no axe violations before an estimate, after one, and with an error showing', async () => {
    await open('?start=&perWeek=&stage=&area=');
    expect(await results().isVisible()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await answer('2027-01-04', 'Twice a week', /^Early/, /^Small/);
    await page.locator('.estimator-schedule summary').click();
    expect(await axeViolations(page)).toEqual([]);
    await dateField('Day').fill('');
    expect(await page.locator('treatment-estimator .error-message:visible').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('has no axe violations in the dark theme with an estimate', async () => {
    const dark = await e2e.newContext({ colorScheme: 'dark' });
    page = await dark.newPage();
    await page.goto(`${ESTIMATOR}?start=2027-01-04&perWeek=2&stage=early&area=small&condition=telogen-effluvium`);
    await page.locator('treatment-estimator[data-ready]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await dark.close();
  });

  it('fits a 320 px wide screen without sideways scrolling', async () => {
    await open('?start=2027-01-04&perWeek=2&stage=advanced&area=large&condition=telogen-effluvium');
    await page.setViewportSize({ width: 320, height: 640 });
    await page.locator('.estimator-schedule summary').click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });

  it('results are announced in a live region', async () => {
    await open('?start=2027-01-04&perWeek=2&stage=early&area=small');
    const live = page.locator('[aria-live="polite"]');
    expect(await live.innerText()).toContain('sessions');
  });

  it('submitting with the keyboard moves focus to the results', async () => {
    await open('?start=2027-01-04&perWeek=2&stage=early&area=small');
    await page.getByRole('button', { name: 'Show my estimate' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Your estimate');
  });

  it('submitting with a wrong answer moves focus to that question', async () => {
    await open('?start=2027-01-04&perWeek=2&stage=early&area=small');
    await dateField('Day').fill('');
    await page.getByRole('button', { name: 'Show my estimate' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('estimator-start-day');
    expect(await dateField('Day').getAttribute('tabindex')).toBeNull();
  });
});

describe('without JavaScript', () => {
  it('hides the form it cannot run, says why, and shows the table of typical course lengths', async () => {
    const noScript = await e2e.newContext({ javaScriptEnabled: false });
    page = await noScript.newPage();
    await page.goto(ESTIMATOR);
    expect(await page.locator('.estimator-nojs').isVisible()).toBe(true);
    expect(await page.locator('.estimator-nojs').innerText()).toContain('needs JavaScript');
    expect(await page.locator('.estimator-form').isVisible()).toBe(false);
    expect(await page.getByRole('textbox').count()).toBe(0);
    expect(await results().isVisible()).toBe(false);
    // The table scrolls inside a region named by its caption, which stays outside the scrolling part.
    const region = page.getByRole('region', { name: /^Example course lengths by how advanced/ });
    expect(await region.locator('table').count()).toBe(1);
    expect(await region.locator('caption').count()).toBe(0);
    expect(await page.getByRole('table', { name: /^Example course lengths by how advanced/ }).count()).toBe(1);
    const rows = await page.locator('.estimator-typical tbody tr').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).innerText));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/^Early\s+5 to 9 months\s+22 to 39\s+44 to 78$/);
    expect(rows[2]).toMatch(/^Advanced\s+7 to 12 months/);
    await noScript.close();
  });
});

describe('what the page loads', () => {
  it('loads the estimator script only where the estimator is, and no inline script but the search bootstrap', async () => {
    await open();
    const scripts = await page.locator('script').evaluateAll((nodes) =>
      nodes.map((node) => ({ type: node.getAttribute('type'), src: node.getAttribute('src'), code: node.getAttribute('src') ? '' : node.textContent })),
    );
    expect(scripts.filter((script) => script.type === 'module' && script.src?.includes('TreatmentEstimator'))).toHaveLength(1);
    // The one inline script every page has: the search bootstrap, which imports the search UI when search is opened.
    const inline = scripts.filter((script) => !script.src && script.type !== 'application/ld+json');
    expect(inline).toHaveLength(1);
    expect(inline[0]?.code).toContain('data-search-open');
    // It imports the search UI file the Search link names, and that file exists.
    const ui = await page.locator('[data-search-open]').getAttribute('data-search-ui');
    expect(ui).toMatch(/search-ui/);
    expect((await page.request.get(`${baseUrl}${ui}`)).ok()).toBe(true);
    await page.close();
    page = await e2e.context.newPage();
    await page.goto(`${baseUrl}/faqs/`);
    expect(await page.locator('script[src*="TreatmentEstimator"]').count()).toBe(0);
  });
});

/** Every string of a dictionary. */
const stringsOf = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(stringsOf) : [];
/** The words of a text of four letters or more, in lower case, for comparing languages ("{date}" is no word). */
const wordsOf = (text: string) => text.replace(/\{\w+\}/g, ' ').toLowerCase().match(/\p{L}{4,}/gu) ?? [];

describe.each(TRANSLATIONS)('the estimator in another language (%s)', (locale) => {
  const t = ui(locale).estimator;
  const longDate = (iso: string) =>
    new Intl.DateTimeFormat(LOCALE_REGIONS[locale], { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  /**
   * English words the page must not show: the words (of four letters or more) of the estimator's English strings
   * that no string of this language uses, and English month and day names.
   */
  const ownWords = new Set(stringsOf(ui(locale)).flatMap(wordsOf));
  const englishWords = new Set(stringsOf(ui(DEFAULT_LOCALE).estimator).flatMap(wordsOf).filter((word) => !ownWords.has(word)));
  const englishName = (options: Intl.DateTimeFormatOptions, count: number, day: (index: number) => Date) =>
    Array.from({ length: count }, (_, index) => new Intl.DateTimeFormat(LOCALE_REGIONS[DEFAULT_LOCALE], { ...options, timeZone: 'UTC' }).format(day(index)));
  const englishNames = new Set([
    ...englishName({ month: 'long' }, 12, (month) => new Date(Date.UTC(2027, month, 1))),
    ...englishName({ weekday: 'long' }, 7, (day) => new Date(Date.UTC(2027, 0, 4 + day))),
  ]);
  /** The text of main, without the English terms the page marks as English (lang="en"). */
  const ownText = () =>
    page.locator('main').evaluate((main) => {
      const copy = main.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[lang]:not([lang|="' + document.documentElement.lang + '"])').forEach((element) => element.remove());
      document.body.append(copy);
      const text = copy.innerText;
      copy.remove();
      return text;
    });
  const englishIn = (text: string) => [
    ...wordsOf(text).filter((word) => englishWords.has(word)),
    ...[...englishNames].filter((name) => new RegExp(`\\b${name}\\b`).test(text)),
  ];

  const openIn = async (query = '') => {
    page = await e2e.context.newPage();
    await page.goto(baseUrl + localePath(locale, 'estimator') + query);
    await page.locator('treatment-estimator[data-ready]').waitFor();
  };

  it('filling the form in its words gives the same estimate, with its dates and no English word', async () => {
    // What "no English word" looks for: the estimator's English words, 12 month and 7 day names.
    expect(englishWords.size).toBeGreaterThan(30);
    expect(englishNames.size).toBe(19);
    await openIn();
    await page.getByLabel(t.startDate.day, { exact: true }).fill('4');
    await page.getByLabel(t.startDate.month, { exact: true }).fill('1');
    await page.getByLabel(t.startDate.year, { exact: true }).fill('2027');
    await page.getByLabel(t.sessionsPerWeek.options[2]).check();
    await page.getByRole('radio', { name: t.stage.options.early }).check();
    await page.getByRole('radio', { name: t.area.options.small }).check();
    expect(await results().isVisible()).toBe(true);
    expect(await timelineDates()).toEqual(['2027-01-04', '2027-05-04', '2027-06-07']);
    const timeline = await page.locator('.estimator-timeline').innerText();
    expect(timeline).toContain(t.timeline.start);
    expect(timeline).toContain(longDate('2027-01-04'));
    expect(timeline).toContain(fillTemplate(t.timeline.to, { earliest: longDate('2027-06-07'), latest: longDate('2027-07-05') }));
    expect(await sentences()).toContain(t.sentences.perWeek[2]);
    await page.locator('.estimator-schedule summary').click();
    const text = await ownText();
    expect(text).not.toMatch(/NaN|Invalid Date|\{/);
    expect(englishIn(text)).toEqual([]);
  });

  it('bad URL values show its own error messages', async () => {
    await openIn('?start=2027-02-30&perWeek=3&stage=severe&area=small&condition=cellulite');
    const described = (await fieldError(page.getByLabel(t.startDate.day, { exact: true }))).described;
    expect(described).toContain(t.errors['start-impossible']);
    expect((await fieldError(page.getByLabel(t.sessionsPerWeek.options[1]))).described).toContain(t.errors['per-week-invalid']);
    expect(englishIn(await ownText())).toEqual([]);
  });

  it('the calendar file and the printed estimate are in its words', async () => {
    await openIn('?start=2027-01-04&perWeek=1&stage=early&area=small');
    const sessions = await scheduleDates();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t.calendar.button }).click()]);
    expect(download.suggestedFilename()).toBe(t.calendar.fileName);
    const ics = readFileSync((await download.path()) as string, 'utf8').replace(/\r?\n[ \t]/g, '');
    expect(ics).toContain(`SUMMARY:${fillTemplate(t.calendar.eventTitle, { number: 1, total: sessions.length })}`);
    expect(ics).toContain(t.calendar.reminder);
    // What calendars show: each event's title, description and reminder, and the calendar's name.
    const shown = [...ics.matchAll(/^(?:SUMMARY|DESCRIPTION|X-WR-CALNAME)[^:]*:(.*)$/gm)].map((match) => match[1]).join(' ');
    expect(englishIn(shown)).toEqual([]);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const printedOn = new Intl.DateTimeFormat(LOCALE_REGIONS[locale], { dateStyle: 'long' }).format(new Date());
    expect(await page.locator('.estimator-print-note').innerText()).toBe(fillTemplate(t.printNote, { date: printedOn, address: page.url() }));
    // The printed address keeps its parameter names (?start=…&stage=…), which are not words of the page.
    expect(englishIn((await ownText()).replaceAll(page.url(), ''))).toEqual([]);
  });
});
