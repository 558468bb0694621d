import { expandDottedAbbreviations } from '../../src/german/dotted-abbreviations';
import { foldUmlauts } from '../../src/search/analyser';

const fold = (w: string): string => foldUmlauts(w.toLowerCase());
const vocabulary = new Set(['mannlich', 'mannliche', 'mannlichen', 'weiblich', 'beschaftigte', 'beschaftigung', 'plan', 'lzb', 'quote', 'september']);
const expand = (text: string): string => expandDottedAbbreviations(text, vocabulary, fold);

describe('expandDottedAbbreviations', () => {
  it('writes out a cut-off word the vocabulary completes, keeping the typed letters', () => {
    expect(expand('lzb männl. plan 24')).toBe('lzb männlich plan 24');
    expect(expand('Weibl. LZB')).toBe('Weiblich LZB');
    expect(expand('IQ Sept. 2023')).toBe('IQ September 2023');
  });

  it('leaves a word the vocabulary holds, a short abbreviation and an ambiguous cut alone', () => {
    expect(expand('wie hoch ist die quote.')).toBe('wie hoch ist die quote.');
    expect(expand('ca. 75 %')).toBe('ca. 75 %');
    // "beschäft." could be "Beschäftigte" or "Beschäftigung": left as typed rather than guessed.
    expect(expand('beschäft. bau')).toBe('beschäft. bau');
  });

  it('leaves words without a dot and dots inside a word alone', () => {
    expect(expand('männl plan')).toBe('männl plan');
    expect(expand('z.B. männl.x')).toBe('z.B. männl.x');
  });
});
