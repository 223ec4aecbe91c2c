// WebKit for the cross-engine smoke suite (engines.ts): WebKitGTK's MiniBrowser through WebKitWebDriver and
// selenium-webdriver, under Xvfb unless there is a display, sending every request for another host to the trap proxy.
import { type ChildProcess, spawn } from 'node:child_process';
import { Builder, By, Key, type WebDriver } from 'selenium-webdriver';
import { type EngineSession, HEIGHT, type PageFunction } from './engine-session.ts';
import { freePort } from './free-port.ts';

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

// MiniBrowser's window is never narrower than this; narrower viewports are checked in an iframe of that width.
const WEBKIT_MIN_WIDTH = 447;

/** Starts Xvfb on a free display unless there is a display already; returns what to stop. */
async function virtualDisplay(): Promise<{ display: string; process?: ChildProcess }> {
  if (process.env.DISPLAY) return { display: process.env.DISPLAY };
  const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const number = await new Promise<string>((resolve, reject) => {
    xvfb.stdout?.once('data', (data: Buffer) => resolve(String(data).trim()));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
  });
  return { display: `:${number}`, process: xvfb };
}

/**
 * WebKit with the reader's dark setting, sending every request for another host to the trap on `proxyPort`;
 * `frameHost` serves frame.html, for viewports narrower than MiniBrowser's window.
 */
export async function startWebKit(proxyPort: number, frameHost: string): Promise<EngineSession> {
  const display = await virtualDisplay();
  const port = await freePort();
  const driverProcess = spawn(WEBKIT_DRIVER, [`--port=${port}`], {
    stdio: 'ignore',
    env: { ...process.env, DISPLAY: display.display },
  });
  let driver: WebDriver | undefined;
  for (let attempt = 0; !driver; attempt += 1) {
    try {
      driver = await new Builder()
        .usingServer(`http://127.0.0.1:${port}`)
        .withCapabilities({
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': {
            binary: MINIBROWSER,
            args: [
              '--automation',
              '--dark-mode',
              `--proxy=http://127.0.0.1:${proxyPort}`,
              '--ignore-host=127.0.0.1',
              '--ignore-host=localhost',
            ],
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
      addEventListener('securitypolicyviolation', (event) =>
        seen.errors.push(`CSP: ${event.violatedDirective} ${event.blockedURI}`),
      );
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
    async runAt(url, width, fn, arg) {
      const call = () => session.executeScript(`return (${fn.toString()})(arguments[0])`, arg) as Promise<never>;
      if (width >= WEBKIT_MIN_WIDTH) {
        await session.manage().window().setRect({ width, height: HEIGHT });
        await session.get(url);
        return call();
      }
      await session.get(`${frameHost}/frame.html?width=${width}&src=${encodeURIComponent(url)}`);
      await session.wait(
        async () =>
          (await script(
            () => (document.querySelector('iframe') as HTMLIFrameElement & { loaded?: boolean }).dataset.loaded,
          )) === 'yes',
        10_000,
      );
      return inFrame(0, call);
    },
    async logged() {
      const seen = (await session.executeScript('return window.__logged')) as {
        errors: string[];
        warnings: string[];
      } | null;
      return seen ?? { errors: [], warnings: [] };
    },
    async close() {
      await session.quit().catch(() => {});
      driverProcess.kill();
      display.process?.kill();
    },
  };
}
