import type { DateTime } from 'luxon';
import { roundHalfUp } from './round';
import type { Count, Euro, Percent, Points } from './units';

const ONE_DECIMAL = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const SIGNED_ONE_DECIMAL = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
const UP_TO_TWO = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 });
const SIGNED_UP_TO_TWO = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2, signDisplay: 'exceptZero' });

/** Every figure is rounded by our rule first, so Intl's own rounding never decides. */
const twoDecimals = (value: number): number => roundHalfUp(value, 2);

/** 4706577 → "4.706.577"; 1.25 → "1,25" (at most two decimals). */
export function formatNumber(value: number): string {
  return UP_TO_TWO.format(twoDecimals(value));
}

/** 865 → "865", 4521 → "4.521". */
export function formatCount(value: Count): string {
  return formatNumber(value);
}

/** 4706577 → "4.706.577 €". */
export function formatEuro(value: Euro): string {
  return `${formatNumber(value)} €`;
}

/** 19.06 → "19,1 %". */
export function formatPercent(value: Percent | number): string {
  return `${ONE_DECIMAL.format(roundHalfUp(value, 1))} %`;
}

/** 5 → "+5,0 %", -12.3 → "-12,3 %", 0 → "0,0 %". */
export function formatSignedPercent(value: Percent | number): string {
  return `${SIGNED_ONE_DECIMAL.format(roundHalfUp(value, 1))} %`;
}

/** 141 → "+141", -662157 → "-662.157". */
export function formatSignedNumber(value: number): string {
  return SIGNED_UP_TO_TWO.format(twoDecimals(value));
}

/** -2 → "-2,0 Prozentpunkte"; 0 → "0,0 Prozentpunkte". */
export function formatPoints(value: Points | number): string {
  return `${SIGNED_ONE_DECIMAL.format(roundHalfUp(value, 1))} Prozentpunkte`;
}

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
