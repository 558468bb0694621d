import fc from 'fast-check';
import { citationName, plainStart } from '../../src/bot/answer-activity';
import { conversation } from '../helpers/bot-harness';

describe('plainStart', () => {
  it('drops the bold and quote marks and collapses whitespace, keeping gender stars', () => {
    expect(plainStart('**19,1 %** – Integrationsquote\n\n> Quelle für Migrant\\*innen und Kund*innen', 160)).toBe('19,1 % – Integrationsquote Quelle für Migrant*innen und Kund*innen');
  });

  it('is never longer than asked and has no whitespace runs', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'ü', ' ', '\n', '\u00a0', '*', '**', '>', '#', '😀', 'Z'), maxLength: 400 });
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 200 }), (t, max) => {
        const out = plainStart(t, max);
        expect(out.length).toBeLessThanOrEqual(max);
        expect(out).not.toMatch(/\s\s/);
      }),
      { numRuns: 500 },
    );
  });
});

describe('citation and privacy hint', () => {
  it('names section and page first, cutting only the titles', () => {
    const name = citationName({ sectionRef: '5.3.1' as never, title: 'Geflüchtete Menschen und Menschen mit Migrationshintergrund', page: 21 }, 'Arbeitsmarkt- und Integrationsprogramm 2024 des Jobcenters Elbe-Elster');
    expect(name.startsWith('Abschnitt 5.3.1, S. 21 – Geflüchtete')).toBe(true);
    expect(name.length).toBeLessThanOrEqual(80);
  });

  it('puts the client-data hint before the answer, in the same message', async () => {
    const replies = (await conversation().sayRaw({ type: 'message', text: 'Kunde 123D456789: Wie hoch ist die Integrationsquote 2024?' })).filter((a) => a.type === 'message');
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toMatch(/^Bitte keine personenbezogenen Kundendaten[\s\S]*19,1 %/);
  });
});
