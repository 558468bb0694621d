import type { Cell, Table, TableRow } from '../knowledge/schema';
import { pickCell } from './figure-cells';
import type { QuestionFeatures } from './question-features';

export type Extreme = 'max' | 'min';

export interface RankedRow {
  row: TableRow;
  cell: Cell;
}

/** What a ranking question asks, read from its words: which end, of a level or of a change, and which place. */
export interface RankingAsk {
  extreme: Extreme;
  /** "stärkster Zuwachs" ranks the change column upwards, "die meisten Jobs verloren" downwards. */
  change?: 'increase' | 'decrease';
  /** 0 for the top, 1 for "zweitgrößte" … */
  place: number;
  /** "welche wachsende Branche …": only rows that grew (or shrank). */
  onlyDirection: boolean;
}

/** "Welche Altersgruppe …", "In welchem Jahr …" rank columns, which this does not. */
const ASKS_FOR_COLUMN = /\b(altersgruppe\w*|alter|geschlecht\w*|jahr\w*|monat\w*|spalte\w*)\b/i;
const ORDINAL = /(?<!\p{L})(zweit|dritt|viert|fünft)/iu;
const PLACES: Record<string, number> = { zweit: 1, dritt: 2, viert: 3, fünft: 4 };
const MOST_ORDINAL = /(?<!\p{L})(zweit|dritt|viert|fünft)(größte|grösste|höchste|stärkste|meiste|häufigste)/iu;
const LEAST_ORDINAL = /(?<!\p{L})(zweit|dritt|viert|fünft)(kleinste|niedrigste|geringste|schwächste|wenigste)/iu;
const FILTERED = /(wachsende\w*|schrumpfende\w*|gewachsene\w*|gesunkene\w*)/i;

/** Fewer rows than this make no ranking worth a sentence. */
const MIN_ROWS = 3;

/** The ranking a question asks for, or undefined when it asks for none. */
export function readRanking(question: QuestionFeatures): RankingAsk | undefined {
  const text = question.text;
  const extreme = question.extreme ?? (MOST_ORDINAL.test(text) ? 'max' : LEAST_ORDINAL.test(text) ? 'min' : undefined);
  if (!extreme) return undefined;
  const ordinal = ORDINAL.exec(text)?.[1]?.toLowerCase();
  const change = question.trend;
  return { extreme, place: ordinal ? PLACES[ordinal]! : 0, onlyDirection: FILTERED.test(text), ...(change ? { change } : {}) };
}

/**
 * "Welche Branche hat die meisten Beschäftigten?": the rows of a table, totals
 * left out, ordered by the column the question asks for (read from `example`,
 * the row the search found best). A change asked for ranks the change column:
 * "most lost" is the most negative change. Undefined when too few rows have that column.
 */
export function rankRows(table: Table, example: TableRow, question: QuestionFeatures, ask: RankingAsk): RankedRow[] | undefined {
  if (ASKS_FOR_COLUMN.test(question.text)) return undefined;
  const changeCell = ask.change ? example.cells.find((c) => c.period === 'Veränderung' || c.period === 'Differenz') : undefined;
  const column = (changeCell ?? pickCell(example, question).cell).column;
  let ranked: RankedRow[] = [];
  for (const row of table.rows) {
    if (row.isTotal) continue;
    const cell = row.cells.find((c) => c.column === column);
    if (cell) ranked.push({ row, cell });
  }
  if (ask.change && ask.onlyDirection) ranked = ranked.filter((r) => (ask.change === 'increase' ? r.cell.value > 0 : r.cell.value < 0));
  if (ranked.length < MIN_ROWS && !(ask.onlyDirection && ranked.length > 0)) return undefined;
  // "Most lost" wants the most negative change first; "smallest plus" the smallest positive one.
  const descending = ask.change === 'decrease' ? ask.extreme === 'min' : ask.extreme === 'max';
  ranked.sort((a, b) => (descending ? b.cell.value - a.cell.value : a.cell.value - b.cell.value));
  return ranked.slice(ask.place);
}
