/**
 * What a figure is, in its type: a count of people, an amount in euro, a per-cent
 * value, a difference in Prozentpunkte or a number of months. The brands cost
 * nothing at run time and keep "19,1 %" from being formatted as "19,1 €".
 */
declare const unit: unique symbol;
export type Quantity<U extends string> = number & { readonly [unit]: U };

/** A whole number of people or cases (Integrationen, ELB), ≥ 0. */
export type Count = Quantity<'Count'>;
/** An amount of money in euro. */
export type Euro = Quantity<'Euro'>;
/** A per-cent value as printed: rounded half up to one decimal. */
export type Percent = Quantity<'Percent'>;
/** The difference of two per-cent values, rounded to one decimal. */
export type Points = Quantity<'Prozentpunkte'>;
/** A number of calendar months. */
export type Months = Quantity<'Months'>;

export const count = (value: number): Count => value as Count;
export const euro = (value: number): Euro => value as Euro;
export const months = (value: number): Months => value as Months;
