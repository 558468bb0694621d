import { formatGermanNumber } from '../german/number';
import type { Cell, TableRow } from '../knowledge/schema';
import { ageNameOf, columnSlots } from './figure-cells';
import type { QuestionFeatures } from './question-features';
import { ageBandMatches, type AgeBand } from './age-bands';

/**
 * "Wie viele ELB sind unter 25?" when the table splits that age band by gender
 * (or "männliche ELB" when it splits men by age): no single cell answers, the
 * cells of the asked slot together do. Counts only — shares do not add up.
 */
export interface CellSum {
  total: number;
  parts: readonly Cell[];
  /** What the parts have in common ("15 bis unter 25 Jahre", "männlich"). */
  slot: string;
}

const ageOf = (column: string): AgeBand | undefined => columnSlots(column).ageBand;
const isAsked = (column: string, band: AgeBand): boolean => {
  const own = ageOf(column);
  return own !== undefined && ageBandMatches(band, own);
};
const genderOf = (column: string): 'weiblich' | 'männlich' | undefined => columnSlots(column).gender;

export function sumOfAskedCells(row: TableRow, question: QuestionFeatures): CellSum | undefined {
  if (!question.ageBand === !question.gender) return undefined;
  const counts = row.cells.filter((c) => c.unit === 'Anzahl');
  const parts = question.ageBand ? counts.filter((c) => isAsked(c.column, question.ageBand!) && genderOf(c.column)) : counts.filter((c) => genderOf(c.column) === question.gender && ageOf(c.column));
  // A cell that is the asked slot alone ("15 bis unter 25 Jahre" without a gender) answers by itself.
  const single = question.ageBand ? counts.some((c) => isAsked(c.column, question.ageBand!) && !genderOf(c.column)) : counts.some((c) => genderOf(c.column) === question.gender && !ageOf(c.column));
  if (parts.length < 2 || single) return undefined;
  const slot = question.ageBand ? ageNameOf(parts[0]!.column) : question.gender!;
  return { total: parts.reduce((sum, c) => sum + c.value, 0), parts, slot };
}

export function cellSumText(sum: CellSum, rowName: string): string {
  const working = sum.parts.map((c) => `${c.raw} (${c.column.replace(/^Altersgruppe\s*/i, '')})`).join(' + ');
  return `**${formatGermanNumber(sum.total)}** – ${rowName}, ${sum.slot} zusammen\n\nRechnung: ${working} = ${formatGermanNumber(sum.total)}`;
}
