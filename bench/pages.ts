// Builds the site and prints, per page, HTML and CSS bytes (raw and gzipped), JavaScript files downloaded on load,
// inline script bytes (the search bootstrap, a tool's or an embed's starter: part of the HTML), and the build time.
// The goals (no JS files on content pages, HTML+CSS under 14 KB gzipped) are tests too: tests/e2e/budgets.test.ts.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtPages } from '../tests/support/browser.ts';
import { htmlAndCssGzipped, linkedStylesheets, PAGE_BUDGET } from '../tests/support/page-bytes.ts';
import { DIST } from '../tests/support/static-server.ts';

const started = performance.now();
execFileSync('npx', ['astro', 'build'], { stdio: 'ignore' });
const buildSeconds = (performance.now() - started) / 1000;

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(6);
const fileFor = (path: string) => join(DIST, path.endsWith('/') ? `${path}index.html` : path);

/** Same-origin files a page loads on arrival: stylesheets and scripts (JSON-LD data blocks are not JavaScript). */
function assetsOf(html: string) {
  const styles = linkedStylesheets(html);
  const scripts = [...html.matchAll(/<script(?![^>]*application\/ld\+json)[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
  const inlineScripts = [
    ...html.matchAll(/<script(?![^>]*(?:application\/ld\+json|\ssrc=))[^>]*>([\s\S]*?)<\/script>/g),
  ].map((m) => m[1]!);
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('');
  return { styles, scripts, inlineScripts, inlineCss };
}

const rows = builtPages({ includeEmbeds: true }).map((path) => {
  const html = readFileSync(fileFor(path), 'utf8');
  const { styles, scripts, inlineScripts, inlineCss } = assetsOf(html);
  const css = inlineCss.length + styles.reduce((sum, href) => sum + readFileSync(join(DIST, href)).length, 0);
  const js = scripts.map((src) => readFileSync(join(DIST, src)));
  const jsBytes = js.reduce((sum, code) => sum + code.length, 0);
  const inlineBytes = inlineScripts.reduce((sum, code) => sum + code.length, 0);
  const htmlAndCssGz = htmlAndCssGzipped(html);
  return {
    path,
    html: html.length,
    htmlGz: gz(html),
    css,
    jsBytes,
    jsGz: js.reduce((sum, code) => sum + gz(code), 0),
    inlineBytes,
    htmlAndCssGz,
  };
});

console.log(`Build time: ${buildSeconds.toFixed(1)} s for ${rows.length} pages\n`);
console.log(
  `${'page'.padEnd(56)} ${'HTML KB'} ${'HTML gz'} ${'CSS KB'} ${'JS KB'} ${'JS gz'} ${'inline JS B'} ${'HTML+CSS gz'}`,
);
for (const row of rows) {
  const flag = row.htmlAndCssGz > PAGE_BUDGET ? '  > 14 KB' : '';
  console.log(
    `${row.path.padEnd(56)} ${kb(row.html)}  ${kb(row.htmlGz)} ${kb(row.css)} ${kb(row.jsBytes)} ${kb(row.jsGz)} ${String(row.inlineBytes).padStart(11)} ${kb(row.htmlAndCssGz)}${flag}`,
  );
}
const worst = rows.reduce((a, b) => (a.htmlAndCssGz > b.htmlAndCssGz ? a : b));
const mostInline = rows.reduce((a, b) => (a.inlineBytes > b.inlineBytes ? a : b));
console.log(
  `\nPages downloading JavaScript files on load (tools and embeds included): ${rows.filter((row) => row.jsBytes > 0).length} of ${rows.length}`,
);
console.log(
  `Most inline script on a page (src/hosting/inline-scripts.ts): ${mostInline.inlineBytes} B on ${mostInline.path}`,
);
console.log(`Largest HTML+CSS (gzipped): ${(worst.htmlAndCssGz / 1024).toFixed(1)} KB on ${worst.path}`);
console.log(`Pages over 14 KB gzipped: ${rows.filter((row) => row.htmlAndCssGz > PAGE_BUDGET).length}`);
