import { normaliseForCues, type CueTable } from '../knowledge/cues';
import { findNumbers, type FoundNumber } from '../german/number';
import { spellOutPeriodYears } from '../german/short-years';
import { defined } from './defined';
import { looksLikePeriods } from './lzb';

export type CalculationKind = 'quota' | 'share' | 'change' | 'lzb';

/** Which calculation a message asks for, and the values it already gives (absent = still to ask). */
export type CalculationRequest = (
  | { kind: 'quota'; integrations?: number; stock?: number }
  | { kind: 'share'; amount?: number; total?: number; /** A programme budget named as the total: "EGL 2024", "Gesamtbudget". */ totalName?: string }
  | { kind: 'change'; oldValue?: number; newValue?: number }
  | { kind: 'lzb'; months?: number; /** The benefit periods as typed, from the first date on. */ periods?: string }
) & {
  /** A year the request names that is no value ("Integrationsquote 2025 berechnen"): the programme year to compare with. */
  year?: number;
};

/** A whole word (JavaScript's \b does not know umlauts: "prüfen" would split at "ü"). */
const word = (pattern: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, 'iu');

/**
 * The cue concepts (knowledge/common/cues.json) that name a calculation. "calculate" is an
 * explicit request ("berechnen", "prüfen"); "berechnet"/"Berechnung" ask how it is done and stay questions.
 */
const CUE = { command: 'calculate', quota: 'calc-quota', share: 'calc-share', change: 'calc-change', lzb: 'calc-lzb' } as const;
const BENEFIT_MONTHS = /monat[\p{L}]*[\s\S]*leistung|leistung[\p{L}]*[\s\S]*monat/iu;
const BUDGET_NAME = word('egl|eingliederungs(?:leistungen|budget|titel)|vk|verwaltungs(?:kosten|budget|kostenbudget)|gesamtbudget');

/** Words right after a number that say which value it is. */
const AFTER = {
  integrations: /^\s*integration/iu,
  stock: /^\s*(elb|erwerbsfähige|leistungsberechtigte|bestand)/iu,
  months: /^\s*(von\s+24\s+)?monat/iu,
} as const;
/** Words right before a number that say which value it is ("Bestand 2.207", "alt: 2.844"). */
const BEFORE = {
  integrations: /integrationen\s*[:=]?\s*$/iu,
  stock: /(bestand(\s+elb)?|elb)\s*(von|[:=])?\s*$/iu,
  amount: /betrag\s*(von|[:=])?\s*$/iu,
  total: /(gesamt(betrag)?|gesamtsumme)\s*(von|[:=])?\s*$/iu,
  oldValue: /(alt(er wert)?|vorher|ausgangswert)\s*[:=]?\s*$/iu,
  newValue: /(neu(er wert)?|nachher|zielwert)\s*[:=]?\s*$/iu,
  /** "mindestens 21 Monate" names the rule, not a person's months. */
  threshold: /(mehr als|mindestens|weniger als|über|unter|ab|bis zu|höchstens|wenigstens)\s*$/iu,
} as const;

interface Sentence {
  text: string;
  numbers: FoundNumber[];
  /** The sentence holds one of the concept's cue words. */
  says(concept: (typeof CUE)[keyof typeof CUE]): boolean;
}

/** Reads a message as a calculation request, or null when it is none. */
export type ReadCalculationRequest = (text: string) => CalculationRequest | null;

/**
 * Recognises a calculation request and the values it gives. It fires on an
 * explicit command ("Integrationsquote berechnen", "LZB prüfen"), on a sentence
 * that holds all values ("Veränderung von 2.844 auf 2.985"), or on values named
 * by their words ("bei 378 Integrationen") — never on a question about the
 * programme's own figures ("Wie hoch ist die Integrationsquote 2024?": years are not inputs).
 */
export function calculationRequestReader(cues: CueTable): ReadCalculationRequest {
  return (typed) => {
    // "von Plan 24 auf Plan 25" names two years, not the values 24 and 25.
    const text = spellOutPeriodYears(typed);
    // Hyphens and slashes part words here: "IQ-Rechner" asks for the quota, "LZB/Prüfung" for the check.
    const words = normaliseForCues(text.replace(/[-/–]/g, ' '));
    const sentence: Sentence = { text, numbers: findNumbers(text).filter((n) => (!n.isYear || namedByWords(text, n)) && !inRange(text, n)), says: (concept) => cues.find(words, concept) >= 0 };
    const request = readChange(sentence) ?? readQuota(sentence) ?? readLzb(sentence) ?? readShare(sentence);
    if (!request) return null;
    const namesCalculation = (clause: string): boolean => {
      const clauseWords = normaliseForCues(clause.replace(/[-/–]/g, ' '));
      return [CUE[request.value.kind], CUE.command, 'figure-asked'].some((concept) => cues.find(clauseWords, concept) >= 0);
    };
    if (asksSomethingElse(text, namesCalculation)) return null;
    if (!(sentence.says(CUE.command) || isComplete(request.value) || request.named)) return null;
    const year = request.value.kind === 'lzb' && request.value.periods !== undefined ? undefined : yearAsked(text);
    return year === undefined ? request.value : { ...request.value, year };
  };
}

interface Reading {
  value: CalculationRequest;
  /** A value was named by its words ("378 Integrationen", "23 Monate"): a request even without a command. */
  named: boolean;
}

function readChange({ text, numbers, says }: Sentence): Reading | undefined {
  const fromTo = /(?<![\p{L}])von\s+\S+(?:\s+(?:mio\.?|tsd\.?|millionen|tausend|€|euro))*\s+(?:auf|zu|nach)\s+\S/iu.test(text);
  const arrow = /(→|->|=>)/.test(text);
  if (!says(CUE.change) && !(fromTo && says(CUE.share)) && !arrow) return undefined;
  if (!says(CUE.change) && numbers.length < 2) return undefined;
  const labelled = byLabels(text, numbers, { oldValue: { before: BEFORE.oldValue }, newValue: { before: BEFORE.newValue } });
  const [oldValue, newValue] = fill([labelled.values.oldValue, labelled.values.newValue], numbers, labelled.used);
  return { value: { kind: 'change', ...defined({ oldValue, newValue }) }, named: labelled.used.size > 0 };
}

function readQuota({ text, numbers, says }: Sentence): Reading | undefined {
  if (!says(CUE.quota)) return undefined;
  const labelled = byLabels(text, numbers, { integrations: { before: BEFORE.integrations, after: AFTER.integrations }, stock: { before: BEFORE.stock, after: AFTER.stock } });
  const [integrations, stock] = fill([labelled.values.integrations, labelled.values.stock], numbers, labelled.used);
  return { value: { kind: 'quota', ...defined({ integrations, stock }) }, named: labelled.used.size > 0 };
}

function readLzb({ text, numbers, says }: Sentence): Reading | undefined {
  if (!says(CUE.lzb) && !(BENEFIT_MONTHS.test(text) && numbers.some((n) => AFTER.months.test(after(text, n))))) return undefined;
  if (looksLikePeriods(text)) {
    const start = text.search(/(?:(?:seit|ab|vom|von)\s+)?\d{1,2}[./]\d{1,2}/iu);
    return { value: { kind: 'lzb', periods: text.slice(start).replace(/[?!\s]+$/u, '') }, named: true };
  }
  const candidates = numbers.filter((n) => !BEFORE.threshold.test(before(text, n)) && !(n.value === 24 && /von\s*$/iu.test(before(text, n))));
  const named = candidates.find((n) => AFTER.months.test(after(text, n)));
  const chosen = named ?? (candidates.length === 1 && says(CUE.command) ? candidates[0] : undefined);
  return { value: { kind: 'lzb', ...defined({ months: chosen?.value }) }, named: named !== undefined };
}

function readShare({ text, numbers, says }: Sentence): Reading | undefined {
  const totalName = BUDGET_NAME.exec(text);
  if (!says(CUE.share) && !(totalName && numbers.length > 0 && /prozent/iu.test(text))) return undefined;
  const labelled = byLabels(text, numbers, { amount: { before: BEFORE.amount }, total: { before: BEFORE.total } });
  // "Wie viel Prozent von 4.706.577 sind 983.675?": the total comes first.
  const reversed = /prozent\s+(von|vom|des|der)\s+\S+(\s+(mio\.?|tsd\.?|€|euro))*\s+(sind|ist|macht|machen|entspricht|entsprechen)\b/iu.test(text);
  const [first, second] = fill(reversed ? [labelled.values.total, labelled.values.amount] : [labelled.values.amount, labelled.values.total], numbers, labelled.used);
  const [amount, total] = reversed ? [second, first] : [first, second];
  const name = total === undefined && totalName ? budgetName(text, totalName) : undefined;
  return { value: { kind: 'share', ...defined({ amount, total, totalName: name }) }, named: labelled.used.size > 0 };
}

/** "EGL 2024", "Gesamtbudget" — the budget word and a year right after it, when there is one. */
function budgetName(text: string, match: RegExpExecArray): string {
  const year = /^\s*(20\d\d)/u.exec(text.slice(match.index + match[0].length))?.[1];
  return year ? `${match[0]} ${year}` : match[0];
}

/** "Männer 25-55", "15 bis unter 25": an age band, not two values to calculate with. */
function inRange(text: string, n: FoundNumber): boolean {
  const end = n.index + n.raw.length;
  return /^\s*(?:[-–]|bis(?: unter)?)\s*\d/.test(text.slice(end, end + 12)) || /\d\s*(?:[-–]|bis(?: unter)?)\s*$/.test(text.slice(Math.max(0, n.index - 12), n.index));
}

/**
 * "Mein Kunde ist seit 24 Monaten LZB, kriegt er jetzt weniger Geld?": the values are told, the question
 * after them asks about something else — a clause ending in "?" that names neither the calculation, nor a
 * figure ("wie hoch", "wie viel Prozent"), nor a number.
 */
function asksSomethingElse(text: string, namesCalculation: (clause: string) => boolean): boolean {
  const clauses = text.split(/[,;.:](?=\s)|\s[–-]\s/).map((c) => c.trim()).filter(Boolean);
  if (clauses.length < 2) return false;
  const asked = clauses.at(-1)!;
  return asked.endsWith('?') && !namesCalculation(asked) && !/\d/.test(asked);
}

/** The first year written that is no value of the calculation (not "2024 Integrationen"). */
function yearAsked(text: string): number | undefined {
  return findNumbers(text).find((n) => n.isYear && !namedByWords(text, n) && !inRange(text, n))?.value;
}

function namedByWords(text: string, n: FoundNumber): boolean {
  return Object.values(AFTER).some((w) => w.test(after(text, n)));
}

const after = (text: string, n: FoundNumber): string => text.slice(n.index + n.raw.length, n.index + n.raw.length + 30);
const before = (text: string, n: FoundNumber): string => text.slice(Math.max(0, n.index - 30), n.index);

/** Numbers whose neighbouring words name their slot. */
function byLabels<K extends string>(text: string, numbers: readonly FoundNumber[], slots: Record<K, { before: RegExp; after?: RegExp }>): { values: Partial<Record<K, number>>; used: Set<FoundNumber> } {
  const values: Partial<Record<K, number>> = {};
  const used = new Set<FoundNumber>();
  for (const slot of Object.keys(slots) as K[]) {
    const words = slots[slot];
    const n = numbers.find((x) => !used.has(x) && (words.after?.test(after(text, x)) || words.before.test(before(text, x))));
    if (n) {
      values[slot] = n.value;
      used.add(n);
    }
  }
  return { values, used };
}

/** Slots not named by words take the remaining numbers in the order they were written. */
function fill(slots: (number | undefined)[], numbers: readonly FoundNumber[], used: ReadonlySet<FoundNumber>): (number | undefined)[] {
  const rest = numbers.filter((n) => !used.has(n)).map((n) => n.value);
  return slots.map((v) => v ?? rest.shift());
}

/** True when the request holds every value its calculation needs. */
export function isComplete(request: CalculationRequest): boolean {
  switch (request.kind) {
    case 'quota':
      return request.integrations !== undefined && request.stock !== undefined;
    case 'share':
      return request.amount !== undefined && (request.total !== undefined || request.totalName !== undefined);
    case 'change':
      return request.oldValue !== undefined && request.newValue !== undefined;
    case 'lzb':
      return request.months !== undefined || request.periods !== undefined;
  }
}
