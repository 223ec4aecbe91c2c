// Lighthouse (mobile defaults: simulated slow 4G and a mid-range phone) on the home page, a guide, the scripted pages
// (the estimator, a search) and a one-file 1 KB page, in the same run and browser: prints each page's LCP, layout shift
// and performance score (median of a few runs) and its LCP's ratio to the one-file page.
// Figures only; the aim is within 1.1× of the one-file page, layout shift 0 and a score of 100. Usage: npm run build && npm run bench:lighthouse
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM } from '../tests/support/browser.ts';
import { DIST } from '../tests/support/static-server.ts';

const RUNS = 3;

// The yardstick: one HTML file of about 1 KB, with its text and nothing else to fetch.
const plain = mkdtempSync(join(tmpdir(), 'one-file-page-'));
const filler = 'Capillary mesotherapy is a course of small injections into the scalp. '.repeat(11);
writeFileSync(
  join(plain, 'index.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>One file</title></head><body><h1>One-file page</h1><p>${filler}</p></body></html>`,
);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** A static host as pages are really served: gzip for text, as most hosts do (the test server sends files as they are). */
async function serveGzipped(folder: string): Promise<{ url: string; close(): void }> {
  const server = createServer((request, response) => {
    let path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
    if (path.endsWith('/')) path += 'index.html';
    const file = join(folder, path);
    if (!file.startsWith(folder) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    const body = readFileSync(file);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const gzip = /gzip/.test(String(request.headers['accept-encoding'])) && !type.startsWith('application/octet');
    response.writeHead(200, { 'content-type': type, ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
    response.end(gzip ? gzipSync(body) : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

const site = await serveGzipped(DIST);
const yardstick = await serveGzipped(plain);
// `npm run bench:lighthouse -- estimator clinics`: only the pages whose labels name one of the words, and the yardstick.
const only = process.argv.slice(2);
const pages = [
  { label: 'one-file 1 KB page', url: `${yardstick.url}/` },
  // One page of each template, and the heaviest pages (`npm run bench:pages`), in Spanish, whose text is longer.
  { label: 'home page', url: `${site.url}/` },
  { label: 'guide', url: `${site.url}/guides/what-is-capillary-mesotherapy/` },
  { label: 'heaviest guide (es)', url: `${site.url}/es/guides/safety/` },
  { label: 'comparison (es)', url: `${site.url}/es/compare/` },
  { label: 'list of side effects', url: `${site.url}/side-effects/` },
  { label: 'a side effect', url: `${site.url}/side-effects/bruising/` },
  { label: 'an answer (es)', url: `${site.url}/es/faqs/what-are-the-side-effects/` },
  { label: 'estimator', url: `${site.url}/estimator/` },
  // The search page as it arrives, and with a search in its address, whose results need Pagefind's files.
  { label: 'search page', url: `${site.url}/search/` },
  { label: 'search ?q=bruising', url: `${site.url}/search/?q=bruising` },
  { label: 'for clinics', url: `${site.url}/for-clinics/` },
  { label: 'for clinics (es)', url: `${site.url}/es/for-clinics/` },
  // The clinics' snippet builder, on its own page, with its preview frame.
  { label: 'for clinics: snippet builder (es)', url: `${site.url}/es/for-clinics/snippet-builder/` },
  { label: 'embed: side effects (es, Spain)', url: `${site.url}/es/embed/country/es/side-effects/` },
].filter((page, index) => index === 0 || only.length === 0 || only.some((word) => page.label.includes(word)));

const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
  ],
});
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
type Figures = { lcp: number; fcp: number; bytes: number; cls: number; score: number };
const results: Array<{ label: string } & Figures> = [];
try {
  for (const page of pages) {
    const runs: Figures[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const result = await lighthouse(page.url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
      });
      const audits = result!.lhr.audits;
      runs.push({
        lcp: audits['largest-contentful-paint']!.numericValue!,
        fcp: audits['first-contentful-paint']!.numericValue!,
        bytes: audits['total-byte-weight']!.numericValue!,
        cls: audits['cumulative-layout-shift']!.numericValue!,
        score: Math.round((result!.lhr.categories.performance!.score ?? 0) * 100),
      });
    }
    results.push({
      label: page.label,
      lcp: median(runs.map((r) => r.lcp)),
      fcp: median(runs.map((r) => r.fcp)),
      bytes: median(runs.map((r) => r.bytes)),
      cls: median(runs.map((r) => r.cls)),
      score: median(runs.map((r) => r.score)),
    });
  }
} finally {
  chrome.kill();
  site.close();
  yardstick.close();
}

const base = results[0]!.lcp;
console.log(`Lighthouse, mobile defaults, gzip-serving host, median of ${RUNS} runs each:\n`);
console.log(
  `${'page'.padEnd(20)} ${'LCP'.padStart(8)} ${'FCP'.padStart(8)} ${'bytes (wire)'.padStart(12)} ${'CLS'.padStart(6)} ${'score'.padStart(5)}  LCP ÷ one-file page`,
);
for (const row of results) {
  console.log(
    `${row.label.padEnd(20)} ${`${row.lcp.toFixed(0)} ms`.padStart(8)} ${`${row.fcp.toFixed(0)} ms`.padStart(8)} ${`${(row.bytes / 1024).toFixed(1)} KB`.padStart(12)} ${row.cls.toFixed(3).padStart(6)} ${String(row.score).padStart(5)}  ${(row.lcp / base).toFixed(2)}×`,
  );
}
console.log('\nAim: each page within 1.1× of the one-file page, layout shift 0 and a score of 100.');
