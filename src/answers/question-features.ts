import { conflate } from '../search/analyser';
import type { PeriodKind, Unit } from '../knowledge/schema';

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
  /** "die meisten", "am höchsten" / "die wenigsten", "am niedrigsten": the top or bottom row of a table. */
  extreme?: 'max' | 'min';
  /** "Frauen über 55", "U25", "zwischen 25 und 55": an age band of the programme's tables. */
  ageBand?: AgeBand;
}

/** The age bands the programme's tables use (JDW 2023). */
export type AgeBand = '15-25' | '25-55' | '55+';

const FIGURE_CUES = /\b(wie (hoch|viel|viele|gro(ß|ss)|stark|sehr)|wieviele?|anzahl|zahl|prozent|anteil|quote|betrag|summe|wert|kennzahl|bestand|budget|höhe|hoehe|sinken|steigen|gesunken|gestiegen|veränder\w*|differenz)\b|%|€/i;
const PLAN_CUES = /\b(plan\w*|geplant\w*|ziel\w*|soll|vorgesehen|erwart\w*|schätz\w*|prognos\w*|voraussichtlich\w*|künftig\w*)\b/i;
const IST_CUES = /\b(Ist\b(?=\s*(20\d\d|-?wert|stand|$))|tatsächlich\w*|erreicht\w*|bisher\w*|vorjahr\w*|zuteilung\w*|zugeteilt\w*)/;
const CHANGE_CUES = /\b(veränder\w*|sink\w*|sank|steig\w*|stieg|gesunken|gestiegen|anstieg\w*|rückgang\w*|zunahme|abnahme|differenz\w*|wie stark|kürz\w*|reduzier\w*|weniger|mehr als im|entwickl\w*|zugenommen|abgenommen)\b/i;
const PERCENT_CUES = /\b(prozent\w*|anteil\w*|quote\w*|%)|%/i;
const COUNT_CUES = /\b(wie ?viele|anzahl|personen|menschen|beschäftigte\w*)\b/i;
// Words asking for an amount, not topics: "Verwaltungskosten" names a row, "wie viel Geld" wants euros.
const EURO_CUES = /\b(euro|eur|geld|betrag|beträge|summe)\b|€/i;
const WOMEN = /\b(frauen|weiblich\w*|frau|mütter)\b/i;
const MEN = /\b(männer|männlich\w*|mann|väter)\b/i;

const DEFINITION_PATTERNS = [
  /^(?:was|wer)\s+(?:bedeutet|bedeuten|heißt|heisst|ist|sind|meint|bezeichnet|macht)\s+(?:eigentlich\s+)?(?:der|die|das|den|ein|eine|mit)?\s*(.+?)\s*\??$/i,
  /^was\s+versteht\s+man\s+unter\s+(?:der|die|dem|den|einer|einem)?\s*(.+?)\s*\??$/i,
  /^wie\s+(?:ist|wird|sind|werden)\s+(?:der|die|das)?\s*(.+?)\s+(?:definiert|berechnet|gemessen|ermittelt|abgegrenzt)\s*\??$/i,
  /^wof(?:ü|ue)r\s+steh(?:t|en)\s+(?:die\s+abkürzung\s+)?(.+?)\s*\??$/i,
  /^(?:definition|erklärung|bedeutung)\s+(?:von\s+|der\s+|des\s+)?(.+?)\s*\??$/i,
  /^(?:erkläre?|erklären sie)\s+(?:mir\s+)?(?:bitte\s+)?(?:den|die|das)?\s*(.+?)\s*\??$/i,
];

/**
 * Questions that want a reason, a person, a way or a list of things, not a number:
 * "Warum steigen die LZB?", "Wer berät …", "Wie wird … gemessen?", "Welche Branchen …".
 * A figure cue like "steigen" or "Budget" in them names the topic, not the answer.
 */
const EXPLANATION_CUES = /^(warum|wieso|weshalb|weswegen|wodurch|womit|wozu|wer|wen|wem|aus welchem grund)\b|^wie\s+(wird|werden|ist|sind)\b.*\b(gemessen|definiert|berechnet|ermittelt|erfasst|abgebildet|bestimmt|umgesetzt|erreicht|unterstützt|gefördert|betreut)\b|^welche[rsmn]?\s+(?!anteil|zahl|betrag|summe|wert|höhe|quote|prozent)\p{L}+/iu;
const REASON_CUES = /^(warum|wieso|weshalb|weswegen|wodurch|aus welchem grund|was ist der grund|was sind die gründe)\b|\b(grund|gründe|ursache\w*)\b.*\?$/i;
/** An explicit ask for a number still wins: "Warum ist die Quote 19,1 % – wie hoch war sie 2023?" */
const NUMBER_CUES = /\b(wie (hoch|viel|viele|gro(ß|ss)|stark)|wieviele?|anzahl|prozent|anteil|betrag|summe|höhe)\b|%|€/i;

// \b does not see umlauts as letters ("über"), hence the Unicode lookarounds.
const AGE_BANDS: [AgeBand, RegExp][] = [
  ['55+', /(?<!\p{L})(über|ab|älter als|mindestens)\s*55(?!\d)|(?<!\d)55\s*(\+|plus|und älter|jahre und älter)|(?<!\p{L})ü\s?55(?!\d)|(?<!\p{L})ältere[nr]?(?!\p{L})/iu],
  ['15-25', /(?<!\p{L})(unter|bis)\s*25(?!\d)|(?<!\p{L})u\s?25(?!\d)|(?<!\d)15\s*(bis|-|–)\s*(unter\s*)?25(?!\d)|(?<!\p{L})jugendliche|(?<!\p{L})junge[nr]?(?!\p{L})/iu],
  ['25-55', /(?<!\d)25\s*(bis|-|–)\s*(unter\s*)?55(?!\d)|(?<!\p{L})zwischen\s*25\s*und\s*55(?!\d)|(?<!\p{L})mittleren alter/iu],
];

const MOST = /(?<!\p{L})(meisten|größte[nmrs]?|grösste[nmrs]?|höchste[nmrs]?|stärkste[nmrs]?|häufigste[nmrs]?|am (höchsten|stärksten|größten|häufigsten))(?!\p{L})/iu;
const LEAST = /(?<!\p{L})(wenigsten|kleinste[nmrs]?|niedrigste[nmrs]?|geringste[nmrs]?|schwächste[nmrs]?|seltenste[nmrs]?|am (niedrigsten|geringsten|kleinsten|schwächsten|seltensten))(?!\p{L})/iu;

const MONTH_YEAR = /(?<!\p{L})(?:jan|feb|märz|mär|apr|mai|jun|jul|aug|sept?|okt|nov|dez)\p{L}*\.?\s*(?:20)?(\d\d)(?!\d)/iu;

export function readQuestion(raw: string): QuestionFeatures {
  const text = raw.replace(/\s+/g, ' ').trim();
  const years = new Set<number>();
  for (const match of text.matchAll(/\b(20[12]\d)\b/g)) years.add(Number(match[1]));
  const monthYear = MONTH_YEAR.exec(text);
  if (monthYear) years.add(2000 + Number(monthYear[1]));

  const periods: PeriodKind[] = [];
  if (PLAN_CUES.test(text)) periods.push('Plan', 'Schätzwert');
  if (IST_CUES.test(text)) periods.push('Ist', 'Zuteilung');
  if (CHANGE_CUES.test(text)) periods.push('Veränderung', 'Differenz');

  const units: Unit[] = [];
  if (PERCENT_CUES.test(text)) units.push('%');
  if (COUNT_CUES.test(text)) units.push('Anzahl');
  if (EURO_CUES.test(text)) units.push('€');

  const women = WOMEN.test(text);
  const men = MEN.test(text);
  const asksNumber = NUMBER_CUES.test(text);
  const asksFigure = FIGURE_CUES.test(text) && (!EXPLANATION_CUES.test(text) || asksNumber);
  const features: QuestionFeatures = { text, years: [...years], periods, units, asksFigure, asksNumber, asksReason: REASON_CUES.test(text) };
  if (women !== men) features.gender = women ? 'weiblich' : 'männlich';
  if (MOST.test(text)) features.extreme = 'max';
  else if (LEAST.test(text)) features.extreme = 'min';
  const ageBand = AGE_BANDS.find(([, pattern]) => pattern.test(text))?.[0];
  if (ageBand) features.ageBand = ageBand;

  for (const pattern of DEFINITION_PATTERNS) {
    const match = pattern.exec(text);
    if (match?.[1]) {
      features.definitionTerm = match[1].replace(/[„“"'»«]/g, '').trim();
      break;
    }
  }
  if (/\bziel ?gruppen?\b|personengruppen|personenkreise|kundengruppen/i.test(text) && !/\bfür\b/i.test(text)) {
    features.asksOverview = 'target-groups';
  } else if (/\b(welche|alle|liste)\b.*\b(instrumente|angebote|maßnahmen|förderinstrumente)\b/i.test(text) && !/\bfür\b/i.test(text)) {
    features.asksOverview = 'instruments';
  }
  return features;
}

/**
 * Stems of words that frame a question rather than name its topic ("Welche Rolle
 * spielen …", "Wie stark sinken …", "… im Landkreis", "im Dezember 2021"): the
 * cell picker reads the figure cues, and every passage is about the Landkreis.
 */
const FRAMING_STEMS = new Set(
  [
    'roll', 'spiel', 'spielt', 'arbeit', 'arbeitet', 'bedeut', 'aufgab', 'tut', 'macht', 'mach', 'passiert', 'funktioniert', 'erfolgt', 'wichtig', 'genau',
    'jobcent', 'landkreis', 'elb-elst', 'elbe', 'elst', 'programm', 'amip', 'kreis', 'region',
    'stark', 'sink', 'sinkt', 'euro', 'eur', 'nachst', 'letzt', 'meist', 'steig', 'steigt', 'gesunk', 'gestieg', 'hoch', 'hoh', 'groß', 'gross', 'prozent', 'anzahl', 'zahl', 'wert', 'betrag', 'hoh',
    'grosst', 'hochst', 'starkst', 'wenigst', 'kleinst', 'niedrigst', 'geringst', 'schwachst', 'haufigst', 'seltenst',
    'kurz', 'gekurzt', 'kurzung', 'reduz', 'reduziert', 'anstieg', 'ruckgang', 'zunahm', 'abnahm', 'zugenomm', 'abgenomm', 'differenz', 'weniger', 'mehr',
    'geplant', 'plan', 'ist', 'aktuell', 'derzeit', 'jahr', 'insgesamt', 'gesamt', 'stand', 'veranderung', 'entwickelt', 'entwicklung',
    'januar', 'februar', 'marz', 'april', 'mai', 'juni', 'juli', 'august', 'septemb', 'oktob', 'novemb', 'dezemb', 'dez',
  ].map((stem) => conflate(stem)),
);

export function isFramingTerm(term: string): boolean {
  return FRAMING_STEMS.has(term);
}
