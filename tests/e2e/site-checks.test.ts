// Whole-site checks of the built dist/, every language: every internal link and #anchor resolves, and the W3C Nu
// HTML Checker finds no errors. The checker (Java, CPU-bound) starts with the file and runs while the link checker
// (mostly waiting on the server) crawls.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import { builtPages, isNotFoundPage } from '../support/browser';
import { checkLinks } from '../support/link-check';
import { DIST } from '../support/static-server';

const baseUrl = inject('baseUrl');

describe('links in the built site', () => {
  it('every internal link and #anchor on every page, in every language, works', async () => {
    // Which pages the home page leads to (no orphans) is checked on dist/ itself, in seo.test.ts ("every page can be
    // reached by following links from the home page").
    // The crawl starts at the home page and at the pages no page links to: the embeds (clinics frame them) and the
    // 404 pages (hosts show them at unknown addresses). Every other page must be reached by following links.
    const paths = builtPages({ includeEmbeds: true });
    const unlinked = paths.filter((path) => path.includes('/embed/') || isNotFoundPage(path));
    const { broken: brokenLinks, notFetched } = await checkLinks(
      ['/', ...unlinked].map((path) => baseUrl + path),
      baseUrl,
      paths.map((path) => baseUrl + path),
    );
    // One line per broken address, with one page that links to it.
    const broken = new Map<string, string>();
    for (const link of brokenLinks) {
      const where = (url?: string) => (url ? url.replace(baseUrl, '') : 'the start');
      const problem = link.status === 200 ? 'no element with this #id on the page' : `status ${link.status ?? '?'}`;
      if (!broken.has(where(link.url))) broken.set(where(link.url), `${problem}, linked from ${where(link.parent)}`);
    }
    expect(Object.fromEntries(broken)).toEqual({});
    // A page the checker never fetched was not checked: say so rather than pass.
    expect(notFetched, 'pages the crawl never fetched').toEqual([]);
  });
});

const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

interface CheckerReport {
  messages: Array<{ type: string; url?: string; lastLine?: number; message: string; extract?: string }>;
}

/** Runs the checker over dist/ in the background; the CSS messages are filtered (see below). */
function checkHtml(): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    // The checker's CSS parser predates CSS features Tailwind 4 uses (@property, @layer), so CSS messages are
    // filtered; the HTML itself is checked in full.
    // Java's quick compiler only (TieredStopAtLevel=1): half the CPU for one short run over the site, with the
    // larger stack the checker's schema then needs.
    const run = spawn('java', [
      '-Xss32m',
      '-XX:TieredStopAtLevel=1',
      '-jar',
      VNU_JAR,
      '--errors-only',
      '--skip-non-html',
      '--format',
      'json',
      '--filterpattern',
      '.*CSS: .*',
      DIST,
    ]);
    let output = '';
    run.stdout.on('data', (chunk) => (output += chunk));
    run.stderr.on('data', (chunk) => (output += chunk));
    run.on('error', reject);
    run.on('close', (status) => resolve({ status, output }));
  });
}
const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
const htmlCheck = java.status === 0 ? checkHtml() : undefined;
// Awaited by its test; a rejection before then is not an unhandled one.
htmlCheck?.catch(() => {});

describe('HTML validity', () => {
  it('the W3C Nu HTML Checker reports no errors on any page, in any language', async () => {
    if (!htmlCheck)
      throw new Error('Java 11 or later is needed for the HTML checker: apt-get install -y default-jre-headless');
    const { status, output } = await htmlCheck;
    // The checker always prints its report ({"messages":[]} when all is well): no report means it did not run.
    expect(output, 'the HTML checker printed no report').not.toBe('');
    const report = JSON.parse(output) as CheckerReport;
    const errors = report.messages.map(
      (message) => `${(message.url ?? '').replace(`file:${DIST}`, '')}:${message.lastLine ?? '?'}: ${message.message}`,
    );
    expect(errors).toEqual([]);
    expect(status, `the HTML checker's exit status (its output: ${output.slice(0, 2000)})`).toBe(0);
  }, 120_000);
});
