// The estimator's results: the sessions and dates an answer gives, how each answer changes them, the answers kept in
// the URL (a shared URL gives the same estimate), the notes for a cause of hair loss, the calendar file and printing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { useEstimatorPage } from '../support/estimator-page';

const e2e = useBrowser({ acceptDownloads: true });
const { open, results, sentences, timelineDates, scheduleDates, dateField, answer } = useEstimatorPage(e2e);

describe('the estimator page', () => {
  it('filling the form gives the expected sessions and dates', async () => {
    const page = await open();
    await answer('2027-01-04', 'Twice a week', /^Early/, /^Small/);
    expect(await results().isVisible()).toBe(true);
    const text = await sentences();
    expect(text).toContain('5 to 6 months (22 to 26 weeks)');
    expect(text).toContain('about 44 to 52 sessions, twice a week');
    // The clinic's "4th session" claim is a sentence that names its source, not a step of the timeline.
    expect(text).toContain(
      'The clinic article says first effects may show from about the 4th session, which would be on Thursday, 14 January 2027',
    );
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
    const page = await open('?start=2027-01-04&perWeek=2&stage=early&area=small');
    expect(await scheduleDates()).toHaveLength(52);
    await page.getByLabel('Once a week').check();
    const schedule = await scheduleDates();
    expect(schedule).toHaveLength(26);
    expect(schedule.slice(0, 4)).toEqual(['2027-01-04', '2027-01-11', '2027-01-18', '2027-01-25']);
    expect(await sentences()).toContain('4th session, which would be on Monday, 25 January 2027');
    expect(await sentences()).toContain('about 22 to 26 sessions, once a week');
  });

  it('a more advanced stage and a larger area give a longer course', async () => {
    const page = await open('?start=2027-01-04&perWeek=1&stage=early&area=small');
    const short = await scheduleDates();
    await page.getByRole('radio', { name: /^Advanced/ }).check();
    await page.getByRole('radio', { name: /^Large/ }).check();
    expect((await scheduleDates()).length).toBeGreaterThan(short.length);
    expect(await sentences()).toContain('10 to 12 months');
  });

  it('keeps the answers in the URL, and a shared URL gives the same estimate', async () => {
    let page = await open();
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

    page = await open(url.search);
    expect([
      await dateField('Day').inputValue(),
      await dateField('Month').inputValue(),
      await dateField('Year').inputValue(),
    ]).toEqual(['1', '3', '2027']);
    expect(await page.getByLabel('Twice a week').isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: /^Moderate/ }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: /^Medium/ }).isChecked()).toBe(true);
    expect(await page.getByLabel('Cause of hair loss (optional)').inputValue()).toBe('telogen-effluvium');
    expect({ text: await sentences(), dates: await scheduleDates() }).toEqual(before);
    expect(before.text).toContain('Telogen effluvium often settles by itself');
    expect(await page.getByRole('link', { name: 'Read more about Telogen effluvium' }).getAttribute('href')).toBe(
      '/conditions/telogen-effluvium/',
    );
  });

  it('for androgenetic alopecia, says mesotherapy is at most an add-on to finasteride or minoxidil', async () => {
    const page = await open('?start=2027-01-04&perWeek=1&stage=early&area=small&condition=androgenetic-alopecia');
    const text = await sentences();
    expect(text).toMatch(
      /can only add to treatment with finasteride or minoxidil\. It is at most an add-on, not a replacement\./,
    );
    expect(await page.getByRole('link', { name: /^Read more about Androgenetic alopecia/ }).getAttribute('href')).toBe(
      '/conditions/androgenetic-alopecia/',
    );
  });

  it('a condition without studies gets its note too, from the condition page', async () => {
    await open('?start=2027-01-04&perWeek=1&stage=early&area=small&condition=thin-and-brittle-hair');
    expect(await sentences()).toContain('We found no studies of mesotherapy for thin and brittle hair.');
  });

  it('"Add sessions to my calendar" downloads an .ics file with one event per session', async () => {
    const page = await open('?start=2027-01-04&perWeek=2&stage=moderate&area=small');
    const sessions = await scheduleDates();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Add sessions to my calendar' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('mesotherapy-sessions.ics');
    const ics = readFileSync((await download.path()) as string, 'utf8');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(sessions.length);
    expect(ics.match(/BEGIN:VALARM/g)).toHaveLength(sessions.length);
    const starts = [...ics.matchAll(/DTSTART:(\d{4})(\d{2})(\d{2})T100000/g)].map((m) => `${m[1]}-${m[2]}-${m[3]}`);
    expect(starts).toEqual(sessions);
    expect(ics).toContain('DURATION:PT20M');
  });

  it('"Print this estimate" prints the results without the form', async () => {
    const page = await open('?start=2027-01-04&perWeek=2&stage=early&area=small');
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
    const printedOn = await page.evaluate(() =>
      new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(new Date()),
    );
    expect(note).toContain(`Printed on ${printedOn}`);
  });
});
