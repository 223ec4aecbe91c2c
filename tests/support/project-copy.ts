import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * A copy of the project in a temporary folder (its node_modules a link to this one's), for a test that builds or
 * serves the site another way: the copy's `.astro/` and `dist/` are its own, so nothing here changes while other
 * tests and `astro check` read this checkout. `remove()` deletes it.
 */
export function copyOfProject(name: string): { root: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), `${name}-`));
  for (const part of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(ROOT, part), join(root, part), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
