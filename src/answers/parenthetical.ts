/**
 * "in der Industrie (verarbeitendes Gewerbe)": the writer names the thing in the programme's words in brackets.
 * A word before the brackets that the programme never uses is dropped for them; one it uses stays beside them.
 */
const MIN_NAME_WORD = 5;
const BRACKETED = /(\p{L}[\p{L}-]*)\s*\(([^()]{3,60})\)/gu;

export function preferBracketedName(text: string, isKnownWord: (word: string) => boolean): string {
  return text.replace(BRACKETED, (match: string, before: string, inside: string) => {
    // Short words and abbreviations ("IQ (in %)") are not the writer's own name for a thing.
    const words = (inside.match(/\p{L}+/gu) ?? []).filter((w) => w.length >= MIN_NAME_WORD);
    if (before.length < MIN_NAME_WORD || words.length === 0 || isKnownWord(before) || !words.every(isKnownWord)) return match;
    return inside.trim();
  });
}
