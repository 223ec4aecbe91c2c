import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, useBrowser } from '../support/browser';

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

async function answer(start: string, perWeek: 'Once a week' | 'Twice a week', stage: RegExp, area: RegExp) {
  await page.getByLabel('Start date').fill(start);
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
    expect(text).toContain('Thursday, 14 January 2027');
    expect(text).not.toMatch(/NaN|Invalid Date|\{/);
    // Start, 4th session, visible results (from, to), course end (from, to).
    expect(await timelineDates()).toEqual(['2027-01-04', '2027-01-14', '2027-05-04', '2027-06-07']);
    expect(await page.locator('.estimator-timeline').innerText()).toContain('7 June 2027 to Monday, 5 July 2027');
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
    expect((await timelineDates())[1]).toBe('2027-01-25');
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
    expect(await page.getByLabel('Start date').inputValue()).toBe('2027-03-01');
    expect(await page.getByLabel('Twice a week').isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: /^Moderate/ }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: /^Medium/ }).isChecked()).toBe(true);
    expect(await page.getByLabel('Cause of hair loss (optional)').inputValue()).toBe('telogen-effluvium');
    expect({ text: await sentences(), dates: await scheduleDates() }).toEqual(before);
    expect(before.text).toContain('Telogen effluvium often settles by itself');
    expect(await page.getByRole('link', { name: 'Read more about Telogen effluvium' }).getAttribute('href')).toBe('/conditions/telogen-effluvium/');
  });

  it('for androgenetic alopecia, says mesotherapy only supplements finasteride or minoxidil', async () => {
    await open('?start=2027-01-04&perWeek=1&stage=early&area=small&condition=androgenetic-alopecia');
    const text = await sentences();
    expect(text).toMatch(/supplements proven medicines, finasteride or minoxidil/);
    expect(await page.getByRole('link', { name: /^Read more about Androgenetic alopecia/ }).getAttribute('href')).toBe(
      '/conditions/androgenetic-alopecia/',
    );
  });

  it('bad URL values show inline errors on each field, never a broken page', async () => {
    await open('?start=2027-02-30&perWeek=3&stage=severe&area=small&condition=cellulite');
    const start = await fieldError(page.getByLabel('Start date'));
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
    expect((await fieldError(page.getByLabel('Start date'))).described).toContain('Start date: enter the date of your first session');
    await page.close();
    await open('?start=1999-12-31&perWeek=1&stage=early&area=small');
    expect((await fieldError(page.getByLabel('Start date'))).described).toContain('Start date: choose a date in the year 2000 or later');
  });

  it('keeps the last valid result while an answer is wrong, then clears the error when fixed', async () => {
    await open('?start=2027-01-04&perWeek=2&stage=early&area=small');
    const valid = await sentences();
    await page.getByLabel('Start date').fill('');
    expect((await fieldError(page.getByLabel('Start date'))).invalid).toBe('true');
    expect(await sentences()).toBe(valid);
    expect(await page.locator('.estimator-stale').isVisible()).toBe(true);
    await page.getByLabel('Start date').fill('2027-01-05');
    expect(await fieldError(page.getByLabel('Start date'))).toEqual({ invalid: null, described: 'The day of your first session, for example 4 January 2027.' });
    expect(await page.locator('.estimator-stale').isVisible()).toBe(false);
    expect((await timelineDates())[0]).toBe('2027-01-05');
  });

  it('with no URL values it starts from today', async () => {
    await open();
    const today = await page.evaluate(() => {
      const now = new Date();
      return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    });
    expect(await page.getByLabel('Start date').inputValue()).toBe(today);
    expect((await timelineDates())[0]).toBe(today);
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
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.estimator-form').isVisible()).toBe(false);
    expect(await page.locator('.estimator-timeline').isVisible()).toBe(true);
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
    await page.getByLabel('Start date').fill('');
    expect(await page.locator('.estimator-error:visible').count()).toBe(1);
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
    await page.getByLabel('Start date').fill('');
    await page.getByRole('button', { name: 'Show my estimate' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('estimator-start');
    expect(await page.getByLabel('Start date').getAttribute('tabindex')).toBeNull();
  });
});

describe('without JavaScript', () => {
  it('the form explains itself and the table shows typical course lengths', async () => {
    const noScript = await e2e.newContext({ javaScriptEnabled: false });
    page = await noScript.newPage();
    await page.goto(ESTIMATOR);
    expect(await page.locator('.estimator-nojs').isVisible()).toBe(true);
    expect(await page.locator('.estimator-nojs').innerText()).toContain('needs JavaScript');
    for (const label of ['Start date', 'Cause of hair loss (optional)', 'Once a week', 'Twice a week']) {
      expect(await page.getByLabel(label).count(), label).toBe(1);
    }
    for (const legend of ['Sessions per week', 'How advanced is your hair loss?', 'Treatment area']) {
      expect(await page.locator('legend', { hasText: legend }).count(), legend).toBe(1);
    }
    expect(await results().isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Show my estimate' }).isVisible()).toBe(false);
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
    expect(inline[0]?.code).toContain('search-ui');
    await page.close();
    page = await e2e.context.newPage();
    await page.goto(`${baseUrl}/faqs/`);
    expect(await page.locator('script[src*="TreatmentEstimator"]').count()).toBe(0);
  });
});
