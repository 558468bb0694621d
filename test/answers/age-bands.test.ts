import { ageBandMatches, askedAgeBand, columnAgeBand, withoutAgeBands } from '../../src/answers/age-bands';

/**
 * Age bands by their bounds, so a programme with "25 bis unter 50 / 50 und älter" is read as well as one
 * with 55: a question may say one bound ("U25", "über 55"), a column says both or an open top.
 */
describe('askedAgeBand', () => {
  it.each([
    ['Frauen über 55', '55+'],
    ['ELB ab 55 Jahre', '55+'],
    ['ü55 männer ELB', '55+'],
    ['wie viel prozent der ELB sind 50 oder älter', '50+'],
    ['Wie viele U25 gibt es?', '<25'],
    ['Jugendliche im Bezug', '<25'],
    ['Männer zwischen 25 und 55', '25-55'],
    ['ELB männer 25-55', '25-55'],
    ['15 bis 24 Jahre', '15-25'],
    ['ältere Arbeitslose', 'ältere'],
  ])('"%s" → %s', (text, band) => {
    expect(askedAgeBand(text)).toBe(band);
  });

  it.each(['mindestens 21 Monate Leistungsbezug', 'über 20 Monate', 'bis 30.09.2025', 'Plan 2024', 'ab 10 %'])('reads no age in "%s"', (text) => {
    expect(askedAgeBand(text)).toBeUndefined();
  });
});

describe('columnAgeBand and ageBandMatches', () => {
  it('reads a column or row label by its bounds', () => {
    expect(columnAgeBand('Altersgruppe 15 bis unter 25 Jahre männlich')).toBe('15-25');
    expect(columnAgeBand('25 bis unter 50 Jahre')).toBe('25-50');
    expect(columnAgeBand('50 Jahre und älter')).toBe('50+');
    expect(columnAgeBand('Anteil an ELB gesamt (in %)')).toBeUndefined();
  });

  it('matches each bound the question says, and "ältere" to the open top band', () => {
    expect(ageBandMatches('<25', '15-25')).toBe(true);
    expect(ageBandMatches('<25', '25-50')).toBe(false);
    expect(ageBandMatches('50+', '50+')).toBe(true);
    expect(ageBandMatches('55+', '50+')).toBe(false);
    // "ab 50" is the open band from 50, not the band that starts at 50 and ends at 55.
    expect(ageBandMatches('50+', '50-55')).toBe(false);
    expect(ageBandMatches('ältere', '55+')).toBe(true);
    expect(ageBandMatches('ältere', '25-55')).toBe(false);
  });

  it('blanks age bands so their numbers are no inputs', () => {
    expect(withoutAgeBands('ELB über 55 und U25').match(/\d/g)).toBeNull();
  });
});
