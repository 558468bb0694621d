import { stemmer as germanStemmer } from '@orama/stemmers/german';
import { GERMAN_STOP_WORDS } from './stop-words';

export interface AnalyserOptions {
  /** Words of the corpus (raw tokens from all indexed text); compound parts are only split off against this vocabulary. */
  vocabulary: Iterable<string>;
  /** Groups of interchangeable terms (may be multi-word, e.g. "junge Menschen"), expanded in both directions at query time. */
  synonyms?: readonly (readonly string[])[];
  /** Abbreviations and their expansions; treated as synonym groups. */
  abbreviations?: readonly { abbreviation: string; expansion: string; aliases?: readonly string[] }[];
}

export interface WeightedTerm {
  term: string;
  weight: number;
  /** why it is there: the word itself, a part of a compound, or a synonym */
  /** 'variant': another form of the whole word (a derivation's stem), unlike a compound's 'part'. */
  origin: 'word' | 'part' | 'synonym' | 'variant';
  /** A stem cut short to reach its derivations ("beschaf…"): it matches them as a prefix, not every compound it starts. */
  cut?: true;
}

export interface GermanAnalyser {
  tokenize(text: string): string[];
  processTerm(token: string): string | string[] | null;
  processQueryTerm(token: string): WeightedTerm[];
  /** All weighted terms of a query, synonyms of phrases included. The result is shared: read it, do not change it. */
  analyseQuery(text: string): readonly WeightedTerm[];
  stem(word: string): string;
}

const PART_WEIGHT = 0.6;
const SYNONYM_WEIGHT = 0.7;
const MIN_PART = 4;
const LINKS = ['s', 'es', 'n', 'en', 'e'];
const CACHE_LIMIT = 50_000;

/** Words, numbers in German format, and words joined by gender markers or hyphens ("Kund*innen", "BAMF-Sprachkurse"). */
const TOKEN = /\d+(?:[.,]\d+)*|[\p{L}\p{N}]+(?:[*:_\-/][\p{L}\p{N}]+)*/gu;

/** A word cut off by a hyphen before "und", "oder", "bzw.", "sowie" or a comma, and the word that completes it. */
const TRUNCATION = /(\p{L}{2,})-(?:,\s*|\s+(?:und|oder|bzw\.|sowie)\s+)(\p{L}{6,})/gu;

/** Keeps the heavier of two weighted terms for the same term. */
function keepHeaviest(terms: Map<string, WeightedTerm>, t: WeightedTerm): void {
  const existing = terms.get(t.term);
  if (!existing || existing.weight < t.weight) terms.set(t.term, t);
}

/** "Kund*innen" → "Kunden" form: the gender marker and its ending go, the stem stays. */
function stripGenderMarker(token: string): string {
  return token.replace(/[*:_](innen|in)$/i, '').replace(/([a-zäöüß])Innen$/, '$1');
}

const UMLAUT = /[äöüß]/;

/** Lower case with umlauts and ß folded, so "Geflüchtete" and "Gefluchtete" meet. */
export function foldUmlauts(word: string): string {
  const lower = word.toLowerCase();
  // Most words have nothing to fold: four replacements would copy them four times.
  return UMLAUT.test(lower) ? lower.replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u').replace(/ß/g, 'ss') : lower;
}

/** Shortest root a derivational ending may leave: "planung" → "plan", never "bild" → "b". */
const MIN_ROOT = 4;

/** After "-ung" is cut: the first of these endings that leaves a root is cut too. */
const DERIVATIONS: [ending: string, replacement: string][] = [
  ['iert', ''],
  ['ier', ''],
  ['ation', ''],
  ['eln', 'el'],
  ['elt', 'el'],
  ['ert', ''],
  ['er', ''],
  ['tzt', 'tz'],
  ['eut', 'eu'],
];

/**
 * Snowball keeps verbs, participles and their nouns apart ("integriert" /
 * "Integration", "Planung" / "planen", "verringert" / "Verringerung", "Pendler" /
 * "pendeln"); staff ask with the verb what the programme says with the noun.
 * One further cut per stem brings such families to a shared root. Index and
 * queries go through it alike, so an over-cut only merges rare neighbours.
 */
export function conflate(stem: string, word = stem): string {
  let root = stem;
  if (root.endsWith('ung') && root.length - 3 >= MIN_ROOT) root = root.slice(0, -3);
  if (word.endsWith('ieren') && root.endsWith('i') && root.length - 1 >= MIN_ROOT) return root.slice(0, -1);
  for (const [ending, replacement] of DERIVATIONS) {
    if (root.endsWith(ending) && root.length - ending.length + replacement.length >= MIN_ROOT) return withFullEl(root.slice(0, -ending.length) + replacement);
  }
  return withFullEl(root);
}

/**
 * "vermittl" (Vermittlung), "pendl" (Pendler), "handl" (Handlung) → "vermittel",
 * "pendel", "handel": the form of "vermitteln", "Pendel", "Handel", which also
 * stays a prefix of compounds ("Mitteleinsatz").
 */
function withFullEl(root: string): string {
  // Not for short stems: "egl" (EGL) is an abbreviation, not a cut "-el".
  return root.length >= 5 && /[^aeiouyäöül]l$/.test(root) ? `${root.slice(0, -1)}el` : root;
}

/** Snowball, then the derivational cut. */
function stemWord(normal: string): string {
  return conflate(germanStemmer(normal), normal);
}

/**
 * The German analyser: tokenise → strip gender markers → fold case and umlauts
 * (ae/oe/ue only where the vocabulary proves it) → drop stop words → Snowball
 * stem → split compounds against the corpus vocabulary → expand synonyms.
 */
export function createGermanAnalyser(options: AnalyserOptions): GermanAnalyser {
  const vocabulary = new Set<string>();
  // Each distinct word once: the corpus repeats most of its words, and folding them is most of start-up's analysis.
  for (const raw of new Set(options.vocabulary)) {
    for (const token of raw.match(TOKEN) ?? []) {
      for (const part of token.split(/[-/]/)) vocabulary.add(foldUmlauts(stripGenderMarker(part)));
    }
  }
  const dictionary = new Set<string>();
  for (const word of vocabulary) {
    if (word.length >= MIN_PART && !/\d/.test(word)) dictionary.add(word);
  }

  /** "gefluechtete" → "gefluchtete" when only the transcribed form is unknown to the corpus. */
  const normaliseUncached = (token: string): string => {
    const folded = foldUmlauts(stripGenderMarker(token));
    if (vocabulary.has(folded) || !/ae|oe|ue/.test(folded)) return folded;
    const transcribed = folded.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');
    return vocabulary.has(transcribed) ? transcribed : folded;
  };
  // Each query normalises its tokens again to find synonym phrases: the same words, over and over.
  const normalCache = new Map<string, string>();
  const normalise = (token: string): string => {
    let normal = normalCache.get(token);
    if (normal === undefined) {
      normal = normaliseUncached(token);
      if (normalCache.size >= CACHE_LIMIT) normalCache.clear();
      normalCache.set(token, normal);
    }
    return normal;
  };

  // Ranking and reading a question stem the same few hundred words again and again; Snowball is the cost.
  const stemCache = new Map<string, string>();
  const stem = (word: string): string => {
    let stemmed = stemCache.get(word);
    if (stemmed === undefined) {
      const normal = normalise(word);
      stemmed = /^\d/.test(normal) ? normal : stemWord(normal);
      if (stemCache.size >= CACHE_LIMIT) stemCache.clear();
      stemCache.set(word, stemmed);
    }
    return stemmed;
  };

  /** Best split of a compound into known parts (longer parts preferred); one unknown final part is allowed. */
  const splitCompound = (word: string): string[] => {
    if (word.length < 2 * MIN_PART + 1) return [];
    const best: ({ score: number; parts: string[] } | undefined)[] = [{ score: 0, parts: [] }];
    for (let end = MIN_PART; end <= word.length; end++) {
      for (let start = 0; start <= end - MIN_PART; start++) {
        const before = best[start];
        if (!before || (start === 0 && end === word.length)) continue;
        let segment = word.slice(start, end);
        let known = dictionary.has(segment);
        let linked = false;
        if (!known) {
          const link = LINKS.find((l) => segment.endsWith(l) && dictionary.has(segment.slice(0, -l.length)));
          if (link && end < word.length) {
            segment = segment.slice(0, -link.length);
            known = linked = true;
          }
        }
        const unknownTail = !known && end === word.length && start > 0 && before.parts.length > 0;
        if (!known && !unknownTail) continue;
        // Squares favour few long parts; a Fugen-s that explains a boundary beats an unknown tail starting with "s".
        const score = before.score + (known ? segment.length * segment.length : segment.length) + (linked ? 2 : 0);
        if (!best[end] || score > best[end]!.score) best[end] = { score, parts: [...before.parts, segment] };
      }
    }
    const result = best[word.length];
    return result && result.parts.length > 1 ? result.parts : [];
  };

  const termCache = new Map<string, WeightedTerm[]>();
  /** Terms of one token: its stem, plus stems of hyphen parts and compound parts. */
  const termsOf = (token: string): WeightedTerm[] => {
    const cached = termCache.get(token);
    if (cached) return cached;
    const terms = new Map<string, WeightedTerm>();
    const add = (term: string, weight: number, origin: WeightedTerm['origin']): void => {
      const existing = terms.get(term);
      if (!existing || existing.weight < weight) terms.set(term, { term, weight, origin });
    };
    const pieces = token.split(/[-/]/).filter(Boolean);
    const whole = normalise(pieces.join(''));
    if (pieces.length === 1 && GERMAN_STOP_WORDS.has(whole)) {
      termCache.set(token, []);
      return [];
    }
    add(/^\d/.test(whole) ? whole : stemWord(whole), 1, 'word');
    for (const piece of pieces.length > 1 ? pieces : []) {
      const normal = normalise(piece);
      if (!GERMAN_STOP_WORDS.has(normal)) add(stemWord(normal), PART_WEIGHT, 'part');
    }
    for (const piece of pieces) {
      // "durch" in "Durchschnitt" is no topic of its own: a part that is a stop word is not searched for.
      for (const part of splitCompound(normalise(piece))) if (!GERMAN_STOP_WORDS.has(part)) add(stemWord(part), PART_WEIGHT, 'part');
    }
    const result = [...terms.values()];
    if (termCache.size >= CACHE_LIMIT) termCache.clear();
    termCache.set(token, result);
    return result;
  };

  /** The head a truncated first part shares: "Forstwirtschaft" → "wirtschaft", "Elektroindustrie" → "industrie". */
  const headOf = (word: string): string | undefined => {
    const normal = normalise(word);
    for (let start = 1; start <= normal.length - MIN_PART; start++) {
      if (dictionary.has(normal.slice(start))) return normal.slice(start);
    }
    return splitCompound(normal).at(-1);
  };

  /** "Land-, Forstwirtschaft", "Metall- und Elektroindustrie": the truncated word in full ("Landwirtschaft", "Metallindustrie"). */
  const truncatedWords = (text: string): string[] => {
    const words: string[] = [];
    for (const match of text.matchAll(TRUNCATION)) {
      const head = headOf(match[2]!);
      if (head) words.push(`${match[1]}${head}`);
    }
    return words;
  };

  const tokenize = (text: string): string[] => {
    const tokens = text.match(TOKEN) ?? [];
    return text.includes('- ') || text.includes('-,') ? [...tokens, ...truncatedWords(text)] : tokens;
  };

  // Synonym groups keyed by each member's analysed terms; multi-word members are matched as phrases.
  const groups: string[][] = [
    ...(options.synonyms ?? []).map((g) => [...g]),
    ...(options.abbreviations ?? []).map((a) => [a.abbreviation, a.expansion, ...(a.aliases ?? [])]),
  ];
  const groupTerms = groups.map((group) => group.map((member) => tokenize(member).flatMap((t) => termsOf(t).filter((w) => w.origin === 'word').map((w) => w.term))));
  const bySingleTerm = new Map<string, number[]>();
  /** Multi-word members, padded with a space each side to be found between words. */
  const phrases: { phrase: string; group: number }[] = [];
  groupTerms.forEach((members, g) => {
    members.forEach((terms, m) => {
      if (terms.length === 1) bySingleTerm.set(terms[0]!, [...(bySingleTerm.get(terms[0]!) ?? []), g]);
      else if (terms.length > 1) phrases.push({ phrase: ` ${tokenize(groups[g]![m]!).map(normalise).join(' ')} `, group: g });
    });
  });
  // A word of several groups' multi-word members ("Menschen" of "geflüchtete Menschen", "junge Menschen") names
  // none of them: it is left out of their expansions, or "Geflüchtete" would find every row about "Menschen".
  // Abbreviations' expansions ("Erwerbsfähige Leistungsberechtigte") are names of one thing and keep all their words.
  const synonymGroupCount = options.synonyms?.length ?? 0;
  const groupsOfPhraseWord = new Map<string, Set<number>>();
  groupTerms.slice(0, synonymGroupCount).forEach((members, g) => {
    for (const terms of members) if (terms.length > 1) for (const t of terms) groupsOfPhraseWord.set(t, (groupsOfPhraseWord.get(t) ?? new Set()).add(g));
  });
  const isGenericPhraseWord = (term: string): boolean => (groupsOfPhraseWord.get(term)?.size ?? 0) > 1;
  // Made once: every question with a synonym would otherwise build the same terms again.
  const groupSynonyms: readonly (readonly WeightedTerm[])[] = groupTerms.map((members, g) => {
    if (g >= synonymGroupCount) return [...new Set(members.flat())].map((term) => ({ term, weight: SYNONYM_WEIGHT, origin: 'synonym' as const }));
    const own = new Set(members.filter((terms) => terms.length === 1).flat());
    const terms = new Set(members.flatMap((ts) => (ts.length === 1 ? ts : ts.filter((t) => own.has(t) || !isGenericPhraseWord(t)))));
    return [...terms].map((term) => ({ term, weight: SYNONYM_WEIGHT, origin: 'synonym' as const }));
  });
  const synonymsOfGroup = (g: number): readonly WeightedTerm[] => groupSynonyms[g]!;

  const processQueryTerm = (token: string): WeightedTerm[] => {
    const terms = termsOf(token);
    const word = terms.find((t) => t.origin === 'word');
    const synonymGroups = word && bySingleTerm.get(word.term);
    if (!synonymGroups) return terms;
    const expanded = new Map(terms.map((t) => [t.term, t]));
    for (const g of synonymGroups) {
      for (const synonym of synonymsOfGroup(g)) if (!expanded.has(synonym.term)) expanded.set(synonym.term, synonym);
    }
    return [...expanded.values()];
  };

  // Search and ranking analyse the same question back to back: the last result is kept for the second.
  let lastQuery: { text: string; terms: readonly WeightedTerm[] } | undefined;
  const analyseQuery = (text: string): readonly WeightedTerm[] => {
    if (lastQuery?.text === text) return lastQuery.terms;
    const all = new Map<string, WeightedTerm>();
    const tokens = tokenize(text);
    for (const token of tokens) for (const t of processQueryTerm(token)) keepHeaviest(all, t);
    const normalised = ` ${tokens.map(normalise).join(' ')} `;
    for (const { phrase, group } of phrases) {
      if (normalised.includes(phrase)) for (const t of synonymsOfGroup(group)) keepHeaviest(all, t);
    }
    const terms = [...all.values()];
    lastQuery = { text, terms };
    return terms;
  };

  return {
    tokenize,
    stem,
    processTerm(token) {
      const terms = termsOf(token);
      if (terms.length === 0) return null;
      return terms.length === 1 ? terms[0]!.term : terms.map((t) => t.term);
    },
    processQueryTerm,
    analyseQuery,
  };
}
