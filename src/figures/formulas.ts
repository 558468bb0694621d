import { roundHalfUp } from './round';

/** A per cent value, one decimal, rounded half up. */
export type Percent = number & { readonly __unit: 'Percent' };
export const percent = (value: number): Percent => roundHalfUp(value, 1) as Percent;

export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

/** Integrationsquote = Integrationen ÷ durchschnittlicher Bestand ELB × 100. */
export function integrationQuota(integrations: number, stock: number): Outcome<Percent> {
  if (stock <= 0) return { ok: false, message: 'Der Bestand ELB muss größer als 0 sein.' };
  return { ok: true, value: percent((integrations / stock) * 100) };
}

/** Budgetanteil = Betrag ÷ Gesamt × 100. */
export function budgetShare(amount: number, total: number): Outcome<Percent> {
  if (total <= 0) return { ok: false, message: 'Der Gesamtbetrag muss größer als 0 sein.' };
  return { ok: true, value: percent((amount / total) * 100) };
}

export interface Change {
  percent: Percent;
  absolute: number;
}

/** Veränderung = (neu − alt) ÷ alt × 100, plus the absolute difference. */
export function change(oldValue: number, newValue: number): Outcome<Change> {
  if (oldValue === 0) return { ok: false, message: 'Vom Ausgangswert 0 lässt sich keine prozentuale Veränderung berechnen.' };
  return { ok: true, value: { percent: percent(((newValue - oldValue) / Math.abs(oldValue)) * 100), absolute: Number((newValue - oldValue).toPrecision(15)) } };
}

/** Difference of two per cent values in Prozentpunkte, one decimal. */
export function pointsDifference(value: number, reference: number): number {
  return roundHalfUp(value - reference, 1);
}
