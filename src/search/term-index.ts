import SearchableMap from 'minisearch/SearchableMap';

/**
 * One term of a query with how it scores and what else it may match: the query
 * spec MiniSearch builds from its `boostTerm`, `prefix` and `fuzzy` options.
 */
export interface TermQuery {
  term: string;
  boost: number;
  /** Also match longer terms that start with it. */
  prefix: boolean;
  /** Also match terms at most this many edits away (0: none). */
  fuzzy: number;
}

export interface TermScoring {
  /** By field, in the order the fields were indexed. */
  fieldBoosts: readonly number[];
  /** Weights of a prefix and of a fuzzy match, as MiniSearch's `weights`. */
  prefix: number;
  fuzzy: number;
}

export interface TermMatch {
  doc: number;
  score: number;
  /** The index terms the document matched (ids for `termText`): the keys of MiniSearch's `match`. */
  terms: readonly number[];
}

/** MiniSearch's BM25+ defaults. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;

interface Posting {
  docs: number[];
  freqs: number[];
}

/**
 * BM25+ over documents with a few text fields: indexed and queried exactly as
 * MiniSearch 7 does it with OR, prefix and fuzzy matching, and the same scores
 * in the same order (test/search/term-index.test.ts compares the two). It does
 * without MiniSearch's result map and objects per query term and document,
 * which were half of what an answer allocated.
 */
export class TermIndex {
  private readonly ids = new Map<string, number>();
  private readonly texts: string[] = [];
  /** postings[term][field] */
  private readonly postings: (Posting | undefined)[][] = [];
  private readonly df: number[] = [];
  /** The terms in a radix tree built in MiniSearch's order, so prefix and fuzzy matches come in its order too. */
  private readonly tree = new SearchableMap<number>();
  /** Term ids in the tree's iteration order; the terms under a prefix are one run of it. */
  private readonly byTreeOrder: number[] = [];
  private readonly treeRank: number[] = [];
  /** Term ids sorted by text, to find the terms under a prefix by binary search. */
  private readonly byText: number[] = [];
  private readonly fieldLength: number[] = [];
  private readonly avgFieldLength: number[] = [];
  readonly documentCount: number;

  // Scratch for one search; search is synchronous, so one set serves every call.
  private readonly total: Float64Array;
  private readonly partial: Float64Array;
  private readonly queryMark: Float64Array;
  private readonly searchMark: Float64Array;
  private readonly matchMark: Float64Array;
  private readonly matchedQueries: Int32Array;
  private readonly touched: Int32Array;
  private touchedCount = 0;
  private readonly found: Int32Array;
  /** Per document, a list of the index terms it matched: head, then entries linked by `matchNext`. */
  private readonly firstMatch: Int32Array;
  private matchTerm = new Int32Array(256);
  private matchNext = new Int32Array(256);
  private matchCount = 0;
  private mark = 0;
  /** Ranks in tree order of the first and last term under a prefix (see `findExtensions`). */
  private runFirst = 0;
  private runLast = -1;
  /** Best first; a number, not a difference, so that comparing allocates nothing. */
  private readonly byScore = (a: number, b: number): number => (this.total[b]! > this.total[a]! ? 1 : this.total[b]! < this.total[a]! ? -1 : 0);

  constructor(
    docs: readonly (readonly string[])[],
    tokenize: (text: string) => string[],
    processTerm: (token: string) => string | string[] | null,
  ) {
    const fields = docs[0]?.length ?? 0;
    this.documentCount = docs.length;
    const lastDoc: number[] = [];
    docs.forEach((values, doc) => {
      for (let field = 0; field < fields; field++) {
        const tokens = tokenize(values[field]!);
        // MiniSearch counts distinct tokens, stop words included, and keeps a running mean.
        const length = new Set(tokens).size;
        this.fieldLength[doc * fields + field] = length;
        this.avgFieldLength[field] = ((this.avgFieldLength[field] || 0) * doc + length) / (doc + 1);
        for (const token of tokens) {
          const processed = processTerm(token);
          if (Array.isArray(processed)) {
            for (const term of processed) this.add(term, field, doc, lastDoc);
          } else if (processed) {
            this.add(processed, field, doc, lastDoc);
          }
        }
      }
    });
    for (const id of this.tree.values()) {
      this.treeRank[id] = this.byTreeOrder.length;
      this.byTreeOrder.push(id);
    }
    this.byText = this.texts.map((_, id) => id).sort((a, b) => (this.texts[a]! < this.texts[b]! ? -1 : 1));
    const n = docs.length;
    this.total = new Float64Array(n);
    this.partial = new Float64Array(n);
    this.queryMark = new Float64Array(n);
    this.searchMark = new Float64Array(n);
    this.matchMark = new Float64Array(n);
    this.matchedQueries = new Int32Array(n);
    this.firstMatch = new Int32Array(n);
    this.touched = new Int32Array(n);
    this.found = new Int32Array(n);
  }

  has(term: string): boolean {
    return this.ids.has(term);
  }

  /** In how many documents the term occurs, in any field. */
  documentFrequency(term: string): number {
    const id = this.ids.get(term);
    return id === undefined ? 0 : this.df[id]!;
  }

  termText(id: number): string {
    return this.texts[id]!;
  }

  /**
   * The documents matching any of the queries, best first (ties in MiniSearch's
   * order), at most `limit`; `accept` filters documents before the limit. The
   * query terms must differ from each other.
   */
  search(queries: readonly TermQuery[], scoring: TermScoring, limit: number, accept?: (doc: number) => boolean): TermMatch[] {
    const searchMark = ++this.mark;
    let found = 0;
    this.matchCount = 0;
    for (const query of queries) {
      const term = query.term;
      if (!term) continue;
      const queryMark = ++this.mark;
      this.touchedCount = 0;
      const exact = this.ids.get(term);
      if (exact !== undefined) this.scoreTerm(exact, 1 * query.boost, scoring, queryMark, searchMark);
      if (query.prefix) {
        this.findExtensions(term);
        for (let rank = this.runFirst; rank <= this.runLast; rank++) {
          const id = this.byTreeOrder[rank]!;
          const length = this.texts[id]!.length;
          if (length === term.length) continue;
          const weight = (scoring.prefix * length) / (length + 0.3 * (length - term.length));
          this.scoreTerm(id, weight * query.boost, scoring, queryMark, searchMark);
        }
      }
      if (query.fuzzy > 0) {
        for (const [text, [id, distance]] of this.tree.fuzzyGet(term, query.fuzzy)) {
          // A term that is also a prefix match counted as one above.
          if (!distance || (query.prefix && text.length > term.length && text.startsWith(term))) continue;
          const weight = (scoring.fuzzy * text.length) / (text.length + distance);
          this.scoreTerm(id, weight * query.boost, scoring, queryMark, searchMark);
        }
      }
      // MiniSearch's OR: a document's score for this query term is added to what it has so far.
      for (let i = 0; i < this.touchedCount; i++) {
        const doc = this.touched[i]!;
        if (this.searchMark[doc] !== searchMark) {
          this.searchMark[doc] = searchMark;
          this.total[doc] = this.partial[doc]!;
          this.matchedQueries[doc] = 1;
          this.found[found++] = doc;
        } else {
          this.total[doc] = this.total[doc]! + this.partial[doc]!;
          this.matchedQueries[doc]!++;
        }
      }
    }
    const ranked: number[] = [];
    for (let i = 0; i < found; i++) {
      const doc = this.found[i]!;
      this.total[doc] = this.total[doc]! * this.matchedQueries[doc]!;
      if (!accept || accept(doc)) ranked.push(doc);
    }
    // Array sort is stable: equal scores keep the order in which documents were first matched, as in MiniSearch.
    ranked.sort(this.byScore);
    const matches: TermMatch[] = [];
    for (let i = 0; i < ranked.length && i < limit; i++) {
      const doc = ranked[i]!;
      const terms: number[] = [];
      for (let m = this.firstMatch[doc]!; m >= 0; m = this.matchNext[m]!) terms.push(this.matchTerm[m]!);
      matches.push({ doc, score: this.total[doc]!, terms });
    }
    return matches;
  }

  private add(term: string, field: number, doc: number, lastDoc: number[]): void {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.texts.length;
      this.ids.set(term, id);
      this.texts.push(term);
      this.postings.push([]);
      this.df.push(0);
      this.tree.set(term, id);
    }
    if (lastDoc[id] !== doc) {
      lastDoc[id] = doc;
      this.df[id]!++;
    }
    const byField = this.postings[id]!;
    const posting = (byField[field] ??= { docs: [], freqs: [] });
    const last = posting.docs.length - 1;
    if (posting.docs[last] === doc) posting.freqs[last]!++;
    else {
      posting.docs.push(doc);
      posting.freqs.push(1);
    }
  }

  /** Adds one index term's BM25+ scores (times `weight`) to the documents it occurs in. */
  private scoreTerm(id: number, weight: number, scoring: TermScoring, queryMark: number, searchMark: number): void {
    const byField = this.postings[id]!;
    const fields = this.avgFieldLength.length;
    for (let field = 0; field < fields; field++) {
      const posting = byField[field];
      if (!posting) continue;
      const matching = posting.docs.length;
      const avgFieldLength = this.avgFieldLength[field]!;
      const idf = Math.log(1 + (this.documentCount - matching + 0.5) / (matching + 0.5));
      const fieldWeight = weight * scoring.fieldBoosts[field]!;
      for (let i = 0; i < matching; i++) {
        const doc = posting.docs[i]!;
        const freq = posting.freqs[i]!;
        const fieldLength = this.fieldLength[doc * fields + field]!;
        const scored = fieldWeight * (idf * (BM25.d + (freq * (BM25.k + 1)) / (freq + BM25.k * (1 - BM25.b + (BM25.b * fieldLength) / avgFieldLength))));
        if (this.queryMark[doc] !== queryMark) {
          this.queryMark[doc] = queryMark;
          this.partial[doc] = scored;
          this.touched[this.touchedCount++] = doc;
        } else {
          this.partial[doc] = this.partial[doc]! + scored;
        }
        this.noteMatch(doc, id, searchMark);
      }
    }
  }

  /** Records that `doc` matched index term `id`, once per search. */
  private noteMatch(doc: number, id: number, searchMark: number): void {
    let last = -1;
    if (this.matchMark[doc] !== searchMark) {
      this.matchMark[doc] = searchMark;
    } else {
      for (let m = this.firstMatch[doc]!; m >= 0; m = this.matchNext[m]!) {
        if (this.matchTerm[m] === id) return;
        last = m;
      }
    }
    if (this.matchCount === this.matchTerm.length) {
      const term = new Int32Array(2 * this.matchCount);
      const next = new Int32Array(2 * this.matchCount);
      term.set(this.matchTerm);
      next.set(this.matchNext);
      this.matchTerm = term;
      this.matchNext = next;
    }
    const entry = this.matchCount++;
    this.matchTerm[entry] = id;
    this.matchNext[entry] = -1;
    if (last < 0) this.firstMatch[doc] = entry;
    else this.matchNext[last] = entry;
  }

  /**
   * Sets runFirst..runLast to the tree-order ranks of the terms that start with
   * `prefix` (itself included): in a radix tree they are one run.
   */
  private findExtensions(prefix: string): void {
    let low = 0;
    let high = this.byText.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.texts[this.byText[mid]!]! < prefix) low = mid + 1;
      else high = mid;
    }
    this.runFirst = Infinity;
    this.runLast = -1;
    for (let i = low; i < this.byText.length && this.texts[this.byText[i]!]!.startsWith(prefix); i++) {
      const rank = this.treeRank[this.byText[i]!]!;
      if (rank < this.runFirst) this.runFirst = rank;
      if (rank > this.runLast) this.runLast = rank;
    }
  }
}
