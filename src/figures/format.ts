import { DateTime } from 'luxon';
import { roundHalfUp } from './round';

const ONE_DECIMAL = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const UP_TO_TWO = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 });

/** 4706577 → "4.706.577"; 1.25 → "1,25". */
export function formatNumber(value: number): string {
  return UP_TO_TWO.format(value);
}

/** 19.06 → "19,1 %". */
export function formatPercent(value: number): string {
  return `${ONE_DECIMAL.format(roundHalfUp(value, 1))} %`;
}

/** 5 → "+5,0 %", -12.3 → "-12,3 %". */
export function formatSignedPercent(value: number): string {
  const rounded = roundHalfUp(value, 1);
  return `${rounded > 0 ? '+' : ''}${ONE_DECIMAL.format(rounded)} %`;
}

export function formatSignedNumber(value: number): string {
  return `${value > 0 ? '+' : ''}${formatNumber(value)}`;
}

export function formatPoints(value: number): string {
  const rounded = roundHalfUp(value, 1);
  return `${rounded > 0 ? '+' : ''}${ONE_DECIMAL.format(rounded)} Prozentpunkte`;
}

export function formatEuro(value: number): string {
  return `${formatNumber(value)} €`;
}

export function formatDate(date: DateTime): string {
  return date.setZone('Europe/Berlin').toFormat('dd.MM.yyyy');
}
