import { formatNumber } from '../german/number';
import type { GermanAnalyser } from '../search/analyser';
import { splitSentences } from '../search/sentences';
import type { SearchHit, ProgrammeSearchIndex } from '../search/search-index';
import type { SearchDoc, SearchDocKind } from '../search/search-documents';
import type { GlossaryEntry, Knowledge, SectionRef } from '../knowledge/schema';
import { copyAnswer, plainAnswer, type Answer, type RelatedTopic } from './answer';
import { isFramingTerm, readQuestion, type QuestionFeatures } from './question-features';
import { pickCell } from './figure-cells';
import { cleanUserText, hasContent, MAX_QUESTION_LENGTH } from './text-cleanup';
import { classifySmalltalk, smalltalkText, EXAMPLE_QUESTIONS } from './smalltalk';
import { SectionLookup } from './source';
import { composeAnswer, instrumentsOf, type Composer } from './compose';
import { checkTables } from './data-check';
import { rankRows } from './table-ranking';
import { COMMANDS } from '../figures/calculation-result';
import type { CalculationKind } from '../figures/calculation-request';
import { asksAboutDocument, documentAnswer, readDocumentInfo, type DocumentInfo } from './document-info';

const ANSWER_CACHE_SIZE = 2_000;

/** A hit must match at least this share of the question's content words to be an answer. */
const MIN_COVERAGE = 0.5;

/** Half of two words is one; half of four ("Wann fährt der nächste Bus nach Cottbus?") is too little. */
function minCoverage(words: number): number {
  return words > 3 ? 0.6 : MIN_COVERAGE;
}

const CALCULATION_BY_LABEL: [RegExp, CalculationKind][] = [
  [/Integrationsquote|\bIQ\b/, 'quota'],
  [/Gesamtbudget|\bEGL\b|\bVK\b/, 'share'],
  [/Langzeitleistungsbeziehende|\bLZB\b/, 'lzb'],
];

/** A related section's best hit must rank at least this share of the answer's. */
const RELATED_SHARE = 0.15;

/** "Wie viele Integrationen …" asks for a count: a row of percentages answers it less well than the count beside it. */
const UNIT_MISMATCH = 0.6;

export interface RankedHit extends SearchHit {
  rank: number;
}

/**
 * Turns a staff question into an Answer: small talk and definitions first, then
 * a ranked search across passages, figures, glossary, target groups and
 * instruments. Pure given its knowledge and index; no channel concerns.
 */
export class ProgrammeAnswerer {
  private readonly sections: SectionLookup;
  private readonly composer: Composer;
  /** Normalised names, computed once: glossary entries and section titles by every name they answer to. */
  private readonly glossaryByName = new Map<string, GlossaryEntry>();
  private readonly sectionByName = new Map<string, SectionRef>();
  private readonly tableById: Map<string, Knowledge['tables'][number]>;
  private readonly figureById: Map<string, Knowledge['proseFigures'][number]>;
  private readonly documentInfo: DocumentInfo;
  /** Analysed words of each document's label, filled on first use. */
  private readonly labelTerms = new Map<number, string[][]>();

  constructor(
    private readonly knowledge: Knowledge,
    private readonly index: ProgrammeSearchIndex,
    private readonly analyser: GermanAnalyser,
  ) {
    this.sections = new SectionLookup(knowledge);
    this.documentInfo = readDocumentInfo(knowledge);
    this.composer = { knowledge, sections: this.sections, analyser, findings: checkTables(knowledge.tables) };
    this.tableById = new Map(knowledge.tables.map((t) => [t.id, t]));
    this.figureById = new Map(knowledge.proseFigures.map((f) => [f.id, f]));
    for (const entry of knowledge.glossary) {
      for (const name of [entry.abbreviation, entry.expansion, ...entry.aliases]) if (!this.glossaryByName.has(normaliseName(name))) this.glossaryByName.set(normaliseName(name), entry);
    }
    for (const s of knowledge.sections) {
      for (const name of [s.title, `${s.number ?? ''} ${s.title}`, ...(s.number ? [s.number] : [])]) this.sectionByName.set(normaliseName(name), s.ref);
    }
  }

  /** Answers by normalised question: the knowledge never changes at run time, and staff ask the same things. */
  private readonly cache = new Map<string, Answer>();

  answer(raw: string): Answer {
    const key = raw.trim().toLowerCase();
    const cached = this.cache.get(key);
    if (cached) return copyAnswer(cached);
    const answer = this.compute(raw);
    if (this.cache.size >= ANSWER_CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, answer);
    return copyAnswer(answer);
  }

  /** The full path without the cache: what a question costs the first time (benchmarks). */
  answerUncached(raw: string): Answer {
    return this.compute(raw);
  }

  private compute(raw: string): Answer {
    const text = cleanUserText(raw);
    if (text.length > MAX_QUESTION_LENGTH) {
      return plainAnswer(
        'too-long',
        `Ihre Nachricht ist leider zu lang (${formatNumber(text.length)} Zeichen). Bitte stellen Sie eine kürzere Frage mit höchstens ${formatNumber(MAX_QUESTION_LENGTH)} Zeichen, z. B. „${EXAMPLE_QUESTIONS[0]}“.`,
        exampleTopics(),
      );
    }
    if (!hasContent(text)) {
      return plainAnswer('unclear', `Das habe ich leider nicht verstanden. Stellen Sie mir eine Frage zum Programm, z. B. „${EXAMPLE_QUESTIONS[0]}“ – oder schreiben Sie **Hilfe**.`, exampleTopics());
    }
    const smalltalk = classifySmalltalk(text);
    if (smalltalk) return plainAnswer(smalltalk === 'help' ? 'help' : smalltalk === 'thanks' ? 'thanks' : 'greeting', smalltalkText(smalltalk), exampleTopics());

    const focused = focusOnQuestion(text);
    if (focused !== text) return this.compute(focused);
    if (asksAboutDocument(text)) {
      return documentAnswer(this.documentInfo, exampleTopics());
    }
    const question = readQuestion(text);
    const section = this.sectionNamed(text);
    if (section) return composeAnswer(this.composer, { kind: 'section', sectionRef: section }, question, this.related([], section));

    if (question.asksOverview) return composeAnswer(this.composer, { kind: 'overview', overview: question.asksOverview }, question, []);

    const glossary = this.glossaryEntryFor(question.definitionTerm ?? text.replace(/[?!.]+$/, ''));
    if (glossary) {
      const hits = this.rank(this.index.search(text, { isFramingTerm }), question);
      const next = [...this.related(hits, glossary.sectionRefs[0]!), ...this.calculationNamed(`${glossary.abbreviation} ${glossary.expansion}`)].slice(0, 3);
      return composeAnswer(this.composer, { kind: 'glossary', entry: glossary, figureHits: hits }, question, next);
    }

    // An answer must cover enough of the question, with one real match (typo tolerance finds near words for anything).
    const hits = this.rank(this.index.search(text, { isFramingTerm }), question).filter((h) => h.coverage >= minCoverage(h.wordCount) && h.strongMatches > 0);
    const best = hits[0];
    if (!best) return this.noAnswer();
    if (question.extreme && best.doc.ref.kind === 'table-row') {
      const table = this.tableById.get(best.doc.ref.tableId)!;
      const ranked = rankRows(table, table.rows[best.doc.ref.row]!, question, question.extreme);
      if (ranked) return composeAnswer(this.composer, { kind: 'ranking', table, ranked, extreme: question.extreme }, question, this.related(hits, best.doc.sectionRef));
    }
    const next = [...this.instrumentsOf(best), ...this.related(hits, best.doc.sectionRef), ...this.calculationFor(best)].slice(0, 3);
    return composeAnswer(this.composer, { kind: 'hit', hit: best, hits }, question, next);
  }

  /** A target group's answer leads on to its offers ("Frühaktivierung von (Allein-)Erziehenden"). */
  private instrumentsOf(hit: RankedHit): RelatedTopic[] {
    const ref = hit.doc.ref;
    if (ref.kind !== 'target-group') return [];
    const group = this.knowledge.targetGroups.find((g) => g.id === ref.id)!;
    return instrumentsOf(this.knowledge, group).map((i) => ({ label: shorten(i.name, 40), query: i.name }));
  }

  /** A figure of the quota, budget or LZB table invites the matching calculation ("Integrationsquote berechnen"). */
  private calculationFor(hit: RankedHit): RelatedTopic[] {
    const ref = hit.doc.ref;
    return this.calculationNamed(ref.kind === 'table-row' ? this.tableById.get(ref.tableId)!.rows.map((r) => r.label).join(' ') : ref.kind === 'glossary' ? ref.abbreviation : '');
  }

  private calculationNamed(names: string): RelatedTopic[] {
    const kind = CALCULATION_BY_LABEL.find(([pattern]) => pattern.test(names))?.[1];
    return kind ? [{ label: COMMANDS[kind], query: COMMANDS[kind] }] : [];
  }

  /** Orders hits by how well they answer this question, not only by term overlap. */
  rank(hits: readonly SearchHit[], question: QuestionFeatures): RankedHit[] {
    const queryTerms = this.queryTermSet(question.text);
    const kinds = kindFactors(question);
    const ranked: RankedHit[] = [];
    for (const hit of hits) {
      const rank = hit.score * hit.coverage * hit.coverage * kinds[hit.doc.ref.kind] * this.labelFit(hit.doc, queryTerms) * this.figureFit(hit.doc, question) * sentenceFit(hit.doc, question);
      ranked.push({ doc: hit.doc, score: hit.score, coverage: hit.coverage, missedWords: hit.missedWords, strongMatches: hit.strongMatches, wordCount: hit.wordCount, rank });
    }
    return ranked.sort(byRank);
  }

  /** A table row whose cells fit the year/period asked for, or a prose figure of the year asked for, ranks higher. */
  private figureFit(doc: SearchDoc, question: QuestionFeatures): number {
    const ref = doc.ref;
    if (ref.kind === 'table-row') {
      const row = this.tableById.get(ref.tableId)!.rows[ref.row]!;
      const unitMismatch = question.units.length > 0 && !row.cells.some((c) => question.units.includes(c.unit)) ? UNIT_MISMATCH : 1;
      return (1 + 0.12 * Math.max(0, pickCell(row, question).fit)) * (row.isTotal ? 1.15 : 1) * unitMismatch;
    }
    if (ref.kind === 'prose-figure') {
      // A dated sentence figure ("Stand September 2023") answers a question about that date; the tables answer the rest.
      const figure = this.figureById.get(ref.figureId)!;
      // "Wie stark sinkt …" asks for a change: a sentence stating an amount answers it less well than a table's Differenz.
      const changeMismatch =
        (question.periods.includes('Veränderung') && !/anstieg|veränder|rückgang|sink|steig|differenz/i.test(figure.label) ? 0.5 : 1) *
        (question.units.length > 0 && !question.units.includes(figure.unit) ? UNIT_MISMATCH : 1);
      // An undated sentence figure (a definition's "21 Monate") answers "… 2023?" less well than a table's 2023 cell.
      if (!figure.stand) return question.years.length > 0 ? 0.8 * changeMismatch : changeMismatch;
      if (question.years.length === 0) return 0.75 * changeMismatch;
      if (!question.years.includes(Number(figure.stand.slice(0, 4)))) return 0.6 * changeMismatch;
      // "IQ Frauen 2023" asks for the year's value (a table's Ist 2023); "… September 2023" for the dated one.
      return (mentionsMonthOf(question.text, figure.stand) ? 1.2 : 0.7) * changeMismatch;
    }
    return 1;
  }

  /** For named things (rows, figures, groups): how much of the name the question mentions. */
  private labelFit(doc: SearchDoc, queryTerms: ReadonlySet<string>): number {
    if (!doc.label || doc.ref.kind === 'sentence') return 1;
    let words = this.labelTerms.get(doc.id);
    if (!words) {
      words = this.analyser.tokenize(doc.label).map((w) => this.analyser.processTerm(w)).filter((t) => t !== null).map((t) => (Array.isArray(t) ? t : [t]));
      this.labelTerms.set(doc.id, words);
    }
    if (words.length === 0) return 1;
    let matched = 0;
    for (const terms of words) if (terms.some((t) => queryTerms.has(t))) matched++;
    return 0.6 + 0.4 * (matched / words.length);
  }

  private queryTermSet(text: string): Set<string> {
    const terms = new Set<string>();
    for (const t of this.analyser.analyseQuery(text)) terms.add(t.term);
    return terms;
  }

  private glossaryEntryFor(term: string): GlossaryEntry | undefined {
    const key = normaliseName(term);
    if (!key || key.split(' ').length > 4) return undefined;
    return this.glossaryByName.get(key);
  }

  /** A question that is just a section's title (a related-topic button sends exactly that). */
  private sectionNamed(text: string): SectionRef | undefined {
    return this.sectionByName.get(normaliseName(text.replace(/^(abschnitt|kapitel)\s+/i, '')));
  }

  private related(hits: readonly RankedHit[], primary: SectionRef): RelatedTopic[] {
    const seen = new Set<string>([primary]);
    const topics: RelatedTopic[] = [];
    // A section that only shares a word or two with the question is noise on a button.
    const floor = (hits[0]?.rank ?? 0) * RELATED_SHARE;
    for (const hit of hits) {
      if (topics.length === 3) break;
      if (seen.has(hit.doc.sectionRef) || hit.coverage < MIN_COVERAGE || hit.rank < floor) continue;
      seen.add(hit.doc.sectionRef);
      const section = this.sections.get(hit.doc.sectionRef);
      topics.push({ label: shorten(`${section.number ? section.number + ' ' : ''}${section.title}`, 40), query: section.title });
    }
    return topics;
  }

  private noAnswer(): Answer {
    return plainAnswer(
      'no-answer',
      'Dazu enthält das Arbeitsmarkt- und Integrationsprogramm 2024 leider keine Aussage. Ich beantworte Fragen zu Zielen und Kennzahlen, Zielgruppen, Instrumenten und Budget des Jobcenters Elbe-Elster – zum Beispiel:\n' +
        EXAMPLE_QUESTIONS.map((q) => `- „${q}“`).join('\n'),
      exampleTopics(),
    );
  }
}

const MONTHS = ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'];

/** "Stand September 2023": the question names the month of an ISO date ("…-09-30"), spelt out or as "09/2023". */
function mentionsMonthOf(text: string, isoDate: string): boolean {
  const month = Number(isoDate.slice(5, 7));
  const name = MONTHS[month - 1]!;
  const year = isoDate.slice(0, 4);
  const lower = ` ${text.toLowerCase()}`;
  return [name, `${name.slice(0, 3)}.`, ...[isoDate.slice(5, 7), ` ${month}`].flatMap((m) => [`${m}/${year}`, `${m}.${year}`])].some((form) => lower.includes(form));
}

/** "Warum …" is answered by a sentence giving a cause; "Wer sind die Netzwerkpartner?" by one that lists or defines them. */
const CAUSE = /\b(durch|wegen|aufgrund|auf grund|weil|infolge|folge|daher|deshalb|deswegen|grund|ursache|resultier\w*|bedingt|zurückzuführen|auszugehen)\b/i;
const DEFINES = /\b(zählen|zählt|gehören|gehört|umfass\w*|bezeichne\w*|versteht man|definiert|gemeint|sind \w+, die)\b/i;

function sentenceFit(doc: SearchDoc, question: QuestionFeatures): number {
  if (doc.ref.kind !== 'sentence') return question.asksReason ? 0.6 : 1;
  if (question.asksReason) return CAUSE.test(doc.body) ? 1.3 : 1;
  if (question.definitionTerm) return DEFINES.test(doc.body) ? 1.25 : 1;
  return 1;
}

/** Best first. Returns a sign, not the difference: a difference is a fresh heap number on every comparison. */
function byRank(a: RankedHit, b: RankedHit): number {
  return b.rank > a.rank ? 1 : b.rank < a.rank ? -1 : 0;
}

/** How much each kind of document suits the question, read once per question rather than per hit. */
function kindFactors(question: QuestionFeatures): Record<SearchDocKind, number> {
  return {
    'table-row': question.asksFigure ? 1.6 : 0.8,
    'prose-figure': question.asksFigure ? 1.6 : 0.8,
    // "Wie stark wurde das Eingliederungsbudget gekürzt?" names an alias of a glossary entry but asks for the figure.
    glossary: question.asksNumber ? 0.25 : 0.5,
    // "Wie viel Prozent der Alleinerziehenden …" wants the figure, not the group's portrait.
    'target-group': question.asksNumber ? 0.6 : /\b(für|angebote?|unterstütz\w*|tut|hilft|gibt es)\b/i.test(question.text) ? 1.5 : 1,
    instrument: question.asksNumber ? 0.7 : 1.1,
    section: 0.7,
    chart: 0.9,
    sentence: question.asksFigure ? 0.8 : 1,
  };
}

/**
 * "Kunde fragt: Wie hoch ist die Integrationsquote 2024?" → the question itself.
 * Context before a question (a greeting, who asks) only blurs the search.
 */
export function focusOnQuestion(text: string): string {
  // Sentence boundaries as for passages: "den 2. Arbeitsmarkt", "z. B. Sucht" do not end a sentence.
  const parts = text
    .split(/(?<=:)\s+(?=[A-ZÄÖÜ„"])/)
    .flatMap((part) => splitSentences(part))
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return text;
  const question = [...parts].reverse().find((p) => p.endsWith('?') && /[\p{L}]{3,}/u.test(p));
  return question && question.length >= 8 ? question : text;
}

export function normaliseName(text: string): string {
  return text
    .toLowerCase()
    .replace(/\(([^)]*)\)/g, ' $1 ')
    .replace(/[„“"'»«?!.,:;*]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function exampleTopics(): RelatedTopic[] {
  return EXAMPLE_QUESTIONS.map((q) => ({ label: q, query: q }));
}
