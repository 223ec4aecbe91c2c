// The search dialog: nothing downloaded until it opens, the keyboard, closing it, small screens and axe.
import { describe, expect, it } from 'vitest';
import { axeViolations, useBrowser } from '../support/browser';
import { firstPageIn, resultPaths, titleOf } from '../support/search-results';

const e2e = useBrowser();
const { baseUrl } = e2e;

describe('the search dialog', () => {
  it('downloads no JavaScript at all until the reader opens search, then the search code and index at once, and the vocabulary only if needed', async () => {
    const page = await e2e.context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${baseUrl}${firstPageIn('side-effects')}`, { waitUntil: 'networkidle' });
    // The page carries only an inline bootstrap: no script file, no index.
    expect(requested.filter((path) => path.endsWith('.js'))).toEqual([]);
    expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    const inline = await page.locator('script:not([src]):not([type="application/ld+json"])').allTextContents();
    expect(inline.join('').length).toBeLessThan(1024);
    await page.locator('header [data-search-open]').click();
    await page.locator('[data-search-dialog][open]').waitFor();
    // Before the first key: Pagefind and its WebAssembly are on their way.
    await expect.poll(() => requested.some((path) => path.endsWith('.pagefind'))).toBe(true);
    // A word the results show needs no correction, so the vocabulary is not downloaded for it.
    const word = titleOf(firstPageIn('side-effects')).split(/\s+/)[0]!;
    await page.locator('[data-search-dialog] input[type=search]').fill(word);
    await resultPaths(page, '[data-search-dialog]', word);
    expect(requested.filter((path) => path.startsWith('/pagefind/vocabulary/'))).toEqual([]);
    await page.close();
  });

  it('offers common questions when empty, and one of them runs a search', async () => {
    const page = await e2e.context.newPage();
    await page.goto(`${baseUrl}/side-effects/`);
    await page.keyboard.press('/');
    const questions = page.locator('[data-search-dialog] [data-search-questions]');
    await questions.locator('button').first().waitFor();
    expect(await questions.locator('button').count()).toBeGreaterThanOrEqual(3);
    const question = (await questions.locator('button').first().textContent()) ?? '';
    await questions.locator('button').first().click();
    expect(await page.locator('[data-search-dialog] input[type=search]').inputValue()).toBe(question);
    await resultPaths(page, '[data-search-dialog]');
    expect(await questions.isHidden()).toBe(true);
    await page.close();
  });

  it('works with the keyboard alone: "/" opens it, arrows reach a result, Enter opens it highlighted', async () => {
    const target = firstPageIn('side-effects');
    const title = titleOf(target);
    const page = await e2e.context.newPage();
    await page.goto(`${baseUrl}/faqs/`);
    await page.keyboard.press('/');
    const input = page.locator('[data-search-dialog] input[type=search]');
    await expect.poll(() => input.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type(title);
    const found = await resultPaths(page, '[data-search-dialog]', title);
    const position = found.indexOf(target);
    expect(position).toBeGreaterThanOrEqual(0);
    // Down through every link before the target's (results and their sub-sections), then Enter.
    const links = page.locator('[data-search-dialog] [data-search-results] a');
    const hrefs = await links.evaluateAll((all) =>
      all.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
    );
    for (let step = 0; step <= hrefs.indexOf(target); step += 1) await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => (document.activeElement as HTMLAnchorElement).pathname)).resolves.toBe(target);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL((url) => url.pathname === target), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).searchParams.get('highlight')).toBeTruthy();
    await page.locator('main mark.pagefind-highlight').first().waitFor();
    await page.close();
  });

  it('Ctrl+K opens it, announces the count, and Escape closes it and returns focus', async () => {
    const page = await e2e.context.newPage();
    await page.goto(`${baseUrl}/side-effects/`);
    const button = page.locator('header [data-search-open]');
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('[data-search-dialog]');
    await dialog.locator('input[type=search]').waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((element) => (element as HTMLDialogElement).open)).toBe(false);
    await expect(button.evaluate((element) => element === document.activeElement)).resolves.toBe(true);

    // A click on the backdrop closes it; a click on its padding does not.
    await button.click();
    await dialog.locator('input[type=search]').waitFor({ state: 'visible' });
    const box = (await dialog.boundingBox())!;
    await page.mouse.click(box.x + 4, box.y + 4);
    expect(await dialog.evaluate((element) => (element as HTMLDialogElement).open)).toBe(true);
    await page.mouse.click(box.x + box.width + 2, box.y + box.height / 2);
    await expect.poll(() => dialog.evaluate((element) => (element as HTMLDialogElement).open)).toBe(false);

    await page.keyboard.press('Control+k');
    await expect.poll(() => dialog.evaluate((element) => (element as HTMLDialogElement).open)).toBe(true);
    await page.keyboard.type('mesotherapy');
    await resultPaths(page, '[data-search-dialog]', 'mesotherapy');
    const status = dialog.locator('[role=status]');
    await expect(status.textContent()).resolves.toMatch(/^\d+ results? for “mesotherapy”$/);
    // One Escape closes it even with words in the box (a search box would otherwise only clear them).
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((element) => (element as HTMLDialogElement).open)).toBe(false);
    await page.close();
  });

  it('fits a 320 px wide screen (as at 400% zoom) without sideways scrolling', async () => {
    const page = await e2e.context.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${baseUrl}/side-effects/`);
    await page.keyboard.press('/');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.matches('[data-search-dialog] input')))
      .toBe(true);
    await page.keyboard.type('mesotherapy');
    await resultPaths(page, '[data-search-dialog]', 'mesotherapy');
    const overflow = await page.evaluate(() => {
      const dialog = document.querySelector('[data-search-dialog]')!;
      return Math.max(
        dialog.scrollWidth - dialog.clientWidth,
        document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('has no axe violations when open, empty and with results', async () => {
    const page = await e2e.context.newPage();
    await page.goto(`${baseUrl}/`);
    await page.keyboard.press('/');
    const dialog = page.locator('[data-search-dialog]');
    await dialog.locator('input[type=search]').waitFor({ state: 'visible' });
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.type('hair');
    await resultPaths(page, '[data-search-dialog]', 'hair');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
