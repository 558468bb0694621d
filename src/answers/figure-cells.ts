import type { Cell, TableRow } from '../knowledge/schema';
import type { QuestionFeatures } from './question-features';
import { ageBandMatches, columnAgeBand, type AgeBand } from './age-bands';
import { GERMAN_MONTHS } from '../german/months';
import { DEFAULT_RANKING_WEIGHTS } from '../search/ranking-weights';

const W = DEFAULT_RANKING_WEIGHTS.cell;

/**
 * Picks the cell of a table row that a question asks for. Each cell is scored by
 * how well its year, period, unit and column words fit the question; without any
 * hint the programme's plan value wins, else the row's first value.
 */
export function pickCell(row: TableRow, question: QuestionFeatures): { cell: Cell; fit: number } {
  const text = wordsOf(question);
  let best = row.cells[0]!;
  let bestFit = -Infinity;
  for (let index = 0; index < row.cells.length; index++) {
    const cell = row.cells[index]!;
    const fit = fitOf(cell, question, text) - index * W.columnOrder;
    if (fit > bestFit) {
      best = cell;
      bestFit = fit;
    }
  }
  return { cell: best, fit: bestFit };
}

export function cellFit(cell: Cell, question: QuestionFeatures): number {
  return fitOf(cell, question, wordsOf(question));
}

/** The question in lower case with the expansions of its abbreviations: "IQ Frauen" meets the column "Integrationsquote in %". */
function wordsOf(question: QuestionFeatures): string {
  return `${question.text} ${question.expansions ?? ''}`.toLowerCase();
}

/** What a column label says, read once per label: ranking asks every row of every table hit. */
interface ColumnWords {
  gendered: string | undefined;
  ageBand: AgeBand | undefined;
  /** 0 for January …: a column that is a month ("Sep", "September"). */
  month: number | undefined;
  words: string[];
}

/** A column that is only a month's name or abbreviation ("Sep", "Sept.", "September"). */
function monthOfColumn(column: string): number | undefined {
  const word = /^\s*(\p{L}{3,})\.?\s*$/u.exec(column)?.[1];
  if (!word) return undefined;
  const index = GERMAN_MONTHS.findIndex((m) => m.toLowerCase().startsWith(word.slice(0, 3)) && m.toLowerCase().startsWith(word));
  return index >= 0 ? index : undefined;
}

/** The months a lower-case text names, spelled out or abbreviated ("september", "sept.", "okt"). */
function monthsIn(lowerText: string): number[] {
  const words = lowerText.match(/\p{L}{3,}/gu) ?? [];
  const found: number[] = [];
  GERMAN_MONTHS.forEach((m, i) => {
    const name = m.toLowerCase();
    if (words.some((w) => name.startsWith(w))) found.push(i);
  });
  return found;
}

const columnWordsByLabel = new Map<string, ColumnWords>();

function columnWordsOf(label: string): ColumnWords {
  let known = columnWordsByLabel.get(label);
  if (!known) {
    const column = label.toLowerCase();
    known = { gendered: /weiblich|männlich|frauen|männer/.exec(column)?.[0], ageBand: columnAgeBand(column), month: monthOfColumn(column), words: columnWords(column) };
    columnWordsByLabel.set(label, known);
  }
  return known;
}

/** An age band as the table's column writes it, without the gender and the "Altersgruppe" lead ("15 bis unter 25 Jahre"). */
export function ageNameOf(column: string): string {
  return column.replace(/^\s*altersgruppe\s*/i, '').replace(/\s*(männlich|weiblich|frauen|männer)\s*$/i, '').trim();
}

/** The gender and age band a column label names ("Altersgruppe 15 bis unter 25 Jahre weiblich"). */
export function columnSlots(label: string): { gender?: 'weiblich' | 'männlich'; ageBand?: AgeBand } {
  const { gendered, ageBand } = columnWordsOf(label);
  return {
    ...(gendered ? { gender: gendered === 'weiblich' || gendered === 'frauen' ? ('weiblich' as const) : ('männlich' as const) } : {}),
    ...(ageBand ? { ageBand } : {}),
  };
}

/** cellFit with the question's text already in lower case. */
function fitOf(cell: Cell, question: QuestionFeatures, lowerText: string): number {
  let fit = 0;
  const column = columnWordsOf(cell.column);
  const isChange = cell.period === 'Veränderung' || cell.period === 'Differenz';
  if (question.years.length > 0 && cell.year !== undefined) {
    fit += question.years.includes(cell.year) ? W.yearMatch : W.yearMismatch;
  } else if (isChange && question.years.length > 0 && question.periods.includes(cell.period!) && question.years.some((y) => cell.column.includes(String(y)))) {
    // "Differenz 2024 zu 2023": a change asked of a year is of that year too.
    fit += W.yearMatch;
  }
  if (cell.period && question.periods.includes(cell.period)) fit += W.periodMatch;
  if (isChange && !question.periods.includes(cell.period!)) fit += W.unaskedChange;
  if (question.periods.length === 0 && (cell.period === 'Plan' || cell.period === 'Schätzwert')) fit += W.planByDefault;
  if (question.units.includes(cell.unit)) fit += W.unitMatch;
  // A change asked as "wie stark" reads best in per cent; "um wie viel Euro" asks for the absolute one.
  if (isChange && question.periods.includes(cell.period!) && cell.unit === '%' && !question.units.includes('€')) fit += W.changeInPercent;
  const gendered = column.gendered;
  if (gendered) {
    const isWomen = gendered === 'weiblich' || gendered === 'frauen';
    if (!question.gender) fit += W.genderUnasked;
    else fit += (question.gender === 'weiblich') === isWomen ? W.genderMatch : W.genderMismatch;
  }
  if (question.ageBand && column.ageBand) fit += ageBandMatches(question.ageBand, column.ageBand) ? W.ageBandMatch : W.ageBandMismatch;
  if (column.month !== undefined) {
    const asked = monthsIn(lowerText);
    if (asked.length > 0) fit += asked.includes(column.month) ? W.monthMatch : W.monthMismatch;
  }
  for (const word of column.words) {
    if (lowerText.includes(word)) fit += W.columnWord;
  }
  return fit;
}

/** Distinctive words of a column label ("absolut", "25 bis unter 55"), not the generic ones scored above. */
function columnWords(column: string): string[] {
  return column
    .split(/[\s(),]+/)
    .filter((w) => w.length >= 5 && !/^(anteil|ist|plan|veränderung|vorjahr|zuteilung|schätzwerte|differenz|weiblich|männlich|gesamt|altersgruppe|jahre|unter|älter)$/.test(w));
}
