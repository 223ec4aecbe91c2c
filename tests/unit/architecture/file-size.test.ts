// A file does one job, and a reader takes it in at one sitting: no source, test or bench file is over 300 lines.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const MAX_LINES = 300;

describe('source files', () => {
  const files = execFileSync(
    'git',
    ['ls-files', '--cached', '--others', '--exclude-standard', 'src', 'tests', 'bench'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  )
    .split('\n')
    .filter((file) => /\.(ts|astro|mjs|css)$/.test(file));

  it('are there to count', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it(`are ${MAX_LINES} lines or fewer each`, () => {
    const long = files
      .map((file) => ({ file, lines: readFileSync(join(ROOT, file), 'utf8').split('\n').length - 1 }))
      .filter(({ lines }) => lines > MAX_LINES)
      .map(({ file, lines }) => `${file}: ${lines} lines; split it by job`);
    expect(long).toEqual([]);
  });
});
