/** Letters a dotted abbreviation needs to be read as a cut-off word ("männl.", "weibl.", "durchschn."); "ca." and "Mio." stay. */
const MIN_LETTERS = 4;
/** The word is cut off only inflection-deep from its shortest completion: "männl." is "männlich", not "männlichen" or "Männlichkeit" both. */
const MAX_INFLECTION = 2;

/**
 * "lzb männl. plan 24" → "lzb männlich plan 24": a word ending in a dot that the vocabulary does not hold, but
 * that is the start of exactly one vocabulary word (and its inflected forms), is written out. The typed letters
 * stay as typed, so cue words still read them; the rest comes from the vocabulary.
 * `vocabulary` holds folded words (`fold` folds a typed word the same way).
 */
export function expandDottedAbbreviations(text: string, vocabulary: ReadonlySet<string>, fold: (word: string) => string): string {
  return text.replace(/(?<![\p{L}\d.])(\p{L}+)\.(?=\s|$)/gu, (whole, word: string) => {
    const prefix = fold(word);
    if (word.length < MIN_LETTERS || vocabulary.has(prefix)) return whole;
    const completion = completionOf(prefix, vocabulary);
    return completion ? word + completion.slice(prefix.length) : whole;
  });
}

function completionOf(prefix: string, vocabulary: ReadonlySet<string>): string | undefined {
  let shortest: string | undefined;
  const all: string[] = [];
  for (const w of vocabulary) {
    if (w.length <= prefix.length || !w.startsWith(prefix)) continue;
    all.push(w);
    if (!shortest || w.length < shortest.length) shortest = w;
  }
  if (!shortest) return undefined;
  return all.every((w) => w.startsWith(shortest!) && w.length - shortest!.length <= MAX_INFLECTION) ? shortest : undefined;
}
