// Nothing jumps: layout shift 0 on the first page of every template, and on the pages whose scripts replace a
// no-JavaScript fallback (the search page with a query, the estimator, its embed with a clinic's options), loaded as
// Lighthouse's mobile run loads them (CPU and network throttled, support/layout-shift.ts). Chromium only: the other
// engines report no layout shifts (PerformanceObserver's 'layout-shift' is Chromium's).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtPages, useBrowser } from '../support/browser';
import { LIGHTHOUSE_PHONE, layoutShiftsOf } from '../support/layout-shift';
import { templateOf } from '../support/page-paths';
import { resultPaths } from '../support/search-results';

const e2e = useBrowser();
const { baseUrl } = e2e;

const estimatorReady = (page: Page) => page.locator('treatment-estimator[data-ready]').waitFor();
// The estimator's script arrives on first use: focus in the form, given by the page's code (not an input event, so any
// shift it caused would count).
const estimatorUsed = async (page: Page) => {
  await page.locator('[data-date-part="day"]').focus();
  await estimatorReady(page);
};
// The search page's script arrives on first use too (focus in its box), and adopts the box already in the page.
const searchBoxUsed = async (page: Page) => {
  await page.locator('[data-search-page] input[type=search]').focus();
  await page.locator('[data-search-page][data-ready]').waitFor();
};
/** Pages whose scripts change them on load or on first use, each with what shows that they have finished. */
const scripted: Array<[string, (page: Page) => Promise<unknown>]> = [
  ['/search/?q=bruising', (page) => resultPaths(page, '[data-search-page]')],
  ['/search/', searchBoxUsed],
  ['/estimator/', estimatorUsed],
  ['/estimator/?start=2027-01-04&perWeek=2&stage=early&area=small', estimatorReady],
  ['/es/estimator/', estimatorUsed],
  ['/embed/estimator/?accent=%23aa3300&theme=dark', estimatorReady],
];
const scriptedPaths = new Set(scripted.map(([url]) => new URL(url, baseUrl).pathname));
const firstOfEachTemplate = [
  ...new Map(
    builtPages({ includeEmbeds: true })
      // English: the other languages' pages are the same templates with other words.
      .filter((path) => !/^\/(es|embed\/country)\//.test(path) && !scriptedPaths.has(path))
      .map((path) => [templateOf(path), path]),
  ).values(),
];
const noScripts = async () => undefined;

describe('layout shift on a throttled phone', () => {
  it.each([...scripted, ...firstOfEachTemplate.map((path) => [path, noScripts] as const)])(
    '%s does not move once shown',
    async (url, ready) => {
      const context = await e2e.newContext(LIGHTHOUSE_PHONE);
      const shifts = await layoutShiftsOf(context, baseUrl + url, ready);
      await context.close();
      expect(shifts, 'layout shifts, with the elements that moved').toEqual([]);
    },
  );
});
