import { DateTime } from 'luxon';
import { formatGermanNumber } from '../german/number';
import type { Cell, Unit } from '../knowledge/schema';

/**
 * Shows a figure the way the programme prints it, with its unit: the printed
 * digits are kept (the document's own rounding), changes get an explicit sign.
 */
export function formatCell(cell: Cell): string {
  const signed = cell.period === 'Veränderung' || cell.period === 'Differenz';
  return withUnit(signed && cell.value > 0 && !cell.raw.startsWith('+') ? `+${cell.raw}` : cell.raw, cell.unit);
}

export function withUnit(digits: string, unit: Unit): string {
  switch (unit) {
    case '%':
      return `${digits} %`;
    case '€':
      return `${digits} €`;
    case 'Prozentpunkte':
      return `${digits} Prozentpunkte`;
    case 'Anzahl':
      return digits;
  }
}

/** A prose figure's value: 4530 → "4.530", 90.2 % → "90,2 %". */
export function formatValue(value: number, unit: Unit): string {
  if (unit === '€' && Math.abs(value) >= 1_000_000 && value % 100_000 === 0) return `${formatGermanNumber(value / 1_000_000, { maxDecimals: 1 })} Mio. €`;
  return withUnit(formatGermanNumber(value, { maxDecimals: 1 }), unit);
}

/** The programme's few dates, formatted once: luxon's parse and format cost more than the rest of a figure answer. */
const formattedDates = new Map<string, string>();

/** 2023-09-14 → 14.09.2023 */
export function formatIsoDate(iso: string): string {
  let formatted = formattedDates.get(iso);
  if (formatted === undefined) {
    // A calendar date needs no time-zone conversion (which costs an Intl lookup per call).
    formatted = DateTime.fromISO(iso, { zone: 'utc' }).toFormat('dd.MM.yyyy');
    if (formattedDates.size < 1_000) formattedDates.set(iso, formatted);
  }
  return formatted;
}

/**
 * A sentence figure as the document states it: word figures as printed ("fast ein
 * Viertel"), numbers in German format with the document's qualifier ("ca. 4.530").
 */
export function formatProseFigure(figure: { value: number; unit: Unit; printed?: string | undefined }): string {
  if (figure.printed && !/\d/.test(figure.printed)) return figure.printed;
  const qualifier = /^(ca\.|fast|mehr als|rund|etwa|knapp|über)\s/i.exec(figure.printed ?? '')?.[1];
  return `${qualifier ? `${qualifier} ` : ''}${formatValue(figure.value, figure.unit)}`;
}
