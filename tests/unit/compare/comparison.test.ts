import { describe, expect, it } from 'vitest';
import { COMPARISON_ROWS } from '../../../src/collections/choices';
import {
  citationGroup,
  citedSourceIds,
  comparedTreatment,
  comparisonRows,
  type TreatmentOptionData,
} from '../../../src/features/compare/comparison';

/** An option whose every cell says its row's name and cites the given sources. */
const optionData = (name: string, cite: string[]): TreatmentOptionData =>
  ({
    name,
    ...Object.fromEntries(
      COMPARISON_ROWS.map((row) => [row, { text: `${name}: ${row}`, cite: cite.map((id) => ({ id })) }]),
    ),
  }) as TreatmentOptionData;

describe('the comparison model', () => {
  const minoxidil = comparedTreatment('minoxidil', optionData('Minoxidil', ['fda-labels', 'kaiser-2023']));
  const waiting = comparedTreatment('waiting', optionData('Waiting', ['rebora-2019', 'fda-labels']));

  it('shortens a name to what comes before its bracketed note, for the labels of a phone', () => {
    const named = (name: string) => comparedTreatment('x', optionData(name, [])).shortName;
    expect(named('Minoxidil (lotion or foam)')).toBe('Minoxidil');
    expect(named('Esperar y vigilar (caída tras una enfermedad o un parto)')).toBe('Esperar y vigilar');
    expect(named('PRP injections')).toBe('PRP injections');
    expect(named('Tablets (men) for a while')).toBe('Tablets (men) for a while');
  });

  it('turns references into source ids, cell by cell', () => {
    expect(minoxidil.cells.cost).toEqual({ text: 'Minoxidil: cost', cite: ['fda-labels', 'kaiser-2023'] });
  });

  it('lists every row in order, each with one cell per option in column order', () => {
    const rows = comparisonRows([minoxidil, waiting]);
    expect(rows.map(({ row }) => row)).toEqual([...COMPARISON_ROWS]);
    expect(rows[0]!.cells.map((cell) => cell.text)).toEqual(['Minoxidil: whatItInvolves', 'Waiting: whatItInvolves']);
  });

  it('lists each cited source once, in the order the table first cites it', () => {
    expect(citedSourceIds([minoxidil, waiting])).toEqual(['fda-labels', 'kaiser-2023', 'rebora-2019']);
  });

  it('groups a cell’s sources into one citation', () => {
    expect(citationGroup(['a', 'b', 'c'])).toEqual({ id: 'a', also: 'b c' });
    expect(citationGroup(['a'])).toEqual({ id: 'a', also: '' });
  });
});
