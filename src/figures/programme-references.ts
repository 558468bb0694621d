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
  /** Short German label as shown next to a result: "Plan 2024 gesamt", "EGL 2024", "LZB Ist 2023". */
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

/** A change the programme states itself (LZB Ist 2023 → Plan 2024: +5,0 %). */
export interface ChangeReference {
  label: string;
  from: number;
  to: number;
  percent: Percent;
  source: ReferenceSource;
}

export interface ProgrammeReferences {
  /** Integrationsquote gesamt, Frauen, Männer: Plan 2024 first, then Ist 2023. */
  quotas: QuotaReference[];
  /** EGL, VK, Gesamtbudget: 2024 first, then 2023 — the totals offered for a Budgetanteil. */
  budgetTotals: BudgetReference[];
  /** Langzeitleistungsbeziehende gesamt: Ist 2023, Plan 2024. */
  lzb: Reference<Count>[];
  /** Budget and LZB changes as the programme prints them. */
  changes: ChangeReference[];
  /** Rows or cells looked up by label but not found (empty for the programme as ingested). */
  missing: string[];
}

const QUOTA_ROWS: readonly [QuotaGroup, string][] = [
  ['gesamt', 'Integrationsquote gesamt'],
  ['Frauen', 'Integrationsquote Frauen'],
  ['Männer', 'Integrationsquote Männer'],
];
const BUDGET_ROWS: readonly [BudgetName, string][] = [
  ['EGL', 'Eingliederungsleistungen (EGL)'],
  ['VK', 'Verwaltungskosten (VK)'],
  ['Gesamtbudget', 'Gesamtbudget'],
];
const LZB_ROW = 'Langzeitleistungsbeziehende';
const YEARS = [2024, 2023] as const;

type SectionInfo = Pick<Section, 'ref' | 'title' | 'page'>;

/**
 * The programme's reference values, found in the knowledge tables by their row
 * labels, with the table and section they come from. No figure is written here:
 * next year's programme, ingested, brings its own.
 */
export function referencesFromTables(tables: readonly Table[], sections: readonly SectionInfo[] = []): ProgrammeReferences {
  const missing: string[] = [];
  const sourceOf = (table: Table): ReferenceSource => {
    const section = sections.find((s) => s.ref === table.sectionRef);
    return { tableTitle: table.title, sectionRef: table.sectionRef, ...(section ? { sectionTitle: section.title, page: section.page } : {}) };
  };
  const find = (label: string, unit: Cell['unit']): { table: Table; row: TableRow } | undefined => {
    for (const table of tables) {
      const row = table.rows.find((r) => normalise(r.label) === label && r.cells.some((c) => c.unit === unit));
      if (row) return { table, row };
    }
    missing.push(label);
    return undefined;
  };
  const cell = (row: TableRow, label: string, unit: Cell['unit'], year: number, periods: readonly PeriodKind[]): Cell | undefined => {
    const found = row.cells.find((c) => c.unit === unit && c.year === year && c.period !== undefined && periods.includes(c.period));
    if (!found) missing.push(`${label} ${year}`);
    return found;
  };

  const quotas: QuotaReference[] = [];
  const quotaRows = QUOTA_ROWS.map(([group, label]) => ({ group, label, found: find(label, '%') }));
  for (const [period, year] of [['Plan', 2024], ['Ist', 2023]] as const) {
    for (const { group, label, found } of quotaRows) {
      const c = found && cell(found.row, label, '%', year, [period]);
      if (found && c) quotas.push({ label: `${period} ${year} ${group}`, group, value: percent(c.value), printed: c.raw, year, period, source: sourceOf(found.table) });
    }
  }

  const budgetTotals: BudgetReference[] = [];
  const budgetRows = BUDGET_ROWS.map(([budget, label]) => ({ budget, label, found: find(label, '€') }));
  for (const year of YEARS) {
    for (const { budget, label, found } of budgetRows) {
      const c = found && cell(found.row, label, '€', year, ['Zuteilung', 'Schätzwert', 'Plan', 'Ist']);
      if (found && c?.period) budgetTotals.push({ label: `${budget} ${year}`, budget, value: euro(c.value), printed: c.raw, year, period: c.period, source: sourceOf(found.table) });
    }
  }

  const lzb: Reference<Count>[] = [];
  const lzbRow = find(LZB_ROW, 'Anzahl');
  for (const [period, year] of [['Ist', 2023], ['Plan', 2024]] as const) {
    const c = lzbRow && cell(lzbRow.row, LZB_ROW, 'Anzahl', year, [period]);
    if (lzbRow && c) lzb.push({ label: `LZB ${period} ${year}`, value: count(c.value), printed: c.raw, year, period, source: sourceOf(lzbRow.table) });
  }

  const changes: ChangeReference[] = [];
  const changeOf = (label: string, found: { table: Table; row: TableRow } | undefined, from: Reference | undefined, to: Reference | undefined): void => {
    const printed = found?.row.cells.find((c) => c.unit === '%' && (c.period === 'Veränderung' || c.period === 'Differenz'));
    if (found && from && to && printed) changes.push({ label, from: from.value, to: to.value, percent: percent(printed.value), source: sourceOf(found.table) });
  };
  for (const { budget, found } of budgetRows) {
    const byYear = (year: number) => budgetTotals.find((b) => b.budget === budget && b.year === year);
    changeOf(`${budget} 2023 → 2024`, found, byYear(2023), byYear(2024));
  }
  changeOf('LZB Ist 2023 → Plan 2024', lzbRow, lzb[0], lzb[1]);

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
 * A programme budget named in text ("EGL 2024", "Gesamtbudget 2023",
 * "Verwaltungskosten"); without a year, the programme's latest year.
 */
export function findBudget(references: ProgrammeReferences, text: string): BudgetReference | undefined {
  const budget = BUDGET_WORDS.find(([, pattern]) => pattern.test(text))?.[0];
  if (!budget) return undefined;
  const year = Number(/(?<!\d)(20\d\d)(?!\d)/.exec(text)?.[1] ?? NaN);
  const candidates = references.budgetTotals.filter((b) => b.budget === budget).sort((a, b) => b.year - a.year);
  return Number.isNaN(year) ? candidates[0] : candidates.find((b) => b.year === year);
}
