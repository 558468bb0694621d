/**
 * Every weight that decides which answer a question gets, in one place — as
 * MiniSearch documents its search options. Nothing else in search/ or answers/
 * holds a ranking literal: a rule that needs a weight adds a field here, with
 * what it is for and how it was chosen (the quality corpus, `npm run eval`).
 *
 * Multipliers are applied to a candidate's rank (1 = neutral); "fit" points add
 * up in the cell picker (0 = neutral).
 */
export interface RankingWeights {
  search: {
    /** A match on the name of a thing counts more than one in its context or body. */
    fieldBoost: { label: number; context: number; body: number };
    /** How well a query word matched a document term: its own stem fully, a guess less (coverage). */
    matchQuality: { exact: number; prefix: number; fuzzy: number };
    /** In BM25 scoring a prefix or fuzzy match is worth much less than the word ("arbeit" prefixes hundreds of compounds). */
    scoreWeight: { prefix: number; fuzzy: number };
    /** A derived term (compound part, synonym) scores this share of the word it came from. */
    derivedTermScale: number;
    /** "Beschäftigte"/"Beschäftigung": a long stem cut by three letters, searched as a prefix, at this weight. */
    truncatedStemWeight: number;
    /** A cut stem (see truncatedStemWeight) matches as a prefix only terms at most this many letters longer: its derivations, not every compound it starts. */
    variantPrefixSlack: number;
    /** "Pendler" → "pendl" for compounds ("Pendleraufkommen"), at this weight. */
    elStemWeight: number;
    /** Results taken from the index before ranking. */
    limit: number;
    /** A derived term in more documents than max(minDocs, docShare × documents) is skipped: it says little and costs time. */
    commonTerm: { minDocs: number; docShare: number };
    /** Typo tolerance: no fuzzy match below `minLength` letters; from `longWord` letters on a fuzzy match counts as the word. */
    typo: { minLength: number; longWord: number };
  };
  coverage: {
    /** A hit must match at least this share of the question's content words to be an answer… */
    minimum: number;
    /** …and this share when the question has more than `longQuestionWords` content words. */
    minimumLong: number;
    longQuestionWords: number;
    /** A hit below the minimum still answers when it misses only verbs and adjectives the programme uses and matches this many words. */
    framingOnlyMinMatches: number;
    /** …and among those misses a word the programme never uses counts as a verb ("läuft", "bestimmt") up to this many letters. */
    verbMaxLetters: number;
    /** rank ∝ coverage^exponent: a hit that misses words of the question falls fast. */
    exponent: number;
  };
  kind: {
    /** Table rows and sentence figures when the question asks for a figure / when it does not. */
    figureAsked: number;
    figureNotAsked: number;
    /** Glossary entries when a number is asked for in so many words / otherwise. */
    glossaryNumberAsked: number;
    glossary: number;
    /** "Wie wird der Eingliederungstitel geplant?": a way is asked — glossary entries and figures say what, not how. */
    processAsked: number;
    /** Target groups: a number asked / an offer asked ("für", "Angebote", "tut") / otherwise. */
    targetGroupNumberAsked: number;
    targetGroupOfferAsked: number;
    targetGroup: number;
    /** Instruments: a number asked / otherwise. */
    instrumentNumberAsked: number;
    instrument: number;
    section: number;
    chart: number;
    /** Table rows and sentence figures when a definition is asked ("Was misst die Integrationsquote?"). */
    figureDefinitionAsked: number;
    /** Plain sentences when a figure is asked (a figure answers it better). */
    sentenceFigureAsked: number;
    /** Anything that is not a sentence, when the question asks why. */
    notSentenceReasonAsked: number;
  };
  sentence: {
    /** A "Warum" question: a sentence that gives a cause ("aufgrund", "weil"). */
    givesCause: number;
    /** A direction of change asked ("warum steigen …"): a sentence naming that direction ("Anstieg"). */
    namesTrend: number;
    /** "Was ist X": a sentence that defines or lists ("zählen", "umfasst"). */
    defines: number;
    /** "Was versteht man unter Chancengleichheit?": a sentence whose subject is the asked term ("Chancengleichheit ist das Recht …"). */
    definesAskedTerm: number;
    /** "Mit welchen Partnern …": a sentence that names members ("Zu den Netzwerkpartnern zählen …"). */
    namesMembers: number;
  };
  label: {
    /** rank × (floor + (1 − floor) × share of the label's words the question names): groups, offers, charts, terms… */
    floor: number;
    /**
     * …and table rows and sentence figures, whose label is the measure's name: "Integrationen Frauen" asks for the
     * row "Integrationen", not "Integrationsquote Frauen" (0.2 on the corpus: fewer wrong figures, more questions back).
     */
    figureFloor: number;
    /** A label word the question meets only in a compound part counts this much of a whole one. */
    partMatch: number;
    /** A label negated ("nicht marktnah") when the question is not, or the other way round. */
    negationMismatch: number;
    /**
     * A figure whose name holds a word the question names only as the head of a compound ("Budget" asked,
     * "Gesamtbudget" offered), per such word: the same kind of measure, narrowed.
     */
    topicOnlyInCompound: number;
    /**
     * A figure whose name holds a word the question names only as a compound's modifier ("Integrationen" asked,
     * "Integrationsquote Frauen" offered), per such word: a quota is no count of integrations, another measure.
     */
    topicOnlyAsModifier: number;
  };
  figure: {
    /** Per point of the best cell's fit (see `cell`), added to 1. */
    perCellFitPoint: number;
    /** A total row (printed bold). */
    totalRow: number;
    /** A row for women or men when the question names no gender. */
    genderedRowUnasked: number;
    /** A row named as a share ("Anteil Langzeitarbeitslose … in %") when the question asks for none. */
    shareRowUnasked: number;
    /** The question asks for a unit (count, %, €) the figure does not have. */
    unitMismatch: number;
    /** A sentence figure that is no change when a change is asked for. */
    changeMismatch: number;
    /** A sentence figure about a change when none is asked ("LZB Männer 2024" is the count, not the rise). */
    unaskedChange: number;
    /** An undated sentence figure when the question names a year. */
    undatedWithYear: number;
    /** A dated sentence figure when the question names no year. */
    datedWithoutYear: number;
    /** A dated sentence figure of another year than the one asked. */
    datedOtherYear: number;
    /** A dated sentence figure of the year asked: the month named too / not named. */
    datedMonthNamed: number;
    datedMonthNotNamed: number;
    /** A table row without a month column when the question names a month ("Integrationen im September"). */
    monthNotInRow: number;
  };
  cell: {
    yearMatch: number;
    yearMismatch: number;
    periodMatch: number;
    /** A change cell when no change is asked. */
    unaskedChange: number;
    /** No period asked: the programme's plan wins. */
    planByDefault: number;
    unitMatch: number;
    /** A change asked for reads best in per cent unless euros are asked. */
    changeInPercent: number;
    genderMatch: number;
    genderMismatch: number;
    /** A gendered column when the question names no gender. */
    genderUnasked: number;
    ageBandMatch: number;
    ageBandMismatch: number;
    /** A month column ("Sep") of the month the question names ("im September 2024"), or of another one. */
    monthMatch: number;
    monthMismatch: number;
    /** Each distinctive column word the question contains. */
    columnWord: number;
    /** Earlier columns win ties. */
    columnOrder: number;
  };
  support: {
    /** Candidates checked for their hard slots before the engine says the programme does not give it. */
    candidates: number;
    /** …as long as they rank at least this share of the best. */
    candidateShare: number;
    /** A table row or sentence figure must name every noun of the question, not only the programme's own terms. */
    figureNamesEveryNoun: boolean;
    /** Two supported figures whose ranks are at least this close are both offered (a question back) instead of one guessed. */
    clarifyShare: number;
  };
  question: {
    /** A keyword query of at most this many words with a year and no question word ("EGL 2024") asks for a figure. */
    keywordQueryWords: number;
  };
  followUp: {
    /** A previous question older than this is not continued (ms). */
    maxAgeMs: number;
    /** An elliptic turn is short: a longer one is a question of its own … */
    maxWords: number;
    /** … unless it opens as a follow-up ("und wie viele …") or points back for sure ("davon", "dahinter"): then it may be this much longer. */
    extraWordsWhenCued: number;
  };
  related: {
    /** A related section's best hit must rank at least this share of the answer's. */
    minShare: number;
    max: number;
  };
  navigation: {
    /** "In welchem Kapitel …": a section whose title names the whole topic wins over a better-ranked hit elsewhere when it ranks at least this share of it. */
    titledSectionShare: number;
  };
  passage: {
    /** A neighbouring sentence joins the quote when it ranks at least this share of the best. */
    neighbourShare: number;
    /** A chart's section sentence ranked at least this share of the chart is what the text says about it. */
    chartTextShare: number;
    /** A sentence of a target group's or an offer's sections ranked at least this share of it, and not in its portrait, is quoted after it. */
    portraitSentenceShare: number;
    /** …and a sentence of the very paragraph the portrait is quoted from, which goes on where the portrait stops, at least this share. */
    portraitParagraphShare: number;
  };
}

export const DEFAULT_RANKING_WEIGHTS: RankingWeights = {
  search: {
    fieldBoost: { label: 3, context: 1.2, body: 1 },
    matchQuality: { exact: 1, prefix: 0.8, fuzzy: 0.6 },
    scoreWeight: { prefix: 0.3, fuzzy: 0.45 },
    derivedTermScale: 0.9,
    truncatedStemWeight: 0.4,
    variantPrefixSlack: 4,
    elStemWeight: 0.8,
    limit: 80,
    commonTerm: { minDocs: 40, docShare: 0.08 },
    typo: { minLength: 6, longWord: 10 },
  },
  coverage: { minimum: 0.5, minimumLong: 0.6, longQuestionWords: 3, framingOnlyMinMatches: 2, verbMaxLetters: 11, exponent: 2 },
  kind: {
    figureAsked: 1.6,
    figureNotAsked: 0.8,
    glossaryNumberAsked: 0.25,
    processAsked: 0.3,
    glossary: 0.5,
    targetGroupNumberAsked: 0.6,
    targetGroupOfferAsked: 2,
    targetGroup: 1,
    instrumentNumberAsked: 0.7,
    instrument: 1.1,
    section: 0.7,
    chart: 0.9,
    sentenceFigureAsked: 0.8,
    figureDefinitionAsked: 0.3,
    notSentenceReasonAsked: 0.3,
  },
  sentence: { givesCause: 2, defines: 1.25, definesAskedTerm: 5, namesMembers: 2, namesTrend: 1.3 },
  label: { floor: 0.6, figureFloor: 0.2, partMatch: 0, negationMismatch: 0.7, topicOnlyInCompound: 0.8, topicOnlyAsModifier: 0.3 },
  figure: {
    perCellFitPoint: 0.12,
    totalRow: 1.15,
    genderedRowUnasked: 0.8,
    shareRowUnasked: 0.6,
    unitMismatch: 0.6,
    changeMismatch: 0.5,
    unaskedChange: 0.5,
    undatedWithYear: 0.8,
    datedWithoutYear: 0.75,
    datedOtherYear: 0.6,
    datedMonthNamed: 1.2,
    datedMonthNotNamed: 0.7,
    monthNotInRow: 0.6,
  },
  cell: {
    yearMatch: 3,
    yearMismatch: -2,
    periodMatch: 3,
    unaskedChange: -2,
    planByDefault: 1,
    unitMatch: 1.5,
    changeInPercent: 0.5,
    genderMatch: 2,
    genderMismatch: -2,
    genderUnasked: -1,
    ageBandMatch: 3,
    ageBandMismatch: -2,
    monthMatch: 3,
    monthMismatch: -2,
    columnWord: 1,
    columnOrder: 0.01,
  },
  support: { candidates: 5, candidateShare: 0.3, figureNamesEveryNoun: true, clarifyShare: 0.9 },
  question: { keywordQueryWords: 5 },
  followUp: { maxAgeMs: 30 * 60 * 1000, maxWords: 7, extraWordsWhenCued: 2 },
  related: { minShare: 0.15, max: 3 },
  navigation: { titledSectionShare: 0.5 },
  passage: { neighbourShare: 0.5, chartTextShare: 0.25, portraitSentenceShare: 0.2, portraitParagraphShare: 0.1 },
};
