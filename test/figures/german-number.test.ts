import fc from 'fast-check';
import { findNumbers, parseGermanNumber } from '../../src/figures/german-number';
import { formatEuro, formatNumber, formatPercent, formatSignedPercent, formatPoints, formatDate } from '../../src/figures/format';
import { roundHalfUp } from '../../src/figures/round';
import { DateTime } from 'luxon';

const value = (text: string, rules = {}) => {
  const parsed = parseGermanNumber(text, rules);
  return parsed.ok ? parsed.value : parsed.message;
};

describe('parseGermanNumber', () => {
  it.each([
    ['4.521', 4521],
    ['4521', 4521],
    ['19,1', 19.1],
    ['1.234.567,89', 1234567.89],
    ['1,2 Mio', 1200000],
    ['4,7 Mio. €', 4700000],
    ['983.675 €', 983675],
    ['983.675 EUR', 983675],
    ['20 %', 20],
    ['2 Tsd', 2000],
    ['1 234', 1234],
    ['19.1', 19.1],
    [' 865 ', 865],
  ])('reads "%s" as %d', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it.each(['abc', '', '   ', 'NaN', '1e400', '12.34.5', 'viele', '4,5,6', '--5'])('refuses "%s" with a German message', (text) => {
    const parsed = parseGermanNumber(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(/Bitte (eine|eine ganze) Zahl/);
  });

  it('refuses negatives, zero, fractions and too large values where the rules say so', () => {
    expect(value('-5')).toMatch(/Negative Werte/);
    expect(value('0')).toMatch(/0 ist hier nicht möglich/);
    expect(value('0', { allowZero: true })).toBe(0);
    expect(value('19,5', { integer: true })).toMatch(/ganze Zahl/);
    expect(value('25', { integer: true, allowZero: true, max: 24 })).toMatch(/Höchstens 24/);
  });

  it('says what is wanted', () => {
    const parsed = parseGermanNumber('viele', { integer: true });
    expect(parsed).toEqual({ ok: false, message: '„viele“ habe ich nicht als Zahl erkannt. Bitte eine ganze Zahl > 0 angeben, z. B. 4.521.' });
  });

  it('round-trips every formatted whole number', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (n) => value(formatNumber(n), { allowZero: true }) === n));
  });

  it('round-trips formatted amounts in euro and decimals with a comma', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 10 ** 9 }), (n) => value(formatEuro(n)) === n));
    fc.assert(fc.property(fc.integer({ min: 1, max: 10 ** 6 }), fc.integer({ min: 0, max: 9 }), (whole, tenth) => value(`${formatNumber(whole)},${tenth}`) === whole + tenth / 10));
  });
});

describe('findNumbers', () => {
  it('finds inputs in a sentence and skips years', () => {
    expect(findNumbers('Integrationsquote 2024 bei 378 Integrationen und 2.207 ELB').map((n) => n.value)).toEqual([378, 2207]);
    expect(findNumbers('Anteil von 1,2 Mio an 4,7 Mio').map((n) => n.value)).toEqual([1200000, 4700000]);
  });
});

describe('roundHalfUp', () => {
  it('rounds halves away from zero despite binary floating point', () => {
    expect(roundHalfUp(19.05)).toBe(19.1);
    expect(roundHalfUp(0.15)).toBe(0.2);
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(-10.25)).toBe(-10.3);
    expect(roundHalfUp((865 / 4521) * 100)).toBe(19.1);
  });

  it('agrees with rounding the exact decimal expansion', () => {
    // Obvious implementation on integers: tenths of a value given in hundredths.
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 7), max: 10 ** 7 }), (hundredths) => {
        const sign = hundredths < 0 ? -1 : 1;
        const abs = Math.abs(hundredths);
        const expected = (sign * (Math.floor(abs / 10) + (abs % 10 >= 5 ? 1 : 0))) / 10;
        return roundHalfUp(hundredths / 100) === (expected || 0);
      }),
    );
  });
});

describe('German formatting', () => {
  it('formats per cent, euro, points and dates', () => {
    expect(formatPercent(19.1)).toBe('19,1 %');
    expect(formatSignedPercent(5)).toBe('+5,0 %');
    expect(formatSignedPercent(-12.34)).toBe('-12,3 %');
    expect(formatEuro(4706577)).toBe('4.706.577 €');
    expect(formatPoints(-2)).toBe('-2,0 Prozentpunkte');
    expect(formatDate(DateTime.fromISO('2023-11-13T12:00:00', { zone: 'Europe/Berlin' }))).toBe('13.11.2023');
  });
});
