import fc from 'fast-check';
import { withinEdits } from '../../src/search/search-index';

/** The textbook edit distance, for comparison with the bounded, buffer-reusing check. */
function levenshtein(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      rows[i]![j] = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return rows[a.length]![b.length]!;
}

describe('withinEdits', () => {
  it('accepts a typo and refuses a different word', () => {
    expect(withinEdits('integrationsquote', 'integratiosquote', 1)).toBe(true);
    expect(withinEdits('budget', 'bedarf', 1)).toBe(false);
  });

  it('agrees with the textbook edit distance, long words included', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'e', 'n', 'ü'), maxLength: 90 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        expect(withinEdits(a, b, max)).toBe(levenshtein(a, b) <= max);
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with the textbook edit distance for words a few edits apart', () => {
    const letter = fc.constantFrom('a', 'b', 'e', 'n', 'ü');
    const edit = fc.tuple(fc.nat(), fc.constantFrom('insert', 'delete', 'replace'), letter);
    fc.assert(
      fc.property(fc.string({ unit: letter, maxLength: 30 }), fc.array(edit, { maxLength: 4 }), fc.integer({ min: 0, max: 3 }), (a, edits, max) => {
        let b = a;
        for (const [at, kind, char] of edits) {
          const i = at % (b.length + 1);
          b = kind === 'insert' ? b.slice(0, i) + char + b.slice(i) : kind === 'delete' ? b.slice(0, i) + b.slice(i + 1) : b.slice(0, i) + char + b.slice(i + 1);
        }
        expect(withinEdits(a, b, max)).toBe(levenshtein(a, b) <= max);
        expect(withinEdits(b, a, max)).toBe(levenshtein(a, b) <= max);
      }),
      { numRuns: 2000 },
    );
  });
});
