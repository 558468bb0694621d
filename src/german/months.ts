/** The German month names, January first: for text the bot writes and reads ("ab März 2025", "Stand September 2023"). */
export const GERMAN_MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'] as const;

const MONTH_NAME = String.raw`(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|mär|apr|jun|jul|aug|sept?|okt|nov|dez)`;
/** A month by name or abbreviation ("September", "Sep", "sept."), as a word of its own, somewhere in a text. */
export const MONTH_WORD = new RegExp(String.raw`(?<!\p{L})${MONTH_NAME}(?!\p{L})`, 'iu');
const ONLY_MONTH = new RegExp(String.raw`^${MONTH_NAME}\.?$`, 'iu');

/** "oktober", "Sept.": the word is a month. */
export function isMonthWord(word: string): boolean {
  return ONLY_MONTH.test(word);
}

const MONTH_YEAR = /(?<![\p{L}\d])(jan|febr?|mär|apr|jun|jul|aug|sept?|okt|nov|dez|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)(\.?)\s*(['’]?)(\d\d|(?:19|20)\d\d)(?![\d.,])/giu;

/**
 * "sept 23", "Dez. 22", "Juni 2024": a month with its year, spelled out ("September 2023"), as the programme
 * writes dates. A two-digit year only after an abbreviated month, with an apostrophe or where nothing follows it: "im Juni 25 Teilnehmer" counts people.
 */
export function spellOutMonthYears(text: string): string {
  return text.replace(MONTH_YEAR, (match, month: string, _dot: string, apostrophe: string, year: string, offset: number, whole: string) => {
    const index = GERMAN_MONTHS.findIndex((m) => m.toLowerCase().startsWith(month.toLowerCase().slice(0, 3)));
    const full = GERMAN_MONTHS[index];
    if (!full) return match;
    // "Beschäftigte Juni 24" ends on the number: nothing follows that it could count.
    const endsClause = /^\s*([?!.,;)]|$)/.test(whole.slice(offset + match.length));
    if (year.length === 2 && !apostrophe && !endsClause && month.toLowerCase() === full.toLowerCase()) return match;
    return `${full} ${year.length === 2 ? `20${year}` : year}`;
  });
}
