import type { Cell, Table, TableRow } from '../knowledge/schema';
import { pickCell } from './figure-cells';
import type { QuestionFeatures } from './question-features';

export type Extreme = 'max' | 'min';

export interface RankedRow {
  row: TableRow;
  cell: Cell;
}

/** "Welche Altersgruppe …", "In welchem Jahr …" rank columns, which this does not. */
const ASKS_FOR_COLUMN = /\b(altersgruppe\w*|alter|geschlecht\w*|jahr\w*|monat\w*|spalte\w*)\b/i;

/** Fewer rows than this make no ranking worth a sentence. */
const MIN_ROWS = 3;

/**
 * "Welche Branche hat die meisten Beschäftigten?": the rows of a table, totals
 * left out, ordered by the column the question asks for (read from `example`,
 * the row the search found best). Undefined when too few rows have that column.
 */
export function rankRows(table: Table, example: TableRow, question: QuestionFeatures, extreme: Extreme): RankedRow[] | undefined {
  if (ASKS_FOR_COLUMN.test(question.text)) return undefined;
  const column = pickCell(example, question).cell.column;
  const ranked: RankedRow[] = [];
  for (const row of table.rows) {
    if (row.isTotal) continue;
    const cell = row.cells.find((c) => c.column === column);
    if (cell) ranked.push({ row, cell });
  }
  if (ranked.length < MIN_ROWS) return undefined;
  return ranked.sort((a, b) => (extreme === 'max' ? b.cell.value - a.cell.value : a.cell.value - b.cell.value));
}
