import fc from 'fast-check';
import { detectPersonalData } from '../../src/privacy/personal-data';
import { redact } from '../../src/privacy/redact';

describe('redact', () => {
  it.each([
    ['Mail an a.b@example.de oder 03531 123456, Kd.-Nr. 123D456789', 'Mail an [E-Mail] oder [Telefonnummer], Kd.-Nr. [Kundennummer]'],
    ['IBAN DE89 3704 0044 0532 0130 00 bitte prüfen', 'IBAN [IBAN] bitte prüfen'],
    ['BG-Nr. 12345BG0012345, RV 65 170839 J 003', 'BG-Nr. [BG-Nummer], RV [Rentenversicherungsnummer]'],
    ['Frage: ist Frau Müller, geb. 01.02.1980, LZB?', 'Frage: ist [Geburtsdatum], LZB?'],
    ['Wie hoch ist die Integrationsquote 2024?', 'Wie hoch ist die Integrationsquote 2024?'],
    ['', ''],
  ])('"%s" → "%s"', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it('uses findings the caller already has', () => {
    const text = 'Tel. 03531 123456';
    expect(redact(text, detectPersonalData(text))).toBe('Tel. [Telefonnummer]');
    expect(redact(text, [])).toBe(text);
  });

  it('leaves nothing recognisable and none of the original data behind (property)', () => {
    const pieces = ['DE89 3704 0044 0532 0130 00', '12345BG0012345', '123A456789', '65 170839 J 003', 'max.mustermann@example.de', '+49 355 1234567', '0170-1234567', 'Frau Müller, geb. 01.02.1980', 'Max Mustermann, 01.02.1980'];
    const filler = fc.constantFrom('Integrationsquote 2024', 'bitte', '4.706.577 €', '19,1 %', 'Stand 13.11.2023', ',', '?', 'und');
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), filler), { minLength: 1, maxLength: 10 }), (parts) => {
        const text = parts.join(' ');
        const redacted = redact(text);
        expect(detectPersonalData(redacted)).toEqual([]);
        for (const piece of pieces) expect(redacted).not.toContain(piece);
        expect(redact(redacted)).toBe(redacted);
      }),
      { numRuns: 300 },
    );
  });
});
