// The estimator's form: no estimate and no error until the reader gives a start date, "Use today's date", and the
// inline error of each field for wrong answers (in the URL or typed), keeping the last valid result while one shows.
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { useEstimatorPage } from '../support/estimator-page';

const e2e = useBrowser();
const { open, results, sentences, timelineDates, dateField, typeDate, fieldError } = useEstimatorPage(e2e);

describe('the estimator page', () => {
  it('bad URL values show inline errors on each field, never a broken page', async () => {
    const page = await open('?start=2027-02-30&perWeek=3&stage=severe&area=small&condition=cellulite');
    const start = await fieldError(dateField('Day'));
    expect(start.invalid).toBe('true');
    expect(start.described).toContain('Start date: that date does not exist');
    const perWeek = await fieldError(page.getByLabel('Once a week'));
    expect(perWeek).toMatchObject({ invalid: 'true' });
    expect(perWeek.described).toContain('Sessions per week: choose once or twice a week');
    expect((await fieldError(page.getByRole('radio', { name: /^Early/ }))).described).toContain(
      'How advanced is your hair loss: choose',
    );
    expect((await fieldError(page.getByRole('radio', { name: /^Small/ }))).invalid).toBeNull();
    expect((await fieldError(page.getByLabel('Cause of hair loss (optional)'))).described).toContain(
      'Cause of hair loss: choose a cause',
    );
    expect(await results().isVisible()).toBe(false);
    expect(await page.locator('main').innerText()).not.toMatch(/NaN|Invalid Date/);
  });

  it('an empty or too early start date shows its own error', async () => {
    const page = await open('?start=&perWeek=1&stage=early&area=small');
    expect((await fieldError(dateField('Day'))).described).toContain(
      'Start date: enter the date of your first session',
    );
    await page.close();
    await open('?start=1999-12-31&perWeek=1&stage=early&area=small');
    expect((await fieldError(dateField('Year'))).described).toContain(
      'Start date: choose a date in the year 2000 or later',
    );
  });

  it('keeps the last valid result while an answer is wrong, then clears the error when fixed', async () => {
    const page = await open('?start=2027-01-04&perWeek=2&stage=early&area=small');
    const valid = await sentences();
    await dateField('Day').fill('');
    expect((await fieldError(dateField('Day'))).invalid).toBe('true');
    expect(await sentences()).toBe(valid);
    expect(await page.locator('.estimator-stale').isVisible()).toBe(true);
    await dateField('Day').fill('5');
    expect(await fieldError(dateField('Day'))).toEqual({
      invalid: null,
      described: 'The day of your first session. For example, 4 1 2027.',
    });
    expect(await page.locator('.estimator-stale').isVisible()).toBe(false);
    expect((await timelineDates())[0]).toBe('2027-01-05');
  });

  it('with no URL values it shows no estimate and no error until the reader gives a start date', async () => {
    const page = await open();
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
    const page = await open();
    await page.getByRole('button', { name: "Use today's date" }).click();
    const today = await page.evaluate(() => {
      const now = new Date();
      return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    });
    // The press is the first use: it is pressed again once the script has arrived (estimator-accessibility.test.ts).
    await expect.poll(() => dateField('Year').inputValue()).toBe(today.slice(0, 4));
    expect((await timelineDates())[0]).toBe(today);
    expect(new URL(page.url()).searchParams.get('start')).toBe(today);
  });

  it('a date typed the UK way that is incomplete, not a number or impossible gets its own inline error', async () => {
    const page = await open();
    await typeDate('30', '2', '2027');
    await page.getByRole('button', { name: 'Show my estimate' }).click();
    expect((await fieldError(dateField('Day'))).described).toContain('Start date: that date does not exist');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('estimator-start-day');
    await typeDate('4', 'Jan', '2027');
    expect((await fieldError(dateField('Month'))).described).toContain(
      'Start date: enter the day, month and year as numbers',
    );
    await typeDate('4', '1', '');
    expect((await fieldError(dateField('Year'))).described).toContain(
      'Start date: enter the day, month and year as numbers',
    );
    // Typing passed through a real date (4 February), so that estimate stays, marked as out of date.
    expect(await page.locator('.estimator-stale').isVisible()).toBe(true);
    expect(await page.locator('main').innerText()).not.toMatch(/NaN|Invalid Date/);
  });

  it('asks for a session time before making the calendar file', async () => {
    const page = await open('?start=2027-01-04&perWeek=2&stage=early&area=small');
    await page.getByLabel('Time of your sessions').fill('');
    await page.getByRole('button', { name: 'Add sessions to my calendar' }).click();
    const time = await fieldError(page.getByLabel('Time of your sessions'));
    expect(time.invalid).toBe('true');
    expect(time.described).toContain('Time of your sessions: enter a time');
  });
});
