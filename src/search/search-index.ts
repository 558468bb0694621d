import MiniSearch, { type SearchResult } from 'minisearch';
import type { GermanAnalyser, WeightedTerm } from './analyser';
import { SEARCH_FIELDS, type SearchDoc, type SearchDocKind } from './search-documents';

/** Field boosts: a match on the name of a thing counts more than one in its context or body. */
const FIELD_BOOST = { label: 3, context: 1.2, body: 1 } as const;

/** How a query word matched a document: its own stem counts fully, a guess less. */
const MATCH_QUALITY = { exact: 1, prefix: 0.8, fuzzy: 0.6 } as const;

/** In scoring, a prefix or fuzzy match is worth much less than the word itself ("arbeit" prefixes hundreds of compounds). */
const SCORE_WEIGHTS = { prefix: 0.3, fuzzy: 0.45 } as const;

/** From this many letters on, a fuzzy match counts as the word itself mistyped. */
const LONG_TYPO = 10;

/** Below this many characters a fuzzy match is more often a different word than a typo. */
const MIN_FUZZY_LENGTH = 6;

export interface SearchHit {
  doc: SearchDoc;
  /** MiniSearch's BM25+ score with field and term boosts. */
  score: number;
  /** Share of the query's content words (0–1) that this document matched, fuzzy matches counted less. */
  coverage: number;
  /** Query words that the document did not match. */
  missedWords: string[];
  /** Query words matched by their own stem or as a prefix, not only by a typo-tolerant guess. */
  strongMatches: number;
  /** How many content words the coverage was measured over. */
  wordCount: number;
}

/** One content word of the query and the weighted terms it stands for. */
interface QueryWord {
  word: string;
  terms: WeightedTerm[];
}

export interface SearchOptions {
  kinds?: readonly SearchDocKind[];
  limit?: number;
  /** Words that frame a question ("Rolle", "wie stark") rather than name its topic: they still score, but a hit need not match them. */
  isFramingTerm?: (term: string) => boolean;
}

/**
 * One MiniSearch index over every kind of knowledge document, analysed with the
 * German analyser. Built once at start-up; `search` is pure and allocation-light.
 */
export class ProgrammeSearchIndex {
  private readonly index: MiniSearch<SearchDoc>;
  /** Every term the index holds with its document frequency: a typed word found here is no typo and needs no fuzzy search. */
  private readonly vocabulary = new Map<string, number>();
  /** A derived term (compound part, synonym) in more documents than this says little and costs scoring time. */
  private readonly commonDf: number;

  constructor(
    readonly docs: readonly SearchDoc[],
    private readonly analyser: GermanAnalyser,
  ) {
    this.index = new MiniSearch<SearchDoc>({
      fields: [...SEARCH_FIELDS],
      storeFields: [],
      tokenize: (text) => analyser.tokenize(text),
      processTerm: (term) => analyser.processTerm(term),
    });
    this.index.addAll([...docs]);
    for (const doc of docs) {
      const seen = new Set<string>();
      for (const token of analyser.tokenize(`${doc.label} ${doc.context} ${doc.body}`)) {
        const terms = analyser.processTerm(token);
        for (const term of terms === null ? [] : Array.isArray(terms) ? terms : [terms]) seen.add(term);
      }
      for (const term of seen) this.vocabulary.set(term, (this.vocabulary.get(term) ?? 0) + 1);
    }
    this.commonDf = Math.max(40, docs.length * 0.08);
  }

  /** Content words of a query with their analysed terms; stop words and bare numbers drop out. */
  queryWords(text: string): QueryWord[] {
    const seen = new Set<string>();
    const words: QueryWord[] = [];
    for (const token of this.analyser.tokenize(text)) {
      if (/^\d+([.,]\d+)*$/.test(token)) continue;
      const terms = withTruncations(this.analyser.processQueryTerm(token));
      const key = terms.map((t) => t.term).join(' ');
      if (terms.length === 0 || seen.has(key)) continue;
      seen.add(key);
      words.push({ word: token, terms });
    }
    return words;
  }

  search(text: string, options: SearchOptions = {}): SearchHit[] {
    const words = this.queryWords(text);
    if (words.length === 0) return [];
    const weights = new Map<string, number>();
    for (const term of [...words.flatMap((w) => w.terms), ...this.analyser.analyseQuery(text)]) {
      if (term.origin !== 'word' && (this.vocabulary.get(term.term) ?? 0) > this.commonDf) continue;
      weights.set(term.term, Math.max(weights.get(term.term) ?? 0, term.weight));
    }
    const kinds = options.kinds ? new Set(options.kinds) : undefined;
    // Typo tolerance is for what the user typed; expanding synonyms and parts fuzzily costs much and finds noise.
    const typed = new Set(words.flatMap((w) => w.terms.filter((t) => t.origin === 'word' && !this.vocabulary.has(t.term)).map((t) => t.term)));
    const results = this.index.search([...weights.keys()].join(' '), {
      tokenize: (query) => query.split(' '),
      processTerm: (term) => term,
      boost: FIELD_BOOST,
      boostTerm: (term) => weights.get(term) ?? 1,
      prefix: (term) => term.length >= 5,
      fuzzy: (term) => (typed.has(term) && term.length >= MIN_FUZZY_LENGTH ? maxEdits(term) : false),
      weights: SCORE_WEIGHTS,
      ...(kinds ? { filter: (result: SearchResult) => kinds.has(this.docs[result.id as number]!.ref.kind) } : {}),
    });
    const topical = options.isFramingTerm ? words.filter((w) => !w.terms.some((t) => t.origin === 'word' && options.isFramingTerm!(t.term))) : words;
    const limit = options.limit ?? 80;
    const measured = topical.length > 0 ? topical : words;
    // Coverage is the costly part of a hit: measured only for the hits returned.
    const hits: SearchHit[] = [];
    for (let i = 0; i < results.length && i < limit; i++) hits.push(this.toHit(results[i]!, measured));
    return hits;
  }

  private toHit(result: SearchResult, words: readonly QueryWord[]): SearchHit {
    // MiniSearch's `terms` are the document terms that matched (the keys of `match`); a hit has a handful.
    const docTerms = result.terms;
    const missedWords: string[] = [];
    let covered = 0;
    let strongMatches = 0;
    for (const word of words) {
      let quality = 0;
      for (const term of word.terms) quality = Math.max(quality, matchQuality(term, docTerms));
      if (quality === 0) missedWords.push(word.word);
      // A long word one letter off ("Integratonsquote") is a typo of that word, not a different one.
      if (quality > MATCH_QUALITY.fuzzy || (quality > 0 && word.word.length >= LONG_TYPO)) strongMatches++;
      covered += quality;
    }
    return {
      doc: this.docs[result.id as number]!,
      score: result.score,
      coverage: covered / words.length,
      missedWords,
      strongMatches,
      wordCount: words.length,
    };
  }
}

/**
 * Snowball leaves derivations apart ("Beschäftigte" → beschaftigt, "Beschäftigung" →
 * beschaft); a long stem shortened by three letters, searched as a prefix, joins them.
 */
function withTruncations(terms: WeightedTerm[]): WeightedTerm[] {
  const extra = terms
    .filter((t) => t.origin === 'word' && t.term.length >= 9 && !/\d/.test(t.term))
    .map((t) => ({ term: t.term.slice(0, -3), weight: 0.4, origin: 'part' as const }));
  // The analyser writes "pendel" for "Pendler"; compounds keep the short form ("Pendleraufkommen").
  for (const t of terms) {
    if (t.origin === 'word' && /[^aeiouyl]el$/.test(t.term) && t.term.length >= 6) extra.push({ term: `${t.term.slice(0, -2)}l`, weight: 0.8, origin: 'part' });
  }
  return [...terms, ...extra.filter((t) => !terms.some((u) => u.term === t.term))];
}

function maxEdits(term: string): number {
  return term.length >= 12 ? 2 : 1;
}

function matchQuality(term: WeightedTerm, docTerms: readonly string[]): number {
  const scale = term.origin === 'word' ? 1 : 0.9;
  const text = term.term;
  if (docTerms.includes(text)) return MATCH_QUALITY.exact * scale;
  // Loops rather than some(): this runs for every word of every hit, and a closure per call showed in the allocation profile.
  if (text.length >= 5) {
    for (const d of docTerms) if (d.startsWith(text)) return MATCH_QUALITY.prefix * scale;
  }
  if (term.origin === 'word' && text.length >= MIN_FUZZY_LENGTH) {
    const edits = maxEdits(text);
    for (const d of docTerms) if (withinEdits(text, d, edits)) return MATCH_QUALITY.fuzzy * scale;
  }
  return 0;
}

/** Two rows of the edit-distance table, reused: the check runs for many document terms per question. */
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/** Bounded Levenshtein check: true when a and b differ by at most `max` edits. */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  if (rowA.length <= b.length) {
    rowA = new Int32Array(2 * (b.length + 1));
    rowB = new Int32Array(2 * (b.length + 1));
  }
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const char = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = char === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return false;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return previous[b.length]! <= max;
}
