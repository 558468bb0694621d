import { readQuestion } from '../../src/answers/question-features';
import { rankRows } from '../../src/answers/table-ranking';
import type { Table, TableRow } from '../../src/knowledge/schema';
import { sharedBrain } from '../helpers/bot-harness';

const row = (label: string, count: number, change: number, isTotal = false): TableRow => ({
  label,
  isTotal,
  cells: [
    { column: 'Dez. 22', raw: String(count), value: count, unit: 'Anzahl', year: 2022 },
    { column: 'Veränderung', raw: String(change), value: change, unit: 'Anzahl', period: 'Veränderung' },
  ],
});
const table = { id: 't', title: 'Branchen', sectionRef: '2.2', columns: ['Dez. 22', 'Veränderung'], rows: [row('Insgesamt', 100, 0, true), row('Bau', 20, 5), row('Handel', 50, -3), row('Pflege', 30, 9)] } as unknown as Table;

describe('rankRows', () => {
  it('orders the rows without the total by the column asked for', () => {
    const most = rankRows(table, table.rows[0]!, readQuestion('Welche Branche hat die meisten Beschäftigten?'), 'max')!;
    expect(most.map((r) => r.row.label)).toEqual(['Handel', 'Pflege', 'Bau']);
    const growth = rankRows(table, table.rows[0]!, readQuestion('Wo gab es die stärkste Zunahme?'), 'max')!;
    expect(growth.map((r) => r.row.label)).toEqual(['Pflege', 'Bau', 'Handel']);
    const least = rankRows(table, table.rows[0]!, readQuestion('Welche Branche hat die wenigsten Beschäftigten?'), 'min')!;
    expect(least[0]!.row.label).toBe('Bau');
  });

  it('leaves questions about columns and tables of too few rows alone', () => {
    expect(rankRows(table, table.rows[0]!, readQuestion('Welche Altersgruppe hat die meisten?'), 'max')).toBeUndefined();
    const small = { ...table, rows: table.rows.slice(0, 3) } as Table;
    expect(rankRows(small, small.rows[0]!, readQuestion('Welche Branche hat die meisten?'), 'max')).toBeUndefined();
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

  it('keeps the sentence when the text answers the superlative itself', () => {
    expect(ask('Welche Wirtschaftszweige sind die größten Arbeitgeber?').text).toMatch(/Gesundheits- und Sozialwesens/);
  });
});
