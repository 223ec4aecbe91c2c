import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { aYearLater, contentFilePath, newContentFile, slugify } from '../../../src/editor-tools/new-content';
import { isoDay } from '../../../src/site/dates';
import { findTodos } from '../../../src/collections/todo-markers';

const today = new Date('2026-11-25T09:30:00Z');
const frontmatter = (text: string) => parse(text.split('---')[1] ?? '') as Record<string, unknown>;

describe('slugify', () => {
  it('makes a file name from a question', () => {
    expect(slugify('Can I wash my hair after a session?')).toBe('can-i-wash-my-hair-after-a-session');
  });
  it('drops accents and apostrophes, and cuts long titles at a word', () => {
    expect(slugify("What's a dermatólogo’s view?")).toBe('whats-a-dermatologos-view');
    const long = slugify(
      'How long does a full course of capillary mesotherapy usually take from the first session to the last',
    );
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long.endsWith('-')).toBe(false);
  });
  it('gives an empty slug when there is nothing to use', () => {
    expect(slugify('???')).toBe('');
  });
});

describe('review dates', () => {
  it('writes dates as editors do and adds a year', () => {
    expect(isoDay(today)).toBe('2026-11-25');
    expect(isoDay(aYearLater(today))).toBe('2027-11-25');
  });
  it('turns 29 February into 28 February', () => {
    expect(isoDay(aYearLater(new Date('2028-02-29T00:00:00Z')))).toBe('2029-02-28');
  });
});

describe('newContentFile', () => {
  it('fills a FAQ with the question, today, next year and TODOs for the rest', () => {
    const text = newContentFile({ kind: 'faq', title: 'Can I wash my hair after a session', today });
    const data = frontmatter(text);
    expect(data).toMatchObject({
      question: 'Can I wash my hair after a session?',
      category: 'TODO',
      order: 100,
      lastReviewed: '2026-11-25',
      nextReview: '2027-11-25',
      sources: ['TODO'],
    });
    expect(findTodos(text).map((todo) => todo.line)).toEqual([3, 5, 8, 12]);
  });
  it('quotes a title that YAML would misread', () => {
    expect(frontmatter(newContentFile({ kind: 'guide', title: 'Safety: who should not have it', today })).title).toBe(
      'Safety: who should not have it',
    );
  });
  it('gives a new source the next free number', () => {
    const data = parse(
      newContentFile({ kind: 'source', title: 'A trial', today, sourceNumbers: [3, 20, 7] }),
    ) as Record<string, unknown>;
    expect(data.number).toBe(21);
    expect(data.supports).toEqual({ en: expect.stringContaining('TODO') });
  });
  it('puts each kind in its folder', () => {
    expect(contentFilePath('side-effect', 'itching', 'en')).toBe('side-effects/en/itching.mdx');
    expect(contentFilePath('term', 'anagen', 'en')).toBe('glossary/en/anagen.yaml');
    expect(contentFilePath('source', 'smith-2020', 'en')).toBe('sources/smith-2020.yaml');
  });
});

describe('findTodos', () => {
  it('finds each TODO with its line and column, not words that contain it', () => {
    expect(findTodos('title: x\ncategory: TODO # pick one\nTODOS and MASTODON are fine')).toEqual([
      { line: 2, column: 11, text: 'TODO # pick one' },
    ]);
  });
});

describe('npm run new', () => {
  const script = join(import.meta.dirname, '..', '..', '..', 'src', 'editor-tools', 'cli', 'new-content.ts');
  let project: string;
  beforeEach(() => {
    project = mkdtempSync(join(tmpdir(), 'new-content-'));
    mkdirSync(join(project, 'content', 'faqs', 'en'), { recursive: true });
  });
  afterEach(() => rmSync(project, { recursive: true, force: true }));
  const run = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { cwd: project, encoding: 'utf8' });

  it('creates the file, then refuses to overwrite it', () => {
    const first = run('faq', 'Can I wash my hair after a session?');
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('Created content/faqs/en/can-i-wash-my-hair-after-a-session.mdx');
    const file = join(project, 'content', 'faqs', 'en', 'can-i-wash-my-hair-after-a-session.mdx');
    writeFileSync(file, 'edited by an editor');
    const second = run('faq', 'Can I wash my hair after a session?');
    expect(second.status).toBe(1);
    expect(second.stderr).toContain(
      'content/faqs/en/can-i-wash-my-hair-after-a-session.mdx already exists: nothing was changed.',
    );
    expect(readFileSync(file, 'utf8')).toBe('edited by an editor');
  });

  it('explains an unknown kind or a missing title', () => {
    expect(run('blog', 'Hello').stderr).toContain('"blog" is not a kind of content this can create.');
    expect(run('faq').stderr).toContain("Give the faq's title in quotes.");
  });
});
