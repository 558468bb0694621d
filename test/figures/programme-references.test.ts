import { findBudget, formatSource, referencesFromTables } from '../../src/figures/programme-references';
import { TableSchema, type Table } from '../../src/knowledge/schema';
import { loadKnowledge } from '../../src/knowledge/load';
import { pinnedProgrammeDir } from '../programmes/pinned';

describe('referencesFromTables on the loaded programme', () => {
  const knowledge = loadKnowledge(pinnedProgrammeDir());
  const references = referencesFromTables(knowledge.tables, knowledge.sections);

  it('finds every row it looks for', () => {
    expect(references.missing).toEqual([]);
  });

  it('has the Integrationsquote Plan 2024 and Ist 2023 for gesamt, Frauen, Männer, with their source', () => {
    expect(references.quotas.map((q) => [q.label, q.value])).toEqual([
      ['Plan 2024 gesamt', 19.1],
      ['Plan 2024 Frauen', 17.1],
      ['Plan 2024 Männer', 21.1],
      ['Ist 2023 gesamt', 19.1],
      ['Ist 2023 Frauen', 17.1],
      ['Ist 2023 Männer', 21.1],
    ]);
    expect(references.quotas[0]?.source).toEqual({ tableTitle: 'Integrationsquote', sectionRef: '3.1', sectionTitle: 'Geschäftspolitische Ziele', page: 10 });
    expect(formatSource(references.quotas[0]!.source)).toBe('Abschnitt 3.1 Geschäftspolitische Ziele, S. 10');
  });

  it('has the budget totals EGL, VK, Gesamtbudget for 2024 and 2023', () => {
    expect(references.budgetTotals.map((b) => [b.label, b.value, b.period])).toEqual([
      ['EGL 2024', 4706577, 'Schätzwert'],
      ['VK 2024', 6812570, 'Schätzwert'],
      ['Gesamtbudget 2024', 11519147, 'Schätzwert'],
      ['EGL 2023', 5368734, 'Zuteilung'],
      ['VK 2023', 7584949, 'Zuteilung'],
      ['Gesamtbudget 2023', 12953683, 'Zuteilung'],
    ]);
    expect(references.budgetTotals[0]?.source.sectionRef).toBe('4');
    expect(references.budgetTotals[0]?.printed).toBe('4.706.577');
  });

  it('has LZB Ist 2023 and Plan 2024, and the changes the programme prints', () => {
    expect(references.lzb.map((r) => [r.label, r.value])).toEqual([
      ['LZB Ist 2023', 2844],
      ['LZB Plan 2024', 2985],
    ]);
    expect(references.changes.map((c) => [c.label, c.from, c.to, c.percent])).toEqual([
      ['EGL 2023 → 2024', 5368734, 4706577, -12.3],
      ['VK 2023 → 2024', 7584949, 6812570, -10.2],
      ['Gesamtbudget 2023 → 2024', 12953683, 11519147, -11.1],
      ['LZB Ist 2023 → Plan 2024', 2844, 2985, 5],
    ]);
  });

  it('without sections names the table instead', () => {
    const bare = referencesFromTables(knowledge.tables);
    expect(formatSource(bare.quotas[0]!.source)).toBe('Abschnitt 3.1, Tabelle „Integrationsquote“');
  });

  it.each<[string, string | undefined]>([
    ['EGL 2024', 'EGL 2024'],
    ['egl 2023', 'EGL 2023'],
    ['Eingliederungsleistungen', 'EGL 2024'],
    ['VK', 'VK 2024'],
    ['Verwaltungskosten 2023', 'VK 2023'],
    ['Gesamtbudget 2023', 'Gesamtbudget 2023'],
    ['Gesamtbudget 2019', undefined],
    ['4.706.577', undefined],
    ['Integrationen', undefined],
  ])('findBudget("%s") → %s', (text, label) => {
    expect(findBudget(references, text)?.label).toBe(label);
  });
});

describe('referencesFromTables on a small fixture', () => {
  const table = (rows: Table['rows']): Table => TableSchema.parse({ id: 'fixture', title: 'Fixture', sectionRef: '9', columns: ['x'], rows });
  const quota = (label: string, ist: number, plan: number) => ({
    label,
    isTotal: true,
    cells: [
      { column: 'Ist 2023', raw: String(ist).replace('.', ','), value: ist, unit: '%' as const, year: 2023, period: 'Ist' as const },
      { column: 'Plan 2024', raw: String(plan).replace('.', ','), value: plan, unit: '%' as const, year: 2024, period: 'Plan' as const },
    ],
  });

  it('takes the values from the tables, whatever they are', () => {
    const references = referencesFromTables([table([quota('Integrationsquote gesamt', 18.4, 20.2), quota('Integrationsquote  Frauen', 16, 17.5)])]);
    expect(references.quotas.map((q) => [q.label, q.value])).toEqual([
      ['Plan 2024 gesamt', 20.2],
      ['Plan 2024 Frauen', 17.5],
      ['Ist 2023 gesamt', 18.4],
      ['Ist 2023 Frauen', 16],
    ]);
  });

  it('lists what it could not find instead of failing', () => {
    const references = referencesFromTables([table([quota('Integrationsquote gesamt', 18.4, 20.2)])]);
    expect(references.missing).toEqual(expect.arrayContaining(['Integrationsquote Männer', 'Gesamtbudget', 'Langzeitleistungsbeziehende']));
    expect(references.budgetTotals).toEqual([]);
    expect(references.lzb).toEqual([]);
  });
});
