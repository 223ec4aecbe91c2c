// The three browser engines patients use, behind one small interface for the cross-engine smoke suite
// (tests/e2e/engines.test.ts): Chromium (playwright-core), Firefox (puppeteer-core over WebDriver BiDi) and WebKit
// (WebKitGTK's MiniBrowser through WebKitWebDriver and selenium-webdriver, under Xvfb). Each engine starts with the
// reader's dark colour scheme. Firefox and WebKit send every request for another host to a trap proxy on 127.0.0.1,
// which records it and answers nothing, so their own background traffic is caught too, not only the page's.
// Chromium resolves no other host at all (launchBrowser's resolver rules), and its pages' requests are recorded.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Builder, By, Key, type WebDriver } from 'selenium-webdriver';
import { CHROMIUM, launchBrowser, leavesThisMachine } from './browser.ts';

export type EngineName = 'Chromium' | 'Firefox' | 'WebKit';
type PageFunction<T> = (...args: never[]) => T | Promise<T>;

export interface EngineSession {
  readonly name: EngineName;
  /** Opens a URL in the session's one tab (1280 px wide) and waits for it to load. */
  open(url: string): Promise<void>;
  /** Runs a function in the page (or, with a frame index, in that iframe) and returns its result. */
  run<T>(fn: PageFunction<T>, frame?: number): Promise<T>;
  click(selector: string): Promise<void>;
  type(selector: string, text: string): Promise<void>;
  pressEscape(): Promise<void>;
  /** How far the page scrolls sideways when the viewport is `width` px wide (0 when it fits). */
  horizontalOverflow(url: string, width: number): Promise<number>;
  /** Errors (uncaught exceptions, console errors, CSP violations) and console warnings since open(). */
  logged(): Promise<{ errors: string[]; warnings: string[] }>;
  close(): Promise<void>;
}

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const measureOverflow = () => document.documentElement.scrollWidth - document.documentElement.clientWidth;
const HEIGHT = 800;

/** Why an engine cannot run here, with the command that installs it, or undefined when it can. */
export function missingEngine(name: EngineName): string | undefined {
  const install = 'run `npm test` as root on Debian to install it, or: apt-get install -y';
  if (name === 'Chromium') return existsSync(CHROMIUM) ? undefined : `no Chromium at ${CHROMIUM}: ${install} chromium-headless-shell`;
  if (name === 'Firefox') return existsSync(FIREFOX) ? undefined : `no Firefox at ${FIREFOX}: ${install} firefox-esr`;
  if (!existsSync(WEBKIT_DRIVER) || !existsSync(MINIBROWSER)) return `no WebKitWebDriver/MiniBrowser: ${install} webkit2gtk-driver`;
  if (!process.env.DISPLAY && spawnSync('which', ['Xvfb']).status !== 0) return `no display and no Xvfb: ${install} xvfb`;
  return undefined;
}

/** A proxy that records every request sent to it and answers none: the engines send it all traffic for other hosts. */
export async function outsideRequestTrap(): Promise<{ port: number; requests: string[]; close: () => void }> {
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

function collector() {
  const errors: string[] = [];
  const warnings: string[] = [];
  return {
    errors,
    warnings,
    reset: () => void (errors.splice(0), warnings.splice(0)),
    logged: async () => ({ errors: [...errors], warnings: [...warnings] }),
  };
}

type Trap = Awaited<ReturnType<typeof outsideRequestTrap>>;

/** Starts an engine; `frameHost` serves frame.html (a page with one iframe of a given width, see engines.test.ts). */
export async function startEngine(name: EngineName, trap: Trap, frameHost: string): Promise<EngineSession> {
  if (name === 'Chromium') return startChromium(trap);
  if (name === 'Firefox') return startFirefox(trap.port);
  return startWebKit(trap.port, frameHost);
}

async function startChromium(trap: Trap): Promise<EngineSession> {
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
    async horizontalOverflow(url, width) {
      await page.setViewportSize({ width, height: HEIGHT });
      await page.goto(url, { waitUntil: 'load' });
      return page.evaluate(measureOverflow);
    },
    logged: log.logged,
    close: () => browser.close(),
  };
}

/** Firefox calls home (remote settings, telemetry, safe browsing, captive portal checks) unless told not to. */
const QUIET_FIREFOX = {
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'app.normandy.enabled': false,
  'app.update.enabled': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.update.enabled': false,
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.safebrowsing.provider.google4.updateURL': '',
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.server': '',
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.trr.mode': 5,
};

async function startFirefox(proxyPort: number): Promise<EngineSession> {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Release builds honour services.settings.server (remote settings, polled many times a minute) only with this.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      ...QUIET_FIREFOX,
      // The reader's dark setting (0 = dark): BiDi has no colour-scheme emulation yet.
      'layout.css.prefers-color-scheme.content-override': 0,
      // Every request for another host goes to the trap; Firefox never proxies 127.0.0.1.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
    },
  });
  const page = await browser.newPage();
  const log = collector();
  page.on('pageerror', (error) => log.errors.push(error instanceof Error ? error.message : String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') log.errors.push(message.text());
    if (message.type() === 'warn') log.warnings.push(message.text());
  });
  const frameAt = (index: number) => page.mainFrame().childFrames()[index];
  return {
    name: 'Firefox',
    async open(url) {
      log.reset();
      await page.setViewport({ width: 1280, height: HEIGHT });
      await page.goto(url, { waitUntil: 'load' });
    },
    async run(fn, frame) {
      const target = frame === undefined ? page : frameAt(frame);
      if (!target) throw new Error(`no iframe ${frame}`);
      return target.evaluate(fn as () => never) as never;
    },
    click: (selector) => page.click(selector),
    type: (selector, text) => page.type(selector, text),
    pressEscape: () => page.keyboard.press('Escape'),
    async horizontalOverflow(url, width) {
      await page.setViewport({ width, height: HEIGHT });
      await page.goto(url, { waitUntil: 'load' });
      return page.evaluate(measureOverflow);
    },
    logged: log.logged,
    close: () => browser.close(),
  };
}

// MiniBrowser's window is never narrower than this; narrower viewports are checked in an iframe of that width.
const WEBKIT_MIN_WIDTH = 447;

/** Starts Xvfb on a free display unless there is a display already; returns what to stop. */
async function virtualDisplay(): Promise<{ display: string; process?: ChildProcess }> {
  if (process.env.DISPLAY) return { display: process.env.DISPLAY };
  const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'ignore'] });
  const number = await new Promise<string>((resolve, reject) => {
    xvfb.stdout?.once('data', (data: Buffer) => resolve(String(data).trim()));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
  });
  return { display: `:${number}`, process: xvfb };
}

async function freePort(): Promise<number> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function startWebKit(proxyPort: number, frameHost: string): Promise<EngineSession> {
  const display = await virtualDisplay();
  const port = await freePort();
  const driverProcess = spawn(WEBKIT_DRIVER, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: display.display } });
  let driver: WebDriver | undefined;
  for (let attempt = 0; !driver; attempt += 1) {
    try {
      driver = await new Builder()
        .usingServer(`http://127.0.0.1:${port}`)
        .withCapabilities({
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': {
            binary: MINIBROWSER,
            args: ['--automation', '--dark-mode', `--proxy=http://127.0.0.1:${proxyPort}`, '--ignore-host=127.0.0.1', '--ignore-host=localhost'],
          },
        })
        .build();
    } catch (error) {
      // The driver takes a moment to listen.
      if (attempt > 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const session = driver;
  // WebKitWebDriver has no console log: errors are caught by listeners added once the page has loaded, so an error
  // thrown while the page loads is missed (the Chromium and Firefox runs catch those).
  const listen = () =>
    session.executeScript(() => {
      const seen: { errors: string[]; warnings: string[] } = { errors: [], warnings: [] };
      (window as unknown as { __logged: typeof seen }).__logged = seen;
      addEventListener('error', (event) => seen.errors.push(event.message));
      addEventListener('unhandledrejection', (event) => seen.errors.push(String(event.reason)));
      addEventListener('securitypolicyviolation', (event) => seen.errors.push(`CSP: ${event.violatedDirective} ${event.blockedURI}`));
      for (const level of ['error', 'warn'] as const) {
        const original = console[level].bind(console);
        console[level] = (...args: unknown[]) => {
          (level === 'error' ? seen.errors : seen.warnings).push(args.map(String).join(' '));
          original(...args);
        };
      }
    });
  const inFrame = async <T>(index: number, work: () => Promise<T>) => {
    await session.switchTo().frame(index);
    try {
      return await work();
    } finally {
      await session.switchTo().defaultContent();
    }
  };
  const script = <T>(fn: PageFunction<T>) => session.executeScript(`return (${fn.toString()})()`) as Promise<T>;
  return {
    name: 'WebKit',
    async open(url) {
      await session.manage().window().setRect({ width: 1280, height: HEIGHT });
      await session.get(url);
      await listen();
    },
    async run(fn, frame) {
      return frame === undefined ? script(fn) : inFrame(frame, () => script(fn));
    },
    async click(selector) {
      await (await session.findElement(By.css(selector))).click();
    },
    async type(selector, text) {
      await (await session.findElement(By.css(selector))).sendKeys(text);
    },
    async pressEscape() {
      await session.actions().sendKeys(Key.ESCAPE).perform();
    },
    async horizontalOverflow(url, width) {
      if (width >= WEBKIT_MIN_WIDTH) {
        await session.manage().window().setRect({ width, height: HEIGHT });
        await session.get(url);
        return script(measureOverflow);
      }
      await session.get(`${frameHost}/frame.html?width=${width}&src=${encodeURIComponent(url)}`);
      await session.wait(async () => (await script(() => (document.querySelector('iframe') as HTMLIFrameElement & { loaded?: boolean }).dataset.loaded)) === 'yes', 10_000);
      return inFrame(0, () => script(measureOverflow));
    },
    async logged() {
      const seen = (await session.executeScript('return window.__logged')) as { errors: string[]; warnings: string[] } | null;
      return seen ?? { errors: [], warnings: [] };
    },
    async close() {
      await session.quit().catch(() => {});
      driverProcess.kill();
      display.process?.kill();
    },
  };
}
