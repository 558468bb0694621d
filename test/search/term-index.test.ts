import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { loadKnowledge } from '../../src/knowledge/load';
import { createGermanAnalyser } from '../../src/search/analyser';
import { buildSearchDocuments, SEARCH_FIELDS } from '../../src/search/search-documents';
import { TermIndex, type TermQuery, type TermScoring } from '../../src/search/term-index';
import { pinnedProgrammeDir } from '../programmes/pinned';

const knowledge = loadKnowledge(pinnedProgrammeDir());
const docs = buildSearchDocuments(knowledge);
const analyser = createGermanAnalyser({
  vocabulary: docs.flatMap((d) => [d.label, d.context, d.body]).join(' ').split(/\s+/),
  synonyms: knowledge.synonyms,
  abbreviations: knowledge.glossary,
});
const tokenize = (text: string): string[] => analyser.tokenize(text);
const processTerm = (token: string): string | string[] | null => analyser.processTerm(token);
const index = new TermIndex(
  docs.map((d) => SEARCH_FIELDS.map((field) => d[field])),
  tokenize,
  processTerm,
);
const reference = new MiniSearch({ fields: [...SEARCH_FIELDS], storeFields: [], tokenize, processTerm });
reference.addAll(docs);
const terms = reference.toJSON().index.map(([term]) => term);

/** What MiniSearch finds for the same queries: document ids, scores and matched terms, best first. */
function referenceSearch(queries: readonly TermQuery[], scoring: TermScoring): { doc: number; score: number; terms: string[] }[] {
  const byTerm = new Map(queries.map((q) => [q.term, q]));
  return reference
    .search(queries.map((q) => q.term).join(' '), {
      tokenize: (query) => query.split(' '),
      processTerm: (term) => term,
      boost: Object.fromEntries(SEARCH_FIELDS.map((field, i) => [field, scoring.fieldBoosts[i]!])),
      boostTerm: (term) => byTerm.get(term)!.boost,
      prefix: (term) => byTerm.get(term)!.prefix,
      fuzzy: (term) => byTerm.get(term)!.fuzzy || false,
      weights: { prefix: scoring.prefix, fuzzy: scoring.fuzzy },
    })
    .map((r) => ({ doc: r.id as number, score: r.score, terms: [...r.terms].sort() }));
}

function search(queries: readonly TermQuery[], scoring: TermScoring, limit = Infinity): { doc: number; score: number; terms: string[] }[] {
  return index.search(queries, scoring, limit).map((m) => ({ doc: m.doc, score: m.score, terms: m.terms.map((id) => index.termText(id)).sort() }));
}

const scoring: TermScoring = { fieldBoosts: [3, 1.2, 1], prefix: 0.3, fuzzy: 0.45 };

/** An index term, cut short (a prefix query), or with one letter changed, dropped or added (a typo). */
const queryTerm = fc.tuple(fc.integer({ min: 0, max: terms.length - 1 }), fc.constantFrom('whole', 'cut', 'typo', 'extra'), fc.nat()).map(([i, form, n]) => {
  const term = terms[i]!;
  const at = term.length > 0 ? n % term.length : 0;
  if (form === 'cut') return term.slice(0, Math.max(1, at));
  if (form === 'typo') return term.slice(0, at) + 'x' + term.slice(at + 1);
  if (form === 'extra') return term.slice(0, at) + 'e' + term.slice(at);
  return term;
});
const query = fc.uniqueArray(
  fc.record({ term: queryTerm, boost: fc.constantFrom(1, 0.7, 0.6, 0.4), prefix: fc.boolean(), fuzzy: fc.constantFrom(0, 0, 1, 2) }),
  { minLength: 1, maxLength: 14, selector: (q) => q.term },
);

describe('TermIndex', () => {
  it('knows the index terms and their document frequency', () => {
    expect(index.has('integrationsquot')).toBe(true);
    expect(index.has('gibtsnicht')).toBe(false);
    expect(index.documentFrequency('integrationsquot')).toBeGreaterThan(1);
    expect(index.documentFrequency('gibtsnicht')).toBe(0);
  });

  it('finds what MiniSearch finds for a question, with the same scores in the same order', () => {
    const queries: TermQuery[] = [
      { term: 'integrationsquot', boost: 1, prefix: true, fuzzy: 0 },
      { term: 'frau', boost: 1, prefix: false, fuzzy: 0 },
      { term: 'integration', boost: 0.6, prefix: true, fuzzy: 0 },
      { term: 'langzeitarbeitslos', boost: 1, prefix: true, fuzzy: 2 },
    ];
    const found = search(queries, scoring);
    expect(found.length).toBeGreaterThan(10);
    expect(found).toEqual(referenceSearch(queries, scoring));
  });

  it('agrees with MiniSearch on any query: exact, prefix and fuzzy terms, boosts, ties, any limit', () => {
    fc.assert(
      fc.property(query, fc.integer({ min: 1, max: 120 }), (queries, limit) => {
        const expected = referenceSearch(queries, scoring);
        expect(search(queries, scoring)).toEqual(expected);
        expect(search(queries, scoring, limit)).toEqual(expected.slice(0, limit));
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('keeps to the limit and filters before it', () => {
    const queries: TermQuery[] = [{ term: 'arbeit', boost: 1, prefix: true, fuzzy: 0 }];
    const all = search(queries, scoring);
    expect(index.search(queries, scoring, 5).map((m) => m.doc)).toEqual(all.slice(0, 5).map((m) => m.doc));
    const even = index.search(queries, scoring, 5, (doc) => doc % 2 === 0).map((m) => m.doc);
    expect(even).toEqual(all.filter((m) => m.doc % 2 === 0).slice(0, 5).map((m) => m.doc));
  });

  it('finds nothing for no queries or unknown terms', () => {
    expect(index.search([], scoring, 80)).toEqual([]);
    expect(index.search([{ term: 'qqqqqqq', boost: 1, prefix: true, fuzzy: 1 }], scoring, 80)).toEqual([]);
  });
});
