import { DateTime } from 'luxon';
import { formatDate } from './format';
import { parseCount } from '../german/number';
import { failure, success, type Result } from '../german/result';
import { months, type Months } from './units';

/** LZB are ELB with benefits in at least 21 of the last 24 months (programme, section 3.1). */
export const LZB_MIN_MONTHS = 21;
export const LZB_WINDOW_MONTHS = 24;
const ZONE = 'Europe/Berlin';

/** The answer to "Gilt die Person als LZB?". */
export interface LzbVerdict {
  isLzb: boolean;
  /** Months with benefits among the last 24. */
  months: Months;
  /** 21 − months; 0 when LZB. */
  missing: Months;
  /**
   * Not LZB yet, but benefits continue: after how many more months the person
   * would count if they go on without a break. `exact` when counted from the
   * periods (older months leaving the window included); from a bare month count
   * it is the earliest possible (`exact: false`).
   */
  until?: { months: number; exact: boolean; month?: DateTime };
  /** Benefit periods as counted (overlaps merged), when the input was periods. */
  periods?: BenefitPeriod[];
  /** The day the 24 months end with, when the input was periods. */
  reference?: DateTime;
}

export type LzbErrorKind = 'months-out-of-range' | 'not-months' | 'empty' | 'unreadable' | 'invalid-date' | 'end-before-start' | 'starts-after-reference';

export interface LzbError {
  kind: LzbErrorKind;
  message: string;
}

/** The verdict from a number of months with benefits (0–24). */
export function checkMonths(count: number): Result<LzbVerdict, LzbError> {
  if (!Number.isInteger(count) || count < 0 || count > LZB_WINDOW_MONTHS) {
    return failure({ kind: 'months-out-of-range', message: 'Bitte die Zahl der Monate mit Leistungsbezug in den letzten 24 Monaten angeben: eine ganze Zahl von 0 bis 24, z. B. 23.' });
  }
  return success(verdict(count));
}

function verdict(count: number): LzbVerdict {
  const isLzb = count >= LZB_MIN_MONTHS;
  const missing = Math.max(0, LZB_MIN_MONTHS - count);
  return { isLzb, months: months(count), missing: months(missing), ...(isLzb ? {} : { until: { months: missing, exact: false } }) };
}

/** A span of days with benefits, both ends included, in Berlin time. */
export interface BenefitPeriod {
  from: DateTime;
  to: DateTime;
}

const DAY = String.raw`\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})`;
const MONTH = String.raw`\d{1,2}[./]\d{4}`;
const OPEN_END = String.raw`heute|jetzt|laufend|aktuell|offen|dato|stichtag`;
const PERIOD = new RegExp(
  String.raw`^(?:(?<since>seit|ab)\s+|(?:vom|von)\s+)?(?<from>${DAY}|${MONTH})(?:\s*(?<dash>–|—|-|bis(?:\s+zum|\s+einschlie(?:ß|ss)lich)?)\s*(?<to>${DAY}|${MONTH}|(?:${OPEN_END}))?)?$`,
  'i',
);
/**
 * Example periods for the prompts, counted back from today so they never name a
 * fixed year: an earlier range that ended, and one that still runs.
 */
export function periodExample(reference: DateTime): { periods: string; since: string } {
  const today = reference.setZone(ZONE).startOf('day');
  const firstStart = today.minus({ months: 20 }).startOf('month');
  const firstEnd = today.minus({ months: 8 }).endOf('month');
  const secondStart = today.minus({ months: 5 }).startOf('month');
  return { periods: `${formatDate(firstStart)}–${formatDate(firstEnd)}, ${formatDate(secondStart)}–heute`, since: `seit ${formatDate(secondStart)}` };
}

function exampleText(reference: DateTime): string {
  const example = periodExample(reference);
  return `„${example.periods}“ oder „${example.since}“`;
}

/** True when the text holds a date: then it is meant as benefit periods, not a month count. */
export function looksLikePeriods(text: string): boolean {
  return new RegExp(`${DAY}|${MONTH}`).test(text);
}

/**
 * Reads benefit periods: "01.03.YYYY–31.10.YYYY, 01.01.YYYY–heute", "-" or
 * "bis" inside a range, ranges separated by comma, semicolon, line break or
 * "und"; "seit 01.01.YYYY" and an open end ("bis heute") run to the reference
 * day; "03.2022" stands for the whole month. Anything else is a typed error that
 * names the range, never an exception.
 */
export function parsePeriods(text: string, reference: DateTime): Result<BenefitPeriod[], LzbError> {
  const today = reference.setZone(ZONE).startOf('day');
  const parts = text.split(/[;,\n]|\s+und\s+|\s+sowie\s+/i).map((p) => p.trim().replace(/\.$/, '')).filter(Boolean);
  if (parts.length === 0) return failure({ kind: 'empty', message: `Bitte die Zeiträume mit Leistungsbezug angeben, z. B. ${exampleText(reference)}.` });
  const periods: BenefitPeriod[] = [];
  for (const [i, part] of parts.entries()) {
    const nth = parts.length === 1 ? '' : `${i + 1}. `;
    const match = PERIOD.exec(part)?.groups;
    if (!match || (!match['dash'] && !match['since'] && !isMonth(match['from']))) {
      return failure({ kind: 'unreadable', message: `Den ${nth}Zeitraum habe ich nicht verstanden. Bitte Beginn und Ende angeben, z. B. ${exampleText(reference)}.` });
    }
    const openEnd = match['since'] !== undefined || (match['dash'] !== undefined && (match['to'] === undefined || new RegExp(`^(${OPEN_END})$`, 'i').test(match['to'])));
    const from = readDate(match['from'] ?? '', 'start');
    const to = openEnd ? success(today) : readDate(match['to'] ?? match['from'] ?? '', 'end');
    if (!from.ok || !to.ok) {
      // The typed date is not quoted back: what a user types may be a client's data.
      const which = !from.ok ? 'der Beginn' : 'das Ende';
      return failure({ kind: 'invalid-date', message: `Im ${nth}Zeitraum ist ${which} kein gültiges Datum (diesen Tag oder Monat gibt es nicht).` });
    }
    if (to.value < from.value) return failure({ kind: 'end-before-start', message: `Im ${nth}Zeitraum liegt das Ende vor dem Beginn.` });
    if (from.value > today) return failure({ kind: 'starts-after-reference', message: `Der ${nth}Zeitraum beginnt nach dem Stichtag ${formatDate(today)}; gezählt werden nur die letzten 24 Monate bis zum Stichtag.` });
    periods.push({ from: from.value, to: to.value });
  }
  return success(periods);
}

function isMonth(text: string | undefined): boolean {
  return text !== undefined && new RegExp(`^${MONTH}$`).test(text);
}

/** A day ("01.03.YYYY", "1.3.YY") or a month ("03.YYYY", "3/YYYY": its first or last day); the text itself when it is no date. */
function readDate(text: string, end: 'start' | 'end'): Result<DateTime, string> {
  const day = /^(\d{1,2})\.(\d{1,2})\.(\d{2,4})$/.exec(text);
  if (day) {
    const year = Number(day[3]!.length === 2 ? `20${day[3]}` : day[3]);
    const date = DateTime.fromObject({ year, month: Number(day[2]), day: Number(day[1]) }, { zone: ZONE });
    return date.isValid ? success(date) : failure(text);
  }
  const month = /^(\d{1,2})[./](\d{4})$/.exec(text);
  const date = month ? DateTime.fromObject({ year: Number(month[2]), month: Number(month[1]), day: 1 }, { zone: ZONE }) : undefined;
  if (!date?.isValid) return failure(text);
  return success(end === 'start' ? date : date.endOf('month').startOf('day'));
}

/** Overlapping or touching periods become one, sorted by start. */
export function mergePeriods(periods: readonly BenefitPeriod[]): BenefitPeriod[] {
  const sorted = [...periods].sort((a, b) => a.from.toMillis() - b.from.toMillis());
  const merged: BenefitPeriod[] = [];
  for (const period of sorted) {
    const last = merged.at(-1);
    if (last && period.from <= last.to.plus({ days: 1 })) last.to = DateTime.max(last.to, period.to);
    else merged.push({ ...period });
  }
  return merged;
}

/**
 * Counts the calendar months with benefits among the 24 months ending with the
 * reference month, and says when the person would count if benefits go on.
 */
export function checkPeriods(periods: readonly BenefitPeriod[], reference: DateTime): LzbVerdict {
  const merged = mergePeriods(periods);
  const day = reference.setZone(ZONE).startOf('day');
  const lastMonth = day.startOf('month');
  const firstMonth = lastMonth.minus({ months: LZB_WINDOW_MONTHS - 1 });
  // A calendar month counts when benefits were received on at least one of its days.
  const counted = new Set<number>();
  for (const period of merged) {
    for (let m = DateTime.max(period.from.startOf('month'), firstMonth); m <= DateTime.min(period.to.startOf('month'), lastMonth); m = m.plus({ months: 1 })) {
      counted.add(monthIndex(m));
    }
  }
  const { until: earliest, ...base } = { ...verdict(counted.size), periods: merged, reference: day };
  const continuing = merged.some((p) => p.to >= day);
  if (!earliest || !continuing) return base;
  // Each further month with benefits counts, while the oldest month of the window drops out.
  for (let ahead = 1; ahead <= LZB_WINDOW_MONTHS; ahead++) {
    const start = monthIndex(firstMonth) + ahead;
    const kept = [...counted].filter((m) => m >= start).length;
    if (kept + ahead >= LZB_MIN_MONTHS) return { ...base, until: { months: ahead, exact: true, month: lastMonth.plus({ months: ahead }) } };
  }
  return base;
}

function monthIndex(month: DateTime): number {
  return month.year * 12 + month.month - 1;
}

/**
 * The LZB check on what a user typed: benefit periods when the text holds a
 * date, otherwise a number of months (0–24).
 */
export function checkBenefitText(text: string, reference: DateTime): Result<LzbVerdict, LzbError> {
  if (looksLikePeriods(text)) {
    const periods = parsePeriods(text, reference);
    return periods.ok ? success(checkPeriods(periods.value, reference)) : periods;
  }
  const count = parseCount(text, { allowZero: true, max: LZB_WINDOW_MONTHS, example: '23' });
  if (!count.ok) return failure({ kind: 'not-months', message: `${count.error.message} Oder die Zeiträume, z. B. ${exampleText(reference)}.` });
  return checkMonths(count.value);
}
