// The estimator in each other language: the form, its error messages, the calendar file and the printed estimate in
// that language's words and dates, with no English word left.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../src/i18n/fill-template';
import { useBrowser } from '../support/browser';
import { useEstimatorPage } from '../support/estimator-page';
import { DEFAULT_LOCALE, LOCALE_REGIONS, TRANSLATIONS, ui } from '../support/languages';

const e2e = useBrowser({ acceptDownloads: true });
const { open, results, sentences, timelineDates, calendarFile, fieldError } = useEstimatorPage(e2e);

/** Every string of a dictionary. */
const stringsOf = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : value && typeof value === 'object'
      ? Object.values(value).flatMap(stringsOf)
      : [];
/** The words of a text of four letters or more, in lower case, for comparing languages ("{date}" is no word). */
const wordsOf = (text: string) =>
  text
    .replace(/\{\w+\}/g, ' ')
    .toLowerCase()
    .match(/\p{L}{4,}/gu) ?? [];

describe.each(TRANSLATIONS)('the estimator in another language (%s)', (locale) => {
  const t = ui(locale).estimator;
  const longDate = (iso: string) =>
    new Intl.DateTimeFormat(LOCALE_REGIONS[locale], {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${iso}T00:00:00Z`));
  /**
   * English words the page must not show: the words (of four letters or more) of the estimator's English strings
   * that no string of this language uses, and English month and day names.
   */
  const ownWords = new Set(stringsOf(ui(locale)).flatMap(wordsOf));
  const englishWords = new Set(
    stringsOf(ui(DEFAULT_LOCALE).estimator)
      .flatMap(wordsOf)
      .filter((word) => !ownWords.has(word)),
  );
  const englishName = (options: Intl.DateTimeFormatOptions, count: number, day: (index: number) => Date) =>
    Array.from({ length: count }, (_, index) =>
      new Intl.DateTimeFormat(LOCALE_REGIONS[DEFAULT_LOCALE], { ...options, timeZone: 'UTC' }).format(day(index)),
    );
  const englishNames = new Set([
    ...englishName({ month: 'long' }, 12, (month) => new Date(Date.UTC(2027, month, 1))),
    ...englishName({ weekday: 'long' }, 7, (day) => new Date(Date.UTC(2027, 0, 4 + day))),
  ]);
  /** The text of main, without the English terms the page marks as English (lang="en"). */
  const ownText = (page: Page) =>
    page.locator('main').evaluate((main) => {
      const copy = main.cloneNode(true) as HTMLElement;
      copy
        .querySelectorAll('[lang]:not([lang|="' + document.documentElement.lang + '"])')
        .forEach((element) => element.remove());
      document.body.append(copy);
      const text = copy.innerText;
      copy.remove();
      return text;
    });
  const englishIn = (text: string) => [
    ...wordsOf(text).filter((word) => englishWords.has(word)),
    ...[...englishNames].filter((name) => new RegExp(`\\b${name}\\b`).test(text)),
  ];

  const openIn = (query = '') => open(query, { locale });

  it('filling the form in its words gives the same estimate, with its dates and no English word', async () => {
    // What "no English word" looks for: the estimator's English words, 12 month and 7 day names.
    expect(englishWords.size).toBeGreaterThan(30);
    expect(englishNames.size).toBe(19);
    const page = await openIn();
    await page.getByLabel(t.startDate.day, { exact: true }).fill('4');
    await page.getByLabel(t.startDate.month, { exact: true }).fill('1');
    await page.getByLabel(t.startDate.year, { exact: true }).fill('2027');
    await page.getByLabel(t.sessionsPerWeek.options[2]).check();
    await page.getByRole('radio', { name: t.stage.options.early }).check();
    await page.getByRole('radio', { name: t.area.options.small }).check();
    expect(await results().isVisible()).toBe(true);
    expect(await timelineDates()).toEqual(['2027-01-04', '2027-05-04', '2027-06-03']);
    const timeline = await page.locator('.estimator-timeline').innerText();
    expect(timeline).toContain(t.timeline.start);
    expect(timeline).toContain(longDate('2027-01-04'));
    expect(timeline).toContain(
      fillTemplate(t.timeline.to, { earliest: longDate('2027-06-03'), latest: longDate('2027-07-01') }),
    );
    expect(await sentences()).toContain(t.sentences.perWeek[2]);
    const text = await ownText(page);
    expect(text).not.toMatch(/NaN|Invalid Date|\{/);
    expect(englishIn(text)).toEqual([]);
  });

  it('bad URL values show its own error messages', async () => {
    const page = await openIn('?start=2027-02-30&perWeek=3&stage=severe&area=small&condition=cellulite');
    const described = (await fieldError(page.getByLabel(t.startDate.day, { exact: true }))).described;
    expect(described).toContain(t.errors['start-impossible']);
    expect((await fieldError(page.getByLabel(t.sessionsPerWeek.options[1]))).described).toContain(
      t.errors['per-week-invalid'],
    );
    expect(englishIn(await ownText(page))).toEqual([]);
  });

  it('the calendar file and the printed estimate are in its words', async () => {
    const page = await openIn('?start=2027-01-04&perWeek=1&stage=early&area=small');
    const { name, events } = await calendarFile();
    expect(name).toBe(t.calendar.fileName);
    // What calendars show: the series' title, its description and its reminder.
    expect(events.map((event) => event.summary)).toEqual([t.calendar.eventTitle]);
    const shown = events.map((event) => `${event.summary} ${event.description}`).join(' ');
    expect(shown).toContain(longDate('2027-05-31'));
    expect(englishIn(shown)).toEqual([]);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const printedOn = new Intl.DateTimeFormat(LOCALE_REGIONS[locale], { dateStyle: 'long' }).format(new Date());
    expect(await page.locator('.estimator-print-note').innerText()).toBe(
      fillTemplate(t.printNote, { date: printedOn, address: page.url() }),
    );
    // The printed address keeps its parameter names (?start=…&stage=…), which are not words of the page.
    expect(englishIn((await ownText(page)).replaceAll(page.url(), ''))).toEqual([]);
  });
});
