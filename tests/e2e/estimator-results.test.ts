// The estimator's results: the months and key dates an answer gives, how each answer changes them, the answers kept in
// the URL (a shared URL gives the same estimate), the notes for a cause of hair loss, the calendar file and printing.
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { useEstimatorPage } from '../support/estimator-page';

const e2e = useBrowser({ acceptDownloads: true });
const { open, results, sentences, timelineDates, calendarFile, dateField, answer } = useEstimatorPage(e2e);

describe('the estimator page', () => {
  it('filling the form leads with the summary, then months and key dates, not a count of sessions', async () => {
    const page = await open();
    await answer('2027-01-04', 'Twice a week', /^Early/, /^Small/);
    expect(await results().isVisible()).toBe(true);
    const summary = await page.locator('.estimator-summary').innerText();
    expect(summary).toContain('There is no standard course of mesotherapy for hair loss.');
    expect(summary).toContain('such as 8 sessions over 4 months, or injections every 3 months');
    const text = await sentences();
    expect(text).toContain(
      'In this example, the course may last about 5 to 6 months. The last session may be between Thursday, 3 June 2027 and Thursday, 1 July 2027.',
    );
    expect(text).not.toMatch(/\d+ to \d+ sessions|hours in the chair/);
    // The clinic's "4th session" claim is a sentence that names its source, not a step of the timeline.
    expect(text).toContain(
      'The clinic article says first effects may show from about the 4th session, which would be on Thursday, 14 January 2027',
    );
    expect(text).not.toMatch(/NaN|Invalid Date|\{/);
    // Start, visible results (from, to), last session (from, to).
    expect(await timelineDates()).toEqual(['2027-01-04', '2027-05-04', '2027-06-03']);
    expect(await page.locator('.estimator-timeline').innerText()).toContain('3 June 2027 to Thursday, 1 July 2027');
    expect(await page.locator('.estimator-timeline').innerText()).not.toContain('14 January 2027');
  });

  it('changing the frequency from 2 to 1 a week moves the 4th session and the last one', async () => {
    const page = await open('?start=2027-01-04&perWeek=2&stage=early&area=small');
    await page.getByLabel('Once a week').check();
    expect(await sentences()).toContain('4th session, which would be on Monday, 25 January 2027');
    expect(await sentences()).toContain(
      'The last session may be between Monday, 31 May 2027 and Monday, 28 June 2027.',
    );
    expect(await timelineDates()).toEqual(['2027-01-04', '2027-05-04', '2027-05-31']);
  });

  it('a more advanced stage and a larger area give a longer course', async () => {
    const page = await open('?start=2027-01-04&perWeek=1&stage=early&area=small');
    expect(await sentences()).toContain('about 5 to 6 months');
    await page.getByRole('radio', { name: /^Advanced/ }).check();
    await page.getByRole('radio', { name: /^Large/ }).check();
    expect(await sentences()).toContain('about 10 to 12 months');
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
    const before = { text: await sentences(), dates: await timelineDates() };
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
    expect({ text: await sentences(), dates: await timelineDates() }).toEqual(before);
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

  it('"Add sessions to my calendar" downloads one repeating series, which a real parser expands into the sessions', async () => {
    await open('?start=2027-01-04&perWeek=2&stage=moderate&area=small');
    const { name, events } = await calendarFile();
    expect(name).toBe('mesotherapy-sessions.ics');
    expect(events).toHaveLength(1);
    const [series] = events;
    expect(series?.recurring).toBe(true);
    expect(series?.alarms).toEqual(['-PT1H']);
    expect(series?.durationMinutes).toBe(20);
    // Moderate stage, small area: 26 weeks at the shortest, twice a week, Mondays and Thursdays.
    expect(series?.starts).toHaveLength(52);
    expect(series?.starts.slice(0, 3)).toEqual(['2027-01-04T10:00', '2027-01-07T10:00', '2027-01-11T10:00']);
    expect(series?.starts.at(-1)).toBe('2027-07-01T10:00');
    expect(series?.description).toContain('This series stops on Thursday, 1 July 2027.');
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
    // The summary and the key dates, not a list of every session; and where and when it was printed.
    expect(await page.locator('.estimator-summary').isVisible()).toBe(true);
    expect(await page.locator('.estimator-timeline').isVisible()).toBe(true);
    expect(await page.locator('.estimator-timeline li:visible').count()).toBe(3);
    expect(await page.locator('.estimator-results time:visible').count()).toBe(3);
    const note = await page.locator('.estimator-print-note').innerText();
    expect(note).toContain(page.url());
    const printedOn = await page.evaluate(() =>
      new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(new Date()),
    );
    expect(note).toContain(`Printed on ${printedOn}`);
  });
});
