import { preferBracketedName } from '../../src/answers/parenthetical';

const known = new Set(['verarbeitendes', 'gewerbe', 'integrationsquote', 'aufstocker', 'erwerbstätige']);
const isKnown = (word: string): boolean => known.has(word.toLowerCase());

describe('preferBracketedName', () => {
  it('drops the writer\'s word for the programme\'s name in brackets', () => {
    expect(preferBracketedName('wie viel prozent arbeiten in der industrie (verarbeitendes gewerbe)', isKnown)).toBe('wie viel prozent arbeiten in der verarbeitendes gewerbe');
  });

  it.each([
    // The word before is the programme's own: both stay.
    'Erwerbstätige (Aufstocker) 2023',
    // An abbreviation or a short word before the brackets, short words inside: a unit, not a name.
    'IQ (in %) 2024',
    'Quote (Frauen)',
    // Brackets that hold words the programme does not use.
    'Industrie (Fabriken) 2023',
  ])('leaves "%s" alone', (text) => {
    expect(preferBracketedName(text, isKnown)).toBe(text);
  });
});
