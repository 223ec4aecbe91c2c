// Screenshots of built pages at phone and desktop widths, light and dark, for a person to look at.
// Usage: npm run screenshots -- /faqs/ /side-effects/   (default: a few key pages) → test-results/screenshots/
// Add --search=WORD to open the search dialog on each page and type WORD first (e.g. --search=bruising).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './browser.ts';
import { DIST, serveFolder } from './static-server.ts';

const paths = process.argv.slice(2).filter((arg) => arg.startsWith('/'));
const searchWord = process.argv.find((arg) => arg.startsWith('--search='))?.slice('--search='.length);
const targets =
  paths.length > 0
    ? paths
    : ['/', '/faqs/', '/side-effects/', '/guides/what-is-capillary-mesotherapy/', '/for-clinics/snippet-builder/'];
const out = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');
mkdirSync(out, { recursive: true });

const { url, server } = await serveFolder(DIST);
const browser = await launchBrowser();
for (const path of targets) {
  for (const [label, width] of [
    ['phone', 390],
    ['desktop', 1280],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      await page.goto(url + path, { waitUntil: 'networkidle' });
      if (searchWord) {
        await page.keyboard.press('/');
        await page.locator('input[type=search]:focus').waitFor();
        await page.keyboard.type(searchWord);
        await page.locator('[role=status]').filter({ hasText: searchWord }).waitFor();
      }
      const slug = `${path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}${searchWord ? `-search-${searchWord.replace(/\W+/g, '-')}` : ''}`;
      const name = `${slug}-${label}-${scheme}.png`;
      await page.screenshot({ path: join(out, name), fullPage: process.env.FULL === '1' });
      await page.close();
      console.log(join(out, name));
    }
  }
}
await browser.close();
server.close();
