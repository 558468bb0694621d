import { cleanUserText, hasContent } from '../../src/answers/text-cleanup';
import { spellOutPeriodYears } from '../../src/german/short-years';
import { classifySmalltalk } from '../../src/answers/smalltalk';
import { loadCues } from '../../src/knowledge/cues';
import { formatCell, formatIsoDate, formatProseFigure, formatValue } from '../../src/answers/format-figure';
import { formatSource } from '../../src/answers/source';
import type { SectionRef } from '../../src/knowledge/schema';

describe('cleanUserText', () => {
  it('removes markup, entities and control characters', () => {
    expect(cleanUserText('<b>Integrationsquote</b> &amp; Co.\u0000\u0007')).toBe('Integrationsquote & Co.');
  });
  it('keeps emoji and umlauts', () => {
    expect(cleanUserText('Grüße 👋  an   alle')).toBe('Grüße 👋 an alle');
  });
  it('sees no content in punctuation alone', () => {
    expect(hasContent('...')).toBe(false);
    expect(hasContent('ELB?')).toBe(true);
  });
});

describe('classifySmalltalk', () => {
  const cues = loadCues();
  it.each([
    ['Hallo', 'greeting'],
    ['Guten Morgen!', 'greeting'],
    ['Danke', 'thanks'],
    ['Vielen Dank für die Hilfe', 'thanks'],
    ['hilfe', 'help'],
    ['Was kannst du?', 'help'],
    ['Kannst du mir helfen?', 'help'],
    ['können Sie mir helfen', 'help'],
    ['Tschüss', 'bye'],
  ])('%s → %s', (text, kind) => {
    expect(classifySmalltalk(text, cues)).toBe(kind);
  });

  it('leaves questions alone', () => {
    expect(classifySmalltalk('Hallo, wie hoch ist die Integrationsquote?', cues)).toBeNull();
    expect(classifySmalltalk('Hilfe für Alleinerziehende', cues)).toBeNull();
  });
});

describe('figure formatting', () => {
  it('keeps the printed digits and adds the unit', () => {
    expect(formatCell({ column: 'Plan 2024', raw: '19,1', value: 19.1, unit: '%', period: 'Plan' })).toBe('19,1 %');
    expect(formatCell({ column: 'Schätzwerte 2024', raw: '4.706.577', value: 4706577, unit: '€' })).toBe('4.706.577 €');
  });
  it('signs a positive change', () => {
    expect(formatCell({ column: 'Veränderung', raw: '5,0', value: 5, unit: '%', period: 'Veränderung' })).toBe('+5,0 %');
    expect(formatCell({ column: 'Differenz', raw: '-10,2', value: -10.2, unit: '%', period: 'Differenz' })).toBe('-10,2 %');
  });
  it('formats values and dates the German way', () => {
    expect(formatValue(4530, 'Anzahl')).toBe('4.530');
    expect(formatValue(90.2, '%')).toBe('90,2 %');
    expect(formatIsoDate('2023-09-14')).toBe('14.09.2023');
  });
  it('shows sentence figures as the document states them', () => {
    expect(formatProseFigure({ value: 25, unit: '%', printed: 'fast ein Viertel' })).toBe('fast ein Viertel');
    expect(formatProseFigure({ value: 4530, unit: 'Anzahl', printed: 'ca. 4.530' })).toBe('ca. 4.530');
    expect(formatProseFigure({ value: 90.2, unit: '%', printed: '90,2%' })).toBe('90,2 %');
    expect(formatProseFigure({ value: 627, unit: 'Anzahl' })).toBe('627');
  });

  it('names a source by section number, title and page', () => {
    expect(formatSource({ sectionRef: '3.1' as SectionRef, title: 'Geschäftspolitische Ziele', page: 10 })).toBe('Abschnitt 3.1 Geschäftspolitische Ziele, S. 10');
    expect(formatSource({ sectionRef: 'Präambel' as SectionRef, title: 'Präambel', page: 3 })).toBe('Präambel, S. 3');
  });
});

describe('spellOutPeriodYears', () => {
  it.each([
    ['integrationen frauen ist 23', 'integrationen frauen ist 2023'],
    ["LZB Plan '24", 'LZB Plan 2024'],
    ['die Quote ist 23 Prozent', 'die Quote ist 23 Prozent'],
    ['Ist 2023', 'Ist 2023'],
  ])('"%s" → "%s"', (text, expected) => {
    expect(spellOutPeriodYears(text)).toBe(expected);
  });
});
