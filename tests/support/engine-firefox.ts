// Firefox for the cross-engine smoke suite (engines.ts), through puppeteer-core over WebDriver BiDi, kept from calling
// home and sending every request for another host to the trap proxy.
import { collector, type EngineSession, HEIGHT } from './engine-session.ts';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

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

/** Firefox with the reader's dark setting, sending every request for another host to the trap on `proxyPort`. */
export async function startFirefox(proxyPort: number): Promise<EngineSession> {
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
      // The page before is left first: Firefox logs the fetches it aborts on leaving (a search still loading index
      // chunks) as errors, which belong to that page, not to the one opened next.
      await page.goto('about:blank', { waitUntil: 'load' });
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
    async runAt(url, width, fn, arg) {
      await page.setViewport({ width, height: HEIGHT });
      await page.goto(url, { waitUntil: 'load' });
      return page.evaluate(fn as (arg: unknown) => never, arg) as never;
    },
    logged: log.logged,
    close: () => browser.close(),
  };
}
