/** The German month names, January first: for text the bot writes and reads ("ab März 2025", "Stand September 2023"). */
export const GERMAN_MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'] as const;

const MONTH_YEAR = /(?<![\p{L}\d])(jan|febr?|mär|apr|jun|jul|aug|sept?|okt|nov|dez|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)(\.?)\s*(['’]?)(\d\d|(?:19|20)\d\d)(?![\d.,])/giu;

/**
 * "sept 23", "Dez. 22", "Juni 2024": a month with its year, spelled out ("September 2023"), as the programme
 * writes dates. A two-digit year only after an abbreviated month or with an apostrophe: "im Juni 25 Teilnehmer" counts people.
 */
export function spellOutMonthYears(text: string): string {
  return text.replace(MONTH_YEAR, (match, month: string, _dot: string, apostrophe: string, year: string) => {
    const index = GERMAN_MONTHS.findIndex((m) => m.toLowerCase().startsWith(month.toLowerCase().slice(0, 3)));
    const full = GERMAN_MONTHS[index];
    if (!full) return match;
    if (year.length === 2 && !apostrophe && month.toLowerCase() === full.toLowerCase()) return match;
    return `${full} ${year.length === 2 ? `20${year}` : year}`;
  });
}
