import { detectPersonalData, redact } from '../../src/privacy/personal-data';

describe('detectPersonalData', () => {
  it.each([
    ['IBAN DE89 3704 0044 0532 0130 00 bitte prüfen', 'IBAN'],
    ['Konto DE89370400440532013000', 'IBAN'],
    ['BG-Nr. 12345BG0012345', 'BG-Nummer'],
    ['Kundennummer 123D456789 hat gefragt', 'Kundennummer'],
    ['RV-Nummer 65 170839 J 003', 'Rentenversicherungsnummer'],
    ['Schreib an max.mustermann@example.de', 'E-Mail'],
    ['Rückruf unter 03531 123456', 'Telefonnummer'],
    ['Tel. +49 355 1234567', 'Telefonnummer'],
    ['Frau Müller, geb. 01.02.1980, fragt nach LZB', 'Geburtsdatum'],
    ['Max Mustermann, 01.02.1980 ist LZB?', 'Geburtsdatum'],
  ])('finds client data in "%s"', (text, kind) => {
    expect(detectPersonalData(text).map((f) => f.kind)).toContain(kind);
  });

  it.each([
    'Wie hoch ist die Integrationsquote 2024?',
    'Budgetanteil von 983.675 € an 4.706.577 €',
    '19,1 % Plan 2024, Stand 13.11.2023',
    '01.03.2022–31.10.2023, 01.01.2024–heute',
    '§10 SGB II',
    'Veränderung von 5.368.734 auf 4.706.577',
    'Herzberg, 27.11.2023',
    'DE00 0000 0000 0000 0000 00',
    'Die Integrationsquote 2024 liegt bei 0,0 Veränderung',
  ])('leaves programme content alone: "%s"', (text) => {
    expect(detectPersonalData(text)).toEqual([]);
  });

  it('redacts each finding with its kind', () => {
    expect(redact('Mail an a.b@example.de oder 03531 123456, Kd.-Nr. 123D456789')).toBe('Mail an [E-Mail] oder [Telefonnummer], Kd.-Nr. [Kundennummer]');
  });
});
