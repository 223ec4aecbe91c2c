// The three browser engines patients use, behind one small interface for the cross-engine smoke suite
// (tests/e2e/engines.test.ts): Chromium (playwright-core), Firefox (puppeteer-core over WebDriver BiDi) and WebKit
// (WebKitGTK's MiniBrowser through WebKitWebDriver and selenium-webdriver, under Xvfb). Each engine starts with the
// reader's dark colour scheme. Firefox and WebKit send every request for another host to a trap proxy on 127.0.0.1,
// which records it and answers nothing, so their own background traffic is caught too, not only the page's.
// Chromium resolves no other host at all (launchBrowser's resolver rules), and its pages' requests are recorded.
// Each engine starts in a file of its own (engine-chromium.ts, engine-firefox.ts, engine-webkit.ts), behind the
// interface of engine-session.ts.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CHROMIUM } from './browser.ts';
import { startChromium } from './engine-chromium.ts';
import { FIREFOX, startFirefox } from './engine-firefox.ts';
import type { EngineName, EngineSession, OutsideRequestTrap } from './engine-session.ts';
import { MINIBROWSER, startWebKit, WEBKIT_DRIVER } from './engine-webkit.ts';

export type { EngineName, EngineSession } from './engine-session.ts';

/** Why an engine cannot run here, with the command that installs it, or undefined when it can. */
export function missingEngine(name: EngineName): string | undefined {
  const install = 'run `npm test` as root on Debian to install it, or: apt-get install -y';
  if (name === 'Chromium')
    return existsSync(CHROMIUM) ? undefined : `no Chromium at ${CHROMIUM}: ${install} chromium-headless-shell`;
  if (name === 'Firefox') return existsSync(FIREFOX) ? undefined : `no Firefox at ${FIREFOX}: ${install} firefox-esr`;
  if (!existsSync(WEBKIT_DRIVER) || !existsSync(MINIBROWSER))
    return `no WebKitWebDriver/MiniBrowser: ${install} webkit2gtk-driver`;
  if (!process.env.DISPLAY && spawnSync('which', ['Xvfb']).status !== 0)
    return `no display and no Xvfb: ${install} xvfb`;
  return undefined;
}

/** A proxy that records every request sent to it and answers none: the engines send it all traffic for other hosts. */
export async function outsideRequestTrap(): Promise<OutsideRequestTrap> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(request.url ?? '?');
    response.writeHead(502).end();
  });
  server.on('connect', (request, socket) => {
    requests.push(`https://${request.url ?? '?'}`);
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, requests, close: () => server.close() };
}

/** Starts an engine; `frameHost` serves frame.html (a page with one iframe of a given width, see engines.test.ts). */
export async function startEngine(
  name: EngineName,
  trap: OutsideRequestTrap,
  frameHost: string,
): Promise<EngineSession> {
  if (name === 'Chromium') return startChromium(trap);
  if (name === 'Firefox') return startFirefox(trap.port);
  return startWebKit(trap.port, frameHost);
}

/**
 * Polls a condition in the page until it holds (engines differ in what their drivers wait for). A check that throws,
 * as one does while a frame is still navigating, counts as not yet.
 */
export async function until(session: EngineSession, what: string, check: () => Promise<boolean>, timeout = 15_000) {
  const end = Date.now() + timeout;
  let lastError: unknown;
  while (!(await check().catch((error: unknown) => ((lastError = error), false)))) {
    if (Date.now() > end)
      throw new Error(
        `${session.name}: timed out waiting until ${what}${lastError ? ` (last: ${String(lastError)})` : ''}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Result paths, in ranking order, in the header dialog or on the search page. */
export const resultPaths = (session: EngineSession, where: 'dialog' | 'page') =>
  where === 'dialog'
    ? session.run(() =>
        [...document.querySelectorAll<HTMLAnchorElement>('[data-search-dialog] [data-search-results] > li > a')].map(
          (link) => new URL(link.href).pathname,
        ),
      )
    : session.run(() =>
        [...document.querySelectorAll<HTMLAnchorElement>('[data-search-page] [data-search-results] > li > a')].map(
          (link) => new URL(link.href).pathname,
        ),
      );
