import fc from 'fast-check';
import { describeWanted, findNumbers, formatEuro, formatGermanNumber, parseGermanFigure, formatNumber, formatPercent, parseAmount, parseCount, parseGermanNumber, roundHalfUp, type NumberRules } from '../../src/german/number';

const valueOf = (text: string, rules: NumberRules = {}): number | string => {
  const parsed = parseGermanNumber(text, rules);
  return parsed.ok ? parsed.value.value : parsed.error.kind;
};

describe('parseGermanNumber', () => {
  it.each<[string, number]>([
    ['4.521', 4521],
    ['4521', 4521],
    ['19,1', 19.1],
    ['1.234.567,89', 1234567.89],
    ['1,2 Mio', 1200000],
    ['1,2 Mio.', 1200000],
    ['4,7 Mio. €', 4700000],
    ['4,7 Millionen Euro', 4700000],
    ['1 Million', 1000000],
    ['983.675 €', 983675],
    ['€ 983.675', 983675],
    ['983.675 EUR', 983675],
    ['983.675 Euro', 983675],
    ['20 %', 20],
    ['20%', 20],
    ['20 Prozent', 20],
    ['2 Tsd', 2000],
    ['2,5 Tsd. €', 2500],
    ['250 Tausend', 250000],
    ['1,5 Mrd', 1500000000],
    ['4 521', 4521],
    ['4\u00a0521', 4521],
    ['19.1', 19.1],
    ['19.25', 19.25],
    [' 865 ', 865],
    ['+5', 5],
  ])('reads "%s" as %d', (text, expected) => {
    expect(valueOf(text)).toBe(expected);
  });

  it('notes the unit the text named', () => {
    expect(parseGermanNumber('983.675 €')).toEqual({ ok: true, value: { value: 983675, unit: 'euro' } });
    expect(parseGermanNumber('20 %')).toEqual({ ok: true, value: { value: 20, unit: 'percent' } });
    expect(parseGermanNumber('4521')).toEqual({ ok: true, value: { value: 4521 } });
  });

  it.each<[string, string]>([
    ['abc', 'not-a-number'],
    ['viele', 'not-a-number'],
    ['', 'empty'],
    ['   ', 'empty'],
    ['NaN', 'not-a-number'],
    ['Infinity', 'not-a-number'],
    ['1e400', 'not-a-number'],
    ['1e3', 'not-a-number'],
    ['12.34.5', 'not-a-number'],
    ['4,5,6', 'not-a-number'],
    ['1.23', 'ok'],
    ['--5', 'not-a-number'],
    ['5 Mio Mio', 'not-a-number'],
    ['0x10', 'not-a-number'],
    ['99999999999999999999', 'too-large'],
    ['-5', 'negative'],
    ['\u22125', 'negative'],
    ['0', 'zero'],
  ])('"%s" → %s', (text, kind) => {
    if (kind === 'ok') expect(typeof valueOf(text)).toBe('number');
    else expect(valueOf(text)).toBe(kind);
  });

  it('applies the rules: zero, whole numbers, a maximum', () => {
    expect(valueOf('0', { allowZero: true })).toBe(0);
    expect(valueOf('19,5', { integer: true })).toBe('not-integer');
    expect(valueOf('1,2 Mio', { integer: true })).toBe(1200000);
    expect(valueOf('25', { integer: true, allowZero: true, max: 24 })).toBe('above-max');
    expect(valueOf('24', { integer: true, allowZero: true, max: 24 })).toBe(24);
  });

  it('says in German what was wrong and what is wanted, without repeating the input', () => {
    const message = (text: string, rules: NumberRules) => {
      const parsed = parseGermanNumber(text, rules);
      return parsed.ok ? '' : parsed.error.message;
    };
    expect(message('viele', { integer: true, allowZero: true })).toBe('Das habe ich nicht als Zahl erkannt. Bitte eine ganze Zahl ≥ 0 angeben, z. B. 4.521.');
    expect(message('NaN', { integer: true })).toBe('Das habe ich nicht als Zahl erkannt. Bitte eine ganze Zahl > 0 angeben, z. B. 4.521.');
    expect(message('-5', {})).toBe('Negative Werte sind hier nicht möglich. Bitte eine Zahl > 0 angeben, z. B. 4.706.577 oder 1,2 Mio.');
    expect(message('0', { integer: true, example: '4.521' })).toMatch(/^0 ist hier nicht möglich\. Bitte eine ganze Zahl > 0/);
    expect(message('19,5', { integer: true, allowZero: true })).toMatch(/^Hier ist eine ganze Zahl ohne Nachkommastellen gefragt\./);
    expect(message('30', { integer: true, allowZero: true, max: 24, example: '23' })).toBe('Höchstens 24 ist möglich. Bitte eine ganze Zahl von 0 bis 24 angeben, z. B. 23.');
    expect(message('', { integer: true, allowZero: true })).toBe('Bitte eine ganze Zahl ≥ 0 angeben, z. B. 4.521.');
  });

  it('never crashes and never returns a non-finite number, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const parsed = parseGermanNumber(text, { allowZero: true });
        return parsed.ok ? Number.isFinite(parsed.value.value) && parsed.value.value >= 0 : parsed.error.message.length > 0 && !/undefined|NaN/.test(parsed.error.message);
      }),
    );
  });
});

describe('describeWanted', () => {
  it.each<[NumberRules, string]>([
    [{ integer: true, allowZero: true }, 'Bitte eine ganze Zahl ≥ 0 angeben, z. B. 4.521.'],
    [{ integer: true }, 'Bitte eine ganze Zahl > 0 angeben, z. B. 4.521.'],
    [{}, 'Bitte eine Zahl > 0 angeben, z. B. 4.706.577 oder 1,2 Mio.'],
    [{ integer: true, allowZero: true, max: 24, example: '23' }, 'Bitte eine ganze Zahl von 0 bis 24 angeben, z. B. 23.'],
  ])('%j → %s', (rules, text) => {
    expect(describeWanted(rules)).toBe(text);
  });
});

describe('parseCount and parseAmount', () => {
  it('read whole numbers and amounts', () => {
    expect(parseCount('4.521')).toEqual({ ok: true, value: 4521 });
    expect(parseCount('19,1').ok).toBe(false);
    expect(parseCount('0', { allowZero: true })).toEqual({ ok: true, value: 0 });
    expect(parseAmount('4,7 Mio. €')).toEqual({ ok: true, value: 4700000 });
    expect(parseAmount('abc').ok).toBe(false);
  });
});

describe('parse(format(x)) round trips', () => {
  it('whole numbers', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10 ** 15 }), (n) => valueOf(formatNumber(n), { allowZero: true }) === n));
  });

  it('amounts in euro', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 10 ** 12 }), (n) => valueOf(formatEuro(n)) === n));
  });

  it('numbers with up to two decimals', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10 ** 11 }), (hundredths) => valueOf(formatNumber(hundredths / 100), { allowZero: true }) === hundredths / 100));
  });

  it('per-cent values come back rounded to one decimal', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 1000, noNaN: true }), (x) => valueOf(formatPercent(x), { allowZero: true }) === roundHalfUp(x, 1)));
  });
});

describe('findNumbers', () => {
  it('finds inputs in a sentence with their position and marks years', () => {
    const found = findNumbers('Integrationsquote 2024 bei 378 Integrationen und 2.207 ELB.');
    expect(found.map((n) => [n.value, n.isYear])).toEqual([
      [2024, true],
      [378, false],
      [2207, false],
    ]);
    expect(found[1]?.index).toBe(27);
  });

  it('keeps units and multipliers with their number and skips dates', () => {
    expect(findNumbers('Anteil von 1,2 Mio an 4,7 Mio. €').map((n) => n.value)).toEqual([1200000, 4700000]);
    expect(findNumbers('Wie viel Prozent sind 983.675 € von 4.706.577?').map((n) => n.value)).toEqual([983675, 4706577]);
    expect(findNumbers('Bezug vom 01.03.2022 bis 31.10.2023').map((n) => n.value)).toEqual([]);
    expect(findNumbers('Millionen Mios Tausende').map((n) => n.value)).toEqual([]);
  });

  it('skips a number glued to a letter: "§ 16i" names a paragraph, "4,7mio" keeps its unit', () => {
    expect(findNumbers('Anteil § 16i und 16e am Budget').map((n) => n.value)).toEqual([]);
    expect(findNumbers('15 % von 4,7mio').map((n) => n.value)).toEqual([15, 4700000]);
  });

  it('skips an ordinal: "den 2. Arbeitsmarkt" has no value 2, "von 4.706.577." keeps its number', () => {
    expect(findNumbers('wie viel prozent vom EGL gehen in den 2. arbeitsmarkt').map((n) => n.value)).toEqual([]);
    expect(findNumbers('Anteil von 983.675 an 4.706.577.').map((n) => n.value)).toEqual([983675, 4706577]);
  });
});

describe('one reading of German digits for typed input and the document', () => {
  it('reads the tables\' figures: grouping dots, decimal comma, every minus sign, bold marks', () => {
    expect(parseGermanFigure('4.383')).toBe(4383);
    expect(parseGermanFigure('−10,2')).toBe(-10.2);
    expect(parseGermanFigure('–3')).toBe(-3);
    expect(parseGermanFigure('**1.234,5**')).toBe(1234.5);
    expect(Object.is(parseGermanFigure('-0'), 0)).toBe(true);
    expect(parseGermanFigure('Dez. 22')).toBeUndefined();
    // A dot before one or two digits is a decimal point only in what staff type, never in the document.
    expect(parseGermanFigure('19.1')).toBeUndefined();
  });

  it('takes the same minus signs in typed input', () => {
    for (const minus of ['-', '\u2212', '\u2013']) expect(valueOf(`${minus}5`)).toBe('negative');
  });
});

describe('formatGermanNumber', () => {
  it('rounds half up before Intl sees the value (Intl rounds 0,3 ÷ 10 × 15 = 0,4499… down)', () => {
    expect(formatGermanNumber((3 / 10) * 1.5, { maxDecimals: 1 })).toBe('0,5');
    expect(formatPercent((3 / 10) * 1.5)).toBe('0,5 %');
    expect(formatGermanNumber(1.005)).toBe('1,01');
    expect(formatGermanNumber(-303)).toBe('-303');
    expect(formatGermanNumber(2.5, { maxDecimals: 0, signed: true })).toBe('+3');
    expect(formatGermanNumber(20, { maxDecimals: 1, minDecimals: 1 })).toBe('20,0');
  });
});
