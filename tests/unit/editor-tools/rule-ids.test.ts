// The editors' guide explains every message the content lint can give: its table of checks lists exactly the rule ids
// the lint reports, no fewer (an editor could not look one up) and no more (a check that no longer exists).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LINT_RULE_IDS, listedRuleId } from '../../../src/editor-tools/lint-rules/rule';

const guide = readFileSync(join(import.meta.dirname, '..', '..', '..', 'content', 'README.md'), 'utf8');

/** The first column of the table whose header is "| Rule | Level | …" (Prettier pads its cells). */
function tableRuleIds(markdown: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => /^\| Rule +\| Level +\|/.test(line));
  const ids: string[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    ids.push(/^\| `([a-z-]+)` /.exec(line)?.[1] ?? line);
  }
  return ids;
}

describe("content/README.md's table of checks", () => {
  it('lists every rule id the lint reports, and no other', () => {
    expect(tableRuleIds(guide).length).toBeGreaterThan(15);
    expect([...new Set(tableRuleIds(guide))].sort()).toEqual([...LINT_RULE_IDS].sort());
  });

  it('lists the three citation rules, which fail the lint', () => {
    for (const id of ['cited-numbers', 'sources-cited', 'summary-numbers']) {
      expect(guide).toMatch(new RegExp(`\\| \`${id}\` +\\| error +\\|`));
    }
  });

  it('stops on a message whose rule id it does not list', () => {
    expect(listedRuleId('claims')).toBe('claims');
    expect(() => listedRuleId('words')).toThrow('The content lint reported rule "words", which LINT_RULE_IDS');
  });
});
