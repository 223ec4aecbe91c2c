// Layout shift as Chrome measures it for Core Web Vitals, on a page loaded the way Lighthouse's mobile run loads it:
// a 412 × 823 phone, the CPU 4 times slower, and the network of its "slow 4G" (Chrome DevTools Protocol).
import type { BrowserContext, Page } from 'playwright-core';

/** Lighthouse 12's mobile throttling (its constants.throttling.mobileSlow4G), in DevTools' terms. */
const SLOW_4G = { latencyMs: 150 * 3.75, downloadKbps: 1.6 * 1024 * 0.9, uploadKbps: 750 * 0.9 } as const;
const CPU_SLOWDOWN = 4;
export const LIGHTHOUSE_PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true };

declare global {
  interface Window {
    layoutShifts?: Array<{ value: number; sources: string[] }>;
  }
}

/** Records each layout shift not caused by the reader's input, from the very start of the page. */
function recordLayoutShifts() {
  window.layoutShifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as Array<
      PerformanceEntry & { value: number; hadRecentInput: boolean; sources: Array<{ node?: Node }> }
    >) {
      if (entry.hadRecentInput) continue;
      const sources = entry.sources.map((source) =>
        source.node instanceof Element ? source.node.outerHTML.slice(0, 80) : String(source.node?.nodeName),
      );
      window.layoutShifts?.push({ value: entry.value, sources });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/**
 * Opens `url` throttled in `context` (Chromium), waits for `ready` (the page's scripts have finished what they do on
 * load), then for two more frames so the last paint's shifts are reported, and returns the shifts recorded.
 */
export async function layoutShiftsOf(context: BrowserContext, url: string, ready: (page: Page) => Promise<unknown>) {
  const page = await context.newPage();
  await page.addInitScript(recordLayoutShifts);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: SLOW_4G.latencyMs,
    downloadThroughput: (SLOW_4G.downloadKbps * 1024) / 8,
    uploadThroughput: (SLOW_4G.uploadKbps * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.goto(url, { waitUntil: 'load' });
  await ready(page);
  const shifts = await page.evaluate(
    () =>
      new Promise<NonNullable<Window['layoutShifts']>>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(window.layoutShifts ?? []))),
      ),
  );
  await cdp.detach();
  await page.close();
  return shifts;
}
