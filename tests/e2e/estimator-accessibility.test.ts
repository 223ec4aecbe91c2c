// The estimator for every reader: axe in its states and themes, 320 px, the live region and where focus goes; without
// JavaScript (the table of typical course lengths instead of the form); and the scripts the page loads.
import { describe, expect, it } from 'vitest';
import { axeViolations, useBrowser } from '../support/browser';
import { useEstimatorPage } from '../support/estimator-page';

const e2e = useBrowser();
const { baseUrl } = e2e;
const { open, use, results, dateField, answer } = useEstimatorPage(e2e);

describe('accessibility', () => {
  it('has no axe violations before an estimate, after one, and with an error showing', async () => {
    const page = await open('?start=&perWeek=&stage=&area=');
    expect(await results().isVisible()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await answer('2027-01-04', 'Twice a week', /^Early/, /^Small/);
    expect(await axeViolations(page)).toEqual([]);
    await dateField('Day').fill('');
    expect(await page.locator('treatment-estimator .error-message:visible').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('has no axe violations in the dark theme with an estimate', async () => {
    const dark = await e2e.newContext({ colorScheme: 'dark' });
    const page = await open('?start=2027-01-04&perWeek=2&stage=early&area=small&condition=telogen-effluvium', {
      context: dark,
    });
    expect(await axeViolations(page)).toEqual([]);
    await dark.close();
  });

  it('fits a 320 px wide screen without sideways scrolling', async () => {
    const page = await open('?start=2027-01-04&perWeek=2&stage=advanced&area=large&condition=telogen-effluvium');
    await page.setViewportSize({ width: 320, height: 640 });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
  });

  it('results are announced in a live region', async () => {
    const page = await open('?start=2027-01-04&perWeek=2&stage=early&area=small');
    const live = page.locator('[aria-live="polite"]');
    expect(await live.innerText()).toContain('the course may last about 5 to 6 months');
  });

  it('submitting with the keyboard moves focus to the results', async () => {
    const page = await open('?start=2027-01-04&perWeek=2&stage=early&area=small');
    await page.getByRole('button', { name: 'Show my estimate' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Your estimate');
  });

  it('submitting with a wrong answer moves focus to that question', async () => {
    const page = await open('?start=2027-01-04&perWeek=2&stage=early&area=small');
    await dateField('Day').fill('');
    await page.getByRole('button', { name: 'Show my estimate' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('estimator-start-day');
    expect(await dateField('Day').getAttribute('tabindex')).toBeNull();
  });
});

describe('without JavaScript', () => {
  it('hides the form it cannot run, says why, and shows the table of typical course lengths', async () => {
    const noScript = await e2e.newContext({ javaScriptEnabled: false });
    const page = use(await noScript.newPage());
    await page.goto(`${baseUrl}/estimator/`);
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
    const rows = await page
      .locator('.estimator-typical tbody tr')
      .evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).innerText));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/^Early\s+5 to 9 months$/);
    expect(rows[2]).toMatch(/^Advanced\s+7 to 12 months/);
    await noScript.close();
  });
});

describe('what the page loads', () => {
  it('loads the estimator script only where the estimator is, and no inline script but the search bootstrap', async () => {
    let page = await open();
    const scripts = await page.locator('script').evaluateAll((nodes) =>
      nodes.map((node) => ({
        type: node.getAttribute('type'),
        src: node.getAttribute('src'),
        code: node.getAttribute('src') ? '' : node.textContent,
      })),
    );
    expect(
      scripts.filter((script) => script.type === 'module' && script.src?.includes('TreatmentEstimator')),
    ).toHaveLength(1);
    // The one inline script every page has: the search bootstrap, which imports the search UI when search is opened.
    const inline = scripts.filter((script) => !script.src && script.type !== 'application/ld+json');
    expect(inline).toHaveLength(1);
    expect(inline[0]?.code).toContain('data-search-ui');
    // It imports the search UI file the Search link names, and that file exists.
    const ui = await page.locator('[data-search-open]').getAttribute('data-search-ui');
    expect(ui).toMatch(/search-ui/);
    expect((await page.request.get(`${baseUrl}${ui}`)).ok()).toBe(true);
    await page.close();
    page = use(await e2e.context.newPage());
    await page.goto(`${baseUrl}/faqs/`);
    expect(await page.locator('script[src*="TreatmentEstimator"]').count()).toBe(0);
  });
});
