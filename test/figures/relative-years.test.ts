import { spellOutRelativeYears } from '../../src/german/relative-years';

/** A programme for 2024 written in 2023 (its Stand), as the shipped one; the anchors are parameters, not facts of it. */
const anchors = { programmeYear: 2024, writtenIn: 2023 };

describe('spellOutRelativeYears', () => {
  it.each([
    ['EGL letztes Jahr', 'EGL 2023'],
    ['wie hoch war die IQ im vergangenen Jahr?', 'wie hoch war die IQ 2023?'],
    ['integrationsquote dieses jahr', 'integrationsquote 2024'],
    ['wie viele sollen wir nächstes jahr integrieren', 'wie viele sollen wir 2024 integrieren'],
  ])('"%s" → "%s" from the programme’s perspective', (text, expected) => {
    expect(spellOutRelativeYears(text, anchors)).toBe(expected);
  });

  it('counts from the year of the previous question when the turn continues it', () => {
    expect(spellOutRelativeYears('und letztes jahr?', { ...anchors, contextYear: 2024 })).toBe('und 2023?');
    expect(spellOutRelativeYears('und ein Jahr vorher', { ...anchors, contextYear: 2023 })).toBe('und 2022');
    expect(spellOutRelativeYears('und das jahr danach?', { ...anchors, contextYear: 2023 })).toBe('und 2024?');
  });

  it('leaves "ein Jahr vorher" as typed when no year was named before: it counts from one', () => {
    expect(spellOutRelativeYears('und ein jahr vorher', anchors)).toBe('und ein jahr vorher');
  });

  it('lets a year typed beside it win ("nächstes Jahr, also 2024")', () => {
    expect(spellOutRelativeYears('gesamtbudget für nächstes jahr, also 2025?', anchors)).toBe('gesamtbudget, also 2025?');
  });

  it('reads "im Vorjahr" as the year before the one asked, or before the programme year', () => {
    expect(spellOutRelativeYears('und im vorjahr?', { ...anchors, contextYear: 2024 })).toBe('und 2023?');
    expect(spellOutRelativeYears('wie hoch war die IQ im Vorjahr', anchors)).toBe('wie hoch war die IQ 2023');
    expect(spellOutRelativeYears('die Zahl aus dem Vorjahr', anchors)).toBe('die Zahl 2023');
  });

  it('leaves "zum Vorjahr", "gegenüber dem Vorjahr" and every other text alone: the tables name columns with it', () => {
    for (const text of ['Veränderung zum Vorjahr', 'EGL gegenüber dem Vorjahr', 'Jahresdurchschnitt 2023', 'wie viele ELB im Jahr 2023', 'Lebensjahr']) {
      expect(spellOutRelativeYears(text, anchors)).toBe(text);
    }
  });
});
