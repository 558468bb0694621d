import type { Cell, PeriodKind, Section, Table, TableRow } from '../knowledge/schema';
import { percent } from './formulas';
import { count, euro, type Count, type Euro, type Percent } from './units';

/** Where a programme value stands: the table and its section (title and page when the sections are known). */
export interface ReferenceSource {
  tableTitle: string;
  sectionRef: string;
  sectionTitle?: string;
  page?: number;
}

/** A value of the programme that a result is compared with. */
export interface Reference<V extends number = number> {
  /** Short German label as shown next to a result: "Plan <Jahr> gesamt", "EGL <Jahr>", "LZB Ist <Jahr>". */
  label: string;
  value: V;
  /** As printed in the table: "19,1", "4.706.577". */
  printed: string;
  year: number;
  period: PeriodKind;
  source: ReferenceSource;
}

export type QuotaGroup = 'gesamt' | 'Frauen' | 'Männer';
export interface QuotaReference extends Reference<Percent> {
  group: QuotaGroup;
}

export type BudgetName = 'EGL' | 'VK' | 'Gesamtbudget';
export interface BudgetReference extends Reference<Euro> {
  budget: BudgetName;
}

/** A change the programme states itself (LZB Ist → Plan, in %). */
export interface ChangeReference {
  label: string;
  from: number;
  to: number;
  percent: Percent;
  source: ReferenceSource;
}

export interface ProgrammeReferences {
  /** Integrationsquote gesamt, Frauen, Männer: the plan year first, then the latest Ist year. */
  quotas: QuotaReference[];
  /** EGL, VK, Gesamtbudget: the newest year first, then the one before — the totals offered for a Budgetanteil. */
  budgetTotals: BudgetReference[];
  /** Langzeitleistungsbeziehende gesamt: latest Ist, then Plan. */
  lzb: Reference<Count>[];
  /** Budget and LZB changes as the programme prints them. */
  changes: ChangeReference[];
  /** Rows or cells looked up by label but not found (empty for the programme as ingested). */
  missing: string[];
}

/** Row vocabulary: how programmes name the rows the calculators compare with (not this document's exact labels). */
const QUOTA_ROW = /^integrationsquote\b/i;
const QUOTA_GROUPS: readonly [QuotaGroup, RegExp][] = [
  ['Frauen', /\b(frauen|weiblich)\b/i],
  ['Männer', /\b(männer|männlich)\b/i],
  ['gesamt', /\b(gesamt|insgesamt)\b|^integrationsquote(\s*\(iq\))?$/i],
];
const BUDGET_ROWS: readonly [BudgetName, RegExp][] = [
  ['EGL', /\b(eingliederungs(leistungen|titel|budget|mittel)|egl)\b/i],
  ['VK', /\b(verwaltungskosten\p{L}*|vk)\b/iu],
  ['Gesamtbudget', /^(gesamtbudget|gesamt|insgesamt|summe|budget gesamt|gesamtbudget \p{L}+)$/iu],
];
const LZB_ROW = /^langzeitleistungsbezieh/i;
const BUDGET_PERIODS: readonly PeriodKind[] = ['Zuteilung', 'Schätzwert', 'Plan', 'Ist'];

type SectionInfo = Pick<Section, 'ref' | 'title' | 'page'>;

/**
 * The programme's reference values, found in the knowledge tables by the
 * vocabulary of their rows (Integrationsquote …, Eingliederungsleistungen …,
 * Langzeitleistungsbeziehende) and the years their columns carry, with the
 * table and section they come from. No figure, label or year is written here:
 * next year's programme, ingested, brings its own.
 */
export function referencesFromTables(tables: readonly Table[], sections: readonly SectionInfo[] = []): ProgrammeReferences {
  const missing: string[] = [];
  const sourceOf = (table: Table): ReferenceSource => {
    const section = sections.find((s) => s.ref === table.sectionRef);
    return { tableTitle: table.title, sectionRef: table.sectionRef, ...(section ? { sectionTitle: section.title, page: section.page } : {}) };
  };
  const find = (name: string, matches: (row: TableRow, table: Table) => boolean, unit: Cell['unit']): { table: Table; row: TableRow } | undefined => {
    for (const table of tables) {
      const row = table.rows.find((r) => matches({ ...r, label: normalise(r.label) }, table) && r.cells.some((c) => c.unit === unit));
      if (row) return { table, row };
    }
    missing.push(name);
    return undefined;
  };
  const latestYear = (row: TableRow | undefined, unit: Cell['unit'], periods: readonly PeriodKind[]): number | undefined =>
    Math.max(...(row?.cells.filter((c) => c.unit === unit && c.year !== undefined && c.period !== undefined && periods.includes(c.period)).map((c) => c.year!) ?? [])) || undefined;
  const cell = (row: TableRow, name: string, unit: Cell['unit'], year: number, periods: readonly PeriodKind[]): Cell | undefined => {
    const found = row.cells.find((c) => c.unit === unit && c.year === year && c.period !== undefined && periods.includes(c.period));
    if (!found) missing.push(`${name} ${year}`);
    return found;
  };

  const quotas: QuotaReference[] = [];
  const quotaRows = QUOTA_GROUPS.map(([group, pattern]) => ({
    group,
    name: `Integrationsquote ${group}`,
    found: find(`Integrationsquote ${group}`, (r) => QUOTA_ROW.test(r.label) && pattern.test(r.label) && !(group === 'gesamt' && /frauen|männer|weiblich|männlich/i.test(r.label)), '%'),
  }));
  const ordered = (['gesamt', 'Frauen', 'Männer'] as const).map((g) => quotaRows.find((q) => q.group === g)!);
  const total = ordered[0]!.found?.row;
  for (const period of ['Plan', 'Ist'] as const) {
    const year = latestYear(total ?? ordered.find((q) => q.found)?.found?.row, '%', [period]);
    if (year === undefined) continue;
    for (const { group, name, found } of ordered) {
      const c = found && cell(found.row, name, '%', year, [period]);
      if (found && c) quotas.push({ label: `${period} ${year} ${group}`, group, value: percent(c.value), printed: c.raw, year, period, source: sourceOf(found.table) });
    }
  }

  const budgetTotals: BudgetReference[] = [];
  const budgetTable = tables.find((t) => t.rows.some((r) => BUDGET_ROWS[0]![1].test(r.label) && r.cells.some((c) => c.unit === '€')));
  const budgetRows = BUDGET_ROWS.map(([budget, pattern]) => ({
    budget,
    found: find(budget === 'Gesamtbudget' ? 'Gesamtbudget' : budget, (r, t) => pattern.test(r.label) && (budget !== 'Gesamtbudget' || t === budgetTable), '€'),
  }));
  const years = [...new Set(budgetRows.flatMap(({ found }) => found?.row.cells.filter((c) => c.unit === '€' && c.year !== undefined && c.period !== undefined && BUDGET_PERIODS.includes(c.period)).map((c) => c.year!) ?? []))].sort((a, b) => b - a);
  for (const year of years.slice(0, 2)) {
    for (const { budget, found } of budgetRows) {
      const c = found && cell(found.row, budget, '€', year, BUDGET_PERIODS);
      if (found && c?.period) budgetTotals.push({ label: `${budget} ${year}`, budget, value: euro(c.value), printed: c.raw, year, period: c.period, source: sourceOf(found.table) });
    }
  }

  const lzb: Reference<Count>[] = [];
  const lzbRow = find('Langzeitleistungsbeziehende', (r) => LZB_ROW.test(r.label), 'Anzahl');
  for (const period of ['Ist', 'Plan'] as const) {
    const year = latestYear(lzbRow?.row, 'Anzahl', [period]);
    const c = lzbRow && year !== undefined ? cell(lzbRow.row, 'Langzeitleistungsbeziehende', 'Anzahl', year, [period]) : undefined;
    if (lzbRow && c && year !== undefined) lzb.push({ label: `LZB ${period} ${year}`, value: count(c.value), printed: c.raw, year, period, source: sourceOf(lzbRow.table) });
  }

  const changes: ChangeReference[] = [];
  const changeOf = (label: string, found: { table: Table; row: TableRow } | undefined, from: Reference | undefined, to: Reference | undefined): void => {
    const printed = found?.row.cells.find((c) => c.unit === '%' && (c.period === 'Veränderung' || c.period === 'Differenz'));
    if (found && from && to && printed) changes.push({ label, from: from.value, to: to.value, percent: percent(printed.value), source: sourceOf(found.table) });
  };
  const [newer, older] = years;
  if (newer !== undefined && older !== undefined) {
    for (const { budget, found } of budgetRows) {
      const byYear = (year: number) => budgetTotals.find((b) => b.budget === budget && b.year === year);
      changeOf(`${budget} ${older} → ${newer}`, found, byYear(older), byYear(newer));
    }
  }
  if (lzb.length === 2) changeOf(`${lzb[0]!.label.replace(/^LZB /, 'LZB ')} → ${lzb[1]!.label.replace(/^LZB /, '')}`, lzbRow, lzb[0], lzb[1]);

  return { quotas, budgetTotals, lzb, changes, missing };
}

function normalise(label: string): string {
  return label.replace(/\s+/g, ' ').trim();
}

/** "Abschnitt 3.1 Geschäftspolitische Ziele, S. 10", or with the table's title when the section is unknown. */
export function formatSource(source: ReferenceSource): string {
  if (source.sectionTitle) return `Abschnitt ${source.sectionRef} ${source.sectionTitle}${source.page ? `, S. ${source.page}` : ''}`;
  return `Abschnitt ${source.sectionRef}, Tabelle „${source.tableTitle}“`;
}

const BUDGET_WORDS: readonly [BudgetName, RegExp][] = [
  ['Gesamtbudget', /gesamtbudget/iu],
  ['EGL', /(?<![\p{L}])(egl|eingliederungs\p{L}*)(?![\p{L}])/iu],
  ['VK', /(?<![\p{L}])(vk|verwaltungs\p{L}*)(?![\p{L}])/iu],
];

/**
 * A programme budget named in text ("EGL <Jahr>", "Gesamtbudget <Jahr>",
 * "Verwaltungskosten"); without a year, the programme's latest year.
 */
export function findBudget(references: ProgrammeReferences, text: string): BudgetReference | undefined {
  const budget = BUDGET_WORDS.find(([, pattern]) => pattern.test(text))?.[0];
  if (!budget) return undefined;
  const year = Number(/(?<!\d)(20\d\d)(?!\d)/.exec(text)?.[1] ?? NaN);
  const candidates = references.budgetTotals.filter((b) => b.budget === budget).sort((a, b) => b.year - a.year);
  return Number.isNaN(year) ? candidates[0] : candidates.find((b) => b.year === year);
}
