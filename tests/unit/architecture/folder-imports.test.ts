// Folders under src/ import downward only: a folder never imports, directly or through others, one that imports it.
// A reader can then learn a folder from its own files and those below it. Imports are read as TypeScript reads them
// (ts.preProcessFile: static, dynamic and type-only imports and re-exports), in .ts, .mjs and .astro files (the
// frontmatter and <script> blocks).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', '..', 'src');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = join(folder, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|mjs|astro)$/.test(name) ? [full] : [];
  });
}

/** The code of a file that can import: a .astro file's frontmatter and scripts, or the whole of any other. */
function codeOf(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.astro')) return text;
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  return [frontmatter, ...scripts].join('\n');
}

/** A file's (or an imported folder's) folder, as the architecture names them: features/<feature>, otherwise the first folder under src/. */
export function folderOf(path: string): string {
  const parts = relative(SRC, path).split(sep);
  const isFolder = existsSync(path) && statSync(path).isDirectory();
  if (parts.length === 1 && !isFolder) return '.';
  return parts[0] === 'features' ? `features/${parts[1]}` : parts[0]!;
}

/** Which folder imports which, with one file → import that shows it for each pair. */
function folderImports(): Map<string, Map<string, string>> {
  const edges = new Map<string, Map<string, string>>();
  for (const file of sourceFiles(SRC)) {
    for (const { fileName: specifier } of ts.preProcessFile(codeOf(file), true, true).importedFiles) {
      if (!specifier.startsWith('.')) continue;
      const target = resolve(dirname(file), specifier);
      if (!target.startsWith(SRC + sep)) continue;
      const [from, to] = [folderOf(file), folderOf(target)];
      if (from === to) continue;
      if (!edges.has(from)) edges.set(from, new Map());
      edges.get(from)!.set(to, edges.get(from)!.get(to) ?? `${relative(SRC, file)} → ${specifier}`);
    }
  }
  return edges;
}

/**
 * The groups of folders that import each other (strongly connected, Tarjan's algorithm), each with the imports between
 * its folders: "collections, site: collections → site (collections/schemas.ts → ../site/locales.ts); site → …".
 */
export function folderCycles(edges: Map<string, Map<string, string>>): string[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const groups: string[][] = [];
  const visit = (folder: string) => {
    index.set(folder, index.size);
    low.set(folder, index.get(folder)!);
    stack.push(folder);
    for (const next of edges.get(folder)?.keys() ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(folder, Math.min(low.get(folder)!, low.get(next)!));
      } else if (stack.includes(next)) low.set(folder, Math.min(low.get(folder)!, index.get(next)!));
    }
    if (low.get(folder) !== index.get(folder)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      group.push(member);
    } while (member !== folder);
    if (group.length > 1) groups.push(group.sort());
  };
  for (const folder of edges.keys()) if (!index.has(folder)) visit(folder);
  return groups
    .map((group) => {
      const inside = group.flatMap((from) =>
        [...(edges.get(from) ?? [])]
          .filter(([to]) => group.includes(to))
          .map(([to, shown]) => `${from} → ${to} (${shown})`),
      );
      return `${group.join(', ')}: ${inside.sort().join('; ')}`;
    })
    .sort();
}

describe('folders under src/', () => {
  const edges = folderImports();

  it('import each other somewhere (the check reads imports)', () => {
    expect(edges.get('pages')?.size ?? 0).toBeGreaterThan(3);
  });

  it('import downward only: no cycle between folders', () => {
    expect(folderCycles(edges)).toEqual([]);
  });

  it('finds a cycle, and names the imports that make it', () => {
    const made = new Map([
      ['site', new Map([['collections', 'site/routes.ts → ../collections/registry.ts']])],
      ['collections', new Map([['site', 'collections/schemas.ts → ../site/locales.ts']])],
    ]);
    expect(folderCycles(made)).toEqual([
      'collections, site: collections → site (collections/schemas.ts → ../site/locales.ts); site → collections (site/routes.ts → ../collections/registry.ts)',
    ]);
  });
});
