// Chromium for the cross-engine smoke suite (engines.ts), through playwright-core: it resolves no other host at all
// (launchBrowser's resolver rules), and its pages' requests for one are recorded in the trap.
import { launchBrowser, leavesThisMachine } from './browser.ts';
import { collector, type EngineSession, HEIGHT, type OutsideRequestTrap } from './engine-session.ts';

/** Chromium with the reader's dark setting; requests its pages make for another host go into `trap.requests`. */
export async function startChromium(trap: OutsideRequestTrap): Promise<EngineSession> {
  const browser = await launchBrowser();
  const context = await browser.newContext({ colorScheme: 'dark', viewport: { width: 1280, height: HEIGHT } });
  context.on('request', (request) => {
    if (leavesThisMachine(request.url())) trap.requests.push(request.url());
  });
  const page = await context.newPage();
  const log = collector();
  page.on('pageerror', (error) => log.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') log.errors.push(message.text());
    if (message.type() === 'warning') log.warnings.push(message.text());
  });
  const frameAt = (index: number) => page.frames().filter((frame) => frame.parentFrame() === page.mainFrame())[index];
  return {
    name: 'Chromium',
    async open(url) {
      // As in Firefox (engine-firefox.ts), what the page before logs while it is left is not the next page's.
      await page.goto('about:blank', { waitUntil: 'load' });
      log.reset();
      await page.setViewportSize({ width: 1280, height: HEIGHT });
      await page.goto(url, { waitUntil: 'load' });
    },
    async run(fn, frame) {
      const target = frame === undefined ? page : frameAt(frame);
      if (!target) throw new Error(`no iframe ${frame}`);
      return target.evaluate(fn as () => never);
    },
    click: (selector) => page.click(selector),
    type: (selector, text) => page.locator(selector).pressSequentially(text),
    pressEscape: () => page.keyboard.press('Escape'),
    async runAt(url, width, fn, arg) {
      await page.setViewportSize({ width, height: HEIGHT });
      await page.goto(url, { waitUntil: 'load' });
      return page.evaluate(fn as (arg: unknown) => never, arg);
    },
    logged: log.logged,
    close: () => browser.close(),
  };
}
