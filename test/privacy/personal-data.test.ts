import fc from 'fast-check';
import {
  containsPersonalData,
  detectPersonalData,
  PERSONAL_DATA_HINT,
  personalDataHint,
  validIban,
  type PersonalDataKind,
} from '../../src/privacy/personal-data';

/** The detected pieces of text, for readable expectations. */
const found = (text: string): [PersonalDataKind, string][] => detectPersonalData(text).map((f) => [f.kind, text.slice(f.start, f.end)]);

describe('detectPersonalData', () => {
  describe('recognises client data', () => {
    it.each<[string, PersonalDataKind, string]>([
      ['IBAN DE89 3704 0044 0532 0130 00 bitte prüfen', 'iban', 'DE89 3704 0044 0532 0130 00'],
      ['Konto DE89370400440532013000.', 'iban', 'DE89370400440532013000'],
      ['iban: de89370400440532013000', 'iban', 'de89370400440532013000'],
      ['Überweisung an PL61 1090 1014 0000 0712 1981 2874', 'iban', 'PL61 1090 1014 0000 0712 1981 2874'],
      ['Konto in Österreich AT611904300234573201', 'iban', 'AT611904300234573201'],
      ['NL91ABNA0417164300 gehört dem Kunden', 'iban', 'NL91ABNA0417164300'],
      ['BG-Nr. 12345BG0012345', 'bg-number', '12345BG0012345'],
      ['Bedarfsgemeinschaft 12345 BG 0012345 fragt', 'bg-number', '12345 BG 0012345'],
      ['bg 12345bg0012345', 'bg-number', '12345bg0012345'],
      ['Kd.-Nr. 123A456789', 'customer-number', '123A456789'],
      ['Kundennummer 123D123456 hat gefragt', 'customer-number', '123D123456'],
      ['Kunde 123d123456 wegen Budget', 'customer-number', '123d123456'],
      ['RV-Nummer 65 170839 J 003', 'pension-insurance-number', '65 170839 J 003'],
      ['VSNR 65170839J003', 'pension-insurance-number', '65170839J003'],
      ['Rentenversicherungsnummer: 12 010180 M 123', 'pension-insurance-number', '12 010180 M 123'],
      ['Schreib an max.mustermann@example.de', 'email', 'max.mustermann@example.de'],
      ['Mail: m.müller@gmx.net.', 'email', 'm.müller@gmx.net'],
      ['kunde+jc@t-online.de bitte anschreiben', 'email', 'kunde+jc@t-online.de'],
      ['Rückruf unter 03531 123456', 'phone', '03531 123456'],
      ['Rückruf unter 03531 123456, danke', 'phone', '03531 123456'],
      ['Tel. +49 355 1234567', 'phone', '+49 355 1234567'],
      ['+49 (0) 3531 12345 anrufen', 'phone', '+49 (0) 3531 12345'],
      ['erreichbar unter 0049 3531 123456', 'phone', '0049 3531 123456'],
      ['+493551234567', 'phone', '+493551234567'],
      ['Handy 0170-1234567', 'phone', '0170-1234567'],
      ['mobil 0151 12345678', 'phone', '0151 12345678'],
      ['Tel.: (03531) 79-1234', 'phone', '(03531) 79-1234'],
      ['Fax 0355/1234567', 'phone', '0355/1234567'],
      ['0170 123 45 67', 'phone', '0170 123 45 67'],
      ['Frau Müller, geb. 01.02.1980, fragt nach LZB', 'date-of-birth', 'Frau Müller, geb. 01.02.1980'],
      ['Max Mustermann, 01.02.1980 ist LZB?', 'date-of-birth', 'Max Mustermann, 01.02.1980'],
      ['Ist der Kunde Mustermann, Max, 1.2.1980 langzeitarbeitslos?', 'date-of-birth', 'Kunde Mustermann, Max, 1.2.1980'],
      ['Kunde geboren am 3.4.1975', 'date-of-birth', 'geboren am 3.4.1975'],
      ['Geburtsdatum: 24.12.1969', 'date-of-birth', 'Geburtsdatum: 24.12.1969'],
      ['Herr Karl-Heinz Schulze (05.06.1961) ist seit 2019 arbeitslos', 'date-of-birth', 'Herr Karl-Heinz Schulze (05.06.1961)'],
      ['Anna Schmidt *12.03.1990', 'date-of-birth', 'Anna Schmidt *12.03.1990'],
      ['Jugendlicher geb. 01.02.08 – U25?', 'date-of-birth', 'geb. 01.02.08'],
      ['Kevin Krause 29.02.2004, zählt er als U25?', 'date-of-birth', 'Kevin Krause 29.02.2004'],
      // The forms the attack of issue 15 got through.
      ['Max Mustermann (*12.06.1990) ist LZB?', 'date-of-birth', 'Max Mustermann (*12.06.1990)'],
      ['Kunde (*12.06.1990) seit 2021 arbeitslos', 'date-of-birth', '(*12.06.1990)'],
      ['Frau Müller geb. am 01.02.80 fragt', 'date-of-birth', 'Frau Müller geb. am 01.02.80'],
      ['Max Mustermann 1980-02-01 LZB?', 'date-of-birth', 'Max Mustermann 1980-02-01'],
      ['Max Mustermann, 1. Februar 1980', 'date-of-birth', 'Max Mustermann, 1. Februar 1980'],
      ['01.02.1980 Max Mustermann, ist er LZB?', 'date-of-birth', '01.02.1980 Max Mustermann'],
      ['1980-02-01 Frau Müller', 'date-of-birth', '1980-02-01 Frau Müller'],
      ['1. Februar 1980 Max Mustermann', 'date-of-birth', '1. Februar 1980 Max Mustermann'],
      ['BG 12345-BG-1234567 bitte prüfen', 'bg-number', '12345-BG-1234567'],
      ['Steuer-ID 12 345 678 901', 'tax-id', 'Steuer-ID 12 345 678 901'],
      ['Steueridentifikationsnummer: 86095742719', 'tax-id', 'Steueridentifikationsnummer: 86095742719'],
      ['seine 86095742719 ist bekannt', 'tax-id', '86095742719'],
      ['wohnt Hauptstraße 12, 04916 Herzberg', 'street-address', 'Hauptstraße 12, 04916 Herzberg'],
      ['Adresse Berliner Str. 5a', 'street-address', 'Berliner Str. 5a'],
      ['Am Lindenweg 3 gemeldet', 'street-address', 'Lindenweg 3'],
      ['Ausweisnummer L01X00T47', 'id-card-number', 'Ausweisnummer L01X00T47'],
      ['Personalausweis T220001293 liegt vor', 'id-card-number', 'Personalausweis T220001293'],
      ['Ausweis T220001293', 'id-card-number', 'Ausweis T220001293'],
      ['Nummer T220001293 liegt vor', 'id-card-number', 'T220001293'],
      ['IBAN DE89-3704-0044-0532-0130-00 bitte', 'iban', 'DE89-3704-0044-0532-0130-00'],
      ['LZB prüfen PL61 1090 1014 0000 0712 1981 2874 01.03.2022–31.10.2023', 'iban', 'PL61 1090 1014 0000 0712 1981 2874'],
      ['Max Mustermann\n01.02.1980\nLZB?', 'date-of-birth', 'Max Mustermann\n01.02.1980'],
    ])('"%s" → %s', (text, kind, piece) => {
      expect(found(text)).toContainEqual([kind, piece]);
    });
  });

  describe('leaves programme content alone', () => {
    it.each([
      'Wie hoch ist die Integrationsquote 2024?',
      'Integrationsquote 2024',
      '4.706.577 €',
      'Budgetanteil von 983.675 € an 4.706.577 €',
      'Budget 2024 in €: 4 706 577',
      'Eingliederungstitel 2024: 12.345.678,90 €',
      'Veränderung von 5.368.734 auf 4.706.577',
      '19,1 %',
      '0,191 oder 19,1 %',
      'Vorjahr 2023 zu 2024: +5,0 %',
      'Die Integrationsquote 2024 liegt bei 0,0 Veränderung',
      'Plan 2024: 865 Integrationen bei 4.521 eLb',
      'Gesamt: 0 Fälle, 100 Plätze à 1.200 €',
      '13.11.2023',
      'Stand 13.11.2023',
      'Stichtag 30.06.2024, Quote 0,25',
      'Version 2024.1, Stand 01.12.2023',
      'Herzberg, 27.11.2023',
      'Jobcenter Elbe-Elster, 13.11.2023',
      'Programm AMIP 2024 vom 13.11.2023, Herzberg (Elster)',
      'Zeitraum 01.01.2024 bis 31.12.2024',
      '01.03.2022–31.10.2023',
      '01.03.2022 – 31.10.2023, 01.01.2024–heute',
      '01.03.2022-31.10.2023; 01.02.2024-30.04.2024',
      '01032022',
      '01.01.1990',
      'SGB II',
      '§10 SGB II',
      '§ 16i SGB II und § 16e SGB II',
      'SGB II seit 01.01.2005',
      'Kennzahlen K2E1 und K3E1, Tabelle 3.1.2, Seite 12',
      'Lfd. Nr. 01 bis 12',
      'DE00 0000 0000 0000 0000 00',
      'DE89 3704 0044 0532 0130 01',
      'Max Mustermann',
      'Frau Müller fragt nach dem Budget 2024',
      '@AMIP-Bot wie hoch ist die Quote?',
      'Welche E-Mail-Adresse hat das Team Markt und Integration?',
      'Teilnehmende 2023: 1.234, davon U25: 0 123',
      'Haushaltsjahr 2024, Kapitel 1101, Titel 685 11',
      '01.03.2022 Max',
      'Zeitraum 2022-03-01 bis 2023-10-31',
      '1. Februar 2024 Beginn Maßnahme',
      'Integrationsquote 2024 Stand 12345678901',
      'Platz 3 im Ranking',
      'K2E1 und T2200012',
    ])('"%s"', (text) => {
      expect(found(text)).toEqual([]);
    });
  });

  it('finds several kinds in one message, in text order, without overlaps', () => {
    const text = 'Frau Müller, geb. 01.02.1980, IBAN DE89370400440532013000, Tel. 03531 123456, BG 12345BG0012345 – gilt die Integrationsquote 2024?';
    expect(found(text)).toEqual([
      ['date-of-birth', 'Frau Müller, geb. 01.02.1980'],
      ['iban', 'DE89370400440532013000'],
      ['phone', '03531 123456'],
      ['bg-number', '12345BG0012345'],
    ]);
  });

  it('stays fast on 100 000 characters of adversarial input', () => {
    const inputs = ['a'.repeat(100_000), 'a.'.repeat(50_000), '01 '.repeat(33_000) + ',5', '0'.repeat(100_000), 'Aa '.repeat(33_000), 'x@'.repeat(50_000), '1.'.repeat(50_000), 'a@b.de 03531 123456 '.repeat(5_000)];
    for (const text of inputs) {
      const started = process.hrtime.bigint();
      detectPersonalData(text);
      expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(1000);
    }
  });

  describe('properties', () => {
    const germanAmount = fc.integer({ min: 0, max: 99_999_999 }).map((n) => `${n.toLocaleString('de-DE')} €`);
    const percentage = fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 9 })).map(([a, b]) => `${a},${b} %`);
    // Dates of the programme's era. Two capitalised nouns before a date up to 2012 do read as a name and a
    // birth date ("Budget Quote 01.01.2005"): the price of catching the U25 clients' birth dates.
    const programmeDate = fc.date({ min: new Date('2013-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toLocaleDateString('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }));
    const period = fc.tuple(programmeDate, fc.constantFrom('–', '-', ' – ', ' bis '), programmeDate).map(([a, sep, b]) => `${a}${sep}${b}`);
    const reference = fc.constantFrom('§10 SGB II', '§ 16i SGB II', 'SGB III', 'Integrationsquote 2024', 'Plan 2024', 'Stand', 'Herzberg,', 'eLb', 'Quote', 'Budget', 'Fälle');
    const programmeText = fc.array(fc.oneof(germanAmount, percentage, programmeDate, period, reference), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(' '));

    it('finds nothing in text made of amounts, rates, programme dates, periods and references', () => {
      fc.assert(fc.property(programmeText, (text) => expect(found(text)).toEqual([])), { numRuns: 500 });
    });

    const ibanOf = (bban: string): string => {
      const digits = `${bban}131400`;
      let remainder = 0;
      for (const d of digits) remainder = (remainder * 10 + Number(d)) % 97;
      return `DE${String(98 - remainder).padStart(2, '0')}${bban}`;
    };
    const bban = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 18, maxLength: 18 }).map((d) => d.join(''));

    it('recognises every German IBAN with valid check digits, grouped or not', () => {
      fc.assert(
        fc.property(bban, fc.boolean(), (b, grouped) => {
          const iban = ibanOf(b);
          const written = grouped ? iban.replace(/(.{4})/g, '$1 ').trim() : iban;
          expect(found(`Bitte an ${written} überweisen`)).toEqual([['iban', written]]);
        }),
      );
    });

    it('accepts no IBAN with a changed digit (a typo is not an account)', () => {
      fc.assert(
        fc.property(bban, fc.integer({ min: 4, max: 21 }), fc.integer({ min: 1, max: 9 }), (b, position, delta) => {
          const iban = ibanOf(b);
          const changed = `${iban.slice(0, position)}${(Number(iban[position]) + delta) % 10}${iban.slice(position + 1)}`;
          expect(validIban(changed)).toBe(false);
        }),
      );
    });
  });
});

describe('containsPersonalData', () => {
  it('says whether anything was found', () => {
    expect(containsPersonalData('Tel. 03531 123456')).toBe(true);
    expect(containsPersonalData('Integrationsquote 2024')).toBe(false);
  });
});

describe('PERSONAL_DATA_HINT and personalDataHint', () => {
  it('asks in German not to enter client data', () => {
    expect(PERSONAL_DATA_HINT).toMatch(/^Bitte keine personenbezogenen Kundendaten in diesen Chat eingeben/);
  });

  it('names what was recognised, each kind once', () => {
    const text = 'Tel. 03531 123456 oder 0170 1234567, Mail a@b.de';
    expect(personalDataHint(detectPersonalData(text))).toBe(`${PERSONAL_DATA_HINT} (erkannt: Telefonnummer, E-Mail)`);
    expect(personalDataHint([])).toBe(PERSONAL_DATA_HINT);
  });
});
