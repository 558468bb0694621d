import { loadCues } from '../../src/knowledge/cues';
import { readQuestion } from '../../src/answers/question-features';
import { rankRows, readRanking } from '../../src/answers/table-ranking';
import type { Table, TableRow } from '../../src/knowledge/schema';
import { sharedBrain } from '../helpers/bot-harness';

const CUES = loadCues();

const row = (label: string, count: number, change: number, isTotal = false): TableRow => ({
  label,
  isTotal,
  cells: [
    { column: 'Dez. 22', raw: String(count), value: count, unit: 'Anzahl', year: 2022 },
    { column: 'Veränderung', raw: String(change), value: change, unit: 'Anzahl', period: 'Veränderung' },
  ],
});
const table = { id: 't', title: 'Branchen', sectionRef: '2.2', columns: ['Dez. 22', 'Veränderung'], rows: [row('Insgesamt', 100, 0, true), row('Bau', 20, 5), row('Handel', 50, -3), row('Pflege', 30, 9)] } as unknown as Table;

/** rankRows as the answerer calls it: the ranking read from the question's words. */
function rank(t: Table, text: string) {
  const question = readQuestion(text, CUES);
  return rankRows(t, t.rows[0]!, question, readRanking(question)!);
}

describe('rankRows', () => {
  it('orders the rows without the total by the column asked for', () => {
    const most = rank(table, 'Welche Branche hat die meisten Beschäftigten?')!;
    expect(most.map((r) => r.row.label)).toEqual(['Handel', 'Pflege', 'Bau']);
    const growth = rank(table, 'Wo gab es die stärkste Zunahme?')!;
    expect(growth.map((r) => r.row.label)).toEqual(['Pflege', 'Bau', 'Handel']);
    const least = rank(table, 'Welche Branche hat die wenigsten Beschäftigten?')!;
    expect(least[0]!.row.label).toBe('Bau');
  });

  it('a change in per cent the table prints only absolutely is computed per row from its two dated levels', () => {
    const dated = (label: string, before: number, after: number): TableRow => ({
      label,
      isTotal: false,
      cells: [
        { column: 'Dez. 22', raw: String(after), value: after, unit: 'Anzahl', year: 2022 },
        { column: 'Dez. 21', raw: String(before), value: before, unit: 'Anzahl', year: 2021 },
        { column: 'Veränderung', raw: String(after - before), value: after - before, unit: 'Anzahl', period: 'Veränderung' },
      ],
    });
    // Bau grows most in persons (+10), Pflege most in per cent (+20 %).
    const branches = { ...table, rows: [dated('Bau', 200, 210), dated('Pflege', 25, 30), dated('Handel', 100, 90)] } as unknown as Table;
    const relative = rank(branches, 'Welche Branche ist prozentual am stärksten gewachsen?')!;
    expect(relative.map((r) => [r.row.label, r.cell.raw, r.cell.unit])).toEqual([
      ['Pflege', '20,0', '%'],
      ['Bau', '5,0', '%'],
      ['Handel', '-10,0', '%'],
    ]);
    expect(relative[0]!.cell.column).toMatch(/Dez. 21 → Dez. 22 .*berechnet/);
    expect(rank(branches, 'Welche Branche ist am stärksten gewachsen?')![0]!.row.label).toBe('Bau');
  });

  it('ranks the change column by direction: most lost is the most negative, smallest plus the smallest growth', () => {
    expect(rank(table, 'Wo wurden die meisten Stellen abgebaut?')![0]!.row.label).toBe('Handel');
    expect(rank(table, 'Welche wachsende Branche hatte das kleinste Plus?')!.map((r) => r.row.label)).toEqual(['Bau', 'Pflege']);
    expect(rank(table, 'Welche Branche hatte den zweitstärksten Zuwachs?')![0]!.row.label).toBe('Bau');
  });

  it('leaves questions about columns and tables of one row alone', () => {
    expect(rank(table, 'Welche Altersgruppe hat die meisten?')).toBeUndefined();
    const small = { ...table, rows: table.rows.slice(0, 2) } as Table;
    expect(rank(small, 'Welche Branche hat die meisten?')).toBeUndefined();
  });
});

describe('rankRows with a unit asked', () => {
  it('reads the column from a row that has the unit when the row found has none ("den höchsten Anteil")', () => {
    const cellsOf = (count: number, share: number): TableRow['cells'] => [
      { column: 'Anzahl', raw: String(count), value: count, unit: 'Anzahl' },
      { column: 'Anteil', raw: String(share), value: share, unit: '%', period: 'Anteil' },
    ];
    const groups = {
      ...table,
      rows: [
        { label: 'Gesamt', isTotal: true, cells: [{ column: 'Anzahl', raw: '100', value: 100, unit: 'Anzahl' }] },
        { label: 'A', isTotal: false, cells: cellsOf(60, 60) },
        { label: 'B', isTotal: false, cells: cellsOf(40, 40) },
      ],
    } as Table;
    const question = readQuestion('Welche Gruppe hat den höchsten Anteil?', CUES);
    const ranked = rankRows(groups, groups.rows[0]!, question, readRanking(question)!)!;
    expect(ranked.map((r) => r.cell.column)).toEqual(['Anteil', 'Anteil']);
  });
});

describe('superlative questions', () => {
  const ask = (q: string) => sharedBrain().answerer.answer(q);

  it.each([
    ['Welche Branche hat die meisten Beschäftigten?', 'max'],
    ['Welche Branche hat die wenigsten Beschäftigten?', 'min'],
  ] as const)('"%s" names the top row of the employment table with its value', (question, extreme) => {
    const knowledge = sharedBrain().knowledge;
    const employment = knowledge.tables.find((t) => t.rows.some((r) => r.label === 'Baugewerbe'))!;
    const values = employment.rows.filter((r) => !r.isTotal).map((r) => ({ label: r.label, value: r.cells.find((c) => c.year === 2022 && c.unit === 'Anzahl')!.value }));
    const top = values.reduce((a, b) => ((extreme === 'max' ? b.value > a.value : b.value < a.value) ? b : a));
    const answer = ask(question);
    expect(answer.kind).toBe('figure');
    expect(answer.text.startsWith(`**${top.label}**`)).toBe(true);
    expect(answer.text).toContain(extreme === 'max' ? 'der höchste Wert' : 'der niedrigste Wert');
  });

  it('"most jobs lost" names the row with the largest decline, not the largest level', () => {
    const answer = ask('Welche Branche hat die meisten Jobs verloren?');
    expect(answer.text).toMatch(/^\*\*[^*]+\*\* – -\d+ .*der stärkste Rückgang/);
  });

  it('ranks the table when the best passage only shares a word and says no superlative itself', () => {
    // "Branche" is a word of passages and, through the synonyms, of the employment table; "am kleinsten" is the ranking.
    const knowledge = sharedBrain().knowledge;
    const employment = knowledge.tables.find((t) => t.rows.some((r) => r.label === 'Baugewerbe'))!;
    const answer = ask('welche branche ist am kleinsten');
    expect(answer.kind).toBe('figure');
    expect(answer.text).toContain(`Tabelle „${employment.title}“`);
    expect(answer.text).toContain('der niedrigste Wert');
  });

  it('ranks the table for a bare ordinal superlative ("zweitgrößte branche")', () => {
    const knowledge = sharedBrain().knowledge;
    const employment = knowledge.tables.find((t) => t.rows.some((r) => r.label === 'Baugewerbe'))!;
    const answer = ask('zweitgrößte branche');
    expect(answer.kind).toBe('figure');
    expect(answer.text).toContain(`Tabelle „${employment.title}“`);
    expect(answer.text).toContain('zweithöchste');
  });

  it('"welcher wirtschaftszweig wächst prozentual am stärksten" ranks the rows, it computes no single change', () => {
    const answer = ask('welcher wirtschaftszweig wächst prozentual am stärksten');
    expect(answer.text).toMatch(/^\*\*[^*]+\*\* – \+\d+,\d % .*der stärkste Zuwachs/);
  });

  it('a ranking by a dimension no table has ("welche Zielgruppe … die höchste IQ") is not answered with one figure', () => {
    const answer = ask('welche zielgruppe hat die höchste IQ 2024');
    expect(answer.kind).toBe('no-answer');
    expect(answer.text).toMatch(/Zielgruppe/i);
    expect(answer.text).not.toMatch(/^\*\*/);
  });

  it('"bei welchem geschlecht steigen die LZB stärker": the table\'s gender rows ranked by their change', () => {
    const answer = ask('bei welchem geschlecht steigen die LZB stärker');
    expect(answer.text).toMatch(/^\*\*(weiblich|männlich)[^*]*\*\* – \+[\d,]+ %.*der stärkste Zuwachs/);
    expect(answer.text).toMatch(/Danach: (weiblich|männlich)/);
  });

  it('ranks the rows for the people counted ("in welcher Branche arbeiten die meisten Menschen") and for "am schnellsten"', () => {
    const knowledge = sharedBrain().knowledge;
    const employment = knowledge.tables.find((t) => t.rows.some((r) => r.label === 'Baugewerbe'))!;
    const most = ask('in welcher branche arbeiten die meisten menschen');
    expect(most.text).toContain(`Tabelle „${employment.title}“`);
    expect(most.text).toContain('der höchste Wert');
    expect(ask('welche branche wächst am schnellsten').text).toMatch(/der stärkste Zuwachs/);
  });

  it('takes a leading sentence that says the superlative when no table ranks it ("größter Arbeitgeber im Landkreis")', () => {
    expect(ask('größter arbeitgeber im landkreis').text).toMatch(/Die größten Arbeitgeber/);
  });

  it('does not rank with a portrait or a term: "welche Abkürzung kommt am häufigsten vor"', () => {
    const answer = ask('welche abkürzung kommt am häufigsten vor');
    expect(answer.kind).toBe('no-answer');
    expect(answer.text).toMatch(/Rangfolge/);
  });

  it('keeps the sentence when the text answers the superlative itself', () => {
    expect(ask('Welche Wirtschaftszweige sind die größten Arbeitgeber?').text).toMatch(/Gesundheits- und Sozialwesens/);
  });
});
