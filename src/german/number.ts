/**
 * German numbers, read and written: the one place that knows "4.521", "19,1 %",
 * "1,2 Mio" and "kaufmännisch" rounding. It sits below the knowledge layer, so
 * ingest, answers, figures, cards, dialogs and reports all use the same rules.
 */
import { z } from 'zod';
import { failure, success, type Result } from './result';

/** What a value must be; defaults: any non-negative number > 0. */
export interface NumberRules {
  /** Only whole numbers (Integrationen, ELB, months). */
  integer?: boolean;
  /** 0 allowed (a Bestand or Gesamt of 0 cannot divide, a count of 0 Integrationen can). */
  allowZero?: boolean;
  /** Largest value allowed (24 months). */
  max?: number;
  /** Example shown in the message saying what is wanted ("4.521"). */
  example?: string;
}

export type NumberErrorKind = 'empty' | 'not-a-number' | 'negative' | 'zero' | 'not-integer' | 'too-large' | 'above-max';

/** Why a text is not the number wanted, with a German message saying what is wanted instead. */
export interface NumberInputError {
  kind: NumberErrorKind;
  message: string;
}

/** A number read from German text; `unit` when the text named one ("983.675 €", "20 %"). */
export interface ParsedNumber {
  value: number;
  unit?: 'euro' | 'percent';
}

/** Beyond 15 digits a double no longer holds every whole number exactly. */
const LARGEST = 1e15;

const MULTIPLIERS: readonly [RegExp, number][] = [
  [/\s*(mrd\.?|milliarden?)$/, 9],
  [/\s*(mio\.?|millionen|million)$/, 6],
  [/\s*(tsd\.?|tausend)$/, 3],
];
const EURO = /^€\s*|\s*(€|eur\b|euro\b)\.?$/;
const PERCENT = /\s*(%|prozent)$/;

/**
 * German digits: "4.521", "1.234.567,89", "19,1", "4521", "4 521"; with `dotDecimal` also
 * "19.1" (one or two decimals after a dot can only be a decimal point). "12.34.5" or "1e400" are not numbers.
 */
const GROUPED = /^(?<int>\d{1,3}(?:[. ]\d{3})+)(?:,(?<frac>\d+))?$/;
const PLAIN = /^(?<int>\d+)(?:,(?<frac>\d+))?$/;
const DOT_DECIMAL = /^(?<int>\d+)\.(?<frac>\d{1,2})$/;
/** Minus as typed or printed: hyphen, the minus sign U+2212, or the en dash tables use. */
const SIGN = /^([+\-\u2212\u2013])\s*/;

/**
 * The one reading of German digits, for user input and the document's tables alike:
 * a sign, thousands grouped by dots or spaces, a decimal comma.
 */
function readDigits(text: string, options: { dotDecimal: boolean; exponent: number }): { negative: boolean; value: number } | undefined {
  const sign = SIGN.exec(text);
  const unsigned = sign ? text.slice(sign[0].length) : text;
  const digits = (GROUPED.exec(unsigned) ?? PLAIN.exec(unsigned) ?? (options.dotDecimal ? DOT_DECIMAL.exec(unsigned) : null))?.groups;
  if (!digits) return undefined;
  // Scaling the decimal notation ("1.2e6") instead of multiplying keeps 1,2 Mio exactly 1200000.
  const value = Number(`${(digits['int'] ?? '0').replace(/[. ]/g, '')}.${digits['frac'] ?? '0'}e${options.exponent}`);
  return { negative: sign !== null && sign[1] !== '+', value };
}

/**
 * A figure as the programme's tables print it: "4.383" → 4383, "−10,2" → -10.2,
 * "100,0" → 100, bold marks and blanks ignored. Anything else (arrows, labels,
 * "Dez. 22", units) → undefined.
 */
export function parseGermanFigure(text: string): number | undefined {
  const read = readDigits(text.replace(/<\/?b>|\*\*/g, '').replace(/[\s\u00a0]/g, ''), { dotDecimal: false, exponent: 0 });
  if (!read) return undefined;
  return read.negative && read.value !== 0 ? -read.value : read.value;
}

interface Lexed {
  negative: boolean;
  value: number;
  unit?: 'euro' | 'percent';
}

/** Reads the text as a number with sign and unit; no rules yet. */
const GermanNumberText = z.string().transform((raw, ctx): Lexed => {
  let text = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  if (text === '') {
    ctx.addIssue({ code: 'custom', message: '', params: { kind: 'empty' } });
    return z.NEVER;
  }
  let unit: Lexed['unit'];
  if (EURO.test(text)) {
    unit = 'euro';
    text = text.replace(EURO, '');
  } else if (PERCENT.test(text)) {
    unit = 'percent';
    text = text.replace(PERCENT, '');
  }
  let exponent = 0;
  for (const [pattern, power] of MULTIPLIERS) {
    if (pattern.test(text)) {
      text = text.replace(pattern, '');
      exponent = power;
      break;
    }
  }
  const digits = readDigits(text, { dotDecimal: true, exponent });
  if (!digits) {
    ctx.addIssue({ code: 'custom', message: '', params: { kind: 'not-a-number' } });
    return z.NEVER;
  }
  const { negative, value } = digits;
  if (!Number.isFinite(value) || value > LARGEST) {
    ctx.addIssue({ code: 'custom', message: '', params: { kind: 'too-large' } });
    return z.NEVER;
  }
  return unit ? { negative, value, unit } : { negative, value };
});

/** Schemas by the rules they check: building one costs more than parsing, and every turn looks for numbers. */
const schemas = new Map<string, ReturnType<typeof buildNumberSchema>>();

function numberSchema(rules: NumberRules) {
  const key = `${rules.integer === true}|${rules.allowZero === true}|${rules.max ?? ''}`;
  let schema = schemas.get(key);
  if (!schema) {
    schema = buildNumberSchema(rules);
    schemas.set(key, schema);
  }
  return schema;
}

function buildNumberSchema(rules: NumberRules) {
  return GermanNumberText.superRefine((n, ctx) => {
    const fail = (kind: NumberErrorKind) => ctx.addIssue({ code: 'custom', message: '', params: { kind } });
    if (n.negative && n.value !== 0) return fail('negative');
    if (n.value === 0 && !rules.allowZero) return fail('zero');
    if (rules.integer && !Number.isInteger(n.value)) return fail('not-integer');
    if (rules.max !== undefined && n.value > rules.max) return fail('above-max');
  });
}

/** "Bitte eine ganze Zahl ≥ 0 angeben, z. B. 4.521." */
export function describeWanted(rules: NumberRules): string {
  const what = rules.integer ? 'eine ganze Zahl' : 'eine Zahl';
  const low = rules.allowZero ? 0 : undefined;
  const range = rules.max !== undefined ? `von ${low ?? (rules.integer ? 1 : 'über 0')} bis ${formatNumber(rules.max)}` : rules.allowZero ? '≥ 0' : '> 0';
  const example = rules.example ?? (rules.integer ? '4.521' : '4.706.577 oder 1,2 Mio');
  return `Bitte ${what} ${range} angeben, z. B. ${example}.`;
}

// The user's text is not repeated: it may hold anything, and the reason says enough.
const REASONS: Record<NumberErrorKind, (rules: NumberRules) => string> = {
  empty: () => '',
  'not-a-number': () => 'Das habe ich nicht als Zahl erkannt. ',
  negative: () => 'Negative Werte sind hier nicht möglich. ',
  zero: () => '0 ist hier nicht möglich. ',
  'not-integer': () => 'Hier ist eine ganze Zahl ohne Nachkommastellen gefragt. ',
  'too-large': () => 'Diese Zahl ist zu groß. ',
  'above-max': (rules) => `Höchstens ${formatNumber(rules.max ?? 0)} ist möglich. `,
};

function isErrorKind(value: unknown): value is NumberErrorKind {
  return typeof value === 'string' && value in REASONS;
}

/**
 * Reads a number as German staff type it — thousands dots, decimal comma, "Mio",
 * "Tsd", "€", "%" — and checks it against the rules. Our own parser, because
 * botbuilder's NumberPrompt reads "19,1" as NaN whatever the locale.
 */
export function parseGermanNumber(input: string, rules: NumberRules = {}): Result<ParsedNumber, NumberInputError> {
  const parsed = numberSchema(rules).safeParse(input);
  if (parsed.success) {
    const { value, unit } = parsed.data;
    return success(unit ? { value, unit } : { value });
  }
  const issue = parsed.error.issues[0];
  const reported = issue?.code === 'custom' ? issue.params?.['kind'] : undefined;
  const kind: NumberErrorKind = isErrorKind(reported) ? reported : 'not-a-number';
  return failure({ kind, message: `${REASONS[kind](rules)}${describeWanted(rules)}` });
}

/** A whole number ≥ 0 (or > 0 without allowZero), e.g. Integrationen or the Bestand ELB. */
export function parseCount(input: string, rules: Omit<NumberRules, 'integer'> = {}): Result<number, NumberInputError> {
  const parsed = parseGermanNumber(input, { ...rules, integer: true });
  return parsed.ok ? success(parsed.value.value) : parsed;
}

/** An amount in euro ("983.675 €", "1,2 Mio", "4,7 Mio. €"), or any other value ≥ 0 with units and multipliers. */
export function parseAmount(input: string, rules: Omit<NumberRules, 'integer'> = {}): Result<number, NumberInputError> {
  const parsed = parseGermanNumber(input, rules);
  return parsed.ok ? success(parsed.value.value) : parsed;
}

/** A number found inside a sentence, where it stands and whether it reads as a year. */
export interface FoundNumber {
  value: number;
  index: number;
  raw: string;
  /** "2023", "2024": a bare four-digit 1990–2099 — a year, unless the words say otherwise. */
  isYear: boolean;
}

const IN_SENTENCE = /(?<![\w.,])\d[\d.,]*(?:\s?(?:mio\.?|millionen|million|mrd\.?|milliarden?|tsd\.?|tausend)(?![a-zäöüß]))?(?:\s?(?:€|eur(?:o)?(?![a-zäöüß])|%|prozent(?![a-zäöüß])))?/gi;

/** Numbers in a sentence ("bei 378 Integrationen und 2.207 ELB"); dates and other non-numbers are skipped. */
export function findNumbers(text: string): FoundNumber[] {
  const found: FoundNumber[] = [];
  for (const match of text.matchAll(IN_SENTENCE)) {
    // A sentence's full stop or comma is not part of the number: "… von 4.706.577."
    // "§ 16i", "16e": a number glued to a letter is a name, not a value.
    const after = text.slice(match.index + match[0].length);
    if (/^\p{L}/u.test(after)) continue;
    // "den 2. Arbeitsmarkt", "3. Quartal": a small number with a full stop before a word is an ordinal.
    if (/^\d{1,2}\.$/.test(match[0]) && /^\s+\p{L}/u.test(after)) continue;
    const raw = match[0].replace(/[.,]+$/, '').trim();
    const parsed = parseGermanNumber(raw, { allowZero: true });
    if (!parsed.ok) continue;
    found.push({ value: parsed.value.value, index: match.index, raw, isYear: /^(199\d|20\d\d)$/.test(raw) });
  }
  return found;
}

/**
 * Rounds half away from zero ("kaufmännisch", as the programme prints its
 * figures) to `digits` decimals: 19,05 → 19,1 and -12,35 → -12,4.
 *
 * Binary floating point stores 0.15 as 0.1499999…; rounding its shortest
 * 15-digit decimal form instead of the binary value makes such halves round up
 * as a person would round them. Every figure the bot shows goes through here.
 */
export function roundHalfUp(value: number, digits = 1): number {
  if (!Number.isFinite(value)) return value;
  const sign = value < 0 ? -1 : 1;
  const shifted = Math.round(shiftDecimal(Number(Math.abs(value).toPrecision(15)), digits));
  const result = sign * shiftDecimal(shifted, -digits);
  return result === 0 ? 0 : result;
}

/** value × 10^places, done on the decimal notation so no binary error is added. */
function shiftDecimal(value: number, places: number): number {
  const [mantissa = '0', exponent = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

/** How a number is written: decimals after rounding half up, and whether a sign is always shown. */
export interface NumberStyle {
  /** Decimals kept after rounding half up (default 2). */
  maxDecimals?: number;
  /** Decimals always shown ("20,0 %"; default 0). */
  minDecimals?: number;
  /** "+5" for positive values (zero stays unsigned). */
  signed?: boolean;
}

/** toLocaleString builds a formatter per call; these are built once per style. */
const formatters = new Map<string, Intl.NumberFormat>();

/**
 * 4706577 → "4.706.577", 1.25 → "1,25". The value is rounded half up first, so
 * Intl's own rounding (on the binary value) never decides.
 */
export function formatGermanNumber(value: number, style: NumberStyle = {}): string {
  const { maxDecimals = 2, minDecimals = 0, signed = false } = style;
  const key = `${maxDecimals}|${minDecimals}|${signed}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat('de-DE', { minimumFractionDigits: minDecimals, maximumFractionDigits: maxDecimals, ...(signed ? { signDisplay: 'exceptZero' as const } : {}) });
    formatters.set(key, formatter);
  }
  return formatter.format(roundHalfUp(value, maxDecimals));
}

/** 4706577 → "4.706.577"; 1.25 → "1,25" (at most two decimals). */
export function formatNumber(value: number): string {
  return formatGermanNumber(value);
}

/** 141 → "+141", -662157 → "-662.157". */
export function formatSignedNumber(value: number): string {
  return formatGermanNumber(value, { signed: true });
}

/** 4706577 → "4.706.577 €". */
export function formatEuro(value: number): string {
  return `${formatNumber(value)} €`;
}

/** 19.06 → "19,1 %". */
export function formatPercent(value: number): string {
  return `${formatGermanNumber(value, { maxDecimals: 1, minDecimals: 1 })} %`;
}

/** 5 → "+5,0 %", -12.3 → "-12,3 %", 0 → "0,0 %". */
export function formatSignedPercent(value: number): string {
  return `${formatGermanNumber(value, { maxDecimals: 1, minDecimals: 1, signed: true })} %`;
}

/** -2 → "-2,0 Prozentpunkte"; 0 → "0,0 Prozentpunkte". */
export function formatPoints(value: number): string {
  return `${formatGermanNumber(value, { maxDecimals: 1, minDecimals: 1, signed: true })} Prozentpunkte`;
}
