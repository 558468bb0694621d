import fc from 'fast-check';
import { DateTime } from 'luxon';
import { budgetShare, change, integrationQuota, pointsDifference } from '../../src/figures/formulas';
import { checkMonths, checkPeriods, parsePeriods } from '../../src/figures/lzb';
import { parseCalculationRequest } from '../../src/figures/calculation-request';
import { computeResult } from '../../src/figures/calculation-result';
import { referencesFromTables } from '../../src/figures/programme-references';
import { loadKnowledge } from '../../src/knowledge/load';

const ok = <T>(o: { ok: true; value: T } | { ok: false; message: string }): T => {
  if (!o.ok) throw new Error(o.message);
  return o.value;
};

describe('formulas', () => {
  it('compute the programme figures', () => {
    expect(ok(integrationQuota(865, 4521))).toBe(19.1);
    expect(ok(integrationQuota(378, 2207))).toBe(17.1);
    expect(ok(budgetShare(983675, 4706577))).toBe(20.9);
    expect(ok(budgetShare(1200000, 4700000))).toBe(25.5);
    expect(ok(change(2844, 2985))).toEqual({ percent: 5, absolute: 141 });
    expect(ok(change(5368734, 4706577))).toEqual({ percent: -12.3, absolute: -662157 });
    expect(pointsDifference(17.1, 19.1)).toBe(-2);
  });

  it('refuse to divide by zero', () => {
    expect(integrationQuota(5, 0).ok).toBe(false);
    expect(budgetShare(5, 0).ok).toBe(false);
    expect(change(0, 5).ok).toBe(false);
  });

  it('agree with the obvious formula for any inputs', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 6 }), fc.integer({ min: 1, max: 10 ** 6 }), (a, b) => {
        const quota = ok(integrationQuota(a, b));
        return Math.abs(quota - (a / b) * 100) <= 0.05 + 1e-9 && ok(budgetShare(a, b)) === quota;
      }),
    );
    fc.assert(fc.property(fc.integer({ min: 1, max: 10 ** 6 }), fc.integer({ min: 0, max: 10 ** 6 }), (a, b) => ok(change(a, b)).absolute === b - a));
  });
});

describe('LZB check', () => {
  const today = DateTime.fromISO('2024-06-15', { zone: 'Europe/Berlin' });

  it('by months: 21 of 24 make an LZB', () => {
    expect(checkMonths(23)).toMatchObject({ isLzb: true, missing: 0 });
    expect(checkMonths(21)).toMatchObject({ isLzb: true });
    expect(checkMonths(15)).toMatchObject({ isLzb: false, missing: 6, monthsUntilLzb: 6 });
  });

  it('by periods: counts months in the 24-month window, overlaps once', () => {
    const periods = parsePeriods('01.03.2022–31.10.2023, 01.01.2024–heute', today);
    if (!periods.ok) throw new Error(periods.message);
    // Window Jul 2022 – Jun 2024: Jul 2022–Oct 2023 = 16 months, Jan–Jun 2024 = 6 months.
    expect(checkPeriods(periods.periods, today)).toMatchObject({ isLzb: true, months: 22 });
    const overlapping = parsePeriods('01.01.2024 bis 31.03.2024; 01.02.2024 - 30.04.2024', today);
    if (!overlapping.ok) throw new Error(overlapping.message);
    expect(checkPeriods(overlapping.periods, today).months).toBe(4);
  });

  it('says when an ongoing benefit would make the person an LZB', () => {
    const periods = parsePeriods('01.01.2023–heute', today);
    if (!periods.ok) throw new Error(periods.message);
    expect(checkPeriods(periods.periods, today)).toMatchObject({ isLzb: false, months: 18, missing: 3, monthsUntilLzb: 3 });
  });

  it('reports malformed ranges instead of crashing', () => {
    expect(parsePeriods('irgendwann 2022', today).ok).toBe(false);
    expect(parsePeriods('31.10.2023–01.03.2022', today)).toMatchObject({ ok: false });
    expect(parsePeriods('31.02.2023–01.03.2023', today).ok).toBe(false);
  });
});

describe('parseCalculationRequest', () => {
  it.each([
    ['Integrationsquote berechnen', 'quota', [undefined, undefined]],
    ['Integrationsquote bei 378 Integrationen und 2.207 ELB', 'quota', [378, 2207]],
    ['Integrationsquote mit 2.207 ELB und 378 Integrationen', 'quota', [378, 2207]],
    ['Wie viel Prozent sind 983.675 von 4.706.577?', 'share', [983675, 4706577]],
    ['Anteil von 1,2 Mio an 4,7 Mio', 'share', [1200000, 4700000]],
    ['Budgetanteil berechnen', 'share', [undefined, undefined]],
    ['Veränderung von 2.844 auf 2.985', 'change', [2844, 2985]],
    ['Veränderung berechnen', 'change', [undefined, undefined]],
    ['LZB prüfen', 'lzb', [undefined]],
    ['Ist jemand mit 23 Monaten Leistungsbezug LZB?', 'lzb', [23]],
  ])('"%s" → %s %j', (text, kind, values) => {
    expect(parseCalculationRequest(text)).toEqual({ kind, values });
  });

  it.each([
    'Wie hoch ist die Integrationsquote 2024?',
    'Was ist die Integrationsquote?',
    'Integrationsquote Frauen Ist 2023',
    'Wie stark sinken die Verwaltungskosten?',
    'Wie viele Langzeitleistungsbeziehende sind für 2024 geplant?',
    'Wie viel Prozent der Beschäftigten arbeiten im Baugewerbe?',
    'Was heißt LZB?',
    'Wie hat sich die Beschäftigung verändert?',
  ])('leaves the programme question "%s" alone', (text) => {
    expect(parseCalculationRequest(text)).toBeNull();
  });
});

describe('results', () => {
  const references = referencesFromTables(loadKnowledge().tables);

  it('take their reference values from the programme tables', () => {
    expect(references.quotas.map((q) => [q.label, q.value])).toEqual([
      ['Integrationsquote gesamt, Plan 2024', 19.1],
      ['Integrationsquote Frauen, Plan 2024', 17.1],
      ['Integrationsquote Männer, Plan 2024', 21.1],
    ]);
    expect(references.budgetTotals.map((b) => b.label)).toEqual(['VK 2024', 'EGL 2024', 'Gesamtbudget 2024', 'VK 2023', 'EGL 2023', 'Gesamtbudget 2023']);
  });

  it('show the figure, the working and the comparison', () => {
    const outcome = computeResult('quota', [378, 2207], references);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.result.figure).toBe('17,1 %');
    expect(outcome.result.formula).toBe('378 ÷ 2.207 × 100 = 17,1 %');
    expect(outcome.result.comparisons).toContain('Integrationsquote Frauen, Plan 2024: 17,1 % → 0,0 Prozentpunkte (Abschnitt 3.1)');
    const share = computeResult('share', [983675, 4706577], references);
    expect(share.ok && share.result.comparisons[0]).toMatch(/EGL 2024/);
  });
});
