import type { Cell, Table, TableRow } from '../knowledge/schema';
import { formatGermanNumber, roundHalfUp } from '../german/number';
import { ageNameOf, columnSlots, pickCell } from './figure-cells';
import type { QuestionFeatures } from './question-features';
import { ageBandMatches } from './age-bands';

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
const MIN_ROWS = 2;

/** "zweitgrößte", "drittkleinste": a superlative word with its place. */
export function isOrdinalSuperlative(word: string): boolean {
  return MOST_ORDINAL.test(word) || LEAST_ORDINAL.test(word);
}

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
  // "Bei welchem Geschlecht steigen die LZB stärker?": a table whose rows are the genders ranks those rows.
  const genderRows = GENDER_ASKED.test(question.text) ? table.rows.filter((r) => GENDER_ROW.test(r.label)) : [];
  if (ASKS_FOR_COLUMN.test(question.text) && genderRows.length < MIN_ROWS) return undefined;
  const rivals = genderRows.length >= MIN_ROWS ? genderRows : table.rows;
  const changes = ask.change ? example.cells.filter((c) => c.period === 'Veränderung' || c.period === 'Differenz') : [];
  // "prozentual am stärksten gewachsen" ranks the change in per cent: the table's own, or computed from its two levels.
  const percentAsked = question.units.includes('%');
  const changeCell = percentAsked ? (changes.find((c) => c.unit === '%') ?? undefined) : changes[0];
  if (ask.change && percentAsked && !changeCell) {
    const computed = relativeChanges(table, example);
    return computed ? ordered(computed, ask) : undefined;
  }
  // "den höchsten Anteil": the column is read from a row that has the unit asked, when the row found has none.
  const holdsUnit = (row: TableRow): boolean => row.cells.some((c) => question.units.includes(c.unit));
  const model = question.units.length > 0 && !holdsUnit(example) ? (table.rows.find((r) => !r.isTotal && holdsUnit(r)) ?? example) : example;
  const { column, unit } = changeCell ?? pickCell(model, question).cell;
  let ranked: RankedRow[] = [];
  for (const row of rivals) {
    if (row.isTotal) continue;
    // Rows of another unit in the same column (a count under a quota) are no rivals of the asked one.
    const cell = row.cells.find((c) => c.column === column && c.unit === unit);
    if (cell) ranked.push({ row, cell });
  }
  return ordered(ranked, ask);
}

function ordered(rows: RankedRow[], ask: RankingAsk): RankedRow[] | undefined {
  let ranked = rows;
  if (ask.change && ask.onlyDirection) ranked = ranked.filter((r) => (ask.change === 'increase' ? r.cell.value > 0 : r.cell.value < 0));
  if (ranked.length < MIN_ROWS && !(ask.onlyDirection && ranked.length > 0)) return undefined;
  // "Most lost" wants the most negative change first; "smallest plus" the smallest positive one.
  const descending = ask.change === 'decrease' ? ask.extreme === 'min' : ask.extreme === 'max';
  ranked.sort((a, b) => (descending ? b.cell.value - a.cell.value : a.cell.value - b.cell.value));
  return ranked.slice(ask.place);
}

/**
 * Each row's change in per cent from the earliest to the latest of the example row's dated levels, for a table
 * that prints the change only absolutely. The column says it is computed; rows without both levels (or from 0) drop out.
 */
function relativeChanges(table: Table, example: TableRow): RankedRow[] | undefined {
  const levels = example.cells.filter((c) => c.year !== undefined && c.unit !== '%' && c.period !== 'Veränderung' && c.period !== 'Differenz' && c.period !== 'Anteil');
  if (levels.length < 2) return undefined;
  const sorted = [...levels].sort((a, b) => a.year! - b.year!);
  const [from, to] = [sorted[0]!, sorted.at(-1)!];
  if (from.year === to.year) return undefined;
  const column = `Veränderung ${from.column} → ${to.column} in %, berechnet`;
  const ranked: RankedRow[] = [];
  for (const row of table.rows) {
    if (row.isTotal) continue;
    const [a, b] = [row.cells.find((c) => c.column === from.column && c.unit === from.unit), row.cells.find((c) => c.column === to.column && c.unit === to.unit)];
    if (!a || !b || a.value === 0) continue;
    const value = roundHalfUp(((b.value - a.value) / a.value) * 100, 1);
    ranked.push({ row, cell: { column, raw: formatGermanNumber(value, { maxDecimals: 1, minDecimals: 1 }), value, unit: '%', period: 'Veränderung' } });
  }
  return ranked;
}

/** One slot of a row's columns (an age band, a gender) with its count, the cells it adds up. */
export interface RankedSlot {
  slot: string;
  total: number;
  cells: readonly Cell[];
}

/** A row that is one gender ("weiblich", "Frauen", "männlich (…)"). */
const GENDER_ROW = /^(?:davon:?\s+)?(?:weiblich|männlich|frauen|männer)(?!\p{L})/iu;
const AGE_ASKED = /(?<!\p{L})(alters\p{L}*|alter)(?!\p{L})/iu;
const GENDER_ASKED = /(?<!\p{L})(geschlecht\p{L}*)|geschlechts/iu;

/**
 * "Welche Altersgruppe hat die meisten ELB?": the row's counts by age band (or gender), each slot's
 * cells added up, ordered as asked. Undefined when the question ranks no column slot or the row has fewer than two.
 */
export function rankColumnSlots(row: TableRow, question: QuestionFeatures, ask: RankingAsk): RankedSlot[] | undefined {
  // "Alters-Geschlechts-Gruppe" asks for single cells: each age band of each gender is a slot of its own.
  const [age, gender] = [AGE_ASKED.test(question.text), GENDER_ASKED.test(question.text)];
  const by = age && gender ? 'both' : age ? 'ageBand' : gender ? 'gender' : undefined;
  if (!by || ask.change) return undefined;
  const slots = new Map<string, Cell[]>();
  for (const cell of row.cells) {
    if (cell.unit !== 'Anzahl') continue;
    const slot = columnSlots(cell.column);
    // Only cells split by the asked slot alone or together with the other one, each counted once.
    const key = by === 'both' ? (slot.ageBand && slot.gender ? `${slot.ageBand} ${slot.gender}` : undefined) : by === 'ageBand' ? slot.ageBand : slot.gender;
    if (!key || (question.gender && slot.gender && slot.gender !== question.gender) || (question.ageBand && slot.ageBand && !ageBandMatches(question.ageBand, slot.ageBand))) continue;
    const name = by === 'both' ? `${ageNameOf(cell.column)} ${slot.gender}` : by === 'ageBand' ? ageNameOf(cell.column) : key;
    slots.set(name, [...(slots.get(name) ?? []), cell]);
  }
  if (slots.size < 2) return undefined;
  const ranked = [...slots].map(([slot, cells]) => ({ slot, cells, total: cells.reduce((sum, c) => sum + c.value, 0) }));
  ranked.sort((a, b) => (ask.extreme === 'max' ? b.total - a.total : a.total - b.total));
  return ranked.slice(ask.place);
}
