import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { astroBuild, astroEnvironment } from '../support/astro-cli.ts';
import { launchBrowser, watchOutsideRequests } from '../support/browser.ts';
import { freePort } from '../support/free-port.ts';
import { copyOfProject } from '../support/project-copy.ts';
import { serveFolder } from '../support/static-server.ts';

/**
 * The content admin end to end, on a copy of the project (content/ here stays as it is): `astro dev` serves
 * /keystatic, an editor adds an FAQ with a citation picked from the list, and the copy's content lint and build
 * take it onto the FAQ page, into search and into the FAQ feed. The copy's dist/ has no admin and no React.
 */
const run = promisify(execFile);
const SLUG = 'can-i-swim-in-the-sea-after-a-session';
const FAQS = {
  en: {
    question: 'Can I swim in the sea after a session?',
    description: 'Ask your clinic when you can swim after a session.',
    answer: 'Ask your clinic how long to wait before you swim. Your scalp may be sore for a few days.',
  },
  es: {
    question: '¿Puedo bañarme en el mar después de una sesión?',
    description: 'Pregunte a su clínica cuándo puede bañarse después de una sesión.',
    answer: 'Pregunte a su clínica cuánto debe esperar antes de bañarse. El cuero cabelludo puede doler unos días.',
  },
};

let copy: string;
let removeCopy: (() => void) | undefined;
let dev: ChildProcess | undefined;
let browser: Browser | undefined;
/** What astro dev printed, shown when the admin flow fails. */
let log = '';

/**
 * Starts Astro's dev server in the copy, through its JavaScript API (`dev()`) in a process of its own (Astro serves no
 * page inside a Vitest worker), and resolves with its address once it listens. Its WebSocket is off: the content
 * layer tells every open page to reload whenever its data store changes (src: astro's
 * vite-plugin-content-virtual-mod.js, on each write after a save), and such a reload, arriving while the next form
 * opened, interrupted it. The test drives the admin, which needs no live reload.
 */
async function startDev(cwd: string): Promise<string> {
  // A free port: with port 0 the dev server's own URLs would say port 0.
  const port = await freePort();
  const start = `import { dev } from 'astro';
await dev({ root: process.cwd(), server: { host: '127.0.0.1', port: ${port} }, vite: { server: { ws: false } } });`;
  dev = spawn(process.execPath, ['--input-type=module', '--eval', start], {
    cwd,
    env: astroEnvironment(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    const listen = (chunk: Buffer) => {
      log += chunk.toString();
      const address = /Local\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(stripVTControlCharacters(log));
      if (address) resolve(address[1]!);
    };
    dev!.stdout!.on('data', listen);
    dev!.stderr!.on('data', listen);
    dev!.on('exit', (code) => reject(new Error(`astro dev stopped (${code}):\n${log}`)));
  });
}

/** Stops the dev server and waits until it has gone (it may ignore SIGTERM while it optimises dependencies). */
async function stopDev(): Promise<void> {
  const running = dev;
  dev = undefined;
  if (!running || running.exitCode !== null) return;
  const exited = new Promise((resolve) => running.once('exit', resolve));
  running.kill();
  const forced = setTimeout(() => running.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(forced);
}

beforeAll(async () => {
  ({ root: copy, remove: removeCopy } = copyOfProject('admin-test'));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await stopDev();
  removeCopy?.();
});

test('an editor adds an FAQ with a citation in the admin; the lint passes and the site, search and feed show it', async () => {
  const admin = await startDev(copy);
  const context = await browser!.newContext({
    viewport: { width: 1280, height: 1000 },
  });
  // Keystatic asks a font host for its web font; that is the admin's only outside request, and dev-only.
  const outside = watchOutsideRequests(context);
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('admin page error:', error.message));
  page.on('console', (message) => message.type() === 'error' && console.error('admin console:', message.text()));
  // The dev server prints its address before its first dependency scan ends; until then it answers "Cannot GET".
  const dashboard = `${admin}/keystatic`;
  await expect
    .poll(async () => (await fetch(dashboard).catch(() => undefined))?.status, {
      timeout: 60_000,
      interval: 250,
    })
    .toBe(200);

  /**
   * Picks clinic-article in one of Keystatic's source pickers: a combobox whose virtualised list the typed words filter.
   * Until React has drawn the filtered list, the source is also a row of the whole list, which is being redrawn, and a
   * click or key there picks nothing (on a busy machine the field then stayed empty and the entry could not be saved).
   * So the click waits for the list to hold only the one source the words match.
   */
  const pickSource = async (combobox: Locator) => {
    await combobox.fill('clinic');
    await expect.poll(() => page.getByRole('option').count(), { timeout: 30_000 }).toBe(1);
    await page.getByRole('option', { name: 'clinic-article' }).click();
  };

  /** What the admin showed and astro dev printed, for a step that failed. */
  const shown = async () =>
    `The admin showed: ${(await page.locator('body').innerText()).slice(0, 3000)}\nastro dev printed: ${log.slice(-3000)}`;

  // Every English entry has its Spanish translation (the content lint checks it): the editor adds both.
  for (const [locale, faq] of Object.entries(FAQS)) {
    await page.goto(`${admin}/keystatic/collection/faqs-${locale}/create`);
    await page
      .getByLabel('Question')
      .fill(faq.question, { timeout: 90_000 })
      .catch(async (error: Error) => {
        throw new Error(`${error.message}\n${await shown()}`);
      });
    await page.getByLabel('File name').fill(SLUG);
    await page.getByRole('button', { name: /About the treatment/ }).click();
    await page.getByRole('option', { name: 'Safety and side effects' }).click();
    await page.getByLabel('Description').fill(faq.description);
    await page.getByLabel('Last reviewed').fill('2026-12-01');
    await page.getByLabel('Next review').fill('2027-12-01');
    if (locale === 'es') await page.getByLabel('Translated from').fill('2026-12-01');
    await pickSource(page.getByRole('combobox', { name: 'Sources' }));
    // Picked: the field lists it, in place of "No items selected".
    await page.getByText('No items selected').waitFor({ state: 'detached' });

    // The answer, then a citation picked from the sources list.
    await page.getByRole('textbox').last().click();
    await page.keyboard.type(faq.answer);
    // Keystatic's insert menu, its node popover and its edit button have no accessible names: found by position.
    await page.locator('button[aria-haspopup="true"]').last().click();
    await page.getByRole('menuitem', { name: /Citation/ }).click();
    await page.locator('.ProseMirror').getByText('[?]').click();
    await page.locator('button:not([aria-label])').nth(-2).click();
    const dialog = page.getByRole('dialog', { name: /Edit/ });
    await pickSource(dialog.getByRole('combobox'));
    await dialog.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: 'Create' }).click();

    // Saved: the admin opens the new entry, whose address ends with its file name.
    await page.waitForURL(`**/keystatic/collection/faqs-${locale}/item/${SLUG}`).catch(async (error: Error) => {
      throw new Error(`${error.message}\nThe admin did not save the ${locale} FAQ. ${await shown()}`);
    });
    const written = readFileSync(join(copy, 'content', 'faqs', locale, `${SLUG}.mdx`), 'utf8');
    expect(written).toContain(`question: ${faq.question}`);
    expect(written).toContain('<Cite id="clinic-article" />');
  }
  await context.close();
  await stopDev();

  expect(
    outside.every(
      (address) => new URL(address).pathname.includes('font') || /fonts?\./.test(new URL(address).hostname),
    ),
    outside.join('\n'),
  ).toBe(true);

  // The gates an editor runs, the content lint and the build, side by side: neither writes what the other reads.
  await Promise.all([
    run(process.execPath, ['src/editor-tools/cli/lint-content.ts'], {
      cwd: copy,
      env: astroEnvironment(),
    }),
    astroBuild(copy),
  ]);

  const dist = join(copy, 'dist');
  const faqPage = readFileSync(join(dist, 'faqs', 'index.html'), 'utf8');
  expect(faqPage).toContain(FAQS.en.question);
  expect(readFileSync(join(dist, 'faqs', SLUG, 'index.html'), 'utf8')).toContain(
    'Your scalp may be sore for a few days.',
  );
  expect(readFileSync(join(dist, 'es', 'faqs', 'index.html'), 'utf8')).toContain(FAQS.es.question);
  for (const [feedFile, faq] of [
    ['api/faqs.json', FAQS.en],
    ['es/api/faqs.json', FAQS.es],
  ] as const) {
    expect(readFileSync(join(dist, feedFile), 'utf8'), feedFile).toContain(JSON.stringify(faq.question).slice(1, -1));
  }

  // Never part of the public site: no admin route, no React, no Keystatic.
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' });
  expect(files.filter((name) => /keystatic/i.test(name))).toEqual([]);
  const scripts = files.filter((name) => name.endsWith('.js')).map((name) => readFileSync(join(dist, name), 'utf8'));
  expect(scripts.filter((code) => /react-dom|__reactFiber|keystatic/i.test(code))).toEqual([]);

  const { url, server } = await serveFolder(dist);
  try {
    const site = await browser!.newContext();
    const search = await site.newPage();
    await search.goto(`${url}/search/?q=${encodeURIComponent('swim in the sea')}`);
    await search
      .locator(`[data-search-page] [data-search-results] a[href*="${SLUG}"]`)
      .first()
      .waitFor({ timeout: 20_000 });
    await site.close();
  } finally {
    server.close();
  }
});
