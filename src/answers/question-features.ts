import { conflate } from '../search/analyser';
import { DEFAULT_RANKING_WEIGHTS } from '../search/ranking-weights';
import type { PeriodKind, Unit } from '../knowledge/schema';
import { normaliseForCues, type CueTable } from '../knowledge/cues';
import { askedAgeBand, type AgeBand } from './age-bands';

export type { AgeBand } from './age-bands';

/**
 * What a question says about the figure it wants, read from its words: which
 * year, plan or actual, a change, a share or a count. Pure and cheap; the
 * answer layer uses it to pick the cell of a table row.
 */
export interface QuestionFeatures {
  /** The question without markup, whitespace collapsed. */
  text: string;
  years: number[];
  periods: PeriodKind[];
  units: Unit[];
  gender?: 'weiblich' | 'männlich';
  /** "Wie hoch/viel/viele …", "Anteil", "Prozent", a KPI keyword: the user wants a number. */
  asksFigure: boolean;
  /** "Was misst …", "Was zählt als …", "Was versteht das Programm unter …": a definition is asked, not a figure. */
  asksDefinition?: boolean;
  /** "Was bedeutet X?" → "X". */
  definitionTerm?: string;
  /** "Welche Zielgruppen …", "Welche Instrumente …". */
  asksOverview?: 'target-groups' | 'instruments';
  /** "Wie hoch …", "Wie viel Prozent …", "Anteil": a number is asked for in so many words. */
  asksNumber: boolean;
  /** "Warum …", "Wieso …", "Aus welchem Grund …": the answer is a cause. */
  asksReason: boolean;
  /** "Wie wird der Eingliederungstitel geplant?": a way of doing something is asked (not a definition: "… definiert"). */
  asksProcess?: boolean;
  /** "Mit welchen Partnern …", "Wer sind die …": the members of something are asked (cue concept list-asked). */
  asksList?: boolean;
  /** "die meisten", "am höchsten" / "die wenigsten", "am niedrigsten": the top or bottom row of a table. */
  extreme?: 'max' | 'min';
  /** A direction of change named ("Zuwachs", "verloren", "gekürzt"): a ranking then ranks the change column. */
  trend?: 'increase' | 'decrease';
  /** "Frauen über 55", "U25", "zwischen 25 und 55": an age band of the programme's tables. */
  ageBand?: AgeBand;
  /** The glossary's expansions of abbreviations the question uses ("IQ" → "Integrationsquote"), for column words. */
  expansions?: string;
}


/** "Ist 2023", "Ist-Wert": the capitalised column word, not the verb ("Wie hoch ist …"). A pattern, not a cue word. */
const IST_COLUMN = /\bIst\b(?=\s*(20\d\d|-?wert|stand|$))/;
/** Longest keyword query ("LZB Frauen Plan 2024") read as a figure question without a question word. */
const KEYWORD_QUERY_WORDS = DEFAULT_RANKING_WEIGHTS.question.keywordQueryWords;
/** Symbols ask for a unit as words do. */
const PERCENT_SIGN = /%/;
const EURO_SIGN = /€/;

/**
 * "Was bedeutet X?" → "X". Structural, not a word list: each pattern cuts the term out of
 * the question as typed (its case and inner punctuation kept) by where it stands between
 * the lead ("was versteht man unter") and the end or a closing participle ("definiert"),
 * which the cue table's word matching cannot do.
 */
const DEFINITION_PATTERNS = [
  /^(?:was|wer)\s+(?:bedeutet|bedeuten|heißt|heisst|ist|sind|meint|bezeichnet|macht)\s+(?:eigentlich\s+)?(?:der|die|das|den|ein|eine|mit)?\s*(.+?)\s*\??$/i,
  /^was\s+versteht\s+man\s+unter\s+(?:der|die|dem|den|einer|einem)?\s*(.+?)\s*\??$/i,
  /^wie\s+(?:ist|wird|sind|werden)\s+(?:der|die|das)?\s*(.+?)\s+(?:definiert|berechnet|gemessen|ermittelt|abgegrenzt)\s*\??$/i,
  /^wof(?:ü|ue)r\s+steh(?:t|en)\s+(?:die\s+abkürzung\s+)?(.+?)\s*\??$/i,
  /^(?:definition|erklärung|bedeutung)\s+(?:von\s+|der\s+|des\s+)?(.+?)\s*\??$/i,
  /^(?:erkläre?|erklären sie)\s+(?:mir\s+)?(?:bitte\s+)?(?:den|die|das)?\s*(.+?)\s*\??$/i,
  // "Ab wann gilt jemand als langzeitarbeitslos?": the condition of a term is its definition.
  /^(?:ab\s+)?(?:wann|wer)\s+(?:gilt|gelten|zählt|zählen)\s+(?:man|jemand|eine?\s+person)?\s*als\s+(?:eine?\s+)?(.+?)\s*\??$/i,
];

/**
 * Questions that want a reason, a person, a way or a list of things, not a number:
 * "Warum steigen die LZB?", "Wer berät …", "Wie wird … gemessen?", "Welche Branchen …".
 * A figure cue like "steigen" or "Budget" in them names the topic, not the answer.
 */
function asksExplanation(words: readonly string[], cues: CueTable): boolean {
  if (cues.find(words, 'explanation-lead') === 0) return true;
  if (asksHowPassive(words, cues)) return true;
  // "Welche Branchen …", but not "Welcher Anteil …": the word after "welche" is a thing, not a figure.
  const next = words[1];
  return cues.isExactly(words[0] ?? '', 'which-lead') && next !== undefined && /^\p{L}/u.test(next) && !cues.isExactly(next, 'which-figure');
}

/**
 * "Wie wird die Quote gemessen?", "Wie wird der Eingliederungstitel geplant?": the participle may come anywhere
 * after the lead; one the cue table does not list is known by its form at the end ("geplant", "eingesetzt", "…iert").
 */
function asksHowPassive(words: readonly string[], cues: CueTable): boolean {
  if (cues.find(words, 'how-passive-lead') !== 0) return false;
  if (cues.find(words.slice(2), 'how-passive-participle') >= 0) return true;
  // Only after "wird"/"werden": "Wie ist das Gesamtbudget?" ends in a noun of the same form.
  const last = words.at(-1) ?? '';
  return /^werden?$|^wird$/.test(words[1] ?? '') && words.length > 3 && /^\p{L}{0,5}ge\p{L}{3,}t$|\p{L}{3,}iert$/u.test(last);
}

/** "… Grund …?", "Ursache …?" anywhere in a question asks for a cause too. */
function namesReason(text: string, cues: CueTable): boolean {
  return text.endsWith('?') && cues.mentions(text, 'reason-noun');
}

/** "Welche Zielgruppen …", "Welche Instrumente …": the programme's list of them, unless "für" narrows it to someone. */
function askedOverview(text: string): QuestionFeatures['asksOverview'] {
  if (/\bfür\b/i.test(text)) return undefined;
  if (/\bziel ?gruppen?\b|personengruppen|personenkreise|kundengruppen/i.test(text)) return 'target-groups';
  if (/\b(welche|alle|liste)\b.*\b(instrumente|angebote|maßnahmen|förderinstrumente)\b/i.test(text)) return 'instruments';
  return undefined;
}

/** "Welche Branche …", "Bei welchem Geschlecht …", "In welchem Bereich …": a question for one of several. */
const WHICH_LEAD = /^(?:(?:bei|in|für|unter|an)\s+)?welche[mnrs]?(?!\p{L})/iu;

const MONTH_YEAR = /(?<!\p{L})(?:jan|feb|märz|mär|apr|mai|jun|jul|aug|sept?|okt|nov|dez)\p{L}*\.?\s*(?:20)?(\d\d)(?!\d)/iu;

/**
 * Reads a question's slots with the shared cue table (knowledge/common/cues.json):
 * periods, units, gender, extremes and what kind of answer is asked. Years, dates and
 * age bands are read by pattern: they are numbers, not words.
 */
export function readQuestion(raw: string, cues: CueTable): QuestionFeatures {
  const text = raw.replace(/\s+/g, ' ').trim();
  const years = new Set<number>();
  for (const match of text.matchAll(/\b((?:19|20)\d\d)\b/g)) years.add(Number(match[1]));
  const monthYear = MONTH_YEAR.exec(text);
  if (monthYear) years.add(2000 + Number(monthYear[1]));

  const words = normaliseForCues(text);
  const says = (concept: string): boolean => cues.find(words, concept) >= 0;
  const periods: PeriodKind[] = [];
  if (says('plan')) periods.push('Plan', 'Schätzwert');
  if (IST_COLUMN.test(text) || says('actual')) periods.push('Ist', 'Zuteilung');
  // A direction of change ("gekürzt", "verliert") asks for the change as much as the word "Veränderung".
  if (says('change') || says('increase') || says('decrease')) periods.push('Veränderung', 'Differenz');

  const units: Unit[] = [];
  if (says('percent') || PERCENT_SIGN.test(text)) units.push('%');
  if (says('count')) units.push('Anzahl');
  if (says('euro') || EURO_SIGN.test(text)) units.push('€');

  const women = says('women');
  const men = says('men');
  const asksNumber = says('number-asked') || PERCENT_SIGN.test(text) || EURO_SIGN.test(text);
  // "gemeldete Ausbildungsstellen 2023/24", "EGL 2024": a few words with a year and no question word ask for the figure.
  const keywordFigure = years.size > 0 && words.length <= KEYWORD_QUERY_WORDS && !says('question-words');
  const asksFigure = ((says('figure-asked') || PERCENT_SIGN.test(text) || EURO_SIGN.test(text)) && (!asksExplanation(words, cues) || asksNumber)) || keywordFigure;
  const asksReason = cues.find(words.slice(0, 5), 'reason-asked') === 0 || namesReason(text, cues);
  const features: QuestionFeatures = { text, years: [...years], periods, units, asksFigure, asksNumber, asksReason };
  if (women !== men) features.gender = women ? 'weiblich' : 'männlich';
  if (says('most')) features.extreme = 'max';
  else if (says('least')) features.extreme = 'min';
  // "Bei welchem Geschlecht steigen die LZB stärker?": "which" with a comparative and nothing to compare with asks the top one.
  else if (WHICH_LEAD.test(text) && !/(?<!\p{L})(als|oder|vs\.?|versus)(?!\p{L})/iu.test(text)) {
    if (says('comparative-more')) features.extreme = 'max';
    else if (says('comparative-less')) features.extreme = 'min';
  }
  if (says('increase')) features.trend = 'increase';
  else if (says('decrease')) features.trend = 'decrease';
  const ageBand = askedAgeBand(text);
  if (ageBand) features.ageBand = ageBand;

  for (const pattern of DEFINITION_PATTERNS) {
    const match = pattern.exec(text);
    if (match?.[1]) {
      features.definitionTerm = match[1].replace(/[„“"'»«]/g, '').trim();
      break;
    }
  }
  if (!features.definitionTerm && asksHowPassive(words, cues)) features.asksProcess = true;
  if (!asksNumber && cues.find(words.slice(0, 3), 'list-asked') === 0) features.asksList = true;
  // "Welche Zielgruppe hat die höchste IQ?" ranks a measure; it does not ask for the list of groups.
  const overview = features.extreme ? undefined : askedOverview(text);
  if (overview) features.asksOverview = overview;
  return features;
}

/**
 * Stems of words that frame a question rather than name its topic ("Welche Rolle
 * spielen …", "Wie stark sinken …", "… im Landkreis", "im Dezember 2021"): the
 * cell picker reads the figure cues, and every passage is about the Landkreis.
 * The cue concept "framing-stems" lists them as the search analyser stems them
 * (umlauts folded); they are compared with index terms, not with a message's words.
 */
export function framingTerms(cues: CueTable): (term: string) => boolean {
  const stems = new Set(cues.entries('framing-stems').map((stem) => conflate(stem)));
  return (term) => stems.has(term);
}
