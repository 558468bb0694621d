import { withinEdits } from '../search/search-index';
import { fold, type ProgrammeScope } from './programme-scope';

/** Shorter words are often everyday German the programme happens not to use ("meisten", "welcher", "brauchen"): they stay. */
const MIN_LETTERS = 10;
/** From this many letters two edits still leave the word recognisable ("integrationsqoute"). */
const TWO_EDITS_FROM = 14;
/** Corrections are remembered per word (bounded): the vocabulary scan is the cost. */
const CACHE_SIZE = 5_000;

/**
 * "integrationsqoute ziel 2024" → "integrationsquote ziel 2024": a typed word the programme never uses, with
 * exactly one programme word within a typo's reach (one edit or a swap of neighbours; two edits for long words,
 * the first letter kept), is written as the programme spells it. A word with several such neighbours stays as
 * typed — a guess between two words is no correction.
 */
export class SpellingCorrector {
  private readonly byFirstLetter = new Map<string, string[]>();
  private readonly cache = new Map<string, string | null>();

  constructor(private readonly scope: Pick<ProgrammeScope, 'vocabulary' | 'spellings'>) {
    for (const word of scope.vocabulary) {
      if (word.length < MIN_LETTERS - 1 || word.includes('-')) continue;
      const list = this.byFirstLetter.get(word[0]!) ?? [];
      list.push(word);
      this.byFirstLetter.set(word[0]!, list);
    }
  }

  correct(text: string): string {
    return text.replace(/(?<![\p{L}\d*-])\p{L}\p{Ll}+(?![\p{L}\d*-])/gu, (word) => {
      const corrected = this.correctWord(word);
      if (!corrected) return word;
      return word[0] === word[0]!.toLowerCase() ? corrected : corrected[0]!.toUpperCase() + corrected.slice(1);
    });
  }

  private correctWord(word: string): string | undefined {
    if (word.length < MIN_LETTERS) return undefined;
    const folded = fold(word);
    if (this.scope.vocabulary.has(folded)) return undefined;
    let corrected = this.cache.get(folded);
    if (corrected === undefined) {
      corrected = this.nearest(folded) ?? null;
      if (this.cache.size >= CACHE_SIZE) this.cache.clear();
      this.cache.set(folded, corrected);
    }
    return corrected === null ? undefined : (this.scope.spellings.get(corrected) ?? corrected);
  }

  private nearest(folded: string): string | undefined {
    const words = this.byFirstLetter.get(folded[0]!) ?? [];
    const within = (max: number): string[] => words.filter((w) => Math.abs(w.length - folded.length) <= max && (withinEdits(folded, w, max) || swapsNeighbours(folded, w)));
    // "personengruppen" for the document's "personengruppe" is an inflection, which the analyser's stemmer reads: no typo.
    if (words.some((w) => (w.startsWith(folded) || folded.startsWith(w)) && Math.abs(w.length - folded.length) <= 2)) return undefined;
    const close = within(1);
    if (close.length > 0) return close.length === 1 ? close[0] : undefined;
    if (folded.length < TWO_EDITS_FROM) return undefined;
    const farther = within(2);
    return farther.length === 1 ? farther[0] : undefined;
  }
}

/** "qoute" and "quote": the same letters, two neighbours swapped. */
function swapsNeighbours(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
