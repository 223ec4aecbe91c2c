/**
 * The comparison table's model: the options of content/treatment-options/ as cells, rows and cited sources. The
 * page, its phone layout, the print, the clinic embed and the structured data all read it, so they show the same cells.
 */
import { COMPARISON_ROWS, type ComparisonRow } from '../../collections/choices';

/** One cell: the words the reader sees and the ids of the sources they rest on. */
export interface ComparisonCell {
  text: string;
  cite: string[];
}

/** A treatment option's fields as the collection gives them: each row's cell, its sources as references. */
export type TreatmentOptionData = { name: string } & Record<
  ComparisonRow,
  { text: string; cite: Array<{ id: string }> }
>;

export interface ComparedTreatment {
  /** The file name, e.g. minoxidil: the column's id on the page. */
  id: string;
  name: string;
  /** The name without its bracketed note ("Minoxidil (lotion or foam)" → "Minoxidil"): each cell's label on a phone. */
  shortName: string;
  cells: Record<ComparisonRow, ComparisonCell>;
}

export function comparedTreatment(id: string, data: TreatmentOptionData): ComparedTreatment {
  const cell = (row: ComparisonRow): ComparisonCell => ({
    text: data[row].text,
    cite: data[row].cite.map((source) => source.id),
  });
  return {
    id,
    name: data.name,
    shortName: data.name.replace(/\s*\([^)]*\)$/, ''),
    cells: Object.fromEntries(COMPARISON_ROWS.map((row) => [row, cell(row)])) as ComparedTreatment['cells'],
  };
}

/** The table's rows in order, each with one cell per option, in the options' order. */
export function comparisonRows(options: ComparedTreatment[]): Array<{ row: ComparisonRow; cells: ComparisonCell[] }> {
  return COMPARISON_ROWS.map((row) => ({ row, cells: options.map((option) => option.cells[row]) }));
}

/** Every source the options cite, in the order the table first cites them (row by row), each once. */
export function citedSourceIds(options: ComparedTreatment[]): string[] {
  return [...new Set(comparisonRows(options).flatMap(({ cells }) => cells.flatMap((cell) => cell.cite)))];
}

/** A cell's sources as one citation: the first id, and the others to merge with it ("[4, 12, 20]"). */
export function citationGroup(cite: string[]): { id: string; also: string } {
  const [first = '', ...others] = cite;
  return { id: first, also: others.join(' ') };
}
