import { spellOutFeminineForms } from '../german/feminine-forms';
import { preferBracketedName } from './parenthetical';
import { GERMAN_MONTHS, MONTH_WORD, spellOutMonthYears } from '../german/months';
import { formatNumber } from '../german/number';
import type { GermanAnalyser } from '../search/analyser';
import { splitSentences } from '../search/sentences';
import type { SearchHit, ProgrammeSearchIndex } from '../search/search-index';
import type { SearchDoc, SearchDocKind } from '../search/search-documents';
import type { Cell, GlossaryEntry, Knowledge, SectionRef, Unit } from '../knowledge/schema';
import type { RankedHit } from './ranked-hit';
import { copyAnswer, plainAnswer, type Answer, type RelatedTopic } from './answer';
import { framingTerms, readQuestion, type QuestionFeatures } from './question-features';
import { ageNameOf, columnSlots, pickCell } from './figure-cells';
import { ageBandMatches, askedAgeBand, type AgeBand } from './age-bands';
import { sumOfAskedCells, type CellSum } from './cell-sum';
import { cleanUserText, hasContent, MAX_QUESTION_LENGTH } from './text-cleanup';
import { spellOutPeriodYears } from '../german/short-years';
import { spellOutRelativeYears } from '../german/relative-years';
import { expandDottedAbbreviations } from '../german/dotted-abbreviations';
import { SpellingCorrector } from './spelling';
import { classifySmalltalk, smalltalkText, exampleQuestions, type SmalltalkKind } from './smalltalk';
import { SectionLookup } from './source';
import { formatIsoDate } from './format-figure';
import { composeAnswer, instrumentsOf, type Composer } from './compose';
import { checkTables } from './data-check';
import { isOrdinalSuperlative, rankColumnSlots, rankRows, readRanking, type RankedSlot, type RankingAsk } from './table-ranking';
import { COMMANDS } from '../figures/calculation-result';
import type { CalculationKind } from '../figures/calculation-request';
import { askedDocumentFact, asksAboutDocument, documentAnswer, readDocumentInfo, type DocumentInfo } from './document-info';
import { DEFAULT_RANKING_WEIGHTS } from '../search/ranking-weights';
import { normaliseForCues, type CueTable } from '../knowledge/cues';
import { resolveFollowUp, type FollowUpTools, type QuestionContext } from './follow-up';
import { fold, readProgrammeScope, yearsIn, type ProgrammeScope } from './programme-scope';
import { findScopeProblem, knownByTypo, type ScopeProblem } from './scope-check';
import { checkSupport, isPerAsked, GENDERED, type Unsupported } from './support';
import { noDefinitionAnswer, noReasonAnswer, outOfScopeAnswer, programmeName, unsupportedAnswer } from './abstain';
import { outlineAnswer, subsectionsAnswer, sectionByNumber, whereAnswer } from './navigation';
import { computeCalculation, readCalculation, type CalculationIntent, type ResolvedFigure } from './figure-calculation';
import { compareFigures, compareResolved, readComparison, type ComparisonIntent } from './comparison';
import { formatCell, formatProseFigure } from './format-figure';

const ANSWER_CACHE_SIZE = 2_000;

const W = DEFAULT_RANKING_WEIGHTS;
const MIN_COVERAGE = W.coverage.minimum;

/** Half of two words is one; half of four is too little. */
function minCoverage(words: number): number {
  return words > W.coverage.longQuestionWords ? W.coverage.minimumLong : MIN_COVERAGE;
}

const CALCULATION_BY_LABEL: [RegExp, CalculationKind][] = [
  [/Integrationsquote|\bIQ\b/, 'quota'],
  [/Gesamtbudget|\bEGL\b|\bVK\b/, 'share'],
  [/Langzeitleistungsbeziehende|\bLZB\b/, 'lzb'],
];

/** "Wie viele Integrationen …" asks for a count: a row of percentages answers it less well than the count beside it. */
const UNIT_MISMATCH = W.figure.unitMismatch;

export type { RankedHit } from './ranked-hit';

/** What a question may be, in the order the answerer tries them; the last, 'question', searches. */
export type Intent =
  | 'too-long'
  | 'unclear'
  | 'smalltalk'
  | 'stand-of'
  | 'document'
  | 'navigation'
  | 'personal-case'
  | 'out-of-scope'
  | 'calculation'
  | 'section'
  | 'overview'
  | 'definition'
  | 'question';

/** A question understood: its text, its slots and its candidate intents (see `ProgrammeAnswerer.interpret`). */
export interface Query {
  text: string;
  slots: QuestionFeatures;
  intents: Intent[];
  smalltalk?: SmalltalkKind;
  scope?: ScopeProblem;
  /** "VK vs EGL", "Frauen oder Männer?": two sides to compare. */
  comparison?: ComparisonIntent;
  /** A share, "x % von y", a change, a sum, per month. */
  calculation?: CalculationIntent;
  /** Most/fewest, strongest growth or decline, the place asked. */
  ranking?: RankingAsk;
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
  private readonly factsByDoc = new Map<number, DocFacts>();

  private readonly scope: ProgrammeScope;
  private readonly followUpTools: FollowUpTools;
  private readonly knownWords = new Map<string, boolean>();
  private readonly topicWords = new Map<string, boolean>();
  /** The question's own verbs by text: every search of a question asks them again. */
  private readonly verbsByText = new Map<string, ReadonlySet<string>>();
  /** What each table's header and rows are named with, read on first use (the tables never change). */
  private readonly listingTerms = new Map<string, { header: ReadonlySet<string>; rows: readonly ReadonlySet<string>[] }>();
  /** null: the token is no abbreviation worth expanding. */
  private readonly expandedByToken = new Map<string, GlossaryEntry | null>();
  private readonly spelling: SpellingCorrector;
  /** Stems of the words the programme names its figures, groups and terms with. */
  private readonly labelStems: ReadonlySet<string>;
  /** Stems of the measures the tables report ("Integrationsquote", "Bestand") and of their abbreviations ("IQ"). */
  private readonly measureStems: ReadonlySet<string>;
  /** Index terms that frame a question rather than name its topic (cue concept "framing-stems"). */
  private readonly isFramingTerm: (term: string) => boolean;

  constructor(
    private readonly knowledge: Knowledge,
    private readonly index: ProgrammeSearchIndex,
    private readonly analyser: GermanAnalyser,
    private readonly cues: CueTable,
  ) {
    this.scope = readProgrammeScope(knowledge);
    this.spelling = new SpellingCorrector(this.scope);
    this.isFramingTerm = framingTerms(cues);
    this.followUpTools = { cues, isTopicWord: (w) => this.isTopicWord(w), namesThing: (w) => this.labelStems.has(this.analyser.stem(w)) || this.measureStems.has(this.analyser.stem(w)) };
    this.labelStems = labelStemsOf(knowledge, analyser);
    this.measureStems = measureStemsOf(knowledge, analyser, cues);
    this.sections = new SectionLookup(knowledge);
    this.documentInfo = readDocumentInfo(knowledge);
    this.composer = { knowledge, sections: this.sections, analyser, findings: checkTables(knowledge.tables), cues };
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

  /**
   * `context` is what the previous turn of this conversation was about: an elliptic
   * question ("und bei den Männern?") is completed from it; one that names its own
   * topic starts afresh. `now` (ms) lets an old context lapse.
   */
  answer(raw: string, context?: QuestionContext, now: number = Date.now()): Answer {
    const question = this.completed(raw, context, now);
    const key = question.trim().toLowerCase();
    const cached = this.cache.get(key);
    if (cached) return copyAnswer(cached);
    const answer = this.compute(question);
    if (isAnswered(answer)) answer.understood = { question, ...(answer.understood?.subject ? { subject: answer.understood.subject } : {}) };
    if (this.cache.size >= ANSWER_CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, answer);
    return copyAnswer(answer);
  }

  /** The full path without the cache: what a question costs the first time (benchmarks). */
  answerUncached(raw: string): Answer {
    return this.compute(raw);
  }

  /** "letztes Jahr", "und ein Jahr vorher?": the year meant, from the previous question's year or the programme's. */
  private withYearsSpelledOut(raw: string, fresh: QuestionContext | undefined): string {
    const contextYear = fresh ? yearsIn(fresh.text).at(-1) : undefined;
    const anchors = { programmeYear: this.knowledge.programme.year, writtenIn: Number(this.documentInfo.stand.slice(0, 4)) };
    return spellOutRelativeYears(raw, contextYear === undefined ? anchors : { ...anchors, contextYear });
  }

  /** The question with an elliptic turn completed from a context that has not lapsed. */
  private completed(raw: string, context: QuestionContext | undefined, now: number): string {
    const lapsed = !context || now - context.at > W.followUp.maxAgeMs;
    // "Juni 24" in the previous question is "Juni 2024": a year the follow-up names replaces it whole.
    const fresh = lapsed ? undefined : { ...context, text: spellOutPeriodYears(spellOutMonthYears(context.text)) };
    const spelled = this.withYearsSpelledOut(raw, fresh);
    return (fresh && resolveFollowUp(cleanUserText(spelled), fresh, this.followUpTools)) || spelled;
  }

  private compute(raw: string): Answer {
    const query = this.interpret(raw);
    for (const intent of query.intents) {
      const answer = this.answerAs(intent, query);
      if (answer) return answer;
    }
    return this.noAnswer();
  }

  /**
   * The question as a structure, before anything is looked up: its text as understood
   * (lead-in cut), its slots (years, periods, units, gender, age band …) and the
   * intents it may carry, in the order they are tried. Pure given the knowledge.
   */
  interpret(raw: string, context?: QuestionContext, now: number = Date.now()): Query {
    const known = (w: string): boolean => this.isKnownWord(fold(w));
    const typed = this.spelling.correct(expandDottedAbbreviations(this.cues.withChatSpellingsWrittenOut(cleanUserText(this.completed(raw, context, now))), this.scope.vocabulary, fold));
    let text = spellOutFeminineForms(preferBracketedName(typed, known), (w) => known(w) || this.glossaryByName.has(normaliseName(w)));
    if (text.length > MAX_QUESTION_LENGTH) return { text, slots: this.readQuestion(''), intents: ['too-long'] };
    if (!hasContent(text)) return { text, slots: this.readQuestion(''), intents: ['unclear'] };
    const smalltalk = classifySmalltalk(text, this.cues);
    if (smalltalk) return { text, slots: this.readQuestion(text), intents: ['smalltalk'], smalltalk };
    // "IQ sept 23" is "IQ September 2023": the year a slot, the month a date the sentence figures carry.
    text = spellOutPeriodYears(spellOutMonthYears(foldTopicIntoQuestion(focusOnQuestion(text), (w) => this.isKnownWord(fold(w)))));
    const slots = this.readQuestion(text);
    const intents: Intent[] = [];
    const aboutDocument = asksAboutDocument(text, this.cues, this.scope.regionWords) || this.asksDocumentFact(text);
    // "… Stand 09/2023" dates the figure asked for; "Stand der Budgetzahlen" asks for the date.
    if (!aboutDocument && this.cues.mentions(text, 'stand-asked') && !STAND_DATED.test(text)) intents.push('stand-of');
    if (aboutDocument) intents.push('document');
    const isTopic = (w: string): boolean => this.isTopicWord(w);
    const comparison = readComparison(text, isTopic);
    // "Wo wird mehr gekürzt, VK oder EGL?" asks which of two, not where in the programme.
    if (!comparison) intents.push('navigation');
    if (this.cues.mentions(text, 'personal-case')) intents.push('personal-case');
    const scope = findScopeProblem(text, this.scope, this.cues);
    if (scope) intents.push('out-of-scope');
    const ranking = readRanking(slots);
    // "Welcher Wirtschaftszweig wächst prozentual am stärksten?" ranks the rows' changes; it computes no single one.
    const read = readCalculation(text, isTopic, (concept) => this.cues.mentions(text, concept));
    const calculation = ranking && read?.kind === 'change' ? undefined : read;
    if (comparison || calculation) intents.push('calculation');
    if (comparison) intents.push('navigation');
    intents.push('section', 'overview', 'definition', 'question');
    return { text, slots, intents, ...(scope ? { scope } : {}), ...(comparison ? { comparison } : {}), ...(calculation ? { calculation } : {}), ...(ranking ? { ranking } : {}) };
  }

  /** One intent's answer, or undefined when the question turns out not to be of it (the next intent is tried). */
  private answerAs(intent: Intent, query: Query): Answer | undefined {
    const { text, slots: question } = query;
    switch (intent) {
      case 'too-long':
        return plainAnswer(
          'too-long',
          `Ihre Nachricht ist leider zu lang (${formatNumber(text.length)} Zeichen). Bitte stellen Sie eine kürzere Frage mit höchstens ${formatNumber(MAX_QUESTION_LENGTH)} Zeichen, z. B. „${this.examples[0]}“.`,
          this.exampleTopics(),
        );
      case 'unclear':
        return plainAnswer('unclear', `Das habe ich leider nicht verstanden. Stellen Sie mir eine Frage zum Programm, z. B. „${this.examples[0]}“ – oder schreiben Sie **Hilfe**.`, this.exampleTopics());
      case 'smalltalk': {
        const kind = query.smalltalk!;
        return plainAnswer(kind === 'help' || kind === 'who' ? 'help' : kind === 'thanks' ? 'thanks' : 'greeting', smalltalkText(kind, this.knowledge.programme), this.exampleTopics());
      }
      case 'stand-of':
        return this.standOf(text);
      case 'document':
        return documentAnswer(this.documentInfo, this.exampleTopics(), askedDocumentFact(text, this.cues));
      case 'navigation':
        return this.navigate(text);
      case 'personal-case':
        return personalCaseAnswer(this.exampleTopics());
      case 'out-of-scope':
        return outOfScopeAnswer(query.scope!, this.knowledge.programme, this.exampleTopics());
      case 'calculation':
        return this.figureCalculation(query);
      case 'section': {
        const section = this.sectionNamed(text);
        return section ? composeAnswer(this.composer, { kind: 'section', sectionRef: section }, question, this.related([], section)) : undefined;
      }
      case 'overview':
        return question.asksOverview ? composeAnswer(this.composer, { kind: 'overview', overview: question.asksOverview }, question, []) : undefined;
      case 'definition': {
        // "Ab wann gilt man als LZB?" asks for the definition, in other words.
        const glossary = this.glossaryEntryFor(question.definitionTerm ?? text.replace(/[?!.]+$/, '')) ?? (this.cues.mentions(text, 'condition') ? this.glossaryMentioned(text) : undefined);
        if (!glossary) return undefined;
        const hits = this.searchFor(text, question);
        const next = [...this.related(hits, glossary.sectionRefs[0]!), ...this.calculationNamed(`${glossary.abbreviation} ${glossary.expansion}`)].slice(0, 3);
        return about(composeAnswer(this.composer, { kind: 'glossary', entry: glossary, figureHits: hits }, question, next), glossary.abbreviation);
      }
      case 'question':
        return this.searchAnswer(text, question, query.ranking);
    }
  }

  /**
   * "Wie erreicht die BCA die Frauen?": the nouns name the topic; a hit that matches
   * them and misses only verbs or adjectives the programme uses still answers it.
   */
  private missesOnlyFraming(hit: RankedHit): boolean {
    if (hit.strongMatches < W.coverage.framingOnlyMinMatches) return false;
    return hit.missedWords.every((w) => {
      const folded = fold(w);
      // A word the programme never uses frames the question only when it is typed as a verb ("läuft … ab", "bestimmt").
      if (!this.scope.vocabulary.has(folded)) return isFiniteVerbLike(w.toLowerCase(), this.cues);
      return !this.scope.nouns.has(folded);
    });
  }

  /**
   * "Wer ist Bürgermeister von Finsterwalde?": a hit that names a single word of the question and misses a noun
   * the programme never uses is a guess at another topic, not an answer.
   */
  private unknownNounMissed(hit: RankedHit, question: QuestionFeatures): Unsupported | undefined {
    if (hit.strongMatches >= W.coverage.framingOnlyMinMatches) return undefined;
    const mixedCase = capitalisesNouns(question.text);
    const words = hit.missedWords.filter((w) => this.isTopicWord(w) && !this.isKnownWord(fold(w)) && this.looksLikeNoun(w, mixedCase));
    return words.length ? { slot: 'measure', words } : undefined;
  }

  /**
   * "Stand der Budgetzahlen", "von wann sind die Zahlen zu den LZB": the reference date of the
   * table or figure the topic names; undefined when no topic is named (the programme's own Stand)
   * or what it names carries no date of its own.
   */
  private standOf(text: string): Answer | undefined {
    const topic = normaliseForCues(text).filter((w) => !this.cues.isExactly(w, 'stand-asked') && this.isTopicWord(w) && !this.cues.isExactly(w, 'document-words'));
    // "Stand?" alone asks for the programme's own.
    if (topic.length === 0) return normaliseForCues(text).length <= 2 ? documentAnswer(this.documentInfo, this.exampleTopics()) : undefined;
    const question = this.readQuestion(text);
    const best = this.searchFor(topic.join(' '), question, ['table-row', 'prose-figure']).find((h) => h.coverage >= minCoverage(h.wordCount) && h.strongMatches > 0);
    if (!best) return undefined;
    const ref = best.doc.ref;
    const dated =
      ref.kind === 'table-row'
        ? { stand: this.tableById.get(ref.tableId)!.stand, what: `Tabelle „${this.tableById.get(ref.tableId)!.title}“` }
        : ref.kind === 'prose-figure'
          ? { stand: this.figureById.get(ref.figureId)!.stand, what: `„${this.figureById.get(ref.figureId)!.label}“` }
          : undefined;
    if (!dated) return undefined;
    const source = this.sections.source(best.doc.sectionRef);
    const said = dated.stand
      ? `**Stand ${formatIsoDate(dated.stand)}** – ${dated.what}.`
      : `${dated.what} nennt keinen eigenen Stand; das Programm hat den **Stand ${formatIsoDate(this.documentInfo.stand)}**.`;
    return about({ kind: 'figure', text: said, sources: [source], related: this.related([best], best.doc.sectionRef), notes: [] }, this.nameOf(best));
  }

  /** Search, ranking, the hard slots, a question back when two figures tie — the general path. */
  /**
   * "Was ist das AMIP?", "Worum geht es im Programm?": a question about the programme itself searches for what the
   * document says of itself — by its own name ("Arbeitsmarkt- und Integrationsprogramm", taken from its title).
   */
  private aboutTheProgramme(text: string): string | undefined {
    const words = normaliseForCues(text);
    if (!words.some((w) => this.cues.isExactly(w, 'programme-word'))) return undefined;
    const verbs = this.questionVerbStems(text);
    const mixedCase = capitalisesNouns(text);
    // Any other noun ("Fazit am Ende des Programms") names a part of it, which the search finds by itself.
    const other = (w: string): boolean => !this.cues.isExactly(w, 'programme-word') && !QUESTION_WORDS.test(w) && !QUESTION_LEAD.test(w) && !verbs.has(this.analyser.stem(w)) && (this.isTopicWord(w) || (w.length > 3 && this.looksLikeNoun(w, mixedCase)));
    if (words.some(other)) return undefined;
    const name = PROGRAMME_NAME.exec(this.documentInfo.title)?.[1];
    return name ? `${text} ${name}` : undefined;
  }

  private searchAnswer(raw: string, question: QuestionFeatures, ranking: RankingAsk | undefined): Answer {
    const text = this.aboutTheProgramme(raw) ?? raw;
    // "Wie zufrieden sind die Kunden?" asks for a degree of a property: one the programme never names it does not give.
    const property = DEGREE_ASKED.exec(text)?.[1];
    if (property && this.isTopicWord(property) && !this.isKnownWord(fold(property))) return unsupportedAnswer({ slot: 'measure', words: [property] }, '', [], []);
    // An answer must cover enough of the question, with one real match (typo tolerance finds near words for anything).
    let hits = this.searchFor(text, question).filter((h) => h.strongMatches > 0 && (h.coverage >= minCoverage(h.wordCount) || this.missesOnlyFraming(h)));
    // "Wie alt sind die ELB?", "wie lange dauert …": a dimension asked is answered only by what states it (years of age, a duration).
    const dimension = property ? `degree-${fold(property.toLowerCase())}` : undefined;
    if (dimension && this.cues.has(dimension)) {
      const stating = hits.filter((h) => this.cues.mentions(`${h.doc.label} ${h.doc.body}`, dimension));
      if (stating.length === 0 && hits.length > 0) return unsupportedAnswer({ slot: 'measure', words: [`wie ${property}`] }, this.nameOf(hits[0]!), [], []);
      hits = stating;
    }
    if (ranking) {
      const ranked = this.rankingFor(hits, question, ranking);
      if (ranked) return ranked;
      // "Welche Zielgruppe hat die höchste IQ?" where no table ranks it: one figure is no answer to "which";
      // only a sentence that says the superlative itself is.
      const top = hits[0];
      if (top && FIGURE_ANSWER_KINDS.has(top.doc.ref.kind) && top.missedWords.length > 0) {
        const label = this.nameOf(top);
        return unsupportedAnswer({ slot: 'measure', words: top.missedWords }, label, this.availableFor(top), [{ label: shorten(label, 40), query: label }]);
      }
      // "Größter Arbeitgeber im Landkreis": a sentence among the leading hits that says the superlative itself answers it.
      const saying = hits.slice(0, W.support.candidates).find((h) => h.doc.ref.kind === 'sentence' && h.missedWords.length === 0 && this.cues.mentions(h.doc.body, ranking.extreme === 'max' ? 'most' : 'least'));
      if (saying) return about(composeAnswer(this.composer, { kind: 'hit', hit: saying, hits }, question, this.related(hits, saying.doc.sectionRef)), this.nameOf(saying));
      // A group's or an offer's portrait, or a term, ranks nothing.
      if (top && PORTRAIT_KINDS.has(top.doc.ref.kind)) return unsupportedAnswer({ slot: 'measure', words: ['Rangfolge'] }, this.nameOf(top), [], []);
    }
    // "Welche Branchen werden genannt?", "Welche Integrationsprognosen gibt es?": the rows of the table that lists them.
    if (question.asksList && !question.asksNumber && !question.extreme) {
      const listed = this.rowsListed(text);
      if (listed) return listed;
    }
    if (hits.length === 0) return this.noAnswer();
    const supported = this.firstSupported(hits, question);
    if ('unsupported' in supported) return supported.unsupported;
    const best = supported.hit;
    const close = supported.runnerUp;
    // Two different figures nearly tied: ask back with both rather than guess.
    if (close && FIGURE_ANSWER_KINDS.has(best.doc.ref.kind) && FIGURE_ANSWER_KINDS.has(close.doc.ref.kind) && close.rank >= best.rank * W.support.clarifyShare && this.nameOf(close) !== this.nameOf(best)) {
      // "Frauen und Männer …" names both: both figures are the answer, not a question back.
      if (this.cues.mentions(text, 'women') && this.cues.mentions(text, 'men')) {
        const [a, b] = [this.figureOf(best, question), this.figureOf(close, question)];
        const both = a && b && compareResolved(a, b, { source: (ref) => this.sections.source(ref) });
        if (both) return both;
      }
      return this.askBack([best, close], question);
    }
    // "Was bedeutet marktnah?": a meaning asked, and the programme only counts it — say so, with the figure it gives.
    // "Was ist die IQ 2024?" asks for the figure: only a meaning asked in so many words, of no year, is meant.
    if (question.definitionTerm && MEANING_ASKED.test(text) && question.years.length === 0 && !question.asksNumber && FIGURE_ANSWER_KINDS.has(best.doc.ref.kind)) {
      const name = this.nameOf(best);
      return noDefinitionAnswer(question.definitionTerm, `„${name}“ (${this.availableFor(best).slice(0, 2).join('; ')})`, [{ label: shorten(name, 40), query: name }]);
    }
    const members = this.cues.mentions(text, 'members-asked') ? this.membersOf(best, question) : undefined;
    if (members) return about(members, this.nameOf(best));
    const next = [...this.instrumentsOf(best), ...this.related(hits, best.doc.sectionRef), ...this.calculationFor(best)].slice(0, 3);
    const composed = composeAnswer(this.composer, { kind: 'hit', hit: best, hits }, question, next);
    // "Warum sinkt die Zahl der ELB?": a passage that states the facts but gives no cause does not answer why.
    // A term's entry, a figure or a portrait gives no cause either unless its text states one.
    if (question.asksReason && !this.cues.mentions(composed.text, 'cause-words')) return noReasonAnswer(composed);
    return about(composed, this.nameOf(best));
  }

  /**
   * The rows of a table whose rows are what the question's nouns name: by the table's row header or title
   * ("Wirtschaftszweige" for "Branchen", through the synonyms) or by a word two or more row labels share
   * ("Integrationsprognose"). Totals and "davon" rows are left out; undefined unless exactly one table fits.
   */
  private rowsListed(text: string): Answer | undefined {
    const mixedCase = capitalisesNouns(text);
    const nouns = this.analyser.tokenize(text).filter((w) => this.isTopicWord(w) && this.looksLikeNoun(w, mixedCase));
    if (nouns.length === 0) return undefined;
    // The noun itself and its synonyms, not its compound parts: "Wirtschaftszweige" are no rows that merely hold "Wirtschaft".
    const asked = nouns.map((w) => new Set(this.analyser.analyseQuery(w).filter((t) => t.origin !== 'part').map((t) => t.term)));
    const fits: { table: Knowledge['tables'][number]; rows: Knowledge['tables'][number]['rows'] }[] = [];
    for (const table of this.knowledge.tables) {
      const { header, rows: labelTerms } = this.listingTermsOf(table);
      const shared = (term: string): boolean => labelTerms.filter((terms) => terms.has(term)).length >= MIN_LISTED_ROWS;
      const byHeader = asked.every((terms) => [...terms].some((t) => header.has(t)));
      const sharedTerm = asked.length === 1 ? [...asked[0]!].find(shared) : undefined;
      // Rows that carry the word themselves are the list ("… Integrationsprognose „marktnah“", "Sonstige Integrationsprognosen");
      // otherwise, when the header names them, every row but the totals.
      const rows = sharedTerm !== undefined
        ? table.rows.filter((r, i) => labelTerms[i]!.has(sharedTerm) && !r.group && !/^davon/i.test(r.label))
        : byHeader
          ? table.rows.filter((r) => !r.isTotal && !r.group)
          : [];
      if (rows.length >= MIN_LISTED_ROWS) fits.push({ table, rows });
    }
    if (fits.length !== 1) return undefined;
    const { table, rows } = fits[0]!;
    const lines = rows.map((r) => `- ${r.label}`);
    return about(
      {
        kind: 'passage',
        text: `Die Tabelle „${table.title}“ führt ${formatNumber(rows.length)} Zeilen:\n${lines.join('\n')}`,
        sources: [this.sections.source(table.sectionRef)],
        related: rows.slice(0, 3).map((r) => ({ label: shorten(r.label, 40), query: r.label })),
        notes: [],
      },
      table.title,
    );
  }

  private listingTermsOf(table: Knowledge['tables'][number]): { header: ReadonlySet<string>; rows: readonly ReadonlySet<string>[] } {
    let terms = this.listingTerms.get(table.id);
    if (!terms) {
      const termSet = (label: string): Set<string> => new Set(this.analyser.tokenize(label).flatMap((w) => this.termsOf(w)));
      terms = { header: termSet(`${table.title} ${table.rowHeader ?? ''}`), rows: table.rows.map((r) => termSet(r.label)) };
      this.listingTerms.set(table.id, terms);
    }
    return terms;
  }

  /** A word's analysed terms: its stem and its compound parts. */
  private termsOf(word: string): string[] {
    const terms = this.analyser.processTerm(word);
    return terms === null ? [] : Array.isArray(terms) ? terms : [terms];
  }

  /** "Was fällt alles unter <row>?": the rows the table lists under it ("davon: …"), each with the value of the column asked. */
  private membersOf(hit: RankedHit, question: QuestionFeatures): Answer | undefined {
    const ref = hit.doc.ref;
    if (ref.kind !== 'table-row') return undefined;
    const table = this.tableById.get(ref.tableId)!;
    const row = table.rows[ref.row]!;
    const members = table.rows.filter((r) => r !== row && r.group === row.label);
    if (members.length === 0) return undefined;
    const lines = members.map((m) => {
      const cell = pickCell(m, question).cell;
      return `- ${m.label.replace(/^davon:?\s*/i, '')}: ${formatCell(cell)} (${cell.column})`;
    });
    return {
      kind: 'figure',
      text: `Unter **${row.label}** führt die Tabelle „${table.title}“:\n${lines.join('\n')}`,
      sources: [this.sections.source(table.sectionRef)],
      related: [{ label: shorten(row.label, 40), query: row.label }],
      notes: [],
    };
  }

  /**
   * "Wie viel Prozent vom Gesamtbudget sind die EGL?", "15 % von 4,7 Mio", "Gesamtbudget pro Monat":
   * computed from the numbers typed or the programme's own figures, with the working.
   */
  private figureCalculation(query: Query): Answer | undefined {
    const { text, comparison, calculation: intent } = query;
    const tools = {
      resolve: (phrase: string, context: string, sameUnit?: boolean, unit?: Unit) => this.resolveFigure(phrase, context, sameUnit, unit),
      population: (phrase: string, part: ResolvedFigure) => this.populationOf(phrase, part),
      source: (ref: SectionRef) => this.sections.source(ref),
    };
    const compared = comparison && compareFigures(comparison, text, tools);
    if (compared) return compared;
    if (!intent) return undefined;
    // "Wie viel Prozent der ELB sind LZB?": a share the programme states itself is quoted, not recomputed.
    if (intent.kind === 'share' && this.statesShare(text)) return undefined;
    return computeCalculation(intent, text, tools);
  }

  private statesShare(text: string): boolean {
    const question = this.readQuestion(text);
    const best = this.searchFor(text, question, ['prose-figure', 'table-row']).find((h) => h.coverage >= minCoverage(h.wordCount));
    if (!best) return false;
    const ref = best.doc.ref;
    const unitIsShare =
      ref.kind === 'prose-figure'
        ? this.figureById.get(ref.figureId)!.unit === '%'
        : ref.kind === 'table-row' && this.tableById.get(ref.tableId)!.rows[ref.row]!.cells.some((c) => c.unit === '%' && c.period !== 'Veränderung' && c.period !== 'Differenz');
    const supported = !checkSupport({ doc: best.doc, unnamed: this.unnamedTopicWords(best, question), programmeYear: this.knowledge.programme.year, countAsked: false }, question, this.knowledge);
    // The share stated must be of what was asked: its name, not only its sentence, holds the question's topic words.
    const named = new Set(this.analyser.tokenize(`${best.doc.label} ${best.doc.context}`).map((t) => this.analyser.stem(t)));
    const topic = this.analyser.tokenize(text).filter((w) => this.isTopicWord(w) && !this.cues.mentions(w, 'share-of'));
    return unitIsShare && supported && best.coverage >= 1 && topic.every((w) => named.has(this.analyser.stem(w)));
  }

  /** The total row of the part's table, in the gender or age band the phrase names (and nothing else). */
  private populationOf(phrase: string, part: ResolvedFigure): ResolvedFigure | undefined {
    const question = readQuestion(phrase, this.cues);
    if (!part.tableId || !(question.gender || question.ageBand) || this.analyser.tokenize(phrase).some((w) => this.isTopicWord(w))) return undefined;
    const table = this.tableById.get(part.tableId)!;
    const total = table.rows.find((r) => r.isTotal && !r.group);
    if (!total) return undefined;
    const sum = sumOfAskedCells(total, question);
    if (sum) return sumFigure(total.label, sum, table);
    const slotted = total.cells.filter((c) => c.unit === 'Anzahl' && (!question.ageBand || bandOfColumnIs(c.column, question.ageBand)) && (!question.gender || columnSlots(c.column).gender === question.gender));
    return slotted.length === 1 ? rowFigureValue(total.label, table, total, slotted[0]!) : undefined;
  }

  /** The programme figure a phrase names, with the year, gender and period the whole question gives. */
  private resolveFigure(phrase: string, context: string, sameUnit = false, unit?: Unit): ResolvedFigure | undefined {
    const slots = readQuestion(context, this.cues);
    const own = readQuestion(phrase, this.cues);
    const extra = [
      // "EGL Plan 2024 und Plan 2025 im Vergleich": a side that names its year keeps it; the question's other year is the other side's.
      ...(own.years.length > 0 ? [] : slots.years.map(String)),
      ...(slots.gender ? [slots.gender === 'weiblich' ? 'Frauen' : 'Männer'] : []),
      // "Wie viel Prozent der Männer 25-55 sind nicht marktnah?": the part is of the whole's age band too.
      ...(slots.ageBand && !own.ageBand ? [slots.ageBand] : []),
      // "… Anteil an der Beschäftigung" asks both sides for their share.
      ...(sameUnit && this.cues.mentions(context, 'percent') && !this.cues.mentions(phrase, 'percent') ? ['Anteil'] : []),
      // "Anstieg LZB Frauen vs. Männer" asks both sides for their change; "Differenz … Männer und Frauen" only the difference between them.
      ...(this.asksChangeBeyondDifference(context) && !this.cues.mentions(phrase, 'change') ? ['Veränderung'] : []),
    ].filter((w) => !phrase.includes(w));
    const question = this.withExpansions(readQuestion(`${phrase} ${extra.join(' ')}`.trim(), this.cues));
    const hits = this.searchFor(phrase, question, ['table-row', 'prose-figure']).filter((h) => h.strongMatches > 0 && (h.coverage >= minCoverage(h.wordCount) || this.missesOnlyFraming(h)));
    // A table's exact value before a sentence's rounded one ("4.706.577" rather than "4,7 Mio.").
    const monthNamed = /(?<!\p{L})(jan|feb|märz|apr|mai|jun|jul|aug|sept?|okt|nov)\p{L}*/iu.test(context);
    const candidates = hits.slice(0, W.support.candidates).sort((a, b) => (monthNamed ? 0 : Number(b.doc.ref.kind === 'table-row') - Number(a.doc.ref.kind === 'table-row')));
    for (const hit of candidates) {
      const reason = checkSupport({ doc: hit.doc, unnamed: this.unnamedTopicWords(hit, question), programmeYear: this.knowledge.programme.year, countAsked: false }, question, this.knowledge);
      if (reason) continue;
      const ref = hit.doc.ref;
      if (ref.kind === 'prose-figure') {
        const f = this.figureById.get(ref.figureId)!;
        if (unit && f.unit !== unit) continue;
        // The part of a share must be named as what was asked, not only stand in a sentence about it:
        // "310 Eintritte …, darunter Umschulungen mit Berufsabschluss" is no count of people without one.
        const named = new Set(this.analyser.tokenize(`${f.label} ${this.expansionsOf(f.label)}`).map((t) => this.analyser.stem(t)));
        if (unit && !this.topicStems(phrase).every((stem) => named.has(stem))) continue;
        return proseFigureValue(f);
      }
      if (ref.kind !== 'table-row') continue;
      if (unit && !this.tableById.get(ref.tableId)!.rows[ref.row]!.cells.some((c) => c.unit === unit)) continue;
      const table = this.tableById.get(ref.tableId)!;
      const row = table.rows[ref.row]!;
      // "U25" of a table that splits the age band by gender: both cells together.
      const sum = sumOfAskedCells(row, question);
      if (sum) return sumFigure(hit.doc.label, sum, table);
      const isChange = (c: Cell): boolean => c.period === 'Veränderung' || c.period === 'Differenz';
      const level = row.cells.filter((c) => !isChange(c) && c.period !== 'Anteil' && c.year !== undefined);
      const wantsShare = question.units.includes('%');
      const changes = question.periods.includes('Veränderung') ? row.cells.filter((c) => isChange(c) && (!wantsShare || c.unit === '%')) : [];
      const cell = pickCell({ ...row, cells: changes.length ? changes : wantsShare ? row.cells.filter((c) => !isChange(c)) : level.length ? level : row.cells }, question).cell;
      // The dated values of the row's level: a change asked of a row that prints one in per cent is still computed from them.
      const seriesUnit = isChange(cell) ? (level[0]?.unit ?? cell.unit) : cell.unit;
      const series = level.filter((c) => c.unit === seriesUnit).sort((a, b) => a.year! - b.year!).map((c) => ({ label: c.column, value: c.value, year: c.year! }));
      return {
        ...rowFigureValue(hit.doc.label, table, row, cell),
        tableId: table.id,
        series,
        seriesUnit,
        printsChange: { absolute: row.cells.some((c) => isChange(c) && c.unit !== '%'), percent: row.cells.some((c) => isChange(c) && c.unit === '%') },
      };
    }
    return undefined;
  }

  private asksChangeBeyondDifference(text: string): boolean {
    const words = normaliseForCues(text).filter((w) => !this.cues.isExactly(w, 'difference-words'));
    return (['change', 'increase', 'decrease'] as const).some((concept) => this.cues.find(words, concept) >= 0);
  }

  /** "Welche Branche ist am stärksten gewachsen?": the table of the best-ranked row, ordered as asked. */
  private rankingFor(hits: readonly RankedHit[], question: QuestionFeatures, ask: RankingAsk): Answer | undefined {
    const rows = hits.length ? hits : this.searchFor(question.text, question, ['table-row']);
    // When the text itself answers the superlative ("die größten Arbeitgeber sind …"), the sentence stays the answer;
    // a change in a direction ("stärkster Rückgang") is ranked from the table's change column.
    // A row found only by searching rows alone must still cover the question, but for the words of the change
    // itself ("verloren", "zugelegt"), which the change column answers: "Budget … gekürzt worden" is no Branche.
    const RANKING_CUES = ['increase', 'decrease', 'most', 'least'];
    // "… arbeiten die meisten Menschen": the people counted are what the rows count, not a topic they must name.
    const isTrendWord = (w: string): boolean => RANKING_CUES.some((cue) => this.cues.isExactly(w, cue)) || isOrdinalSuperlative(w) || this.cues.isExactly(w, 'count');
    const tableRows = (): RankedHit[] =>
      this.searchFor(question.text, question, ['table-row']).filter((h) => h.strongMatches > 0 && (h.coverage >= minCoverage(h.wordCount) || h.missedWords.every(isTrendWord)));
    // A sentence answers a superlative only when it says one itself; otherwise a table's rows are ranked.
    const saysRanking = (h: RankedHit): boolean => h.doc.ref.kind === 'table-row' || this.cues.mentions(h.doc.body, 'most') || this.cues.mentions(h.doc.body, 'least');
    const best = ask.change ? (rows.slice(0, W.support.candidates).find((h) => h.doc.ref.kind === 'table-row') ?? tableRows()[0]) : rows[0] && !saysRanking(rows[0]) ? (tableRows()[0] ?? rows[0]) : rows[0];
    if (!best || best.doc.ref.kind !== 'table-row') return undefined;
    const table = this.tableById.get(best.doc.ref.tableId)!;
    const row = table.rows[best.doc.ref.row]!;
    const slots = rankColumnSlots(row, question, ask);
    if (slots?.length) return this.slotRankingAnswer(table, row, slots, ask);
    const ranked = rankRows(table, row, question, ask);
    return ranked?.length ? composeAnswer(this.composer, { kind: 'ranking', table, ranked, ask }, question, this.related(hits, best.doc.sectionRef)) : undefined;
  }

  /** "**55 Jahre und älter** – 1.139 (613 + 526), die meisten …; danach: …" with the cells added. */
  private slotRankingAnswer(table: Knowledge['tables'][number], row: Knowledge['tables'][number]['rows'][number], slots: readonly RankedSlot[], ask: RankingAsk): Answer {
    const [first, ...rest] = slots;
    // Each added cell named by its other slot: "1.313 männlich + 1.210 weiblich".
    const other = (c: Cell): string => {
      const slot = columnSlots(c.column);
      return slots.some((s) => s.slot === slot.gender) ? ageNameOf(c.column) : (slot.gender ?? '');
    };
    const parts = (s: RankedSlot): string => (s.cells.length > 1 ? ` (${s.cells.map((c) => `${c.raw} ${other(c)}`.trim()).join(' + ')})` : '');
    const end = ask.extreme === 'max' ? 'der höchste' : 'der niedrigste';
    const text = [
      `**${first!.slot}** – ${formatNumber(first!.total)}${parts(first!)}, ${end} Wert für „${row.label}“ in der Tabelle „${table.title}“.`,
      rest.length ? `Danach: ${rest.map((s) => `${s.slot} (${formatNumber(s.total)})`).join(' · ')}` : '',
    ].filter(Boolean);
    return about({ kind: 'figure', text: text.join('\n\n'), sources: [this.sections.source(table.sectionRef)], related: [], notes: [] }, row.label);
  }

  private readQuestion(text: string): QuestionFeatures {
    const question = this.withExpansions(readQuestion(text, this.cues));
    if (this.cues.mentions(text, 'definition-asked') && !question.asksNumber) question.asksDefinition = true;
    return question;
  }

  /** The question with the glossary's expansions of the abbreviations it uses ("IQ" → "Integrationsquote"). */
  private withExpansions(question: QuestionFeatures): QuestionFeatures {
    const expansions = this.expansionsOf(question.text);
    if (expansions) question.expansions = expansions;
    return question;
  }

  /** The glossary's names of every abbreviation in a text, as one string ("" when it uses none). */
  private expansionsOf(text: string): string {
    const entries = this.analyser
      .tokenize(text)
      .map((token) => this.expandedEntryOf(token))
      .filter((entry): entry is GlossaryEntry => entry !== undefined);
    return [...new Set(entries.flatMap((entry) => [entry.abbreviation, entry.expansion]))].join(' ');
  }

  /** "Wo wurde das Programm unterschrieben?", "Für welches Jahr gilt das Programm?", "Von welchem Jobcenter ist das?" */
  private asksDocumentFact(text: string): boolean {
    const c = this.cues;
    if (c.mentions(text, 'signed') && (c.mentions(text, 'where') || c.mentions(text, 'when') || c.mentions(text, 'programme-word') || /^(wer|wessen)\b/i.test(text))) return true;
    if (c.mentions(text, 'title-asked') && c.mentions(text, 'programme-word')) return true;
    return (c.mentions(text, 'which-year') || c.mentions(text, 'which-jobcenter')) && (c.mentions(text, 'programme-word') || normaliseForCues(text).length <= 6);
  }

  /** Table of contents, a section by its number, or where in the programme a topic is. */
  private navigate(text: string): Answer | undefined {
    const words = normaliseForCues(text);
    if (this.cues.mentions(text, 'outline') && words.length <= 8 && !this.cues.mentions(text, 'where-is')) return outlineAnswer(this.knowledge);
    const below = this.cues.mentions(text, 'subsections') ? subsectionsAnswer(text, this.knowledge) : undefined;
    if (below) return 'missing' in below ? unsupportedSection(below.missing, this.exampleTopics()) : below;
    const numbered = sectionByNumber(text, this.knowledge);
    if (numbered && 'ref' in numbered) return composeAnswer(this.composer, { kind: 'section', sectionRef: numbered.ref }, readQuestion(text, this.cues), this.related([], numbered.ref));
    if (numbered) return unsupportedSection(numbered.missing, this.exampleTopics());
    const at = this.cues.find(words, 'where-is');
    if (at < 0) return undefined;
    const topic = text.replace(/^.*?(abschnitt|kapitel|teil|seite[n]?|steht|finde ich|geht es|wird)\b/i, '').replace(/^\s*(etwas\s+)?(über|zu|zum|zur|um|von|die|der|das|den)\s+/i, '');
    if (!topic.trim()) return undefined;
    const question = readQuestion(topic, this.cues);
    const hits = this.searchFor(topic, question).filter((h) => h.coverage >= minCoverage(h.wordCount) && h.strongMatches > 0);
    const top = hits[0];
    if (!top) return undefined;
    // "In welchem Kapitel stehen die Ziele?": a section whose title names the whole topic is where it stands.
    const titled = hits.find((h) => h.doc.ref.kind === 'section' && h.coverage >= 1 && h.missedWords.length === 0 && h.rank >= top.rank * W.navigation.titledSectionShare);
    const best = titled ?? top;
    const section = this.sections.get(best.doc.sectionRef);
    const excerpt = best.doc.ref.kind === 'sentence' ? best.doc.body : undefined;
    return about(whereAnswer(section, '', excerpt, this.related(hits, section.ref)), section.title);
  }

  /** A glossary entry one of whose names the question contains ("… als Langzeitleistungsbezieher"). */
  private glossaryMentioned(text: string): GlossaryEntry | undefined {
    const stems = new Set(this.analyser.tokenize(text).map((t) => this.analyser.stem(t)));
    for (const entry of this.knowledge.glossary) {
      for (const name of [entry.abbreviation, entry.expansion, ...entry.aliases]) {
        const tokens = this.analyser.tokenize(name);
        if (tokens.length > 0 && tokens.length <= 3 && tokens.every((t) => stems.has(this.analyser.stem(t)))) return entry;
        // "Langzeitleistungsbezieher" and "Langzeitleistungsbeziehende" share all but their ending.
        if (tokens.length === 1 && tokens[0]!.length >= 10 && [...stems].some((s) => s.length >= 10 && commonPrefix(s, this.analyser.stem(tokens[0]!)) >= 0.8 * s.length)) return entry;
      }
    }
    return undefined;
  }

  /**
   * The best-ranked hit whose hard slots hold (measure, year, gender, unit). When
   * the leading candidates all fail, the programme does not say it: the first
   * one's reason is the answer, with it offered as the nearest thing there is.
   */
  private firstSupported(hits: readonly RankedHit[], question: QuestionFeatures): { hit: RankedHit; runnerUp?: RankedHit } | { unsupported: Answer } {
    // "Warum sinkt die Zahl der ELB?" asks a cause: the count is its topic, not its answer.
    const countAsked = !question.asksReason && (this.cues.mentions(question.text, 'count-asked') || /zahl(?!\p{L})/iu.test(question.text)) && !this.cues.mentions(question.text, 'percent') && !question.units.includes('€');
    const shareAsked = this.cues.mentions(question.text, 'percent') || /(quote|anteil)(?!\p{L})/iu.test(question.text);
    const asked: AskedNumber = { countAsked, shareAsked, measureNamed: this.analyser.tokenize(question.text).some((t) => this.measureStems.has(this.analyser.stem(t))) };
    let first: { hit: RankedHit; reason: Unsupported } | undefined;
    let supportedHit: RankedHit | undefined;
    const floor = hits[0]!.rank * W.support.candidateShare;
    for (const hit of hits.slice(0, W.support.candidates)) {
      if (hit.rank < floor) break;
      const reason =
        checkSupport({ doc: hit.doc, unnamed: this.unnamedTopicWords(hit, question), programmeYear: this.knowledge.programme.year, countAsked }, question, this.knowledge) ??
        this.unknownNounMissed(hit, question) ??
        this.numberSupport(hit, question, asked);
      if (!reason) {
        if (supportedHit) return { hit: supportedHit, runnerUp: hit };
        supportedHit = hit;
        continue;
      }
      if (!supportedHit) first ??= { hit, reason };
    }
    if (supportedHit) return { hit: supportedHit };
    const { hit, reason: found } = first!;
    const label = this.nameOf(hit);
    // A word the programme names a figure, group or term with ("Baugewerbe") is not missing from it, only from this candidate.
    const reason = found.slot === 'measure' && found.words.every((w) => this.labelStems.has(this.analyser.stem(w))) ? { ...found, named: true } : found;
    const available = reason.slot === 'number' ? [`„${hit.doc.body}“`] : this.availableFor(hit);
    return { unsupported: unsupportedAnswer(reason, label, available, [{ label: shorten(label, 40), query: label }]) };
  }

  /** A ranked figure hit as a value with its name, the cell chosen as the question asks. */
  private figureOf(hit: RankedHit, question: QuestionFeatures): ResolvedFigure | undefined {
    const ref = hit.doc.ref;
    if (ref.kind === 'prose-figure') return proseFigureValue(this.figureById.get(ref.figureId)!);
    if (ref.kind !== 'table-row') return undefined;
    const table = this.tableById.get(ref.tableId)!;
    const row = table.rows[ref.row]!;
    return rowFigureValue(hit.doc.label, table, row, pickCell(row, question).cell);
  }

  /** "Meinten Sie „Integrationsquote Frauen“ oder „Integrationen (Frauen)“?" — each button asks again with the question's year and gender. */
  private askBack(hits: readonly RankedHit[], question: QuestionFeatures): Answer {
    const slots = [...question.years.map(String), ...(question.gender ? [question.gender === 'weiblich' ? 'Frauen' : 'Männer'] : [])];
    const names = hits.map((h) => this.nameOf(h));
    const options = names.map((name) => ({ label: shorten(name, 40), query: [name, ...slots.filter((s) => !name.includes(s))].join(' ') }));
    // The question stays the conversation's topic: "und davon Frauen?" after the question back continues it.
    return { ...plainAnswer('no-answer', `Meinten Sie ${names.map((n) => `„${n}“`).join(' oder ')}? Das Programm nennt beides – wählen Sie bitte.`, options), understood: { question: question.text } };
  }

  /** "Wie viele Sanktionen …" is not answered by a sentence that holds no number. */
  private numberSupport(hit: RankedHit, question: QuestionFeatures, { countAsked, shareAsked, measureNamed }: AskedNumber): Unsupported | undefined {
    const kind = hit.doc.ref.kind;
    if (kind === 'table-row' || kind === 'prose-figure') return undefined;
    const text = `${hit.doc.label} ${hit.doc.context} ${hit.doc.body}`;
    // A year other than the programme's own must be in what answers it.
    const otherYears = question.years.filter((y) => y !== this.knowledge.programme.year);
    if (otherYears.length > 0 && !otherYears.some((y) => text.includes(String(y)))) return { slot: 'year', years: otherYears, available: [] };
    // A figure for an age band ("ELB ab 50") is not answered by a text that names no such band.
    const ownBand = askedAgeBand(text);
    if (question.ageBand && (countAsked || shareAsked || question.asksNumber) && !(ownBand && ageBandMatches(question.ageBand, ownBand))) return { slot: 'age', band: question.ageBand };
    // "Wann …?" is answered by a date, a month or a year, not by a sentence without one.
    if (this.cues.find(normaliseForCues(question.text).slice(0, 3), 'when-asked') >= 0 && !/\d|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|halbjahr|quartal|jährlich|monatlich|monaten?\b|wochen?\b|seit|bis/i.test(hit.doc.body)) {
      return { slot: 'number' };
    }
    // A count or a share asked in so many words is not answered by a portrait of a group, an offer or a term.
    // A chart's answer already says its figures are missing from the text.
    // "Welche Instrumente gibt es für LZB?" names a measure but asks for offers: the group's portrait answers it.
    if ((countAsked || shareAsked || (measureNamed && !(this.cues.mentions(question.text, 'offer-words') && FOR_SOMEONE.test(question.text))) || question.asksNumber) && kind !== 'sentence' && kind !== 'glossary' && kind !== 'chart') return { slot: 'number' };
    if (kind === 'glossary' && hit.doc.ref.kind === 'glossary') {
      // A term's explanation answers a figure question only when it is that measure's entry and holds the count asked.
      const isMeasure = this.measureStems.has(this.analyser.stem(hit.doc.ref.abbreviation));
      // "Wie viel verdient eine Integrationsfachkraft?": a term's explanation without any number gives none.
      if (question.ageBand || (measureNamed && !isMeasure) || (countAsked && !hasCount(hit.doc.body, this.cues)) || (shareAsked && !this.holdsShare(hit.doc.body)) || (question.asksNumber && !/\d/.test(hit.doc.body))) return { slot: 'number' };
    }
    if (kind !== 'sentence') return undefined;
    const body = hit.doc.body;
    if (countAsked && (!this.countsTopic(body, question.text) || isPerAsked(body, question.text))) return { slot: 'number' };
    // "Frauenquote bei Weiterbildungen" asks for a share: a sentence without any number does not give it.
    if (shareAsked && !this.holdsShare(body)) return { slot: 'number' };
    // "Kosten der Unterkunft 2025": a figure asked of a year is not answered by a sentence without any number.
    if (question.asksFigure && question.years.length > 0 && !/\d/.test(body) && !normaliseForCues(body).some((w) => this.cues.isExactly(w, 'number-words'))) return { slot: 'number' };
    if (!question.asksNumber) return undefined;
    // "Wie viel verdient eine Integrationsfachkraft?": the number must stand beside what was asked, not anywhere in the sentence.
    if (!shareAsked) return this.countsTopic(body, question.text) ? undefined : { slot: 'number' };
    if (/\d/.test(body) || normaliseForCues(body).some((w) => this.cues.isExactly(w, 'number-words'))) return undefined;
    return { slot: 'number' };
  }

  /**
   * The count stands in a clause that names the question's topic: a list sentence ("…; innerhalb von vier Wochen …;
   * Die Zahl der Bedarfsgemeinschaften mit Kindern soll nicht weiter steigen.") gives no count of what it names without one.
   */
  private countsTopic(body: string, question: string): boolean {
    const topic = new Set(this.topicStems(question));
    return body.split(/;\s+|(?<=[.!?])\s+/).some((clause) => hasCount(clause, this.cues) && (topic.size === 0 || this.analyser.tokenize(clause).some((w) => topic.has(this.analyser.stem(w)))));
  }

  /** A share stated: "20,9 %", "64 Prozent", "mehr als die Hälfte" — not any number ("U25", "3 Standorte"). */
  private holdsShare(text: string): boolean {
    return /\d\s*%/.test(text) || normaliseForCues(text).some((w) => this.cues.isExactly(w, 'share-words'));
  }

  private get examples(): string[] {
    return exampleQuestions(this.knowledge.programme);
  }

  private exampleTopics(): RelatedTopic[] {
    return this.examples.map((q) => ({ label: q, query: q }));
  }

  /** The index's hits for a text, ranked for the question; the region is not searched (see withoutRegion). */
  private searchFor(text: string, question: QuestionFeatures, kinds?: readonly SearchDocKind[]): RankedHit[] {
    const verbs = this.questionVerbStems(text);
    const isFramingTerm = verbs.size === 0 ? this.isFramingTerm : (term: string): boolean => verbs.has(term) || this.isFramingTerm(term);
    return this.rank(this.index.search(this.withoutRegion(text), kinds ? { isFramingTerm, kinds } : { isFramingTerm }), question);
  }

  /**
   * "Wie hilft …", "Wer steuert …", "… in Arbeit zu kommen": the question's verb frames it — the programme says
   * how in its own verbs. The word after a leading question word, or an infinitive with "zu" at the end, when the
   * programme never writes it as a noun.
   */
  private questionVerbStems(text: string): ReadonlySet<string> {
    let verbs = this.verbsByText.get(text);
    if (!verbs) {
      verbs = this.readQuestionVerbs(text);
      if (this.verbsByText.size >= ANSWER_CACHE_SIZE) this.verbsByText.clear();
      this.verbsByText.set(text, verbs);
    }
    return verbs;
  }

  private readQuestionVerbs(text: string): Set<string> {
    const words = text.replace(/[?!.,;:]+/g, ' ').split(/\s+/).filter(Boolean);
    const verbs = new Set<string>();
    // "Wer gewinnt die Bundesliga?": when every noun is one the programme never uses, the verb is what still tells it is off topic.
    const mixedCase = capitalisesNouns(text);
    const nouns = words.slice(2).filter((w) => this.isTopicWord(w) && this.looksLikeNoun(w, mixedCase));
    if (nouns.length > 0 && nouns.every((w) => !this.isKnownWord(fold(w)))) return verbs;
    const isVerb = (w: string | undefined): w is string => !!w && /^\p{Ll}/u.test(w) && !this.scope.nouns.has(fold(w)) && !this.cues.isExactly(w, 'degree-words') && /(t|en|n)$/.test(w);
    if (QUESTION_LEAD.test(words[0] ?? '') && isVerb(words[1])) verbs.add(this.analyser.stem(words[1]));
    if (words.at(-2)?.toLowerCase() === 'zu' && isVerb(words.at(-1))) verbs.add(this.analyser.stem(words.at(-1)!));
    // "Wie werden Arbeitgeber unterstützt?": the passive's participle closes the question.
    if (QUESTION_LEAD.test(words[0] ?? '') && PASSIVE_AUXILIARY.test(words[1] ?? '') && words.length > 3 && isVerb(words.at(-1)) && /t$/.test(words.at(-1)!)) verbs.add(this.analyser.stem(words.at(-1)!));
    return verbs;
  }

  /** "… im Landkreis Elbe-Elster": the region names no topic — every answer is about it — so it is not searched. */
  private withoutRegion(text: string): string {
    const stripped = text
      .split(/(\s+)/)
      .filter((token) => !this.scope.regionWords.has(fold(token.replace(/[?!.,;:]+$/, ''))))
      .join('')
      .replace(/\b(im|in|vom|des|dem)\s+(landkreis(es)?|kreis(es)?|jobcenters?)\s*(?=[?!.,]|$)/gi, '')
      .trim();
    return stripped.length > 0 ? stripped : text;
  }

  /** A word that names a topic: not a slot, cue, question word, stop word or framing word. Remembered: every search asks it of each query word. */
  private isTopicWord(word: string): boolean {
    let topic = this.topicWords.get(word);
    if (topic === undefined) {
      topic = this.namesTopic(word);
      if (this.topicWords.size >= ANSWER_CACHE_SIZE) this.topicWords.clear();
      this.topicWords.set(word, topic);
    }
    return topic;
  }

  private namesTopic(word: string): boolean {
    const lower = word.toLowerCase();
    // "VK", "IQ", "BG": two letters name a thing when the programme abbreviates it so.
    if (lower.length === 2 && this.glossaryByName.has(lower)) return true;
    if (lower.length <= 2 || /^\d/.test(lower) || QUESTION_WORDS.test(lower)) return false;
    for (const concept of NON_TOPIC_CONCEPTS) if (this.cues.isExactly(lower, concept)) return false;
    const term = this.analyser.processTerm(lower);
    if (term === null) return false;
    // The word itself, not its compound parts: "Gesamtbudget" names a topic although "gesamt" frames.
    const whole = Array.isArray(term) ? term[0]! : term;
    return !this.isFramingTerm(whole);
  }

  /** The programme uses the word, a one-letter typo of it, or a word it starts: remembered, the checks scan the vocabulary. */
  private isKnownWord(folded: string): boolean {
    let known = this.knownWords.get(folded);
    if (known === undefined) {
      known = this.scope.vocabulary.has(folded) || knownByTypo(folded, this.scope) || this.isAbbreviatedWord(folded);
      if (this.knownWords.size >= ANSWER_CACHE_SIZE) this.knownWords.clear();
      this.knownWords.set(folded, known);
    }
    return known;
  }

  /** "öffentl", "wasser" (of "Wasserversorgung"): the start of a word the programme uses. */
  private isAbbreviatedWord(folded: string): boolean {
    if (folded.length < 5) return false;
    for (const word of this.scope.vocabulary) if (word.length > folded.length && word.startsWith(folded)) return true;
    return false;
  }

  /** How the programme names what a hit is about. */
  private nameOf(hit: RankedHit): string {
    const ref = hit.doc.ref;
    switch (ref.kind) {
      case 'table-row':
        return hit.doc.label;
      case 'prose-figure':
        return this.figureById.get(ref.figureId)!.label;
      case 'target-group':
        return this.knowledge.targetGroups.find((g) => g.id === ref.id)!.name;
      case 'instrument':
        return this.knowledge.instruments.find((i) => i.id === ref.id)!.name;
      case 'glossary':
        return ref.abbreviation;
      default:
        return this.sections.get(hit.doc.sectionRef).title;
    }
  }

  /** Words of the question the candidate does not name, leaving out slot words (year, gender, plan …) the cell picker reads. */
  private unnamedTopicWords(hit: RankedHit, question: QuestionFeatures): string[] {
    const figureContext = question.asksFigure || FIGURE_KINDS.has(hit.doc.ref.kind) || FIGURE_NOUN.test(question.text);
    const mixedCase = capitalisesNouns(question.text);
    // Two letters name nothing ("& Co."); slot words and the region are read elsewhere.
    // A figure must name every noun of the question ("Kosten der Unterkunft" is not "Verwaltungskosten").
    const strict = W.support.figureNamesEveryNoun && FIGURE_ANSWER_KINDS.has(hit.doc.ref.kind);
    // "Bezug" is named by "Leistungsbezug": a word inside one of the label's compounds counts as named.
    const named = fold(`${hit.doc.label} ${hit.doc.context}`);
    // "Maßnahmen für Alleinerziehende": a group's answer is its offers, so words for offers need no naming.
    const offersImplied = hit.doc.ref.kind === 'target-group';
    return this.index
      .unnamedWords(hit)
      .filter((w) => !(offersImplied && this.cues.isExactly(w, 'offer-words')))
      .filter((w) => this.isTopicWord(w) && !this.scope.regionWords.has(fold(w)) && !(w.length >= 4 && named.includes(fold(w))) && ((strict && this.looksLikeNoun(w, mixedCase)) || this.namesSomething(w, figureContext, mixedCase)));
  }

  private looksLikeNoun(word: string, mixedCase: boolean): boolean {
    if (/\d/.test(word) || this.isAbbreviatedWord(fold(word))) return false;
    if (word.includes('-') && word.split('-').every((part) => this.scope.vocabulary.has(fold(part)))) return false;
    if (mixedCase) return /^\p{Lu}/u.test(word);
    // The programme's own spelling tells its nouns; a word it never uses is judged by its ending.
    const folded = fold(word);
    if (this.scope.vocabulary.has(folded)) return this.scope.nouns.has(folded);
    return endsLikeNoun(word, this.cues);
  }

  /**
   * A word that must be named by the answer: one the programme uses to name a figure,
   * group or term (so naming another one is a different thing), or one the programme
   * never uses at all ("Arbeitslosenquote"). Verbs and everyday words of its prose
   * ("geht", "Menschen") are not measures.
   */
  private namesSomething(word: string, figureContext: boolean, mixedCase: boolean): boolean {
    const stem = this.analyser.stem(word);
    if (this.labelStems.has(stem)) return true;
    const folded = fold(word);
    if (/\d/.test(word) || this.isKnownWord(folded)) return false;
    if (word.includes('-')) return !word.split('-').every((part) => this.scope.vocabulary.has(fold(part)));
    // A word the programme never uses ("Arbeitslosenquote", "Dresden") is something it does not cover — when a
    // figure is at stake and the word looks like a noun: verb forms ("misst", "gemeint") are no measure.
    if (!figureContext) return false;
    if (mixedCase) return /^\p{Lu}/u.test(word);
    return endsLikeNoun(word, this.cues);
  }

  /** What a row or figure does give, to offer when the asked cell is missing ("Ist 2023: 19,1 %"). */
  private availableFor(hit: RankedHit): string[] {
    const ref = hit.doc.ref;
    if (ref.kind === 'table-row') return this.tableById.get(ref.tableId)!.rows[ref.row]!.cells.slice(0, 4).map((c) => `${c.column}: ${formatCell(c)}`);
    if (ref.kind === 'prose-figure') {
      const f = this.figureById.get(ref.figureId)!;
      return [`${f.label}: ${formatProseFigure(f)}`];
    }
    return [];
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
    const topicStems = this.topicStems(question.text);
    const kinds = kindFactors(question);
    const reading = this.rankReading(question);
    const ranked: RankedHit[] = [];
    for (const hit of hits) {
      const facts = this.docFacts(hit.doc);
      const rank = hit.score * hit.coverage ** W.coverage.exponent * kinds[hit.doc.ref.kind] * this.labelFit(hit.doc, queryTerms) * this.topicFit(hit.doc, topicStems) * negationFit(hit.doc, facts, reading) * this.figureFit(hit.doc, facts, question, reading) * sentenceFit(hit.doc, facts, question, reading, this.cues);
      ranked.push({ doc: hit.doc, score: hit.score, coverage: hit.coverage, missedWords: hit.missedWords, strongMatches: hit.strongMatches, wordCount: hit.wordCount, match: hit.match, rank });
    }
    return ranked.sort(byRank);
  }

  /** What ranking reads of the question for every hit, read once. */
  private rankReading(question: QuestionFeatures): RankReading {
    return {
      negated: NEGATION.test(question.text),
      asksShare: this.cues.mentions(question.text, 'percent'),
      askedWords: question.asksDefinition || question.definitionTerm ? normaliseForCues(question.text).map(fold) : [],
      definitionTermWords: question.definitionTerm ? normaliseForCues(question.definitionTerm).map(fold).filter((w) => w.length >= MIN_TERM_WORD) : [],
      namesMonth: MONTH_WORD.test(question.text),
    };
  }

  private docFacts(doc: SearchDoc): DocFacts {
    let facts = this.factsByDoc.get(doc.id);
    if (!facts) {
      facts = this.readDocFacts(doc);
      this.factsByDoc.set(doc.id, facts);
    }
    return facts;
  }

  private readDocFacts(doc: SearchDoc): DocFacts {
    const ref = doc.ref;
    const row = ref.kind === 'table-row' ? this.tableById.get(ref.tableId)!.rows[ref.row]! : undefined;
    return {
      negated: doc.label ? NEGATION.test(doc.label) : false,
      genderedRow: row ? GENDERED.test(`${row.label} ${row.group ?? ''}`) : false,
      shareRow: row ? this.cues.mentions(row.label, 'percent') : false,
      monthColumns: row ? row.cells.some((c) => MONTH_WORD.test(c.column)) : false,
      changeFigure: ref.kind === 'prose-figure' ? CHANGE_FIGURE.test(this.figureById.get(ref.figureId)!.label) : false,
      definedSubject: ref.kind === 'sentence' ? definedSubject(doc.body, this.cues) : undefined,
    };
  }

  /** A table row whose cells fit the year/period asked for, or a prose figure of the year asked for, ranks higher. */
  private figureFit(doc: SearchDoc, facts: DocFacts, question: QuestionFeatures, reading: RankReading): number {
    const ref = doc.ref;
    if (ref.kind === 'table-row') {
      const row = this.tableById.get(ref.tableId)!.rows[ref.row]!;
      const unitMismatch = question.units.length > 0 && !row.cells.some((c) => question.units.includes(c.unit)) ? UNIT_MISMATCH : 1;
      // "Integrationsquote 2024" asks for the whole, not for the women's or men's row beside it.
      const genderedUnasked = !question.gender && facts.genderedRow ? W.figure.genderedRowUnasked : 1;
      // "Arbeitslose SGB II" asks for the count, not for the share row beside it.
      const shareUnasked = !question.units.includes('%') && facts.shareRow && !reading.asksShare ? W.figure.shareRowUnasked : 1;
      // "Integrationen im September 2024" asks a month's figure: a row of yearly values does not give it.
      const monthMissing = reading.namesMonth && !facts.monthColumns ? W.figure.monthNotInRow : 1;
      return (1 + W.figure.perCellFitPoint * Math.max(0, pickCell(row, question).fit)) * (row.isTotal ? W.figure.totalRow : 1) * unitMismatch * genderedUnasked * shareUnasked * monthMissing;
    }
    if (ref.kind === 'prose-figure') {
      // A dated sentence figure ("Stand September 2023") answers a question about that date; the tables answer the rest.
      const figure = this.figureById.get(ref.figureId)!;
      // "Wie stark sinkt …" asks for a change: a sentence stating an amount answers it less well than a table's Differenz.
      const isChange = facts.changeFigure;
      const asksChange = question.periods.includes('Veränderung');
      const changeMismatch =
        (asksChange && !isChange ? W.figure.changeMismatch : !asksChange && isChange ? W.figure.unaskedChange : 1) *
        (question.units.length > 0 && !question.units.includes(figure.unit) ? UNIT_MISMATCH : 1);
      // An undated sentence figure (a definition's "21 Monate") answers "… 2023?" less well than a table's 2023 cell.
      if (!figure.stand) return question.years.length > 0 ? W.figure.undatedWithYear * changeMismatch : changeMismatch;
      if (question.years.length === 0) return W.figure.datedWithoutYear * changeMismatch;
      if (!question.years.includes(Number(figure.stand.slice(0, 4)))) return W.figure.datedOtherYear * changeMismatch;
      // "IQ Frauen 2023" asks for the year's value (a table's Ist 2023); "… September 2023" for the dated one.
      return (mentionsMonthOf(question.text, figure.stand) ? W.figure.datedMonthNamed : W.figure.datedMonthNotNamed) * changeMismatch;
    }
    return 1;
  }

  /** For named things (rows, figures, groups): how much of the name the question mentions. */
  private labelFit(doc: SearchDoc, queryTerms: ReadonlySet<string>): number {
    if (!doc.label || doc.ref.kind === 'sentence') return 1;
    const words = this.labelWords(doc);
    if (words.length === 0) return 1;
    // A label word the question names as a whole counts fully; one it meets only in a compound part ("Integrationen" in "Integrationsquote") half.
    let matched = 0;
    for (const terms of words) matched += queryTerms.has(terms[0]!) ? 1 : terms.some((t) => queryTerms.has(t)) ? W.label.partMatch : 0;
    const floor = FIGURE_ANSWER_KINDS.has(doc.ref.kind) ? W.label.figureFloor : W.label.floor;
    return floor + (1 - floor) * (matched / words.length);
  }

  /** Stems of the question's topic words (no slots, cues or question words). */
  private topicStems(text: string): string[] {
    return this.analyser.tokenize(text).filter((w) => this.isTopicWord(w)).map((w) => this.analyser.stem(w));
  }

  /** A figure's name that holds a topic word of the question only inside a compound names another measure. */
  private topicFit(doc: SearchDoc, topicStems: readonly string[]): number {
    if (!FIGURE_ANSWER_KINDS.has(doc.ref.kind) || topicStems.length === 0) return 1;
    const words = this.labelWords(doc);
    let fit = 1;
    for (const stem of topicStems) {
      const whole = words.some((terms) => terms[0] === stem);
      if (whole) continue;
      // The compound's parts follow the whole word: its modifiers, then its head ("integrationsquot", "integr", "quot").
      // A compound the analyser cannot split (its modifier is no word of its own: "Langzeit|arbeitslose") still ends in the head.
      if (words.some((terms) => (terms.length > 1 && terms.at(-1) === stem) || (terms[0]!.length >= stem.length + MIN_MODIFIER && terms[0]!.endsWith(stem)))) fit *= W.label.topicOnlyInCompound;
      else if (words.some((terms) => isModifier(terms, stem))) fit *= W.label.topicOnlyAsModifier;
    }
    return fit;
  }

  private labelWords(doc: SearchDoc): string[][] {
    let words = this.labelTerms.get(doc.id);
    if (!words) {
      // "davon Rechtskreis SGB II": the row marker says where the row belongs, it names nothing the question could ask.
      words = this.analyser.tokenize(doc.label).filter((w) => !this.cues.isExactly(w.toLowerCase(), 'share-reference')).map((w) => this.termsOf(w)).filter((t) => t.length > 0);
      this.labelTerms.set(doc.id, words);
    }
    return words;
  }

  private queryTermSet(text: string): Set<string> {
    const terms = new Set<string>();
    for (const t of this.analyser.analyseQuery(text)) terms.add(t.term);
    return terms;
  }

  /** The glossary entry a token abbreviates, when its expansion says more than the token: every question asks it of every token. */
  private expandedEntryOf(token: string): GlossaryEntry | undefined {
    let entry = this.expandedByToken.get(token);
    if (entry === undefined) {
      const found = this.glossaryEntryFor(token);
      entry = found && normaliseName(found.abbreviation) !== normaliseName(found.expansion) ? found : null;
      if (this.expandedByToken.size >= ANSWER_CACHE_SIZE) this.expandedByToken.clear();
      this.expandedByToken.set(token, entry);
    }
    return entry ?? undefined;
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
    const floor = (hits[0]?.rank ?? 0) * W.related.minShare;
    for (const hit of hits) {
      if (topics.length === W.related.max) break;
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
      `Dazu enthält das ${programmeName(this.knowledge.programme)} leider keine Aussage. Ich beantworte Fragen zu Zielen und Kennzahlen, Zielgruppen, Instrumenten und Budget – zum Beispiel:\n` +
        this.examples.map((q) => `- „${q}“`).join('\n'),
      this.exampleTopics(),
    );
  }
}

const PASSIVE_AUXILIARY = /^(wird|werden|wurde|wurden)$/i;
/** Question words a finite verb follows ("wie hilft", "wer steuert"); "welche" is followed by its noun. */
const QUESTION_LEAD = /^(wie|was|wer|wo|wann|warum|wieso|weshalb|womit|wodurch|wobei|wofür|worauf|wozu|worum|woran|wovon)$/i;
const QUESTION_WORDS = /^(was|wie|wer|wen|wem|wo|wann|warum|wieso|weshalb|welche[rsnm]?|wieviele?|wozu|woher|wohin|gibt|gib|sag|zeig)$/;
const NON_TOPIC_CONCEPTS = ['category-words', 'date-words', 'meta-words', 'slot-words', 'women', 'men', 'plan', 'actual', 'change', 'percent', 'count', 'euro', 'follow-up', 'refers-back', 'number-words'];

/** "Wie <Eigenschaft> ist/sind …": the property asked is the word after "wie". */
const DEGREE_ASKED = /^wie\s+(\p{L}+)\s+(?:ist|sind|war|waren|wird|werden)(?!\p{L})/iu;

/** "Stand 09/2023", "Stand: 30.09.2023", "Stand September": a date that qualifies the figure asked. */
const STAND_DATED = /(?<!\p{L})stand:?\s+(?:\d|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|ende|anfang|mitte)/iu;

/** "Was bedeutet …", "Was heißt …", "Was versteht man unter …", "Wofür steht …": a meaning, not a figure, is asked. */
const MEANING_ASKED = /^(?:was|wofür|wofuer)\s+(?:bedeutet|bedeuten|heißt|heisst|meint|versteht\s+man|steht|stehen)(?!\p{L})/iu;

/** The document's own name: its title up to the jobcenter, the year or "für" ("Arbeitsmarkt- und Integrationsprogramm"). */
const PROGRAMME_NAME = /^(.+?)(?:\s+(?:des|der|für|\d{4}|jobcenter)\b|$)/iu;

/** What portrays a group, an offer or a term: none of them ranks anything. */
const PORTRAIT_KINDS = new Set(['target-group', 'instrument', 'glossary']);

/** Fewer rows than this are no list worth giving. */
const MIN_LISTED_ROWS = 2;

/** The shortest modifier that makes a label word a compound of the asked word ("Langzeit-", not "Ge-"). */
const MIN_MODIFIER = 4;

const FIGURE_KINDS = new Set(['table-row', 'prose-figure', 'glossary']);
const FIGURE_ANSWER_KINDS = new Set(['table-row', 'prose-figure']);
const NEGATION = /(?<!\p{L})(nicht|kein\w*|ohne)(?!\p{L})/iu;

/** "nicht marktnah" is the opposite of "marktnah": a label's negation the question does not share (or the other way round) is a mismatch. */
function negationFit(doc: SearchDoc, facts: DocFacts, reading: RankReading): number {
  if (!doc.label || doc.ref.kind === 'sentence') return 1;
  return facts.negated === reading.negated ? 1 : W.label.negationMismatch;
}

/** A question naming a measure by its noun ("Arbeitslosenquote", "Durchschnittsalter") asks for a figure. */
const FIGURE_NOUN = /(quote|rate|zahl|anteil|summe|betrag|budget|kosten|alter|durchschnitt)(?!\p{L})/iu;

/**
 * The writer capitalises nouns: a word after the first starts with a capital and goes on in lower case
 * ("… die Integrationsquote"). Capitals of an abbreviation alone ("durchschnittsalter der ELB") do not say so.
 */
function capitalisesNouns(text: string): boolean {
  return text.split(/\s+/).slice(1).some((w) => /^\p{Lu}\p{Ll}/u.test(w));
}

/** A count in a sentence: digits not followed by % or Prozent and not a year, or a number word ("drei Standorte"). */
function hasCount(body: string, cues: CueTable): boolean {
  for (const m of body.matchAll(/(?<![\d.,])(\d[\d.]*(?:,\d+)?)(?![\d.,]*\s*(?:%|prozent))/giu)) if (!/^(19|20)\d\d$/.test(m[1]!)) return true;
  // "die Hälfte", "ein Drittel" are shares, not counts.
  return normaliseForCues(body).some((w) => cues.isExactly(w, 'number-words') && !cues.isExactly(w, 'share-words'));
}
/**
 * A lower-case word judged by its ending alone: not one typed as a verb or participle
 * ("misst", "gezählt", "organisiert", "zusammenfassen": cue concept "verb-endings") unless
 * it ends like the nouns that name figures ("arbeitslosenquote", "durchschnittsalter",
 * "gehalt": "noun-endings"); adjectives ("rechnerisch", "monatlich", "zusätzlich": "adjective-endings") are no nouns either.
 */
export function endsLikeNoun(word: string, cues: CueTable): boolean {
  return !(cues.isExactly(word, 'verb-endings') || cues.isExactly(word, 'adjective-endings')) || cues.isExactly(word, 'noun-endings');
}

/**
 * A word the programme never uses that is typed as a finite verb or participle ("läuft", "bestimmt", "dauert"):
 * a short word ending in -t that does not end like a noun. Long words and other endings
 * ("integrationsqoute", "kurzarbeitern") are more likely a topic the programme lacks, or a typo of one.
 */
function isFiniteVerbLike(word: string, cues: CueTable): boolean {
  return word.length <= W.coverage.verbMaxLetters && /t$/.test(word) && !endsLikeNoun(word, cues);
}

/** What kind of number a question asks, read once per question for every candidate. */
interface AskedNumber {
  countAsked: boolean;
  shareAsked: boolean;
  /** The question names a measure the tables report ("Integrationsquote", "IQ"). */
  measureNamed: boolean;
}

function proseFigureValue(f: Knowledge['proseFigures'][number]): ResolvedFigure {
  return { value: f.value, unit: f.unit, name: f.label, sectionRef: f.sectionRef };
}

function rowFigureValue(label: string, table: Knowledge['tables'][number], row: Knowledge['tables'][number]['rows'][number], cell: Cell): ResolvedFigure {
  return { value: cell.value, unit: cell.unit, name: `${rowTitle(label, row.group)}, ${cell.column}`, subject: rowTitle(label, row.group), sectionRef: table.sectionRef };
}

/** Cells of one slot added up as one figure: "Erwerbsfähige Leistungsberechtigte gesamt, 15 bis unter 25 Jahre zusammen". */
/** The column's age band is the one asked ("über 55" is the column "55 Jahre und älter"). */
function bandOfColumnIs(column: string, asked: AgeBand): boolean {
  const own = columnSlots(column).ageBand;
  return own !== undefined && ageBandMatches(asked, own);
}

function sumFigure(label: string, sum: CellSum, table: Knowledge['tables'][number]): ResolvedFigure {
  return { value: sum.total, unit: 'Anzahl', name: `${label}, ${sum.slot} zusammen`, sectionRef: table.sectionRef };
}

/** "Integrationen (Integrationsquote Frauen)": a row's label with the bold row it belongs to, when the label does not say it. */
function rowTitle(label: string, group: string | undefined): string {
  return group && !label.toLowerCase().includes(group.toLowerCase()) ? `${label} (${group})` : label;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function personalCaseAnswer(offers: RelatedTopic[]): Answer {
  return plainAnswer(
    'no-answer',
    'Das steht so nicht im Programm: Es beschreibt Ziele, Zielgruppen, Instrumente und Budget des Jobcenters – zu einzelnen Fällen, Ansprüchen oder Personalfragen enthält es keine Aussage. Bitte klären Sie das mit Ihrer Führungskraft oder der Fachaufsicht.',
    offers,
  );
}

function unsupportedSection(number: string, offers: RelatedTopic[]): Answer {
  return plainAnswer('no-answer', `Das steht so nicht im Programm: Einen Abschnitt ${number} hat es nicht. Schreiben Sie **Inhaltsverzeichnis** für die Gliederung.`, offers);
}

function about(answer: Answer, subject: string): Answer {
  answer.understood = { question: '', subject };
  return answer;
}

function isAnswered(answer: Answer): boolean {
  return !['no-answer', 'unclear', 'too-long', 'greeting', 'thanks', 'help'].includes(answer.kind);
}

const MONTHS = GERMAN_MONTHS.map((m) => m.toLowerCase());

/** "Stand September 2023": the question names the month of an ISO date ("…-09-30"), spelt out or as "09/2023". */
function mentionsMonthOf(text: string, isoDate: string): boolean {
  const month = Number(isoDate.slice(5, 7));
  const name = MONTHS[month - 1]!;
  const year = isoDate.slice(0, 4);
  const lower = ` ${text.toLowerCase()}`;
  return [name, `${name.slice(0, 3)}.`, ...[isoDate.slice(5, 7), ` ${month}`].flatMap((m) => [`${m}/${year}`, `${m}.${year}`])].some((form) => lower.includes(form));
}

/** The stem is one of a compound's modifiers: neither its whole word (first) nor its head (last). */
function isModifier(terms: readonly string[], stem: string): boolean {
  for (let k = 1; k < terms.length - 1; k++) if (terms[k] === stem) return true;
  return false;
}

/** What ranking reads of the question for every hit: read once per ranking. */
interface RankReading {
  /** The question says "nicht", "kein…", "ohne". */
  negated: boolean;
  /** The question names a percentage (cue concept percent). */
  asksShare: boolean;
  /** The question's folded words, read only when it asks for a definition. */
  askedWords: readonly string[];
  /** The folded words of the term asked for ("geschäftspolitischen ziele"), short ones left out. */
  definitionTermWords: readonly string[];
  /** The question names a month ("im September"). */
  namesMonth: boolean;
}

/** Words of an asked term shorter than this ("die", "der") say nothing of what it is. */
const MIN_TERM_WORD = 4;

/** What ranking reads of a document whatever the question: read on first use, kept (the documents never change). */
interface DocFacts {
  /** The label says "nicht", "kein…", "ohne". */
  negated: boolean;
  /** A table row of women or men. */
  genderedRow: boolean;
  /** A table row whose label names a percentage. */
  shareRow: boolean;
  /** A table row with a column for a month ("Sep", "September 2024"). */
  monthColumns: boolean;
  /** A prose figure of a change ("Anstieg", "Rückgang"). */
  changeFigure: boolean;
  /** A sentence opening as a definition: its subject's folded words. */
  definedSubject: readonly string[] | undefined;
}

/** A prose figure's label that states a change, not an amount. */
const CHANGE_FIGURE = /anstieg|veränder|rückgang|sink|steig|differenz|zunahme|abnahme/i;

/** "LZB sind ELB, die …": a definition by its clause, which word lists cannot say. */
const DEFINING_CLAUSE = /\bsind \w+, die\b/i;

/** Words of a sentence's subject: at most this many before the copula ("Das Risikomanagement ist …"). */
const SUBJECT_MAX_WORDS = 3;

/**
 * "Chancengleichheit ist das Recht auf …" defines what its subject names: a sentence whose subject,
 * article aside, is a term of the question, inflected or not ("Risikomanagements").
 */
function definesAskedTerm(subject: readonly string[] | undefined, askedWords: readonly string[], termWords: readonly string[]): boolean {
  if (subject === undefined || !subject.every((w) => askedWords.some((q) => sharesStem(w, q)))) return false;
  // "Was sind die geschäftspolitischen Ziele?" is not defined by "Ziel ist es, …": the subject must name the whole term asked.
  return termWords.every((t) => subject.some((w) => sharesStem(w, t)));
}

/** The folded words of a sentence's subject when it opens as a definition ("Das Risikomanagement ist …"). */
function definedSubject(sentence: string, cues: CueTable): readonly string[] | undefined {
  const words = normaliseForCues(sentence).slice(0, SUBJECT_MAX_WORDS + 2);
  const copula = words.findIndex((w) => cues.isExactly(w, 'copula'));
  if (copula < 1) return undefined;
  const subject = words.slice(cues.isExactly(words[0]!, 'articles') ? 1 : 0, copula).filter((w) => !w.startsWith('('));
  if (subject.length === 0 || subject.length > SUBJECT_MAX_WORDS) return undefined;
  return subject.map(fold);
}

/** "… langzeitarbeitslos, also seit mindestens einem Jahr …": the asked term, explained right after it (cue concept explaining-words). */
function explainsAskedTerm(sentence: string, term: string, cues: CueTable): boolean {
  const head = normaliseForCues(term).map(fold).at(-1);
  if (!head) return false;
  const words = normaliseForCues(sentence);
  for (let i = 0; i < words.length - 1; i++) {
    if (sharesStem(fold(words[i]!), head) && cues.find(words.slice(i + 1, i + 1 + EXPLANATION_LEAD_WORDS), 'explaining-words') === 0) return true;
  }
  return false;
}

/** The longest lead of an explanation ("mit anderen Worten"). */
const EXPLANATION_LEAD_WORDS = 3;

/** "risikomanagement" and "risikomanagements": one word is the other plus an inflection ending. */
function sharesStem(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short) && long.length - short.length <= 2;
}

/**
 * "Warum …" is answered by a sentence giving a cause (cue concept cause-words); "Wer sind die Netzwerkpartner?"
 * by one that lists or defines them (defining-words). A direction asked ("warum steigen …") is met by a sentence
 * that names the same direction ("Anstieg"), whatever the verb.
 */
function sentenceFit(doc: SearchDoc, facts: DocFacts, question: QuestionFeatures, reading: RankReading, cues: CueTable): number {
  if (doc.ref.kind !== 'sentence') return question.asksReason ? W.kind.notSentenceReasonAsked : 1;
  const trend = question.trend && cues.mentions(doc.body, question.trend) ? W.sentence.namesTrend : 1;
  if (question.asksReason) return (cues.mentions(doc.body, 'cause-words') ? W.sentence.givesCause : 1) * trend;
  if ((question.asksDefinition || question.definitionTerm) && definesAskedTerm(facts.definedSubject, reading.askedWords, reading.definitionTermWords)) return W.sentence.definesAskedTerm * trend;
  if (question.definitionTerm && explainsAskedTerm(doc.body, question.definitionTerm, cues)) return W.sentence.definesAskedTerm * trend;
  if (question.definitionTerm) return (cues.mentions(doc.body, 'defining-words') || DEFINING_CLAUSE.test(doc.body) ? W.sentence.defines : 1) * trend;
  if (question.asksList) return (cues.mentions(doc.body, 'defining-words') ? W.sentence.namesMembers : 1) * trend;
  return trend;
}

/** "… für Alleinerziehende": with an offer word (cue concept offer-words), offers for someone are asked. */
const FOR_SOMEONE = /(?<!\p{L})für(?!\p{L})/iu;

/** Best first. Returns a sign, not the difference: a difference is a fresh heap number on every comparison. */
function byRank(a: RankedHit, b: RankedHit): number {
  return b.rank > a.rank ? 1 : b.rank < a.rank ? -1 : 0;
}

/** How much each kind of document suits the question, read once per question rather than per hit. */
function kindFactors(question: QuestionFeatures): Record<SearchDocKind, number> {
  return {
    'table-row': question.asksDefinition ? W.kind.figureDefinitionAsked : question.asksFigure ? W.kind.figureAsked : question.asksProcess ? W.kind.processAsked : W.kind.figureNotAsked,
    'prose-figure': question.asksDefinition ? W.kind.figureDefinitionAsked : question.asksFigure ? W.kind.figureAsked : question.asksProcess ? W.kind.processAsked : W.kind.figureNotAsked,
    // "Wie stark wurde das Eingliederungsbudget gekürzt?" names an alias of a glossary entry but asks for the figure.
    glossary: question.asksNumber ? W.kind.glossaryNumberAsked : question.asksProcess ? W.kind.glossary * W.kind.processAsked : W.kind.glossary,
    // "Wie viel Prozent der Alleinerziehenden …" wants the figure, not the group's portrait.
    'target-group': question.asksNumber ? W.kind.targetGroupNumberAsked : /\b(für|angebote?|unterstütz\w*|tut|hilft|gibt es)\b/i.test(question.text) ? W.kind.targetGroupOfferAsked : W.kind.targetGroup,
    instrument: question.asksNumber ? W.kind.instrumentNumberAsked : W.kind.instrument,
    section: W.kind.section,
    chart: W.kind.chart,
    sentence: question.asksFigure ? W.kind.sentenceFigureAsked : 1,
  };
}

/**
 * "Kunde fragt: Wie hoch ist die Integrationsquote 2024?" → the question itself.
 * Context before a question (a greeting, who asks) only blurs the search.
 */
export function focusOnQuestion(text: string): string {
  // Sentence boundaries as for passages: "den 2. Arbeitsmarkt", "z. B. Sucht" do not end a sentence.
  // "Kollegin fragt: Wie …?" frames the question; "Was ist höher: VK oder EGL?" is one.
  if (/^(was|wer|wie|welche\w*|wo|wann)\b[^:]*:/i.test(text)) return text;
  const parts = text
    .split(/(?<=:)\s+(?=[A-ZÄÖÜ„"])/)
    .flatMap((part) => splitSentences(part))
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) {
    // "IBAN Was bedeutet EGL?": a capitalised question word mid-text starts the question.
    const at = /\s(Was|Wie|Wer|Wo|Wann|Warum|Welche[rsnm]?|Wozu|Wieso|Weshalb|Gibt)\s+\p{L}+\s+\p{L}+/u.exec(text);
    return at && text.endsWith('?') ? text.slice(at.index + 1) : text;
  }
  const question = [...parts].reverse().find((p) => p.endsWith('?') && /[\p{L}]{3,}/u.test(p));
  return question && question.length >= 8 ? question : text;
}

/** "BCA – wofür steht das?", "Integrationsquote: wie hoch ist die 2024?": the topic put first, then asked about with a pronoun. */
const TOPIC_FIRST = /^([^–—:?!.]{2,60}?)\s*(?:\s[–—-]|:)\s+((?:was|wie|wer|wo|wofür|wozu|wann|warum|wieso|welche\w*|seit|gibt)\s.+)$/iu;
const TRAILING_PRONOUN = /(?<!\p{L})(das|die|der|den|dem|es|sie|er|dies|diese[rsnm]?)(?=\s*[?!.]*$)/iu;

/**
 * The question with the topic put in place of the pronoun that points to it ("wofür steht BCA?"). Only a
 * topic of words the programme uses is folded in: "kollegin fragt: was heißt das?" names no topic.
 */
export function foldTopicIntoQuestion(text: string, isProgrammeWord: (word: string) => boolean): string {
  const m = TOPIC_FIRST.exec(text.trim());
  if (!m) return text;
  const [topic, question] = [m[1]!.trim(), m[2]!.trim()];
  const words = topic.split(/\s+/);
  if (words.length > 4 || !words.every(isProgrammeWord) || !TRAILING_PRONOUN.test(question)) return text;
  return question.replace(TRAILING_PRONOUN, topic);
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

function measureStemsOf(knowledge: Knowledge, analyser: GermanAnalyser, cues: CueTable): Set<string> {
  const stems = new Set<string>();
  // "Integrationsquote Frauen" names the quota; "Frauen" is its gender slot, no measure of its own.
  const isSlot = (token: string): boolean => NON_TOPIC_CONCEPTS.some((c) => cues.isExactly(token.toLowerCase(), c));
  const add = (text: string): void => {
    for (const token of analyser.tokenize(text)) if (token.length > 2 && /^\p{Lu}/u.test(token) && !isSlot(token)) stems.add(analyser.stem(token));
  };
  for (const t of knowledge.tables) for (const r of t.rows) if (r.isTotal) add(r.label.replace(/^davon:\s*/i, ''));
  // "IQ" names the quota: an abbreviation whose expansion is a reported measure is one too.
  for (const e of knowledge.glossary) {
    const expansion = analyser.tokenize(e.expansion).map((t) => analyser.stem(t));
    if (expansion.length > 0 && expansion.every((s) => stems.has(s))) stems.add(analyser.stem(e.abbreviation));
  }
  return stems;
}

function labelStemsOf(knowledge: Knowledge, analyser: GermanAnalyser): Set<string> {
  const names: string[] = [];
  for (const t of knowledge.tables) names.push(t.title, ...t.rows.map((r) => r.label));
  for (const f of knowledge.proseFigures) names.push(f.label);
  for (const e of knowledge.glossary) names.push(e.abbreviation, e.expansion, ...e.aliases);
  for (const g of knowledge.targetGroups) names.push(g.name, ...g.aliases);
  for (const i of knowledge.instruments) names.push(i.name, ...i.aliases);
  const stems = new Set<string>();
  // Nouns (capitalised in German) and abbreviations name things; the verbs of a figure's label do not.
  // Two capitals are an abbreviation ("VK", "BG"), as much a name as a long noun.
  for (const name of names) for (const token of analyser.tokenize(name)) if ((token.length > 2 && /^\p{Lu}/u.test(token)) || /^\p{Lu}{2}$/u.test(token)) stems.add(analyser.stem(token));
  return stems;
}


