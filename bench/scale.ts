// `npm run bench:scale -- --pages 1000`: how the build and the search grow with the content.
// Copies the project's code and content to a temporary folder, adds synthetic entries to every collection
// of the registry (never in content/ itself), builds it, and prints build time, peak memory, dist/ size,
// Pagefind's index size and the bytes a first search downloads, next to the same figures for the real site.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from '../src/collections/registry.ts';
import { DEFAULT_LOCALE } from '../src/language/locales.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveFolder } from '../tests/support/static-server.ts';
import { stripVTControlCharacters } from 'node:util';

const ROOT = join(import.meta.dirname, '..');
const pagesArgument = process.argv.indexOf('--pages');
const PAGES = pagesArgument > 0 ? Number(process.argv[pagesArgument + 1]) : 1000;
if (!Number.isInteger(PAGES) || PAGES < 1)
  throw new Error('Give the number of synthetic pages, e.g. npm run bench:scale -- --pages 1000');

/** Where each collection's synthetic share goes: most to the page collections, some glossary terms and sources. */
const SHARE: Partial<Record<CollectionName, number>> = {
  guides: 0.2,
  faqs: 0.3,
  sideEffects: 0.2,
  conditions: 0.15,
  pages: 0.05,
  glossary: 0.07,
  sources: 0.03,
};

/** Made-up words, different for every page, so the search index grows as real new content would make it. */
const word = (seed: number) => {
  const letters = 'bcdfghjklmnprstvz';
  const vowels = 'aeiou';
  let text = '';
  for (let n = seed + 7; text.length < 9; n = Math.floor(n / 5) + text.length * 31)
    text += letters[n % letters.length]! + vowels[n % vowels.length]!;
  return text;
};

function copyProject(): string {
  const folder = mkdtempSync(join(tmpdir(), 'bench-scale-'));
  for (const item of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(ROOT, item), join(folder, item), { recursive: true });
  }
  // The packages are shared; Astro's cache (node_modules/.astro) is the copy's own, so the project's stays untouched.
  mkdirSync(join(folder, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules')).filter((entry) => entry !== '.astro')) {
    symlinkSync(join(ROOT, 'node_modules', name), join(folder, 'node_modules', name));
  }
  return folder;
}

/** Writes `count` copies of a collection's first entry, each with its own name, title and words. */
function addSynthetic(folder: string, collection: CollectionName, count: number, start: number) {
  const { contentFolder, perLanguage, format } = COLLECTIONS[collection];
  const dir = join(folder, 'content', contentFolder, perLanguage ? DEFAULT_LOCALE : '');
  const files = readdirSync(dir)
    .filter((name) => name.endsWith(`.${format}`))
    .sort();
  const template = readFileSync(join(dir, files.find((name) => name !== 'for-clinics.mdx') ?? files[0]!), 'utf8');
  const highestSource =
    collection === 'sources'
      ? Math.max(
          ...files.map((name) => Number((parse(readFileSync(join(dir, name), 'utf8')) as { number: number }).number)),
        )
      : 0;
  for (let i = 0; i < count; i++) {
    const n = start + i;
    const words = [word(n), word(n * 3 + 1), word(n * 7 + 2)];
    const text = template
      .replace(
        /^(title|question|term): (.*)$/m,
        (_, key: string, value: string) => `${key}: ${JSON.stringify(`${words[0]}: ${parse(value) as string}`)}`,
      )
      .replace(/^number: \d+$/m, `number: ${highestSource + i + 1}`);
    const body =
      format === 'mdx'
        ? `${text}\n\nThis synthetic page also talks about ${words.join(', ')} and ${word(n * 11 + 3)}.\n`
        : text;
    writeFileSync(join(dir, `synthetic-${n}.${format}`), body);
  }
}

function folderBytes(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + folderBytes(join(path, name)), 0);
}

/** Bytes Pagefind downloads for a first search on the search page (script, WebAssembly, index, results). */
async function firstSearchBytes(dist: string, query: string): Promise<number> {
  const { url, server } = await serveFolder(dist);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    let bytes = 0;
    page.on('response', async (response) => {
      if (new URL(response.url()).pathname.startsWith('/pagefind/')) bytes += (await response.body()).length;
    });
    await page.goto(`${url}/search/?q=${encodeURIComponent(query)}`);
    await page.locator('[data-search-page] [data-search-results] > li').first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    return bytes;
  } finally {
    await browser.close();
    server.close();
  }
}

interface Figures {
  label: string;
  pages: number;
  seconds: number;
  peakMb: number;
  distMb: number;
  pagefindMb: number;
  searchKb: number;
}

async function measure(label: string, folder: string): Promise<Figures> {
  const started = performance.now();
  // GNU time reports the peak resident memory of the build (Astro, and Pagefind's indexer run inside it).
  const build = spawnSync('/usr/bin/time', ['-f', 'peak-kb=%M', 'npx', 'astro', 'build'], {
    cwd: folder,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (build.status !== 0)
    throw new Error(`The ${label} build failed:\n${build.stdout.slice(-3000)}\n${build.stderr.slice(-3000)}`);
  // Astro's own step timings, to see which step grows.
  for (const line of build.stdout.split('\n'))
    if (/in (\d+m )?\d+(\.\d+)?m?s\b|Search index/.test(line))
      console.log(`  ${label}: ${stripVTControlCharacters(line).trim()}`);
  const peakKb = Number(/peak-kb=(\d+)/.exec(build.stderr)?.[1] ?? 0);
  const dist = join(folder, 'dist');
  const pages = execFileSync('find', [dist, '-name', 'index.html'], { encoding: 'utf8' }).trim().split('\n').length;
  const mb = (bytes: number) => bytes / 1024 / 1024;
  return {
    label,
    pages,
    seconds,
    peakMb: peakKb / 1024,
    distMb: mb(folderBytes(dist)),
    pagefindMb: mb(folderBytes(join(dist, 'pagefind'))),
    searchKb: (await firstSearchBytes(dist, 'bruising')) / 1024,
  };
}

const folder = copyProject();
try {
  const real = await measure('real site', folder);
  let start = 0;
  for (const collection of COLLECTION_NAMES) {
    const count = Math.round(PAGES * (SHARE[collection] ?? 0));
    if (count > 0) addSynthetic(folder, collection, count, start);
    start += count;
  }
  const scaled = await measure(`+${PAGES} synthetic`, folder);
  const row = (f: Figures) =>
    `${f.label.padEnd(18)} ${String(f.pages).padStart(6)} ${f.seconds.toFixed(1).padStart(8)} ${f.peakMb.toFixed(0).padStart(8)} ${f.distMb.toFixed(1).padStart(8)} ${f.pagefindMb.toFixed(1).padStart(9)} ${f.searchKb.toFixed(0).padStart(10)}`;
  console.log(
    `\n${'build'.padEnd(18)} ${'pages'.padStart(6)} ${'time s'.padStart(8)} ${'peak MB'.padStart(8)} ${'dist MB'.padStart(8)} ${'index MB'.padStart(9)} ${'search KB'.padStart(10)}`,
  );
  console.log(row(real));
  console.log(row(scaled));
  const perPage = (f: Figures) => (f.seconds / f.pages) * 1000;
  console.log(
    `\nBuild time per page: ${perPage(real).toFixed(0)} ms (real), ${perPage(scaled).toFixed(0)} ms (+${PAGES}). "search KB": Pagefind's files for a first search for "bruising".`,
  );
  console.log('Timings depend on the machine and on what else runs on it.');
} finally {
  rmSync(folder, { recursive: true, force: true });
}
