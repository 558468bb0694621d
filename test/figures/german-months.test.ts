import { spellOutMonthYears } from '../../src/german/months';

describe('spellOutMonthYears', () => {
  it.each([
    ['IQ sept 23 Männer', 'IQ September 2023 Männer'],
    ['Beschäftigte Dez. 22', 'Beschäftigte Dezember 2022'],
    ['Stand Juni 2024', 'Stand Juni 2024'],
    ["Stand Juni '24", 'Stand Juni 2024'],
    ['nov 2022 bis dez 2023', 'November 2022 bis Dezember 2023'],
    ['mär 23', 'März 2023'],
    // Nothing follows the number that it could count: a year.
    ['baugewerbe beschäftigte juni 24', 'baugewerbe beschäftigte Juni 2024'],
    ['Beschäftigte Juni 24?', 'Beschäftigte Juni 2024?'],
  ])('"%s" → "%s"', (text, expected) => {
    expect(spellOutMonthYears(text)).toBe(expected);
  });

  it.each(['im Juni 25 Teilnehmer', 'im Juni 25 neue Teilnehmer', 'am 13.11.2023', 'Mai', 'Oktoberfest 2023'])('leaves "%s" alone', (text) => {
    expect(spellOutMonthYears(text)).toBe(text);
  });
});
