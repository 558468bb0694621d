import { SpellingCorrector } from '../../src/answers/spelling';

const vocabulary = ['integrationsquote', 'langzeitleistungsbeziehende', 'personengruppe', 'eingliederungsleistungen', 'eingliederungsmittel', 'bildungsmesse', 'bildungsmasse'];
const corrector = new SpellingCorrector({ vocabulary: new Set(vocabulary), spellings: new Map(vocabulary.map((w) => [w, w])) });

describe('SpellingCorrector', () => {
  it('writes a long word within a typo of exactly one programme word as the programme spells it', () => {
    expect(corrector.correct('integrationsqoute 2024')).toBe('integrationsquote 2024');
    expect(corrector.correct('Integratonsquote 2024')).toBe('Integrationsquote 2024');
    expect(corrector.correct('langzeitleistungsbezihende')).toBe('langzeitleistungsbeziehende');
  });

  it('leaves short words, inflections, unknown words and ambiguous typos as typed', () => {
    expect(corrector.correct('welcher branche')).toBe('welcher branche');
    expect(corrector.correct('personengruppen')).toBe('personengruppen');
    expect(corrector.correct('bürgermeister finsterwalde')).toBe('bürgermeister finsterwalde');
    // One edit from "Bildungsmesse" and one from "Bildungsmasse": no guess.
    expect(corrector.correct('bildungsmsse')).toBe('bildungsmsse');
  });

  it('leaves words inside compounds with hyphens, digits or a gender star alone', () => {
    expect(corrector.correct('IQ-integrationsqoute')).toBe('IQ-integrationsqoute');
    expect(corrector.correct('integrationsqoute*innen')).toBe('integrationsqoute*innen');
  });
});
