import fc from 'fast-check';
import { budgetShare, change, integrationQuota, percent, pointsDifference } from '../../src/figures/formulas';
import { roundHalfUp } from '../../src/german/number';

const value = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('integrationQuota', () => {
  it('is Integrationen ÷ Bestand ELB × 100, one decimal', () => {
    expect(value(integrationQuota(865, 4521))).toBe(19.1);
    expect(value(integrationQuota(378, 2207))).toBe(17.1);
    expect(value(integrationQuota(0, 4521))).toBe(0);
  });

  it('refuses a Bestand of 0 with a German message', () => {
    expect(integrationQuota(5, 0)).toEqual({ ok: false, error: { kind: 'stock-zero', message: 'Der durchschnittliche Bestand ELB muss größer als 0 sein.' } });
  });

  it('agrees with the obvious formula', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10 ** 6 }), fc.integer({ min: 1, max: 10 ** 6 }), (a, b) => value(integrationQuota(a, b)) === roundHalfUp((a / b) * 100, 1)));
  });
});

describe('budgetShare', () => {
  it('is Betrag ÷ Gesamt × 100, one decimal', () => {
    expect(value(budgetShare(983675, 4706577))).toBe(20.9);
    expect(value(budgetShare(1200000, 4700000))).toBe(25.5);
    expect(value(budgetShare(6812570, 11519147))).toBe(59.1);
  });

  it('refuses a total of 0', () => {
    expect(budgetShare(5, 0)).toMatchObject({ ok: false, error: { kind: 'total-zero' } });
  });

  it('agrees with the obvious formula and with the quota', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 1, max: 10 ** 9 }), (a, b) => {
        const share = value(budgetShare(a, b));
        return share === roundHalfUp((100 * a) / b, 1) && share === value(integrationQuota(a, b));
      }),
    );
  });
});

describe('change', () => {
  it('gives per cent with sign and the absolute difference', () => {
    expect(change(2844, 2985)).toEqual({ percent: 5, absolute: 141, direction: 'up' });
    expect(change(5368734, 4706577)).toEqual({ percent: -12.3, absolute: -662157, direction: 'down' });
    expect(change(7584949, 6812570)).toMatchObject({ percent: -10.2 });
    expect(change(19.1, 19.1)).toEqual({ percent: 0, absolute: 0, direction: 'none' });
    expect(change(17.1, 19.1)).toMatchObject({ absolute: 2 });
  });

  it('handles an old value of 0: no per cent, but the difference', () => {
    expect(change(0, 5)).toEqual({ percent: null, absolute: 5, direction: 'up' });
    expect(change(0, 0)).toEqual({ percent: 0, absolute: 0, direction: 'none' });
  });

  it('agrees with the obvious formula', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 ** 9 }), fc.integer({ min: 0, max: 10 ** 9 }), (a, b) => {
        const result = change(a, b);
        return result.absolute === b - a && result.percent === roundHalfUp(((b - a) / a) * 100, 1) && result.direction === (b > a ? 'up' : b < a ? 'down' : 'none');
      }),
    );
  });
});

describe('pointsDifference', () => {
  it('compares as printed, in Prozentpunkte', () => {
    expect(pointsDifference(17.1, 19.1)).toBe(-2);
    expect(pointsDifference(19.1, 19.1)).toBe(0);
    expect(pointsDifference(21.14, 19.1)).toBe(2);
    expect(pointsDifference(percent(19.06), 17.1)).toBe(2);
  });

  it('is the difference of the rounded values', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 0, max: 10000 }), (a, b) => pointsDifference(a / 10, b / 10) * 10 === a - b));
  });
});
