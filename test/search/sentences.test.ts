import { splitSentences } from '../../src/search/sentences';

describe('splitSentences', () => {
  it('splits at full stops followed by a capitalised word', () => {
    expect(splitSentences('Das ist eins. Das ist zwei! Und drei?')).toEqual(['Das ist eins.', 'Das ist zwei!', 'Und drei?']);
  });

  it('keeps German abbreviations inside the sentence', () => {
    const text = 'Hier gilt es (z.B. BAMF-Sprachkurse) zu nutzen. Es gibt ca. 4.530 ELB u.a. in Herzberg. Ende.';
    expect(splitSentences(text)).toEqual([
      'Hier gilt es (z.B. BAMF-Sprachkurse) zu nutzen.',
      'Es gibt ca. 4.530 ELB u.a. in Herzberg.',
      'Ende.',
    ]);
  });

  it('does not split after an ordinal number', () => {
    expect(splitSentences('Integration in den 1. Arbeitsmarkt ist das Ziel.')).toEqual(['Integration in den 1. Arbeitsmarkt ist das Ziel.']);
  });

  it('returns nothing for empty text', () => {
    expect(splitSentences('   ')).toEqual([]);
  });
});
