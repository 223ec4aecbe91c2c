// The treatment options of the comparison page (content/treatment-options/): every mistake an editor can make in one
// names the field and the fix. The build reports the same messages with the file (tests/fixtures/content-errors.test.ts).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knownSourceRef } from '../../../src/collections/fields';
import { treatmentOptionSchema } from '../../../src/collections/treatment-option-schema';

const CONTENT = join(import.meta.dirname, '..', '..', '..', 'content');
const sourceIds = new Set(readdirSync(join(CONTENT, 'sources')).map((name) => name.replace(/\.yaml$/, '')));
const schema = treatmentOptionSchema(knownSourceRef(sourceIds));

const cell = { text: 'It varies. Ask what a month’s supply costs.', cite: ['fda-labels'] };
const option = {
  name: 'Minoxidil (lotion or foam)',
  order: 1,
  whatItInvolves: cell,
  whoItIsFor: cell,
  howSoon: cell,
  whenYouStop: cell,
  evidence: cell,
  commonSideEffects: cell,
  rareSeriousHarms: cell,
  licensed: cell,
  cost: cell,
  lastReviewed: '2026-12-06',
  nextReview: '2027-12-01',
};
const problems = (change: Record<string, unknown>) => {
  const result = schema.safeParse({ ...option, ...change });
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('a treatment option', () => {
  it('passes with every row cited', () => {
    expect(problems({})).toEqual([]);
  });

  it('needs a source for every cell', () => {
    expect(problems({ cost: { text: cell.text, cite: [] } })).toEqual([
      'cost.cite: cite at least one source id from content/sources/: every cell rests on a source',
    ]);
    expect(problems({ cost: { text: cell.text } })).toEqual([expect.stringMatching(/^cost\.cite: /)]);
  });

  it('names a source that does not exist, and the one meant', () => {
    expect(problems({ licensed: { text: cell.text, cite: ['fda-label'] } })).toEqual([
      'licensed.cite.0: there is no source "fda-label" in content/sources/. Did you mean "fda-labels"? Use a file name from there without .yaml, e.g. clinic-article.',
    ]);
  });

  it('names a missing row and a misspelt one', () => {
    const misspelt = Object.fromEntries(
      Object.entries(option).map(([key, value]) => [key === 'howSoon' ? 'howSon' : key, value]),
    );
    const result = schema.safeParse(misspelt);
    const messages = result.success
      ? []
      : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(messages).toContain('howSoon: expected a cell with text: and cite: (How soon a change might show.)');
    expect(messages.some((message) => message.includes('howSon'))).toBe(true);
  });

  it('needs words in a cell, not a bare text', () => {
    expect(problems({ evidence: 'Limited.' })).toEqual([
      'evidence: expected a cell with text: and cite: (How strong the evidence is, in words consistent with the evidence guide ("limited", "no good studies").)',
    ]);
    expect(problems({ evidence: { text: ' ', cite: ['kaiser-2023'] } })).toEqual([
      'evidence.text: must not be empty: write one or two short sentences from the sources',
    ]);
  });
});
