import { loadCues } from '../../src/knowledge/cues';
import { readQuestion } from '../../src/answers/question-features';
import { rankRows, readRanking } from '../../src/answers/table-ranking';
import { SectionRefSchema, type Cell, type Table, type TableRow } from '../../src/knowledge/schema';

const QUESTION_CUES = loadCues();

/**
 * Rankings over a small hand-made table: a level column and a change column.
 * "Most lost" is the most negative change, "strongest growth" the largest
 * positive one, "the most" the largest level; totals never take part.
 */
const level = (value: number): Cell => ({ column: 'Dez. 22', raw: String(value), value, unit: 'Anzahl', year: 2022, period: 'Stichtag' });
const change = (value: number): Cell => ({ column: 'Veränderung zum Vorjahresstichtag', raw: String(value), value, unit: 'Anzahl', period: 'Veränderung' });
const row = (label: string, lvl: number, chg: number, isTotal = false): TableRow => ({ label, isTotal, cells: [level(lvl), change(chg)] });
const table: Table = {
  id: 'branchen',
  title: 'Beschäftigte nach Branchen',
  sectionRef: SectionRefSchema.parse('2.2'),
  columns: ['Dez. 22', 'Veränderung zum Vorjahresstichtag'],
  rows: [
    row('Insgesamt', 10_000, -100, true),
    row('Handel', 3_000, -60),
    row('Bau', 1_000, 30),
    row('Pflege', 4_000, -90),
    row('Gastgewerbe', 500, 10),
    row('Verwaltung', 1_500, 45),
  ],
};
const example = table.rows[1]!;
const labelsFor = (text: string): string[] | undefined => {
  const question = readQuestion(text, QUESTION_CUES);
  const ask = readRanking(question);
  if (!ask) return undefined;
  return rankRows(table, example, question, ask)?.map((r) => r.row.label);
};

describe('readRanking', () => {
  it.each([
    ['Welche Branche hat die meisten Beschäftigten?', { extreme: 'max', place: 0 }],
    ['Welche Branche hat die wenigsten Beschäftigten?', { extreme: 'min', place: 0 }],
    ['Welche Branche ist am stärksten gewachsen?', { extreme: 'max', change: 'increase' }],
    ['Welche Branche hat die meisten Jobs verloren?', { extreme: 'max', change: 'decrease' }],
    ['Welche Branche hat die zweitmeisten Beschäftigten?', { extreme: 'max', place: 1 }],
    ['Welche ist die drittgrößte Branche?', { extreme: 'max', place: 2 }],
    ['Welche wachsende Branche hat den kleinsten Zuwachs?', { extreme: 'min', change: 'increase', onlyDirection: true }],
    // Present and past tense verbs say the direction as the participles do.
    ['Welche Branche wächst am stärksten?', { extreme: 'max', change: 'increase' }],
    ['Welcher Posten verliert am meisten?', { extreme: 'max', change: 'decrease' }],
  ])('reads "%s"', (text, expected) => {
    expect(readRanking(readQuestion(text, QUESTION_CUES))).toMatchObject(expected);
  });

  it('reads no ranking in a plain figure question', () => {
    expect(readRanking(readQuestion('Wie viele Beschäftigte hat der Handel?', QUESTION_CUES))).toBeUndefined();
  });
});

describe('rankRows', () => {
  it('ranks the level column for "the most" and leaves totals out', () => {
    expect(labelsFor('Welche Branche hat die meisten Beschäftigten?')).toEqual(['Pflege', 'Handel', 'Verwaltung', 'Bau', 'Gastgewerbe']);
  });

  it('ranks upwards for "the fewest"', () => {
    expect(labelsFor('Welche Branche hat die wenigsten Beschäftigten?')?.[0]).toBe('Gastgewerbe');
  });

  it('ranks the change column for "strongest growth", not the level', () => {
    expect(labelsFor('Welche Branche ist am stärksten gewachsen?')?.slice(0, 2)).toEqual(['Verwaltung', 'Bau']);
  });

  it('takes "most jobs lost" as the most negative change', () => {
    expect(labelsFor('Welche Branche hat die meisten Jobs verloren?')?.slice(0, 2)).toEqual(['Pflege', 'Handel']);
  });

  it('starts at the place an ordinal asks for', () => {
    expect(labelsFor('Welche Branche hat die zweitmeisten Beschäftigten?')?.[0]).toBe('Handel');
  });

  it('keeps only rows that moved the asked way when the question says so', () => {
    expect(labelsFor('Welche wachsende Branche hat den kleinsten Zuwachs?')).toEqual(['Gastgewerbe', 'Bau', 'Verwaltung']);
  });

  it('ranks no columns ("in welchem Jahr") and no table of one row', () => {
    expect(labelsFor('In welchem Jahr gab es die meisten Beschäftigten?')).toBeUndefined();
    const small: Table = { ...table, rows: table.rows.slice(0, 2) };
    const question = readQuestion('Welche Branche hat die meisten Beschäftigten?', QUESTION_CUES);
    expect(rankRows(small, example, question, readRanking(question)!)).toBeUndefined();
  });

  it('ranks two rows: the larger of two budget lines is a ranking too', () => {
    const two: Table = { ...table, rows: table.rows.slice(0, 3) };
    const question = readQuestion('Welche Branche hat die meisten Beschäftigten?', QUESTION_CUES);
    expect(rankRows(two, example, question, readRanking(question)!)?.map((r) => r.row.label)).toEqual(['Handel', 'Bau']);
  });

  it('ranks only rows of the asked unit: a count printed under a quota is no rival', () => {
    const quota = (label: string, value: number): TableRow => ({ label, isTotal: false, cells: [{ column: 'Plan 2024', raw: String(value), value, unit: '%', year: 2024, period: 'Plan' }] });
    const count = (label: string, value: number): TableRow => ({ label, isTotal: false, cells: [{ column: 'Plan 2024', raw: String(value), value, unit: 'Anzahl', year: 2024, period: 'Plan' }] });
    const mixed: Table = { ...table, columns: ['Plan 2024'], rows: [quota('Quote Frauen', 17.1), count('Bestand Frauen', 2196), quota('Quote Männer', 21.1), count('Bestand Männer', 2284)] };
    const question = readQuestion('Bei wem ist die Quote am höchsten?', QUESTION_CUES);
    expect(rankRows(mixed, mixed.rows[0]!, question, readRanking(question)!)?.map((r) => r.row.label)).toEqual(['Quote Männer', 'Quote Frauen']);
  });
});
