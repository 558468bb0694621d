import fc from 'fast-check';
import { DateTime } from 'luxon';
import { formatDate, formatInMonths, formatMonths } from '../../src/figures/format';
import { formatEuro, formatNumber, formatPercent, formatPoints, formatSignedNumber, formatSignedPercent, roundHalfUp } from '../../src/german/number';

describe('roundHalfUp', () => {
  it.each<[number, number, number]>([
    [19.05, 1, 19.1],
    [0.05, 1, 0.1],
    [0.15, 1, 0.2],
    [0.25, 1, 0.3],
    [0.35, 1, 0.4],
    [1.45, 1, 1.5],
    [2.675, 2, 2.68],
    [1.005, 2, 1.01],
    [-0.05, 1, -0.1],
    [-10.25, 1, -10.3],
    [-0.04, 1, 0],
    [19.04999, 1, 19],
    [(865 / 4521) * 100, 1, 19.1],
    [(983675 / 4706577) * 100, 1, 20.9],
    [1e20, 1, 1e20],
    [123456789.45, 1, 123456789.5],
    [12.5, 0, 13],
  ])('roundHalfUp(%d, %d) = %d', (value, digits, expected) => {
    expect(roundHalfUp(value, digits)).toBe(expected);
  });

  it('gives 0, never -0', () => {
    expect(Object.is(roundHalfUp(-0.01), 0)).toBe(true);
  });

  it('leaves non-finite values alone', () => {
    expect(roundHalfUp(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
  });

  it('agrees with rounding the decimal digits by hand', () => {
    // Obvious implementation on integers: a value given in hundredths, rounded to tenths.
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 9), max: 10 ** 9 }), (hundredths) => {
        const abs = Math.abs(hundredths);
        const tenths = Math.floor(abs / 10) + (abs % 10 >= 5 ? 1 : 0);
        const expected = (Math.sign(hundredths) * tenths) / 10;
        return roundHalfUp(hundredths / 100) === (expected === 0 ? 0 : expected);
      }),
    );
  });

  it('moves a value by at most half a unit of the last digit', () => {
    fc.assert(fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (x) => Math.abs(roundHalfUp(x, 1) - x) <= 0.05 + 1e-6));
  });
});

describe('German formatting', () => {
  it.each<[string, string]>([
    [formatPercent(19.1), '19,1 %'],
    [formatPercent(19.06), '19,1 %'],
    [formatPercent(20), '20,0 %'],
    [formatSignedPercent(5), '+5,0 %'],
    [formatSignedPercent(-12.34), '-12,3 %'],
    [formatSignedPercent(0), '0,0 %'],
    [formatSignedPercent(-0.01), '0,0 %'],
    [formatEuro(4706577), '4.706.577 €'],
    [formatEuro(1234.5), '1.234,5 €'],
    [formatNumber(4521), '4.521'],
    [formatNumber(1234567.891), '1.234.567,89'],
    [formatNumber(0.125), '0,13'],
    [formatSignedNumber(141), '+141'],
    [formatSignedNumber(-662157), '-662.157'],
    [formatSignedNumber(0), '0'],
    [formatPoints(-2), '-2,0 Prozentpunkte'],
    [formatPoints(0), '0,0 Prozentpunkte'],
    [formatPoints(2.05), '+2,1 Prozentpunkte'],
    [formatMonths(1), '1 Monat'],
    [formatMonths(6), '6 Monate'],
    [formatInMonths(1), 'in 1 Monat'],
    [formatInMonths(15), 'in 15 Monaten'],
  ])('%s', (formatted, expected) => {
    expect(formatted).toBe(expected);
  });

  it('formats dates as dd.MM.yyyy in Berlin time', () => {
    expect(formatDate(DateTime.fromISO('2023-11-13T12:00:00', { zone: 'Europe/Berlin' }))).toBe('13.11.2023');
    // 23:30 UTC on 31 December is already 1 January in Berlin.
    expect(formatDate(DateTime.fromISO('2023-12-31T23:30:00Z', { zone: 'utc' }))).toBe('01.01.2024');
  });

  it('rounds with our rule, not Intl\'s', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10 ** 7 }), (hundredths) => formatPercent(hundredths / 100) === `${roundHalfUp(hundredths / 100, 1).toFixed(1).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')} %`));
  });
});
