import type { DateTime } from 'luxon';
import { formatNumber } from '../german/number';

/** A calendar day in Berlin time: "13.11.2023". */
export function formatDate(date: DateTime): string {
  return date.setZone('Europe/Berlin').toFormat('dd.MM.yyyy');
}

/** "1 Monat", "6 Monate". */
export function formatMonths(value: number): string {
  return value === 1 ? '1 Monat' : `${formatNumber(value)} Monate`;
}

/** "in 1 Monat", "in 15 Monaten". */
export function formatInMonths(value: number): string {
  return value === 1 ? 'in 1 Monat' : `in ${formatNumber(value)} Monaten`;
}
