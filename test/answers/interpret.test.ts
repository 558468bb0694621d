import { sharedBrain } from '../helpers/bot-harness';

/** `interpret` reads a question as a structure before anything is looked up. */
describe('ProgrammeAnswerer.interpret', () => {
  const answerer = sharedBrain().answerer;
  const { programme } = sharedBrain().knowledge;

  it('reads the slots: year, period, unit, gender, age band', () => {
    const q = answerer.interpret(`Wie viele Frauen unter 25 sind für ${programme.year} geplant?`);
    expect(q.slots).toMatchObject({ years: [programme.year], gender: 'weiblich', ageBand: '<25' });
    expect(q.slots.periods).toContain('Plan');
    expect(q.slots.units).toContain('Anzahl');
  });

  it('puts a question outside the programme first in line for the scope answer', () => {
    const q = answerer.interpret('Integrationsquote im Jobcenter Musterstadt');
    expect(q.intents.slice(0, 2)).toContain('out-of-scope');
    expect(q.scope).toMatchObject({ kind: 'place', name: 'Musterstadt' });
  });

  it('keeps the general search last, after document, navigation, calculation and definition', () => {
    const q = answerer.interpret('Wer hat das Programm unterschrieben?');
    expect(q.intents[0]).toBe('document');
    expect(q.intents.at(-1)).toBe('question');
    expect(q.intents.indexOf('calculation')).toBeLessThan(q.intents.indexOf('definition'));
  });

  it('cuts the lead-in and completes a follow-up from its context', () => {
    expect(answerer.interpret('Kollegin fragt: Was bedeutet LZB?').text).toBe('Was bedeutet LZB?');
    const q = answerer.interpret('und bei den Männern?', { text: `Wie hoch ist die Integrationsquote der Frauen ${programme.year}?`, at: 0 }, 1000);
    expect(q.slots.gender).toBe('männlich');
    expect(q.text).toMatch(/Integrationsquote/);
  });

  it('takes small talk, an empty and an over-long message as such', () => {
    expect(answerer.interpret('danke dir, hat geholfen').intents).toEqual(['smalltalk']);
    expect(answerer.interpret('...').intents).toEqual(['unclear']);
    expect(answerer.interpret('x '.repeat(800)).intents).toEqual(['too-long']);
  });
});

describe('ProgrammeAnswerer.interpret: calculations, comparisons, rankings', () => {
  const answerer = sharedBrain().answerer;

  it('reads a comparison with both sides', () => {
    const q = answerer.interpret('VK vs EGL');
    expect(q.comparison?.sides).toEqual(['VK', 'EGL']);
    expect(q.intents).toContain('calculation');
  });

  it('reads a share of two figures and a percentage of an amount', () => {
    expect(answerer.interpret('Wie viel Prozent vom Gesamtbudget sind die EGL?').calculation).toMatchObject({ kind: 'share', whole: 'Gesamtbudget', part: 'EGL' });
    expect(answerer.interpret('15 % von 4,7 Mio').calculation).toMatchObject({ kind: 'percent-of', percent: 15 });
  });

  it('reads a ranking with its direction and place', () => {
    expect(answerer.interpret('Welche Branche hat die meisten Jobs verloren?').ranking).toMatchObject({ extreme: 'max', change: 'decrease', place: 0 });
    expect(answerer.interpret('zweitgrößte Branche').ranking).toMatchObject({ place: 1 });
  });

  it('tries no calculation for a plain figure question', () => {
    expect(answerer.interpret('Wie hoch ist die Integrationsquote?').intents).not.toContain('calculation');
  });
});
