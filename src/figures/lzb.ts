import { DateTime } from 'luxon';

/** LZB: ELB with benefits in at least 21 of the last 24 months (programme, section 3.1). */
export const LZB_MIN_MONTHS = 21;
export const LZB_WINDOW_MONTHS = 24;
const ZONE = 'Europe/Berlin';

export interface LzbResult {
  isLzb: boolean;
  months: number;
  /** Months short of 21 (0 when LZB). */
  missing: number;
  /** With benefits continuing: months from the reference month until the person counts as LZB (0 when already). */
  monthsUntilLzb?: number;
}

export function checkMonths(months: number): LzbResult {
  const isLzb = months >= LZB_MIN_MONTHS;
  return { isLzb, months, missing: Math.max(0, LZB_MIN_MONTHS - months), ...(isLzb ? {} : { monthsUntilLzb: LZB_MIN_MONTHS - months }) };
}

export interface Period {
  from: DateTime;
  to: DateTime;
}

export type PeriodsResult = { ok: true; periods: Period[] } | { ok: false; message: string };

const DATE = /(\d{1,2})\.(\d{1,2})\.(\d{2,4})/;

/** "01.03.2022–31.10.2023, 01.01.2024–heute": ranges separated by comma, semicolon or "und"; "bis", "-" or "–" inside. */
export function parsePeriods(text: string, today: DateTime): PeriodsResult {
  const parts = text.split(/[;,\n]|\bund\b/).map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) return { ok: false, message: 'Bitte Zeiträume angeben, z. B. „01.03.2022–31.10.2023, 01.01.2024–heute“.' };
  const periods: Period[] = [];
  for (const part of parts) {
    const [fromText, toText] = part.split(/\s*(?:–|—|-|bis)\s*/).filter((s) => s !== undefined);
    const from = parseDate(fromText ?? '');
    const to = /heute|jetzt|laufend|offen/i.test(toText ?? '') ? today : parseDate(toText ?? '');
    if (!from || !to) return { ok: false, message: `„${part.slice(0, 40)}“ ist kein Zeitraum wie „01.03.2022–31.10.2023“.` };
    if (to < from) return { ok: false, message: `Im Zeitraum „${part.slice(0, 40)}“ liegt das Ende vor dem Beginn.` };
    periods.push({ from, to });
  }
  return { ok: true, periods };
}

function parseDate(text: string): DateTime | undefined {
  const match = DATE.exec(text);
  if (!match) return undefined;
  const year = Number(match[3]!.length === 2 ? `20${match[3]}` : match[3]);
  const date = DateTime.fromObject({ year, month: Number(match[2]), day: Number(match[1]) }, { zone: ZONE });
  return date.isValid ? date : undefined;
}

/**
 * Counts the calendar months with benefits among the 24 months ending with the
 * reference month. A month counts when benefits were paid on at least one of its
 * days (the statistics count monthly); overlapping periods count once.
 */
export function checkPeriods(periods: readonly Period[], reference: DateTime): LzbResult {
  const end = reference.setZone(ZONE).startOf('month');
  const start = end.minus({ months: LZB_WINDOW_MONTHS - 1 });
  const months = new Set<string>();
  for (const period of periods) {
    let month = DateTime.max(period.from.startOf('month'), start);
    const last = DateTime.min(period.to.startOf('month'), end);
    while (month <= last) {
      months.add(month.toFormat('yyyy-MM'));
      month = month.plus({ months: 1 });
    }
  }
  const base = checkMonths(months.size);
  if (base.isLzb) return base;
  const ongoing = periods.some((p) => p.to.startOf('month') >= end);
  if (!ongoing) return { isLzb: false, months: base.months, missing: base.missing };
  // With benefits continuing, each new month counts and the oldest month leaves the window.
  for (let ahead = 1; ahead <= LZB_WINDOW_MONTHS; ahead++) {
    const windowStart = start.plus({ months: ahead });
    const kept = [...months].filter((m) => m >= windowStart.toFormat('yyyy-MM')).length;
    if (kept + ahead >= LZB_MIN_MONTHS) return { ...base, monthsUntilLzb: ahead };
  }
  return base;
}
