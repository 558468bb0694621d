import type { Cell, PeriodKind, SectionRef, Table, TableRow, Unit } from '../schema';
import { parseGermanFigure } from '../../german/number';
import { cleanInline, isBold } from './text';

export interface TableContext {
  id: string;
  /** The heading right above the table, or undefined when text stands between them. */
  title: string | undefined;
  /** The sub-heading the table stands under, used when `title` is undefined. */
  heading: string | undefined;
  sectionRef: SectionRef;
  captions: readonly string[];
  stand?: string;
  source?: string;
}

/**
 * One tab-separated table of the export: header lines (no figures in them)
 * then data rows. A header cell spans right over empty cells until the next
 * filled one, so "Altersgruppe" / "15 bis unter 25 Jahre" / "männlich" become
 * one column label. Columns without a single figure (the ↑/↓ arrows) are dropped.
 */
export function parseTable(lines: readonly string[], context: TableContext): Table {
  const rows = lines.map((line) => line.split('\t'));
  // A header line of bare years ("Kennzahl | 2024 | 2025") is no data row.
  const firstData = rows.findIndex((r, i) => isDataRow(r) && !(rows.slice(0, i).every((h) => !isDataRow(h)) && isYearHeader(r) && i + 1 < rows.length));
  if (firstData < 0) throw new Error(`[ingest] table in section ${context.sectionRef} has no row with figures`);
  const headerRows = rows.slice(0, firstData);
  const dataRows = rows.slice(firstData).filter((r) => cleanInline(r[0] ?? '') !== '');
  const width = Math.max(...rows.map((r) => r.length));

  const columnIndexes: number[] = [];
  for (let c = 1; c < width; c++) if (dataRows.some((r) => parseGermanFigure(r[c] ?? '') !== undefined)) columnIndexes.push(c);
  const labelOf = new Map(columnIndexes.map((c, i) => [c, columnLabel(headerRows, c) || `Spalte ${i + 1}`]));

  const title = context.title ?? titleFromRows(dataRows) ?? context.heading;
  if (!title) throw new Error(`[ingest] table in section ${context.sectionRef} has neither a heading nor a bold row to name it`);
  const titleYear = singleYear(title);
  const euro = context.captions.some((c) => /\b(Euro|EUR)\b|€/.test(c));

  const labels = dataRows.map((r) => rowLabel(r[0]!));
  const parsed: TableRow[] = [];
  let lastBold: string | undefined;
  for (const [index, raw] of dataRows.entries()) {
    const label = labels[index]!;
    const bold = isBold(raw[0]!);
    // A row named by a bare year ("2024 | 118 | 131 …" under month columns) dates its cells when the column does not.
    const rowYear = /^(19|20)\d\d$/.test(label) ? Number(label) : undefined;
    const cells: Cell[] = [];
    for (const c of columnIndexes) {
      const text = raw[c] ?? '';
      const value = parseGermanFigure(text);
      if (value === undefined) continue;
      const column = labelOf.get(c)!;
      const time = timeOf(column, rowYear ?? titleYear);
      cells.push({ column, raw: cleanInline(text), value, unit: unitOf(column, label, euro), ...time });
    }
    if (cells.length === 0) continue;
    const repeated = labels.filter((l) => l === label).length > 1;
    const subRow = /^davon\b/i.test(label) || /^[a-zäöü]+$/.test(label) || repeated;
    parsed.push({ label, ...(subRow && lastBold && !bold ? { group: lastBold } : {}), isTotal: bold, cells });
    if (bold) lastBold = label;
  }

  const rowHeader = headerRows.map((h) => cleanInline(h[0] ?? '')).filter(Boolean).join(' ');
  return {
    id: context.id,
    title,
    sectionRef: context.sectionRef,
    ...(context.stand ? { stand: context.stand } : {}),
    ...(context.source ? { source: context.source } : {}),
    ...(context.captions.length ? { captions: [...context.captions] } : {}),
    ...(context.title === undefined && context.heading && context.heading !== title ? { heading: context.heading } : {}),
    ...(rowHeader ? { rowHeader } : {}),
    columns: columnIndexes.map((c) => labelOf.get(c)!),
    rows: parsed,
  };
}

/** A tab-separated block without a single figure is text laid out in columns (an Abkürzungsverzeichnis), not a table of figures. */
export function textRows(lines: readonly string[]): string[][] | undefined {
  const rows = lines.map((line) => line.split('\t').map(cleanInline).filter(Boolean));
  return rows.some((r, i) => isDataRow(lines[i]!.split('\t'))) ? undefined : rows.filter((r) => r.length > 0);
}

/** "Kennzahl | 2024 | 2025" or "Merkmal | 2023 | 2024 | Veränderung in %": every cell that reads as a figure is a bare year. */
function isYearHeader(row: readonly string[]): boolean {
  const figures = row.slice(1).map(cleanInline).filter((c) => parseGermanFigure(c) !== undefined);
  return figures.length > 0 && figures.every((c) => /^(19|20)\d\d$/.test(c));
}

function isDataRow(row: readonly string[]): boolean {
  return cleanInline(row[0] ?? '') !== '' && row.slice(1).some((cell) => parseGermanFigure(cell) !== undefined);
}

/** "Sonstige Integrationsprognosen:" → "Sonstige Integrationsprognosen"; "…Sozialversicherung," loses its comma too. */
function rowLabel(cell: string): string {
  return cleanInline(cell).replace(/[:,]$/, '');
}

/** The header cells above column `c`, parent first; a filled cell spans right over empty ones. */
function columnLabel(headerRows: readonly (readonly string[])[], c: number): string {
  const parts: string[] = [];
  for (const header of headerRows) {
    for (let k = c; k >= 1; k--) {
      const cell = cleanInline(header[k] ?? '');
      if (!cell) continue;
      if (k === c || header.slice(k + 1, c + 1).every((h) => cleanInline(h) === '')) parts.push(cell);
      break;
    }
  }
  return parts.join(' ');
}

/** A table printed without a heading of its own is named by its first bold row: "Integrationsquote gesamt" → "Integrationsquote". */
function titleFromRows(dataRows: readonly (readonly string[])[]): string | undefined {
  const first = dataRows.find((r) => isBold(r[0] ?? ''));
  return first ? rowLabel(first[0]!).replace(/\s+(insgesamt|gesamt)$/i, '') : undefined;
}

function singleYear(text: string): number | undefined {
  const years = [...new Set(text.match(/\b20\d{2}\b/g) ?? [])];
  return years.length === 1 ? Number(years[0]) : undefined;
}

function unitOf(column: string, rowLabel: string, euro: boolean): Unit {
  if (/%|\bAnteil/i.test(column)) return '%';
  // A row that says it is a share ("Anteil LZB an allen ELB in %", "Arbeitslosenquote (in %)") holds shares in every column.
  if (/quote\b|%/i.test(rowLabel) || /^Anteil\b/i.test(rowLabel)) return '%';
  if (euro || /\b(Euro|EUR)\b|€/.test(column)) return '€';
  return 'Anzahl';
}

/** Other programmes name their plan columns "Ziel 2025", "Planung 2025", "Soll 2025", "Zielwert 2025". */
const PERIODS: readonly [RegExp, PeriodKind][] = [
  [/\bIst(?:wert)?\b/, 'Ist'],
  [/\b(?:Plan|Planung|Planwert|Ziel|Zielwert|Soll)\b/, 'Plan'],
  [/Zuteilung/i, 'Zuteilung'],
  [/Schätzwert/i, 'Schätzwert'],
];

/**
 * Year and kind of figure from the column label: "Ist 2023" → 2023/Ist, "Dez. 22"
 * → 2022/Stichtag. Changes span two years and get none. A column without a
 * year takes the table title's single year ("… (JDW 2023)").
 */
function timeOf(column: string, titleYear: number | undefined): { year?: number; period?: PeriodKind } {
  if (/Differenz/i.test(column)) return { period: 'Differenz' };
  if (/Veränderung/i.test(column)) return { period: 'Veränderung' };
  const full = /\b(20\d{2})\b/.exec(column);
  const stichtag = /\b(?:Jan|Feb|März|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez)\.?\s*(\d{2})\b/.exec(column);
  const year = full ? Number(full[1]) : stichtag ? 2000 + Number(stichtag[1]) : titleYear;
  const period: PeriodKind | undefined = /\bAnteil/i.test(column) ? 'Anteil' : (PERIODS.find(([pattern]) => pattern.test(column))?.[1] ?? (stichtag ? 'Stichtag' : undefined));
  return { ...(year !== undefined ? { year } : {}), ...(period ? { period } : {}) };
}
