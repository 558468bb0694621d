import type { Cell, PeriodKind, Table, TableRow, Unit } from '../schema';
import { cleanInline, isBold, parseGermanFigure } from './markdown-lines';

/**
 * One tab-separated table of the export: header lines (first cell empty or no
 * figures) then data rows. Spanning header cells are carried to the right over
 * empty cells, so "Altersgruppe" / "15 bis unter 25 Jahre" / "männlich" become
 * one column label.
 */
export function parseTableBlock(lines: readonly string[], meta: { id: string; title: string; sectionRef: Table['sectionRef']; caption: string; stand?: string; source?: string }): Table {
  const rows = lines.map((line) => line.split('\t'));
  const firstData = rows.findIndex(isDataRow);
  const headerRows = rows.slice(0, Math.max(firstData, 0));
  const width = Math.max(...rows.map((r) => r.length));
  const columns: string[] = [];
  for (let c = 1; c < width; c++) {
    const parts: string[] = [];
    for (const header of headerRows) {
      let value = '';
      for (let k = c; k >= 1; k--) {
        const cell = cleanInline(header[k] ?? '');
        if (cell) {
          value = k === c || spansTo(header, k, c) ? cell : '';
          break;
        }
      }
      if (value) parts.push(value);
    }
    columns.push(parts.join(' ') || `Spalte ${c}`);
  }

  const rowHeader = headerRows.map((h) => cleanInline(h[0] ?? '')).filter(Boolean).join(' ');
  const dataRows = rows.slice(firstData).filter((r) => cleanInline(r[0] ?? ''));
  const labels = dataRows.map((r) => cleanInline(r[0]!));
  const parsed: TableRow[] = [];
  let lastBold: string | undefined;
  for (const raw of dataRows) {
    const label = cleanInline(raw[0]!).replace(/:$/, '');
    const bold = isBold(raw[0]!);
    const cells: Cell[] = [];
    raw.slice(1).forEach((text, i) => {
      const value = parseGermanFigure(text);
      if (value === undefined) return;
      const column = columns[i]!;
      cells.push({ column, raw: cleanInline(text), value, unit: unitOf(column, label, meta.caption, meta.title), ...periodOf(column) });
    });
    if (cells.length === 0) continue;
    const repeated = labels.filter((l) => l.replace(/:$/, '') === label).length > 1;
    const subRow = /^davon/i.test(label) || /^[a-zäöü]+$/.test(label) || repeated;
    parsed.push({ label, ...(subRow && lastBold && !bold ? { group: lastBold } : {}), isTotal: bold, cells });
    if (bold) lastBold = label;
  }
  return {
    id: meta.id,
    title: meta.title,
    sectionRef: meta.sectionRef,
    ...(meta.stand ? { stand: meta.stand } : {}),
    ...(meta.source ? { source: meta.source } : {}),
    ...(rowHeader ? { rowHeader } : {}),
    columns,
    rows: parsed,
  };
}

function isDataRow(row: readonly string[]): boolean {
  return cleanInline(row[0] ?? '') !== '' && row.slice(1).some((cell) => parseGermanFigure(cell) !== undefined);
}

/** A header cell spans right over empty cells until the next filled one. */
function spansTo(header: readonly string[], from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) if (cleanInline(header[k] ?? '')) return false;
  return true;
}

function unitOf(column: string, rowLabel: string, caption: string, title: string): Unit {
  if (/%|anteil/i.test(column)) return '%';
  if (/quote/i.test(rowLabel)) return '%';
  if (/euro|budget/i.test(`${caption} ${title}`)) return '€';
  return 'Anzahl';
}

function periodOf(column: string): { year?: number; period?: PeriodKind } {
  const year = /20(\d\d)/.exec(column);
  const shortYear = /Dez\.\s*(\d\d)/.exec(column);
  if (/Differenz/i.test(column)) return { period: 'Differenz' };
  if (/Veränderung/i.test(column)) return { period: 'Veränderung' };
  if (/Anteil/i.test(column)) return { period: 'Anteil' };
  const y = year ? 2000 + Number(year[1]) : shortYear ? 2000 + Number(shortYear[1]) : undefined;
  const period: PeriodKind | undefined = /Ist/.test(column)
    ? 'Ist'
    : /Plan/.test(column)
      ? 'Plan'
      : /Zuteilung/i.test(column)
        ? 'Zuteilung'
        : /Schätzwert/i.test(column)
          ? 'Schätzwert'
          : shortYear
            ? 'Stichtag'
            : undefined;
  return { ...(y ? { year: y } : {}), ...(period ? { period } : {}) };
}
