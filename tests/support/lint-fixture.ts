// What the content lint's unit tests share (tests/unit/editor-tools/content-lint*.test.ts): the lint run on a copy
// of the fixture site's content, after a test's edits.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';
import { lintContent } from '../../src/editor-tools/content-lint';

export const VALID = join(import.meta.dirname, '..', 'fixtures', 'sites', 'valid');
export const FAQ = 'content/faqs/en/is-it-painful.mdx';
export const SPANISH_FAQ = 'content/faqs/es/is-it-painful.mdx';
export const today = new Date('2026-11-25');

/**
 * The word `npm run lint:content` prints for a message (vfile-reporter's): an error fails the lint, a warning does
 * not, and a message whose rule sets neither shows as "info", so a rule that forgets to say cannot pass as either.
 */
const severity = (fatal: boolean | null | undefined) =>
  fatal === true ? 'error' : fatal === false ? 'warning' : 'info';

/** The lint on copies of the fixture site's content, removed after each test: call once per file. */
export function useLintFixture() {
  let copies: string[] = [];
  afterEach(() => {
    for (const copy of copies) rmSync(copy, { recursive: true, force: true });
    copies = [];
  });

  /**
   * Lints a copy of the fixture site's content after `changes` edit files (a change returning null deletes the file,
   * a missing file starts as ""), with CARE_REGION unset unless given; returns every message as "file:line:column severity rule: reason".
   */
  async function lintEverything(
    changes: Record<string, (text: string) => string | null>,
    when = today,
    careRegion?: string,
  ) {
    const root = mkdtempSync(join(tmpdir(), 'content-lint-'));
    copies.push(root);
    cpSync(join(VALID, 'content'), join(root, 'content'), { recursive: true });
    for (const [file, change] of Object.entries(changes)) {
      const path = join(root, file);
      mkdirSync(dirname(path), { recursive: true });
      const changed = change(existsSync(path) ? readFileSync(path, 'utf8') : '');
      if (changed === null) rmSync(path);
      else writeFileSync(path, changed);
    }
    const files = await lintContent(root, when, careRegion);
    return files.flatMap((file) =>
      file.messages.map(
        (message) =>
          `${file.path}:${message.line}:${message.column} ${severity(message.fatal)} ${message.ruleId}: ${message.reason}`,
      ),
    );
  }

  /**
   * As lintEverything, without the warning that no clinician has reviewed a translation: the fixture's translations,
   * like the site's, have had no such review, and content-lint-translations.test.ts tests that warning on its own.
   */
  const lintFixture = async (...args: Parameters<typeof lintEverything>) =>
    (await lintEverything(...args)).filter((message) => !message.includes(' translation-reviewer: '));

  /** The messages about one file after `change` edits it (the English FAQ unless told). */
  const lintFaq = async (change: (text: string) => string, when = today, file = FAQ) =>
    (await lintFixture({ [file]: change }, when)).filter((message) => message.startsWith(`${file}:`));

  return { lintEverything, lintFixture, lintFaq };
}
