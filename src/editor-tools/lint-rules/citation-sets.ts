import { paragraphsOf } from './cited-text.ts';
import { asList, keyFactsOf, type LintRule, lineOf, report } from './rule.ts';
import { originalOf } from './translations.ts';

/** A part of an entry that cites: a body paragraph or list item, or a key fact. */
export interface CitingPart {
  line: number;
  text: string;
  cites: readonly string[];
}

/** How a translation's citing parts differ from its original's, part by part. */
export type CitationDifference =
  | { kind: 'count'; original: number; translation: number; firstDifferent: number }
  | { kind: 'part'; index: number; missing: string[]; extra: string[] };

const missingFrom = (from: readonly string[], what: readonly string[]) =>
  [...new Set(what)].filter((id) => !from.includes(id));

/**
 * Compares the citation sets of two lists of parts, part N with part N. When the counts differ, the parts no longer
 * line up, so it returns one difference naming the counts and the first part whose set differs.
 */
export function citationDifferences(
  original: readonly CitingPart[],
  translation: readonly CitingPart[],
): CitationDifference[] {
  const differences = translation.flatMap((part, index): CitationDifference[] => {
    const english = original[index]?.cites ?? [];
    const missing = missingFrom(part.cites, english);
    const extra = missingFrom(english, part.cites);
    return missing.length + extra.length > 0 ? [{ kind: 'part', index, missing, extra }] : [];
  });
  if (original.length === translation.length) return differences;
  const firstDifferent =
    differences[0]?.kind === 'part' ? differences[0].index : Math.min(original.length, translation.length);
  return [{ kind: 'count', original: original.length, translation: translation.length, firstDifferent }];
}

const start = (text: string) => `"${text.length > 50 ? `${text.slice(0, 50)}…` : text}"`;
const ids = (list: readonly string[]) => (list.length === 0 ? 'nothing' : list.join(', '));

/**
 * A translation cites what its original cites, part by part: each paragraph and list item of an MDX body (in
 * document order), each key fact of an index page, and the same `sources:` list.
 */
export const citationSetsRule: LintRule = {
  checkFile(entry, file, run) {
    const original = originalOf(entry, run);
    if (!original) return;

    const listed = asList(entry.data.sources);
    const englishListed = asList(original.data.sources);
    const missingSources = missingFrom(listed, englishListed);
    const extraSources = missingFrom(englishListed, listed);
    if (missingSources.length + extraSources.length > 0) {
      report(
        file,
        `sources: must list the same sources as ${original.file} [${englishListed.join(', ')}]. Missing: ${ids(missingSources)}. Extra: ${ids(extraSources)}. A translation rests on the sources of its original: make the two lists the same.`,
        { line: lineOf(entry.text, 'sources') },
        'citation-sets',
        'error',
      );
    }

    const tree = run.bodies.get(entry.file);
    const englishTree = run.bodies.get(original.file);
    // A key fact's own line when it fits on one, else the keyFacts: line.
    const factsOf = (of: typeof entry): CitingPart[] =>
      keyFactsOf(of.data.keyFacts).map((fact) => ({
        text: fact.text,
        cites: fact.cite,
        line:
          of.text.split(/\r?\n/).findIndex((line) => line.includes(fact.text.slice(0, 30))) + 1 ||
          lineOf(of.text, 'keyFacts'),
      }));
    const [parts, englishParts, what] =
      tree && englishTree
        ? [
            paragraphsOf(tree, run.helpLines).map((p) => ({ ...p, line: p.startLine })),
            paragraphsOf(englishTree, run.helpLines).map((p) => ({ ...p, line: p.startLine })),
            'paragraph',
          ]
        : [factsOf(entry), factsOf(original), 'key fact'];

    for (const difference of citationDifferences(englishParts, parts)) {
      if (difference.kind === 'count') {
        const at = parts[difference.firstDifferent];
        const english = englishParts[difference.firstDifferent];
        report(
          file,
          `This translation has ${difference.translation} ${what}s (and list items) where ${original.file} has ${difference.original}, so their citations cannot be compared ${what} by ${what}. Keep one ${what} for each English one. They first differ at ${what} ${difference.firstDifferent + 1}${at ? ` (line ${at.line}, ${start(at.text)})` : ''}${english ? `, whose English is line ${english.line}, ${start(english.text)}` : ''}.`,
          { line: at?.line ?? 1 },
          'citation-sets',
          'error',
        );
        continue;
      }
      const part = parts[difference.index]!;
      const english = englishParts[difference.index];
      const fix = [
        ...difference.missing.map((id) => `add <Cite id="${id}" />`),
        ...difference.extra.map((id) => `remove <Cite id="${id}" />`),
      ];
      report(
        file,
        `${what[0]!.toUpperCase()}${what.slice(1)} ${difference.index + 1} (line ${part.line}, ${start(part.text)}) cites ${ids(part.cites)}, but ${what} ${difference.index + 1} of ${original.file} (line ${english?.line ?? '?'}) cites ${ids(english?.cites ?? [])}. Missing: ${ids(difference.missing)}. Extra: ${ids(difference.extra)}. A translation cites what its original cites, ${what} by ${what}: ${what === 'paragraph' ? fix.join(', ') : `make its cite: list [${[...new Set(english?.cites ?? [])].join(', ')}]`}.`,
        { line: part.line },
        'citation-sets',
        'error',
      );
    }
  },
};
