import type { Table, TableRow } from '../knowledge/schema';

/** A value of the programme a result is compared with, and where it stands. */
export interface Reference {
  label: string;
  value: number;
  tableTitle: string;
  sectionRef: string;
}

export interface ProgrammeReferences {
  /** Integrationsquote Plan 2024 for gesamt, Frauen, Männer. */
  quotas: Reference[];
  /** Budget totals offered as choices for the share: EGL, VK, Gesamtbudget, 2024 and 2023. */
  budgetTotals: Reference[];
}

/** Derives the reference values from the knowledge tables by their row and column labels — no figure is hard-coded. */
export function referencesFromTables(tables: readonly Table[]): ProgrammeReferences {
  const quotas: Reference[] = [];
  const budgetTotals: Reference[] = [];
  for (const table of tables) {
    for (const row of table.rows) {
      if (/^Integrationsquote\b/.test(row.label)) {
        const plan = cellOf(row, 'Plan', 2024);
        if (plan) quotas.push({ label: `${row.label}, Plan 2024`, value: plan, tableTitle: table.title, sectionRef: table.sectionRef });
      }
      const short = /\((EGL|VK)\)/.exec(row.label)?.[1] ?? (/^Gesamtbudget/.test(row.label) ? 'Gesamtbudget' : undefined);
      if (short) {
        for (const cell of row.cells.filter((c) => c.unit === '€' && c.year !== undefined && c.period !== 'Differenz')) {
          budgetTotals.push({ label: `${short} ${cell.year}`, value: cell.value, tableTitle: table.title, sectionRef: table.sectionRef });
        }
      }
    }
  }
  budgetTotals.sort((a, b) => Number(b.label.slice(-4)) - Number(a.label.slice(-4)));
  return { quotas, budgetTotals };
}

function cellOf(row: TableRow, period: string, year: number): number | undefined {
  return row.cells.find((c) => c.period === period && c.year === year)?.value;
}
