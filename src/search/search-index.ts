import type { GermanAnalyser, WeightedTerm } from './analyser';
import { SEARCH_FIELDS, type SearchDoc, type SearchDocKind } from './search-documents';
import { TermIndex, type TermMatch, type TermQuery, type TermScoring } from './term-index';

import { DEFAULT_RANKING_WEIGHTS } from './ranking-weights';

const WEIGHTS = DEFAULT_RANKING_WEIGHTS.search;
const MATCH_QUALITY = WEIGHTS.matchQuality;

/** From this many letters on, a fuzzy match counts as the word itself mistyped. */
const LONG_TYPO = WEIGHTS.typo.longWord;

/** Below this many characters a fuzzy match is more often a different word than a typo. */
const MIN_FUZZY_LENGTH = WEIGHTS.typo.minLength;

/** Distinct query tokens remembered with their terms before the memo starts afresh. */
const TOKEN_TERMS_CACHE = 20_000;

const SCORING: TermScoring = { fieldBoosts: SEARCH_FIELDS.map((field) => WEIGHTS.fieldBoost[field]), ...WEIGHTS.scoreWeight };

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
  /** The index terms the document matched and the query's words, for `ProgrammeSearchIndex.unnamedWords`. */
  readonly match: { terms: readonly number[]; words: readonly QueryWord[] };
}

/** One content word of the query and the weighted terms it stands for. */
export interface QueryWord {
  word: string;
  terms: readonly WeightedTerm[];
}

export interface SearchOptions {
  kinds?: readonly SearchDocKind[];
  limit?: number;
  /** Words that frame a question ("Rolle", "wie stark") rather than name its topic: they still score, but a hit need not match them. */
  isFramingTerm?: (term: string) => boolean;
}

/**
 * One BM25+ index (MiniSearch's scoring, see TermIndex) over every kind of knowledge
 * document, analysed with the German analyser. Built once at start-up; `search` is pure and allocation-light.
 */
export class ProgrammeSearchIndex {
  /** Also every term with its document frequency: a typed word found here is no typo and needs no fuzzy search. */
  private readonly index: TermIndex;
  /** A derived term (compound part, synonym) in more documents than this says little and costs scoring time. */
  private readonly commonDf: number;
  private readonly tokenTerms = new Map<string, readonly WeightedTerm[]>();

  constructor(
    readonly docs: readonly SearchDoc[],
    private readonly analyser: GermanAnalyser,
  ) {
    this.index = new TermIndex(
      docs.map((doc) => SEARCH_FIELDS.map((field) => doc[field])),
      (text) => analyser.tokenize(text),
      (term) => analyser.processTerm(term),
    );
    this.commonDf = Math.max(WEIGHTS.commonTerm.minDocs, docs.length * WEIGHTS.commonTerm.docShare);
  }

  /** Content words of a query with their analysed terms; stop words and bare numbers drop out. */
  queryWords(text: string): QueryWord[] {
    const seen = new Set<string>();
    const words: QueryWord[] = [];
    for (const token of this.analyser.tokenize(text)) {
      if (/^\d+([.,]\d+)*$/.test(token)) continue;
      const terms = this.queryTermsOf(token);
      if (terms.length === 0) continue;
      let key = terms[0]!.term;
      for (let i = 1; i < terms.length; i++) key += ` ${terms[i]!.term}`;
      if (seen.has(key)) continue;
      seen.add(key);
      words.push({ word: token, terms });
    }
    return words;
  }

  /** A token's query terms with their truncations: the same for every query, so made once per token. */
  private queryTermsOf(token: string): readonly WeightedTerm[] {
    let terms = this.tokenTerms.get(token);
    if (!terms) {
      terms = withTruncations(this.analyser.processQueryTerm(token));
      if (this.tokenTerms.size >= TOKEN_TERMS_CACHE) this.tokenTerms.clear();
      this.tokenTerms.set(token, terms);
    }
    return terms;
  }

  search(text: string, options: SearchOptions = {}): SearchHit[] {
    const words = this.queryWords(text);
    if (words.length === 0) return [];
    const weights = new Map<string, number>();
    for (const word of words) for (const term of word.terms) this.weigh(weights, term);
    for (const term of this.analyser.analyseQuery(text)) this.weigh(weights, term);
    const kinds = options.kinds ? new Set(options.kinds) : undefined;
    // Typo tolerance is for what the user typed; expanding synonyms and parts fuzzily costs much and finds noise.
    const typed = new Set<string>();
    // A synonym is matched as itself, not as the start of longer words: "Budget" → "Finanz" is no "Finanzdienstleistung".
    const ownTerms = new Set<string>();
    for (const word of words) {
      for (const t of word.terms) {
        if (t.origin === 'word' && !this.index.has(t.term)) typed.add(t.term);
        if (t.origin !== 'synonym') ownTerms.add(t.term);
      }
    }
    const queries: TermQuery[] = [];
    for (const [term, weight] of weights) {
      queries.push({ term, boost: weight, prefix: term.length >= 5 && ownTerms.has(term), fuzzy: typed.has(term) && term.length >= MIN_FUZZY_LENGTH ? maxEdits(term) : 0 });
    }
    const limit = options.limit ?? WEIGHTS.limit;
    const results = this.index.search(queries, SCORING, limit, kinds ? (doc) => kinds.has(this.docs[doc]!.ref.kind) : undefined);
    const topical = options.isFramingTerm ? words.filter((w) => !w.terms.some((t) => t.origin === 'word' && options.isFramingTerm!(t.term))) : words;
    const measured = topical.length > 0 ? topical : words;
    // Hits share most of their matched terms: how well each word matches a term is worked out once per search.
    const qualities = new Map<number, Float64Array>();
    const best = new Float64Array(measured.length);
    const hits: SearchHit[] = [];
    for (const result of results) hits.push(this.toHit(result, measured, qualities, best));
    return hits;
  }

  private weigh(weights: Map<string, number>, term: WeightedTerm): void {
    if (term.origin !== 'word' && this.index.documentFrequency(term.term) > this.commonDf) return;
    weights.set(term.term, Math.max(weights.get(term.term) ?? 0, term.weight));
  }

  /**
   * A word is named by a document when its own stem, a variant or a synonym matches,
   * or when every one of its compound parts does.
   */
  unnamedWords(hit: SearchHit): string[] {
    const { terms: docTerms, words } = hit.match;
    const unnamed: string[] = [];
    for (let w = 0; w < words.length; w++) {
      const terms = words[w]!.terms;
      let whole = false;
      let partsSeen = 0;
      let partsMatched = 0;
      for (let t = 0; t < terms.length && !whole; t++) {
        const term = terms[t]!;
        let matched = false;
        for (const docTerm of docTerms) {
          if (matchQuality(term, this.index.termText(docTerm)) > 0) {
            matched = true;
            break;
          }
        }
        if (term.origin === 'part') {
          partsSeen++;
          if (matched) partsMatched++;
        } else if (matched) whole = true;
      }
      if (!whole && (partsSeen === 0 || partsMatched < partsSeen)) unnamed.push(words[w]!.word);
    }
    return unnamed;
  }

  /** `best` is scratch for the best quality of each word over the hit's terms. */
  private toHit(result: TermMatch, words: readonly QueryWord[], qualities: Map<number, Float64Array>, best: Float64Array): SearchHit {
    best.fill(0);
    for (const term of result.terms) {
      let byWord = qualities.get(term);
      if (!byWord) {
        byWord = wordQualities(words, this.index.termText(term));
        qualities.set(term, byWord);
      }
      for (let w = 0; w < words.length; w++) if (byWord[w]! > best[w]!) best[w] = byWord[w]!;
    }
    const missedWords: string[] = [];
    let covered = 0;
    let strongMatches = 0;
    for (let w = 0; w < words.length; w++) {
      const quality = best[w]!;
      if (quality === 0) missedWords.push(words[w]!.word);
      // A long word one letter off ("Integratonsquote") is a typo of that word, not a different one.
      if (quality > MATCH_QUALITY.fuzzy || (quality > 0 && words[w]!.word.length >= LONG_TYPO)) strongMatches++;
      covered += quality;
    }
    return {
      doc: this.docs[result.doc]!,
      score: result.score,
      coverage: covered / words.length,
      missedWords,
      strongMatches,
      wordCount: words.length,
      match: { terms: result.terms, words },
    };
  }
}

/**
 * Snowball leaves derivations apart ("Beschäftigte" → beschaftigt, "Beschäftigung" →
 * beschaft); a long stem shortened by three letters, searched as a prefix, joins them.
 */
function withTruncations(terms: readonly WeightedTerm[]): readonly WeightedTerm[] {
  let withCuts: WeightedTerm[] | undefined;
  const push = (term: WeightedTerm): void => {
    if (!terms.some((u) => u.term === term.term)) (withCuts ??= [...terms]).push(term);
  };
  for (const t of terms) {
    if (t.origin !== 'word' || /\d/.test(t.term)) continue;
    if (t.term.length >= 9) push({ term: t.term.slice(0, -3), weight: WEIGHTS.truncatedStemWeight, origin: 'variant', cut: true });
    // The analyser writes "pendel" for "Pendler"; compounds keep the short form ("Pendleraufkommen").
    if (t.term.length >= 6 && /[^aeiouyl]el$/.test(t.term)) push({ term: `${t.term.slice(0, -2)}l`, weight: WEIGHTS.elStemWeight, origin: 'variant' });
  }
  return withCuts ?? terms;
}

function maxEdits(term: string): number {
  return term.length >= 12 ? 2 : 1;
}

/** For each query word, how well its best term matches the document term: a hit's word quality is the best over its terms. */
function wordQualities(words: readonly QueryWord[], docTerm: string): Float64Array {
  const byWord = new Float64Array(words.length);
  for (let w = 0; w < words.length; w++) {
    let quality = 0;
    for (const term of words[w]!.terms) quality = Math.max(quality, matchQuality(term, docTerm));
    byWord[w] = quality;
  }
  return byWord;
}

function matchQuality(term: WeightedTerm, docTerm: string): number {
  const scale = term.origin === 'word' ? 1 : WEIGHTS.derivedTermScale;
  const text = term.term;
  if (docTerm === text) return MATCH_QUALITY.exact * scale;
  // A cut stem ("beschaf" of "beschäftigt") stands for its derivations, not for any compound it starts ("durchschnitts…").
  if (text.length >= 5 && docTerm.startsWith(text) && (!term.cut || docTerm.length <= text.length + WEIGHTS.variantPrefixSlack)) return MATCH_QUALITY.prefix * scale;
  if (term.origin === 'word' && text.length >= MIN_FUZZY_LENGTH && withinEdits(text, docTerm, maxEdits(text))) return MATCH_QUALITY.fuzzy * scale;
  return 0;
}

/** Two rows of the edit-distance table, reused: the check runs for many document terms per question. */
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/**
 * Bounded Levenshtein check: true when a and b differ by at most `max` edits.
 * Only the band of cells within `max` of the diagonal is filled (cells outside
 * it are more than `max` anyway): coverage runs it for many term pairs per question.
 */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  if (rowA.length <= b.length) {
    rowA = new Int32Array(2 * (b.length + 1));
    rowB = new Int32Array(2 * (b.length + 1));
  }
  const over = max + 1;
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= b.length; j++) previous[j] = j <= max ? j : over;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    current[0] = i <= max ? i : over;
    current[from - 1] = from === 1 ? current[0]! : over;
    let rowMin = current[from - 1]!;
    const char = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const cost = char === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (to < b.length) current[to + 1] = over;
    if (rowMin > max) return false;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return previous[b.length]! <= max;
}
