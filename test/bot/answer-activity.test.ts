import fc from 'fast-check';
import { plainStart } from '../../src/bot/answer-activity';

describe('plainStart', () => {
  it('drops Markdown marks and collapses whitespace', () => {
    expect(plainStart('**19,1 %** – Integrationsquote\n\n> Quelle #1 _kursiv_', 160)).toBe('19,1 % – Integrationsquote Quelle 1 kursiv');
  });

  it('gives what the two replacements and a slice give', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'ü', ' ', '\n', '\u00a0', '*', '_', '>', '#', '😀', 'Z'), maxLength: 400 });
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 200 }), (t, max) => {
        expect(plainStart(t, max)).toBe(t.replace(/[*_>#]/g, '').replace(/\s+/g, ' ').slice(0, max));
      }),
      { numRuns: 1000 },
    );
  });
});
