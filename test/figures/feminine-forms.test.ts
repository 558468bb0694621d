import { spellOutFeminineForms } from '../../src/german/feminine-forms';

const known = new Set(['langzeitleistungsbezieher', 'bewerber', 'teilnehmer', 'kund', 'ukrainer', 'leistungsbeziehende']);
const isKnown = (word: string): boolean => known.has(word.toLowerCase());

describe('spellOutFeminineForms', () => {
  it.each([
    ['wie viele langzeitleistungsbezieherinnen plant ihr für 2024', 'wie viele langzeitleistungsbezieher Frauen plant ihr für 2024'],
    ['Bewerberinnen 2023', 'Bewerber Frauen 2023'],
    ['Anteil der Ukrainerinnen', 'Anteil der Ukrainer Frauen'],
    // The programme writes the participle noun ("Leistungsbeziehende"), the question the agent noun.
    ['Leistungsbezieherinnen 2024', 'Leistungsbezieher Frauen 2024'],
  ])('"%s" → "%s"', (text, expected) => {
    expect(spellOutFeminineForms(text, isKnown)).toBe(expected);
  });

  it.each([
    // Gender-inclusive forms name everyone.
    'Kund*innen ohne Abschluss',
    'Kund:innen ohne Abschluss',
    // Both named: no gender.
    'Teilnehmerinnen und Teilnehmer',
    'Teilnehmer und Teilnehmerinnen',
    // A base the programme does not know.
    'Bürgermeisterinnen im Kreis',
    // Words that only end so.
    'innen und außen',
  ])('leaves "%s" alone', (text) => {
    expect(spellOutFeminineForms(text, isKnown)).toBe(text);
  });
});
