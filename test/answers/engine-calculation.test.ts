import { buildBrain } from '../../src/compose';
import { loadKnowledge } from '../../src/knowledge/load';
import { computeCalculation, readCalculation, type CalculationTools, type ResolvedFigure } from '../../src/answers/figure-calculation';
import { compareFigures, readComparison } from '../../src/answers/comparison';
import { SectionRefSchema } from '../../src/knowledge/schema';
import { loadCues } from '../../src/knowledge/cues';
import { pinnedProgrammeDir } from '../programmes/pinned';

/**
 * One-sentence calculations and comparisons, read from the words and computed
 * from figures a resolver hands over. The resolver here is a small hand-made
 * table of named figures, so the arithmetic is checked on its own.
 */
const ref = SectionRefSchema.parse('4');
const FIGURES: Record<string, ResolvedFigure> = {
  egl: { value: 4_000_000, unit: '€', name: 'Eingliederungsleistungen, Plan', sectionRef: ref },
  gesamtbudget: { value: 10_000_000, unit: '€', name: 'Gesamtbudget, Plan', sectionRef: ref },
  vk: { value: 6_000_000, unit: '€', name: 'Verwaltungskosten, Plan', sectionRef: ref },
  frauen: { value: 17.5, unit: '%', name: 'Quote Frauen', sectionRef: ref },
  männer: { value: 21, unit: '%', name: 'Quote Männer', sectionRef: ref },
  integrationen: { value: 800, unit: 'Anzahl', name: 'Integrationen', sectionRef: ref },
  arbeitsmarkt: { value: 20, unit: '%', name: 'Anteil der EGL für den 2. Arbeitsmarkt', sectionRef: ref },
  bestand: {
    value: 2_200,
    unit: 'Anzahl',
    name: 'Bestand, Plan',
    sectionRef: ref,
    series: [
      { label: 'Ist 2023', value: 2_000 },
      { label: 'Plan 2024', value: 2_200 },
    ],
    printsChange: { absolute: false, percent: false },
  },
  // Found by its printed change in per cent; its levels are counts of three years.
  lzb: {
    value: -3,
    unit: '%',
    name: 'LZB insgesamt, Veränderung 2025 zu 2024 in %',
    subject: 'LZB insgesamt',
    sectionRef: ref,
    series: [
      { label: 'Ist 2023', value: 4_918, year: 2023 },
      { label: 'Ist 2024', value: 5_064, year: 2024 },
      { label: 'Ziel 2025', value: 4_912, year: 2025 },
    ],
    seriesUnit: 'Anzahl',
    printsChange: { absolute: false, percent: true },
  },
  quote: {
    value: 20,
    unit: '%',
    name: 'Quote Frauen, Ziel 2025',
    subject: 'Quote Frauen',
    sectionRef: ref,
    series: [
      { label: 'Prognose 2024', value: 19.2, year: 2024 },
      { label: 'Ziel 2025', value: 20, year: 2025 },
    ],
    seriesUnit: '%',
    printsChange: { absolute: false, percent: false },
  },
};
const tools: CalculationTools = {
  resolve: (phrase) => {
    const words = phrase.toLowerCase().split(/[^\p{L}]+/u);
    return Object.entries(FIGURES).find(([key]) => words.includes(key))?.[1];
  },
  source: (sectionRef) => ({ sectionRef, label: `Abschnitt ${sectionRef}` }) as unknown as ReturnType<CalculationTools['source']>,
};
const isTopicWord = (w: string): boolean => /^(egl|vk|gesamtbudget|quote|integrationen|bestand|lzb)$/i.test(w);
const CUES = loadCues();
/** As the answerer reads it: every word may be a topic, the change words from the cue table. */
const read = (text: string) => readCalculation(text, () => true, (concept) => CUES.mentions(text, concept));
const lead = (text: string | undefined): string | undefined => /^\*\*(.+?)\*\*/.exec(text ?? '')?.[1];

describe('readCalculation', () => {
  it.each([
    ['Wie viel Prozent vom Gesamtbudget sind die EGL?', { kind: 'share', whole: 'Gesamtbudget', part: 'EGL' }],
    ['Wie viel Prozent der Integrationen sind Frauen?', { kind: 'share' }],
    // An age band's numbers are no inputs, however it is written.
    ['Wie viel Prozent der Integrationen sind über 55?', { kind: 'share', whole: 'Integrationen' }],
    ['Anteil der U25 an den Integrationen', { kind: 'share' }],
    ['Anteil der EGL am Gesamtbudget', { kind: 'share', part: 'EGL', whole: 'Gesamtbudget' }],
    // The part without its article, as staff type it.
    ['anteil männer an den LZB 2024', { kind: 'share', whole: 'den LZB 2024' }],
    ['Welcher Anteil der LZB plan 2024 sind Frauen?', { kind: 'share', whole: 'LZB plan 2024' }],
    ['EGL als Anteil vom Gesamtbudget', { kind: 'share', part: 'EGL', whole: 'Gesamtbudget' }],
    ['Frauenanteil an den Integrationen', { kind: 'share', whole: 'Integrationen', part: 'Integrationen Frauen' }],
    ['15 % von 4.706.577 €', { kind: 'percent-of', percent: 15, amount: { value: 4_706_577, unit: '€' } }],
    ['Wie viele Integrationen der Frauen bräuchte man für eine Quote von 18 %?', { kind: 'quota-gap', percent: 18, group: 'der Frauen' }],
    // A what-if: a programme figure less or more a share of it.
    ['wenn die EGL 2024 um weitere 10 % gekürzt würden, wie viel bliebe', { kind: 'scaled', percent: 10, direction: 'down', of: 'die EGL 2024' }],
    ['was wäre, wenn das Gesamtbudget um 2,5 Prozent steigt', { kind: 'scaled', percent: 2.5, direction: 'up', of: 'das Gesamtbudget' }],
    ['Wie viel sind 20 Prozent vom Gesamtbudget?', { kind: 'percent-of', percent: 20, of: 'Gesamtbudget' }],
    ['Gesamtbudget pro Monat', { kind: 'per-month' }],
    ['EGL monatlich', { kind: 'per-month' }],
    ['EGL und VK zusammen', { kind: 'sum', parts: [expect.stringMatching(/^\s*EGL\s*$/), expect.stringMatching(/^\s*VK\s*$/)] }],
    ['Um wie viel Prozent ist der Bestand gestiegen?', { kind: 'change', as: 'percent' }],
    ['Um wie viele ist der Bestand gestiegen?', { kind: 'change', as: 'absolute' }],
    // "um wie viel" and a "weniger … als" apart from each other ask the difference too; the verb's tense does not matter.
    ['Um wie viel sinkt der Bestand?', { kind: 'change', as: 'absolute' }],
    ['Wie viel weniger Bestand plant ihr als 2023?', { kind: 'change', as: 'absolute' }],
  ])('reads "%s"', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });

  it.each(['Wie hoch ist die Integrationsquote?', 'Was bedeutet EGL?', 'Welche Ziele gibt es für 2024?', 'Wie viele Integrationen gab es im Dez. 22?'])('asks no calculation in "%s"', (text) => {
    expect(read(text)).toBeUndefined();
  });

  it('leaves a share with typed numbers to the calculators', () => {
    expect(read('Wie viel Prozent sind 376 von 2196?')).toBeUndefined();
  });
});

describe('computeCalculation', () => {
  const compute = (text: string) => computeCalculation(read(text)!, text, tools);

  it('computes a share of two programme figures and names both', () => {
    const answer = compute('Wie viel Prozent vom Gesamtbudget sind die EGL?')!;
    expect(lead(answer.text)).toBe('40,0 %');
    expect(answer.text).toContain('4.000.000 € (Eingliederungsleistungen, Plan)');
    expect(answer.text).toContain('10.000.000 € (Gesamtbudget, Plan)');
    expect(answer.sources.length).toBe(1);
  });

  it('computes "x % von y" from a typed amount, in euro', () => {
    // Whole euros typed give whole euros; cents typed keep cents.
    expect(lead(compute('15 % von 4.706.577 €')?.text)).toBe('705.987 €');
    expect(lead(compute('12,5 % von 1.000,50 €')?.text)).toBe('125,06 €');
  });

  it('computes "x % von" a programme figure', () => {
    expect(lead(compute('Wie viel sind 20 Prozent vom Gesamtbudget?')?.text)).toBe('2.000.000 €');
  });

  it('computes the amount of a share the programme states, of the whole its name says it is of', () => {
    const answer = compute('Wie viel Euro sind die 20 % für den 2. Arbeitsmarkt?')!;
    expect(lead(answer.text)).toBe('800.000 €');
    expect(answer.text).toContain('4.000.000 € (Eingliederungsleistungen, Plan) × 20 ÷ 100 = 800.000 €');
    // A typed share that is not the programme's is no figure of it.
    expect(compute('Wie viel Euro sind die 35 % für den 2. Arbeitsmarkt?')).toBeUndefined();
  });

  it('computes an amount per month', () => {
    expect(lead(compute('Gesamtbudget pro Monat')?.text)).toBe(`${Math.round(10_000_000 / 12).toLocaleString('de-DE')} €`);
  });

  it('adds two figures of the same unit', () => {
    expect(lead(compute('EGL und VK zusammen')?.text)).toBe('10.000.000 €');
  });

  it('computes a change the table does not print, absolute and in percent, from older to newer', () => {
    expect(lead(compute('Um wie viele ist der Bestand gestiegen?')?.text)).toBe('+200');
    expect(lead(compute('Um wie viel Prozent ist der Bestand gestiegen?')?.text)).toBe('+10,0 %');
  });

  it('computes a change between the years asked, from the row’s counts even when its printed per cent change was found', () => {
    const answer = compute('Wie viele LZB weniger sollen es 2025 sein als 2024?')!;
    expect(lead(answer.text)).toBe('-152');
    expect(answer.text).toContain('LZB insgesamt, Ist 2024 = 5.064');
    // One year named: from it to the newest.
    expect(lead(compute('Um wie viele LZB mehr als 2023?')?.text)).toBe('-6');
  });

  it('gives the change of a share in percentage points, never in per cent of itself', () => {
    expect(lead(compute('Um wie viel steigt die Quote?')?.text)).toBe('+0,8 Prozentpunkte');
    expect(compute('Um wie viel Prozent steigt die Quote?')).toBeUndefined();
  });

  it('does not compute across units, nor a count in euro', () => {
    expect(computeCalculation({ kind: 'share', part: 'Integrationen', whole: 'Gesamtbudget' }, 'x', tools)).toBeUndefined();
    expect(computeCalculation({ kind: 'sum', parts: ['Integrationen', 'EGL'] }, 'x', tools)).toBeUndefined();
    expect(compute('Integrationen pro Monat')?.text).not.toContain('€');
  });

  it('does not compute what a figure does not resolve', () => {
    expect(computeCalculation({ kind: 'share', part: 'Sanktionen', whole: 'Gesamtbudget' }, 'x', tools)).toBeUndefined();
  });
});

describe('readComparison', () => {
  it.each([
    ['Unterschied zwischen EGL und VK', ['EGL', 'VK']],
    ['EGL im Vergleich zu VK', ['EGL', 'VK']],
    ['EGL vs. VK', ['EGL', 'VK']],
    ['EGL gegenüber VK', ['EGL', 'VK']],
    ['EGL und VK vergleichen', ['EGL', 'VK']],
  ])('reads both sides of "%s"', (text, sides) => {
    expect(readComparison(text, isTopicWord)?.sides).toEqual(sides);
  });

  it('gives both sides what stands before "zwischen": "Unterschied Quote sept 23 zwischen Frauen und Männern"', () => {
    expect(readComparison('Unterschied Quote sept 23 zwischen Frauen und Männern', isTopicWord)?.sides).toEqual(['Quote sept 23 Frauen', 'Quote sept 23 Männern']);
  });

  // Was a bug: "wie viele männer mehr als frauen …" was read as the men's change over the year.
  it('reads "wie viele A mehr als B" as two groups, and leaves "mehr als <year>" to the change calculators', () => {
    expect(readComparison('Wie viele Männer mehr als Frauen stehen im Bestand 2024?', isTopicWord)?.sides).toEqual(['Bestand Männer', 'Frauen stehen im Bestand 2024']);
    expect(readComparison('Wie viele Integrationen mehr als 2023?', isTopicWord)).toBeUndefined();
    expect(readComparison('Wie viele LZB weniger als im Vorjahr?', isTopicWord)).toBeUndefined();
  });

  it('leaves "X gegenüber dem Vorjahr" to the change calculators: the other side is the same figure a year before', () => {
    expect(readComparison('Wie hat sich das Gesamtbudget gegenüber dem Vorjahr verändert?', isTopicWord)).toBeUndefined();
    expect(readComparison('EGL gegenüber dem Vorjahr', isTopicWord)).toBeUndefined();
  });

  // Was a bug: "IQ Frauen gegenüber Männern im September 2023" compared the women's September figure with the men's Ist year.
  it('gives the other side a date only one side states', () => {
    expect(readComparison('Quote Frauen gegenüber Männern im September 2023', isTopicWord)?.sides).toEqual(['Quote Frauen im September 2023', 'Quote Männern im September 2023']);
    expect(readComparison('Stand September 2023: Quote Frauen vs. Männer', isTopicWord)?.sides).toEqual(['Stand September 2023: Quote Frauen', 'Quote Männer Stand September 2023']);
    expect(readComparison('Quote Juni 2023 vs. Quote September 2023', isTopicWord)?.sides).toEqual(['Quote Juni 2023', 'Quote September 2023']);
  });

  it('reads a choice after a comparative and a comma: "Wo ist die Quote höher, bei Frauen oder Männern?"', () => {
    expect(readComparison('Wo ist die Quote höher, bei Frauen oder Männern?', isTopicWord)?.sides).toEqual(['Quote bei Frauen', 'Quote Männern']);
    expect(readComparison('Was ist höher, EGL oder VK?', isTopicWord)?.sides).toEqual(['EGL', 'VK']);
  });

  it('reads the two choices first and the comparative question after them: "EGL oder VK, was ist höher?"', () => {
    expect(readComparison('EGL oder VK, was ist höher?', isTopicWord)?.sides).toEqual(['EGL', 'VK']);
    expect(readComparison('Frauen oder Männer, wer hat die höhere Quote?', isTopicWord)?.sides).toEqual(['Quote Frauen', 'Quote Männer']);
  });

  it('reads a choice without a comma: the word before "oder" and what follows it, the topic between the comparative and them', () => {
    expect(readComparison('Wer hat mehr LZB Frauen oder Männer?', isTopicWord)?.sides).toEqual(['LZB Frauen', 'LZB Männer']);
    expect(readComparison('Gibt es mehr Integrationen im Handel oder im Bau?', isTopicWord)?.sides).toEqual(['Integrationen Handel', 'Integrationen im Bau']);
    expect(readComparison('Wie viele Frauen oder Männer?', isTopicWord)).toBeUndefined();
  });

  it('lends the topic to a side that names none: "Quote Frauen im Vergleich zu Männern"', () => {
    const sides = readComparison('Quote Frauen im Vergleich zu Männern', isTopicWord)?.sides;
    expect(sides?.[0]).toBe('Quote Frauen');
    expect(sides?.[1]).toMatch(/^Quote .*Männern$/);
  });

  it.each(['Wie hoch ist das Gesamtbudget?', 'Männer und Frauen vergleichen'])('reads no comparison in "%s"', (text) => {
    expect(readComparison(text, isTopicWord)).toBeUndefined();
  });
});

describe('compareFigures', () => {
  it('gives both sides and the difference, naming the higher one', () => {
    const answer = compareFigures({ sides: ['EGL', 'VK'] }, 'EGL im Vergleich zu VK', tools)!;
    expect(answer.text).toContain('4.000.000 €');
    expect(answer.text).toContain('6.000.000 €');
    expect(answer.text).toContain('Unterschied: 2.000.000 €');
    expect(answer.text).toMatch(/„Verwaltungskosten, Plan“ liegt um \*\*2\.000\.000 €\*\* höher/);
  });

  it('gives the difference of two shares in Prozentpunkte', () => {
    const answer = compareFigures({ sides: ['Quote Frauen', 'Quote Männer'] }, 'x', tools)!;
    expect(answer.text).toContain('Unterschied: 3,5 Prozentpunkte');
  });

  it('compares nothing when a side is missing, the same figure or of another unit', () => {
    expect(compareFigures({ sides: ['EGL', 'Sanktionen'] }, 'x', tools)).toBeUndefined();
    expect(compareFigures({ sides: ['EGL', 'EGL'] }, 'x', tools)).toBeUndefined();
    expect(compareFigures({ sides: ['EGL', 'Integrationen'] }, 'x', tools)).toBeUndefined();
  });
});

describe('comparisons asked with a comparative', () => {
  const brain = buildBrain(loadKnowledge(pinnedProgrammeDir()));
  const rows = brain.knowledge.tables.flatMap((t) => t.rows);
  const year = brain.knowledge.programme.year;
  const cellOf = (label: RegExp) => rows.find((r) => label.test(r.label))!.cells.find((c) => c.year === year)!.raw;

  it.each([
    'Ist die Integrationsquote der Frauen höher als die der Männer?',
    `Was ist höher: die Integrationsquote der Frauen oder der Männer ${year}?`,
    'Wer hat die höhere Integrationsquote, Frauen oder Männer?',
  ])('"%s" names both sides', (question) => {
    const answer = brain.answerer.answer(question);
    expect(answer.text).toContain(cellOf(/^Integrationsquote Frauen$/));
    expect(answer.text).toContain(cellOf(/^Integrationsquote Männer$/));
    expect(answer.text).toMatch(/Unterschied/);
  });
});
