// What the estimator browser tests share (tests/e2e/estimator-*.test.ts): the estimator page a test works on, its
// fields, and what its results show.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach } from 'vitest';
import type { E2eBrowser } from './browser';
import { readCalendarFile } from './calendar-file';
import { DEFAULT_LOCALE, type Locale, localePath } from './languages';

/**
 * The estimator page each test works on, closed after the test: call once per file, after useBrowser(). The helpers
 * read the page the test last opened (or took with use()).
 */
export function useEstimatorPage(e2e: E2eBrowser) {
  let current: Page | undefined;
  afterEach(async () => {
    await current?.close();
  });
  const page = () => {
    if (!current) throw new Error('useEstimatorPage(): open() the estimator first.');
    return current;
  };

  /**
   * Opens the estimator in a language (English unless told) with `query`. Its script arrives on first use, or at once
   * for an address with answers: then this waits until it has run.
   */
  async function open(
    query = '',
    { locale = DEFAULT_LOCALE, context = e2e.context }: { locale?: Locale; context?: BrowserContext } = {},
  ) {
    current = await context.newPage();
    await current.goto(e2e.baseUrl + localePath(locale, 'estimator') + query);
    if (query) await ready();
    return current;
  }

  const ready = () => page().locator('treatment-estimator[data-ready]').waitFor();
  const dateField = (part: 'Day' | 'Month' | 'Year') => page().getByLabel(part, { exact: true });

  /** Types a date the UK way, into the day, month and year fields, as the first use that loads the script. */
  async function typeDate(day: string, month: string, year: string) {
    await dateField('Day').fill(day);
    await dateField('Month').fill(month);
    await dateField('Year').fill(year);
    await ready();
  }

  return {
    open,
    /** Takes a page the test made itself (without JavaScript, say) as the one the helpers read and close. */
    use: (made: Page) => (current = made),
    results: () => page().locator('.estimator-results'),
    sentences: () => page().locator('.estimator-sentences').innerText(),
    timelineDates: () =>
      page()
        .locator('.estimator-timeline time')
        .evaluateAll((times) => times.map((time) => time.getAttribute('datetime'))),
    /** The calendar file "Add sessions to my calendar" downloads, read by a real iCalendar parser. */
    async calendarFile() {
      const [download] = await Promise.all([
        page().waitForEvent('download'),
        page().locator('[data-action="calendar"]').click(),
      ]);
      return {
        name: download.suggestedFilename(),
        events: readCalendarFile(readFileSync((await download.path()) as string, 'utf8')),
      };
    },
    dateField,
    typeDate,
    async answer(start: string, perWeek: 'Once a week' | 'Twice a week', stage: RegExp, area: RegExp) {
      const [year, month, day] = start.split('-').map((part) => String(Number(part))) as [string, string, string];
      await typeDate(day, month, year);
      await page().getByLabel(perWeek).check();
      await page().getByRole('radio', { name: stage }).check();
      await page().getByRole('radio', { name: area }).check();
    },
    /** The message a field's screen-reader description points to, and whether the control is marked invalid. */
    async fieldError(control: ReturnType<Page['locator']>) {
      const ids = ((await control.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
      const texts = await Promise.all(ids.map((id) => page().locator(`[id="${id}"]`).innerText()));
      return { invalid: await control.getAttribute('aria-invalid'), described: texts.join(' | ') };
    },
  };
}
