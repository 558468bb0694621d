import { roundHalfUp } from '../german/number';
import type { Cell, SectionRef, Table, TableRow } from '../knowledge/schema';

/** One recomputation of a printed figure. */
export interface Finding {
  tableId: string;
  tableTitle: string;
  sectionRef: SectionRef;
  row: string;
  column: string;
  check: string;
  printed: number;
  expected: number;
  agrees: boolean;
}

/**
 * Recomputes the programme's tables: sums against totals, changes against the
 * two values they compare, shares and quotas against their parts. A printed
 * value agrees when it equals the recomputed one rounded to the printed digits.
 */
export function checkTables(tables: readonly Table[]): Finding[] {
  return tables.flatMap((table) => [...changes(table), ...totals(table), ...groupSums(table), ...shares(table), ...quotas(table), ...genderSums(table), ...columnGroupSums(table)]);
}

function finding(table: Table, row: TableRow, cell: Cell, check: string, expected: number): Finding {
  const decimals = cell.raw.includes(',') ? cell.raw.split(',')[1]!.length : 0;
  const rounded = roundHalfUp(expected, decimals);
  return { tableId: table.id, tableTitle: table.title, sectionRef: table.sectionRef, row: row.label, column: cell.column, check, printed: cell.value, expected: rounded, agrees: rounded === cell.value };
}

// A share column dated like the levels ("Anteil Juni 2024 in %") is not one of the two values a change compares.
const dated = (row: TableRow): Cell[] =>
  row.cells.filter((c) => c.year !== undefined && c.period !== 'Veränderung' && c.period !== 'Differenz' && c.period !== 'Anteil').sort((a, b) => a.year! - b.year!);

/** "Veränderung"/"Differenz": absolute = new − old; in % = (new − old) ÷ old × 100. */
function changes(table: Table): Finding[] {
  const out: Finding[] = [];
  for (const row of table.rows) {
    const values = dated(row);
    const older = values[0];
    const newer = values.filter((v) => v.unit === older?.unit).at(-1);
    if (!older || !newer || older === newer) continue;
    for (const cell of row.cells.filter((c) => c.period === 'Veränderung' || c.period === 'Differenz')) {
      const asPercent = cell.unit === '%' && older.unit !== '%';
      if (cell.unit === '%' && older.unit === '%' && /Veränderung/.test(cell.column) && !/Prozentpunkte/.test(cell.column)) {
        out.push(finding(table, row, cell, 'Veränderung in % = (neu − alt) ÷ alt × 100', older.value === 0 ? 0 : ((newer.value - older.value) / older.value) * 100));
      } else if (asPercent) {
        out.push(finding(table, row, cell, 'Veränderung in % = (neu − alt) ÷ alt × 100', ((newer.value - older.value) / older.value) * 100));
      } else {
        out.push(finding(table, row, cell, `Veränderung = ${newer.column} − ${older.column}`, newer.value - older.value));
      }
    }
  }
  return out;
}

const isGrandTotal = (row: TableRow): boolean => row.isTotal && /(^insgesamt$|gesamt$|^gesamtbudget$)/i.test(row.label) && !/quote/i.test(row.label);

/** The grand total row equals the sum of the top-level rows in every count or amount column. */
function totals(table: Table): Finding[] {
  const total = table.rows.find(isGrandTotal);
  if (!total) return [];
  const parts = table.rows.filter((r) => r !== total && !r.group);
  if (parts.length < 2) return [];
  return total.cells
    .filter((c) => c.unit !== '%' && c.period !== 'Veränderung' && c.period !== 'Differenz')
    .map((cell) => finding(table, total, cell, `Summe der Zeilen = ${total.label}`, sum(parts, cell.column)));
}

/** "davon" rows and weiblich/männlich rows add up to the row they belong to. */
function groupSums(table: Table): Finding[] {
  const out: Finding[] = [];
  for (const head of table.rows) {
    const members = table.rows.filter((r) => r.group === head.label && (/^davon/i.test(r.label) || /^(weiblich|männlich)$/.test(r.label)));
    if (members.length < 2) continue;
    for (const cell of head.cells.filter((c) => c.unit !== '%' && c.period !== 'Veränderung' && c.period !== 'Differenz')) {
      out.push(finding(table, head, cell, `Summe der Unterzeilen = ${head.label}`, sum(members, cell.column)));
    }
  }
  return out;
}

/** Anteil columns: the row's first count ÷ the grand total's × 100. */
function shares(table: Table): Finding[] {
  const total = table.rows.find(isGrandTotal);
  if (!total) return [];
  const out: Finding[] = [];
  for (const row of table.rows) {
    const share = row.cells.find((c) => c.period === 'Anteil');
    const base = row.cells.find((c) => c.unit === 'Anzahl' && c.period !== 'Veränderung');
    const totalBase = base && total.cells.find((c) => c.column === base.column);
    if (!share || !base || !totalBase || totalBase.value === 0) continue;
    out.push(finding(table, row, share, `Anteil = ${base.column} ÷ ${total.label} × 100`, (base.value / totalBase.value) * 100));
  }
  return out;
}

/** Integrationsquote = Integrationen ÷ Bestand ELB × 100, for Ist and Plan. */
function quotas(table: Table): Finding[] {
  const out: Finding[] = [];
  for (const row of table.rows.filter((r) => /^Integrationsquote/.test(r.label))) {
    const integrations = table.rows.find((r) => r.group === row.label && r.label === 'Integrationen');
    const stock = table.rows.find((r) => r.group === row.label && /^Bestand/.test(r.label));
    if (!integrations || !stock) continue;
    for (const cell of row.cells.filter((c) => c.period === 'Ist' || c.period === 'Plan')) {
      const i = integrations.cells.find((c) => c.column === cell.column)?.value;
      const s = stock.cells.find((c) => c.column === cell.column)?.value;
      if (i !== undefined && s) out.push(finding(table, row, cell, 'Integrationsquote = Integrationen ÷ Bestand ELB × 100', (i / s) * 100));
    }
  }
  return out;
}

/** Frauen + Männer = gesamt, for the rows that repeat under each quota. */
function genderSums(table: Table): Finding[] {
  const out: Finding[] = [];
  const groups = [...new Set(table.rows.map((r) => r.group).filter((g): g is string => Boolean(g)))];
  const whole = groups.find((g) => /gesamt$/.test(g));
  const parts = groups.filter((g) => /Frauen$|Männer$/.test(g));
  if (!whole || parts.length !== 2) return out;
  for (const row of table.rows.filter((r) => r.group === whole)) {
    for (const cell of row.cells) {
      const expected = parts.map((g) => table.rows.find((r) => r.group === g && r.label === row.label)?.cells.find((c) => c.column === cell.column)?.value);
      if (expected.every((v) => v !== undefined)) out.push(finding(table, row, cell, `Frauen + Männer = ${row.label} gesamt`, expected[0]! + expected[1]!));
    }
  }
  return out;
}

/** Columns under a spanning header ("Altersgruppe …") add up to the row's Anzahl. */
function columnGroupSums(table: Table): Finding[] {
  const out: Finding[] = [];
  for (const row of table.rows) {
    const count = row.cells.find((c) => c.column === 'Anzahl');
    const parts = row.cells.filter((c) => /^Altersgruppe /.test(c.column));
    if (count && parts.length > 1) out.push(finding(table, row, count, 'Summe der Altersgruppen = Anzahl', parts.reduce((t, c) => t + c.value, 0)));
  }
  return out;
}

function sum(rows: readonly TableRow[], column: string): number {
  return rows.reduce((total, r) => total + (r.cells.find((c) => c.column === column)?.value ?? 0), 0);
}

/** Discrepancies touching one row of a table, for a one-line note under a figure answer. */
export function discrepanciesFor(findings: readonly Finding[], tableId: string, rowLabel: string): Finding[] {
  return findings.filter((f) => !f.agrees && f.tableId === tableId && f.row === rowLabel);
}
