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
  it('loads no script file until the reader uses the estimator, and its inline scripts are the bootstrap and the tool starter', async () => {
    const page = await open();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const scripts = await page.locator('script').evaluateAll((nodes) =>
      nodes.map((node) => ({
        type: node.getAttribute('type'),
        src: node.getAttribute('src'),
        code: node.textContent,
      })),
    );
    expect(scripts.filter((script) => script.src)).toEqual([]);
    const inline = scripts.filter((script) => script.type !== 'application/ld+json');
    expect(inline).toHaveLength(2);
    // The search bootstrap, which imports the search UI when search is opened, and the tool starter.
    expect(inline[0]?.code).toContain('data-search-ui');
    expect(inline[1]?.code).toContain('data-script');
    // Once the page has loaded, every file it asked for is in its resource timing: no script among them.
    await page.waitForFunction(() => document.readyState === 'complete');
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    expect(loaded.filter((name) => name.endsWith('.js'))).toEqual([]);
    // Focus in the form is the first use: the element's script, which the estimator names, arrives then.
    const script = await page.locator('treatment-estimator').getAttribute('data-script');
    expect(script).toMatch(/^\/_astro\/treatment-estimator-element\.\w+\.js$/);
    expect(requested).not.toContain(script);
    const arrived = page.waitForRequest((request) => new URL(request.url()).pathname === script);
    await dateField('Day').focus();
    await arrived;
    await page.locator('treatment-estimator[data-ready]').waitFor();
  });

  it('a button pressed before the script has arrived is pressed again once it has: “Use today’s date” fills in today', async () => {
    const page = await open();
    // The script is held on its way until the press is over, so the press comes first whatever the machine's speed.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/treatment-estimator-element.*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.getByRole('button', { name: "Use today's date" }).click();
    expect(await dateField('Day').inputValue()).toBe('');
    release();
    const today = new Date();
    await expect.poll(() => dateField('Day').inputValue()).toBe(String(today.getDate()));
    expect(await dateField('Year').inputValue()).toBe(String(today.getFullYear()));
  });

  it('a content page without the estimator names no tool script', async () => {
    const page = use(await e2e.context.newPage());
    await page.goto(`${baseUrl}/faqs/`);
    expect(await page.locator('[data-script], script[src]').count()).toBe(0);
  });
});
