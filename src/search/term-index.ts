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

/**
 * BM25+ over documents with a few text fields: indexed and queried exactly as
 * MiniSearch 7 does it with OR, prefix and fuzzy matching, and the same scores
 * in the same order (test/search/term-index.test.ts compares the two). It does
 * without MiniSearch's result map and objects per query term and document,
 * which were half of what an answer allocated, and a posting's BM25+ score,
 * fixed once the index is built, is worked out then.
 */
export class TermIndex {
  private readonly ids = new Map<string, number>();
  private readonly texts: string[] = [];
  private readonly df: number[] = [];
  /** Postings of term `id` in field `f`: indexes postingStart[id·F + f] up to postingStart[id·F + f + 1]. */
  private readonly postingStart: Int32Array;
  private readonly postingDoc: Int32Array;
  /** The posting's BM25+ score before boosts. */
  private readonly postingScore: Float64Array;
  private readonly fields: number;
  /** The terms in a radix tree filled in MiniSearch's order, so fuzzy matches come in its order too. */
  private readonly tree = new SearchableMap<number>();
  /** Term ids in the tree's iteration order (MiniSearch's order of prefix matches); the terms under a prefix are one run of it. */
  private readonly byTreeOrder: Int32Array;
  /** For each term, the run of tree ranks holding it and the terms that extend it. */
  private readonly extensionsFirst: Int32Array;
  private readonly extensionsLast: Int32Array;
  /** Term ids sorted by text, for prefixes that are no term themselves. */
  private readonly byText: number[];
  readonly documentCount: number;

  // Scratch for one search; search is synchronous, so one set serves every call.
  private readonly total: Float64Array;
  private readonly partial: Float64Array;
  private readonly matchedQueries: Int32Array;
  private readonly touched: Int32Array;
  private touchedCount = 0;
  private readonly found: Int32Array;
  /** Marks tell whether a document (or term) was seen by the current query term, search or scoring pass. */
  private mark = 0;
  private readonly queryMark: Float64Array;
  private readonly searchMark: Float64Array;
  private readonly listMark: Float64Array;
  private readonly noteMark: Float64Array;
  private readonly termMark: Float64Array;
  /** Per document, the index terms it matched: a list from firstMatch[doc] linked by matchNext. */
  private readonly firstMatch: Int32Array;
  private matchTerm = new Int32Array(256);
  private matchNext = new Int32Array(256);
  private matchCount = 0;
  private runFirst = 0;
  private runLast = -1;
  /** Best first; returns a sign, not a difference, so that comparing allocates nothing. */
  private readonly byScore = (a: number, b: number): number => (this.total[b]! > this.total[a]! ? 1 : this.total[b]! < this.total[a]! ? -1 : 0);

  constructor(
    docs: readonly (readonly string[])[],
    tokenize: (text: string) => string[],
    processTerm: (token: string) => string | string[] | null,
  ) {
    const fields = docs[0]?.length ?? 0;
    const n = docs.length;
    this.fields = fields;
    this.documentCount = n;
    const fieldLength = new Int32Array(n * fields);
    const avgFieldLength: number[] = [];
    /** While building: per term and field, documents and term frequencies in document order. */
    const postings: { docs: number[]; freqs: number[] }[][] = [];
    const lastDoc: number[] = [];
    const add = (term: string, field: number, doc: number): void => {
      let id = this.ids.get(term);
      if (id === undefined) {
        id = this.texts.length;
        this.ids.set(term, id);
        this.texts.push(term);
        this.df.push(0);
        postings.push([]);
        this.tree.set(term, id);
      }
      if (lastDoc[id] !== doc) {
        lastDoc[id] = doc;
        this.df[id]!++;
      }
      const posting = (postings[id]![field] ??= { docs: [], freqs: [] });
      const last = posting.docs.length - 1;
      if (posting.docs[last] === doc) posting.freqs[last]!++;
      else {
        posting.docs.push(doc);
        posting.freqs.push(1);
      }
    };
    docs.forEach((values, doc) => {
      for (let field = 0; field < fields; field++) {
        const tokens = tokenize(values[field]!);
        // MiniSearch counts distinct tokens, stop words included, and keeps a running mean.
        const length = new Set(tokens).size;
        fieldLength[doc * fields + field] = length;
        avgFieldLength[field] = ((avgFieldLength[field] || 0) * doc + length) / (doc + 1);
        for (const token of tokens) {
          const processed = processTerm(token);
          if (Array.isArray(processed)) {
            for (const term of processed) add(term, field, doc);
          } else if (processed) {
            add(processed, field, doc);
          }
        }
      }
    });

    const terms = this.texts.length;
    this.postingStart = new Int32Array(terms * fields + 1);
    let total = 0;
    for (let id = 0; id < terms; id++) {
      for (let field = 0; field < fields; field++) {
        this.postingStart[id * fields + field] = total;
        total += postings[id]![field]?.docs.length ?? 0;
      }
    }
    this.postingStart[terms * fields] = total;
    this.postingDoc = new Int32Array(total);
    this.postingScore = new Float64Array(total);
    for (let id = 0; id < terms; id++) {
      for (let field = 0; field < fields; field++) {
        const posting = postings[id]![field];
        if (!posting) continue;
        const start = this.postingStart[id * fields + field]!;
        const matching = posting.docs.length;
        const avg = avgFieldLength[field]!;
        // MiniSearch's calcBM25Score, operation for operation, so the scores are the same to the last bit.
        const idf = Math.log(1 + (n - matching + 0.5) / (matching + 0.5));
        for (let i = 0; i < matching; i++) {
          const doc = posting.docs[i]!;
          const freq = posting.freqs[i]!;
          const length = fieldLength[doc * fields + field]!;
          this.postingDoc[start + i] = doc;
          this.postingScore[start + i] = idf * (BM25.d + (freq * (BM25.k + 1)) / (freq + BM25.k * (1 - BM25.b + (BM25.b * length) / avg)));
        }
      }
    }

    this.byTreeOrder = new Int32Array(terms);
    const treeRank = new Int32Array(terms);
    let rank = 0;
    for (const id of this.tree.values()) {
      treeRank[id] = rank;
      this.byTreeOrder[rank++] = id;
    }
    this.byText = this.texts.map((_, id) => id).sort((a, b) => (this.texts[a]! < this.texts[b]! ? -1 : 1));
    // In text order a term is followed by the terms that extend it: one pass with a stack of open prefixes.
    this.extensionsFirst = new Int32Array(terms);
    this.extensionsLast = new Int32Array(terms);
    const open: number[] = [];
    for (const id of this.byText) {
      while (open.length > 0 && !this.texts[id]!.startsWith(this.texts[open[open.length - 1]!]!)) open.pop();
      open.push(id);
      this.extensionsFirst[id] = treeRank[id]!;
      this.extensionsLast[id] = treeRank[id]!;
      for (const prefix of open) {
        if (treeRank[id]! < this.extensionsFirst[prefix]!) this.extensionsFirst[prefix] = treeRank[id]!;
        if (treeRank[id]! > this.extensionsLast[prefix]!) this.extensionsLast[prefix] = treeRank[id]!;
      }
    }

    this.total = new Float64Array(n);
    this.partial = new Float64Array(n);
    this.matchedQueries = new Int32Array(n);
    this.touched = new Int32Array(n);
    this.found = new Int32Array(n);
    this.queryMark = new Float64Array(n);
    this.searchMark = new Float64Array(n);
    this.listMark = new Float64Array(n);
    this.noteMark = new Float64Array(n);
    this.termMark = new Float64Array(terms);
    this.firstMatch = new Int32Array(n);
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
        this.findExtensions(term, exact);
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

  /** Adds index term `id`'s scores (times `weight` and the field boost) to the documents it occurs in. */
  private scoreTerm(id: number, weight: number, scoring: TermScoring, queryMark: number, searchMark: number): void {
    // A term scored before in this search (for another query term) has noted its documents already.
    const noting = this.termMark[id] !== searchMark;
    this.termMark[id] = searchMark;
    const noteMark = ++this.mark;
    const fields = this.fields;
    for (let field = 0; field < fields; field++) {
      const fieldWeight = weight * scoring.fieldBoosts[field]!;
      const end = this.postingStart[id * fields + field + 1]!;
      for (let p = this.postingStart[id * fields + field]!; p < end; p++) {
        const doc = this.postingDoc[p]!;
        const scored = fieldWeight * this.postingScore[p]!;
        if (this.queryMark[doc] !== queryMark) {
          this.queryMark[doc] = queryMark;
          this.partial[doc] = scored;
          this.touched[this.touchedCount++] = doc;
        } else {
          this.partial[doc] = this.partial[doc]! + scored;
        }
        if (noting && this.noteMark[doc] !== noteMark) {
          this.noteMark[doc] = noteMark;
          this.noteMatch(doc, id, searchMark);
        }
      }
    }
  }

  private noteMatch(doc: number, id: number, searchMark: number): void {
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
    this.matchNext[entry] = this.listMark[doc] === searchMark ? this.firstMatch[doc]! : -1;
    this.listMark[doc] = searchMark;
    this.firstMatch[doc] = entry;
  }

  /**
   * Sets runFirst..runLast to the tree-order ranks of the terms that start with
   * `prefix` (itself included): in a radix tree they are one run.
   */
  private findExtensions(prefix: string, id: number | undefined): void {
    if (id !== undefined) {
      this.runFirst = this.extensionsFirst[id]!;
      this.runLast = this.extensionsLast[id]!;
      return;
    }
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
      const other = this.byText[i]!;
      if (this.extensionsFirst[other]! < this.runFirst) this.runFirst = this.extensionsFirst[other]!;
      if (this.extensionsLast[other]! > this.runLast) this.runLast = this.extensionsLast[other]!;
    }
  }
}
