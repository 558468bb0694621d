/** "Ist 23", "Plan '24": a column word with a two-digit year, as the tables' "Ist 2023", "Plan 2024". */
const PERIOD_SHORT_YEAR = /(?<![\p{L}\d])(ist|plan|soll|ziel|zuteilung|prognose)\s*['’]?(\d\d)(?![\d.,%])(?!\s*(?:%|prozent|monat|jahr|personen|menschen))/giu;

/** The two-digit years of column words spelled out, so that they read as years and never as values. */
export function spellOutPeriodYears(text: string): string {
  return text.replace(PERIOD_SHORT_YEAR, (_m, period: string, year: string) => `${period} 20${year}`);
}
