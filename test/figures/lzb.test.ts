import fc from 'fast-check';
import { DateTime } from 'luxon';
import { checkBenefitText, checkMonths, checkPeriods, looksLikePeriods, mergePeriods, parsePeriods, type BenefitPeriod, type LzbVerdict } from '../../src/figures/lzb';

const ZONE = 'Europe/Berlin';
/** A fixed reference day: tests never depend on the calendar. */
const TODAY = DateTime.fromISO('2024-06-15T10:00:00', { zone: ZONE });
const day = (iso: string) => DateTime.fromISO(iso, { zone: ZONE });

const periods = (text: string, reference = TODAY): BenefitPeriod[] => {
  const parsed = parsePeriods(text, reference);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
};
const verdictOf = (text: string, reference = TODAY): LzbVerdict => {
  const result = checkBenefitText(text, reference);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};
const errorOf = (text: string, reference = TODAY) => {
  const result = checkBenefitText(text, reference);
  return result.ok ? undefined : result.error;
};

describe('checkMonths', () => {
  it('21 of 24 months make an LZB', () => {
    expect(checkMonths(23)).toEqual({ ok: true, value: { isLzb: true, months: 23, missing: 0 } });
    expect(checkMonths(21)).toMatchObject({ ok: true, value: { isLzb: true, missing: 0 } });
    expect(checkMonths(24)).toMatchObject({ ok: true, value: { isLzb: true } });
  });

  it('below 21: how many are missing, and the earliest the person could count', () => {
    expect(checkMonths(15)).toEqual({ ok: true, value: { isLzb: false, months: 15, missing: 6, until: { months: 6, exact: false } } });
    expect(checkMonths(20)).toMatchObject({ ok: true, value: { missing: 1 } });
    expect(checkMonths(0)).toMatchObject({ ok: true, value: { missing: 21 } });
  });

  it.each([25, -1, 2.5, Number.NaN])('refuses %d', (months) => {
    expect(checkMonths(months)).toMatchObject({ ok: false, error: { kind: 'months-out-of-range' } });
  });

  it('agrees with the definition for every count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 24 }), (n) => {
        const result = checkMonths(n);
        return result.ok && result.value.isLzb === n >= 21 && result.value.missing === Math.max(0, 21 - n);
      }),
    );
  });
});

describe('parsePeriods', () => {
  it('reads ranges with –, - or "bis", separated by comma, semicolon, "und"', () => {
    expect(periods('01.03.2022–31.10.2023, 01.01.2024–heute').map((p) => [p.from.toISODate(), p.to.toISODate()])).toEqual([
      ['2022-03-01', '2023-10-31'],
      ['2024-01-01', '2024-06-15'],
    ]);
    expect(periods('01.01.2024 bis 31.03.2024; 01.02.2024 - 30.04.2024 und vom 1.5.24 bis zum 31.5.24')).toHaveLength(3);
  });

  it('reads open ends, "seit"/"ab", and whole months', () => {
    expect(periods('seit 01.01.2023')[0]?.to.toISODate()).toBe('2024-06-15');
    expect(periods('ab 01.01.2023')[0]?.from.toISODate()).toBe('2023-01-01');
    expect(periods('01.01.2023 – laufend')[0]?.to.toISODate()).toBe('2024-06-15');
    expect(periods('01.01.2023 -')[0]?.to.toISODate()).toBe('2024-06-15');
    expect(periods('03.2022–10.2023').map((p) => [p.from.toISODate(), p.to.toISODate()])).toEqual([['2022-03-01', '2023-10-31']]);
    expect(periods('02/2024')[0]?.to.toISODate()).toBe('2024-02-29');
  });

  it.each<[string, string, RegExp]>([
    ['', 'empty', /Bitte die Zeiträume/],
    ['01.03.2022', 'unreadable', /Den Zeitraum habe ich nicht verstanden/],
    ['irgendwann 2022', 'unreadable', /nicht verstanden/],
    ['01.03.2022–31.10.2023, ab und zu', 'unreadable', /Den 2\. Zeitraum habe ich nicht verstanden/],
    ['31.02.2023–31.10.2023', 'invalid-date', /Im Zeitraum ist der Beginn kein gültiges Datum/],
    ['01.13.2023–31.12.2023', 'invalid-date', /kein gültiges Datum/],
    ['31.10.2023–01.03.2022', 'end-before-start', /Ende vor dem Beginn/],
    ['01.01.2024–heute, 01.07.2024–31.12.2024', 'starts-after-reference', /Der 2\. Zeitraum beginnt nach dem Stichtag 15\.06\.2024/],
  ])('"%s" → %s', (text, kind, message) => {
    const result = parsePeriods(text, TODAY);
    expect(result).toMatchObject({ ok: false, error: { kind } });
    if (!result.ok) expect(result.error.message).toMatch(message);
  });

  it('never throws, whatever the text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), (text) => typeof parsePeriods(text, TODAY).ok === 'boolean'));
    const dateLike = fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 1990, max: 2030 })).map(([d, m, y]) => `${d}.${m}.${y}`);
    fc.assert(fc.property(dateLike, dateLike, (a, b) => typeof parsePeriods(`${a}–${b}`, TODAY).ok === 'boolean'));
  });
});

describe('mergePeriods', () => {
  it('joins overlapping and touching periods', () => {
    const merged = mergePeriods(periods('01.02.2024–30.04.2024, 01.01.2024–31.03.2024, 01.05.2024–31.05.2024, 01.07.2023–31.07.2023'));
    expect(merged.map((p) => `${p.from.toISODate()}/${p.to.toISODate()}`)).toEqual(['2023-07-01/2023-07-31', '2024-01-01/2024-05-31']);
  });
});

describe('checkPeriods', () => {
  // A calendar month counts when benefits were received on at least one of its days;
  // the window is the 24 months ending with the reference month (Jul 2022 – Jun 2024 here).
  it('counts months in the 24-month window', () => {
    // Jul 2022–Oct 2023 = 16 months, Jan–Jun 2024 = 6 months.
    expect(verdictOf('01.03.2022–31.10.2023, 01.01.2024–heute')).toMatchObject({ isLzb: true, months: 22, missing: 0 });
  });

  it('counts overlapping periods once', () => {
    expect(verdictOf('01.01.2024 bis 31.03.2024; 01.02.2024 - 30.04.2024').months).toBe(4);
  });

  it('counts a month touched on one day', () => {
    expect(verdictOf('31.01.2024–01.02.2024').months).toBe(2);
    expect(verdictOf('15.06.2024–heute').months).toBe(1);
  });

  it('says when a continuing benefit makes the person LZB, older months leaving the window', () => {
    // Jul 2022 – Dec 2022 (6) and Jan 2024 – Jun 2024 (6) = 12. Continuing: each new month adds one,
    // and Jul–Dec 2022 leave the window first, so it takes until the 2022 months are gone and 21 are reached.
    const result = verdictOf('01.01.2022–31.12.2022, 01.01.2024–heute');
    expect(result).toMatchObject({ isLzb: false, months: 12, missing: 9 });
    expect(result.until?.exact).toBe(true);
    expect(result.until?.months).toBe(15);
    expect(result.until?.month?.toFormat('yyyy-MM')).toBe('2025-09');
  });

  it('without continuing benefits there is no "until"', () => {
    const result = verdictOf('01.01.2023–31.12.2023');
    expect(result).toMatchObject({ isLzb: false, months: 12, missing: 9 });
    expect(result.until).toBeUndefined();
  });

  it('uses Berlin time: just after midnight in Berlin is already the new month', () => {
    const reference = DateTime.fromISO('2024-06-30T22:30:00Z', { zone: 'utc' }); // 1 July 00:30 in Berlin
    expect(checkPeriods(periods('01.07.2022–30.06.2024', reference), reference).months).toBe(23);
  });

  it('agrees with counting month by month (obvious implementation)', () => {
    const monthOffset = fc.integer({ min: 0, max: 40 });
    fc.assert(
      fc.property(fc.array(fc.tuple(monthOffset, fc.integer({ min: 0, max: 12 })), { maxLength: 5 }), (spans) => {
        const start = TODAY.startOf('month').minus({ months: 40 });
        const list = spans.map(([offset, length]) => ({ from: start.plus({ months: offset }), to: DateTime.min(start.plus({ months: offset + length }).endOf('month').startOf('day'), TODAY.startOf('day')) })).filter((p) => p.from <= p.to);
        let expected = 0;
        for (let back = 0; back < 24; back++) {
          const month = TODAY.startOf('month').minus({ months: back });
          if (list.some((p) => p.from < month.plus({ months: 1 }) && p.to >= month)) expected++;
        }
        return checkPeriods(list, TODAY).months === expected;
      }),
    );
  });
});

describe('checkBenefitText', () => {
  it('takes a month count or periods', () => {
    expect(verdictOf('23')).toMatchObject({ isLzb: true, months: 23 });
    expect(verdictOf('15')).toMatchObject({ isLzb: false, missing: 6 });
    expect(verdictOf('seit 01.07.2022')).toMatchObject({ isLzb: true, months: 24 });
  });

  it('says what is wanted for anything else', () => {
    expect(errorOf('viele')).toMatchObject({ kind: 'not-months' });
    expect(errorOf('viele')?.message).toMatch(/ganze Zahl von 0 bis 24.*Oder die Zeiträume/);
    expect(errorOf('30')?.message).toMatch(/Höchstens 24/);
    expect(errorOf('31.10.2023–01.03.2022')?.message).toMatch(/Ende vor dem Beginn/);
  });

  it('knows periods by their dates', () => {
    expect(looksLikePeriods('01.03.2022–heute')).toBe(true);
    expect(looksLikePeriods('03/2022')).toBe(true);
    expect(looksLikePeriods('23')).toBe(false);
  });
});
