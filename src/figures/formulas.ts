import { roundHalfUp } from '../german/number';
import { failure, success, type Result } from '../german/result';
import type { Percent, Points } from './units';

/** A per-cent value as the programme prints it: one decimal, rounded half up. */
export const percent = (value: number): Percent => roundHalfUp(value, 1) as Percent;

export type FormulaErrorKind = 'stock-zero' | 'total-zero';

export interface FormulaError {
  kind: FormulaErrorKind;
  message: string;
}

export type FormulaResult<T> = Result<T, FormulaError>;

/**
 * Integrationsquote = Integrationen ÷ durchschnittlicher Bestand ELB × 100
 * (programme, section 3.1), one decimal.
 */
export function integrationQuota(integrations: number, stock: number): FormulaResult<Percent> {
  if (stock <= 0) return failure({ kind: 'stock-zero', message: 'Der durchschnittliche Bestand ELB muss größer als 0 sein.' });
  return success(percent((integrations / stock) * 100));
}

/** Budgetanteil = Betrag ÷ Gesamt × 100, one decimal. */
export function budgetShare(amount: number, total: number): FormulaResult<Percent> {
  if (total <= 0) return failure({ kind: 'total-zero', message: 'Der Gesamtbetrag muss größer als 0 sein.' });
  return success(percent((amount / total) * 100));
}

export type Direction = 'up' | 'down' | 'none';

export interface Change {
  /** (neu − alt) ÷ alt × 100, one decimal; null when it is not defined (alt = 0, neu ≠ 0). */
  percent: Percent | null;
  /** neu − alt. */
  absolute: number;
  direction: Direction;
}

/** Veränderung from `oldValue` to `newValue`: per cent with sign and the absolute difference. */
export function change(oldValue: number, newValue: number): Change {
  // Inputs carry at most a few decimals; 19,1 − 17,1 must be 2, not 2.0000000000000018.
  const absolute = roundHalfUp(newValue - oldValue, 6);
  const direction: Direction = absolute > 0 ? 'up' : absolute < 0 ? 'down' : 'none';
  if (oldValue === 0) return { percent: absolute === 0 ? percent(0) : null, absolute, direction };
  return { percent: percent((absolute / Math.abs(oldValue)) * 100), absolute, direction };
}

/**
 * A per-cent result against a programme value, in Prozentpunkte. Both sides are
 * compared as printed (one decimal), so the difference is what a reader computes.
 */
export function pointsDifference(value: Percent | number, reference: Percent | number): Points {
  return roundHalfUp(roundHalfUp(value, 1) - roundHalfUp(reference, 1), 1) as Points;
}
