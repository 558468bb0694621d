import { calculationRequestReader, isComplete, type CalculationRequest } from '../../src/figures/calculation-request';
import { loadCues } from '../../src/knowledge/cues';

const parseCalculationRequest = calculationRequestReader(loadCues());

describe('calculationRequestReader', () => {
  const positives: [string, CalculationRequest][] = [
    // Commands without values: the dialog asks for everything.
    ['Integrationsquote berechnen', { kind: 'quota' }],
    ['Integrationsquote ausrechnen', { kind: 'quota' }],
    ['Kannst du mir die Integrationsquote berechnen?', { kind: 'quota' }],
    ['IQ-Rechner', { kind: 'quota' }],
    ['Integrationsquote 2024 berechnen', { kind: 'quota', year: 2024 }],
    ['Integrationsquote für 2025 berechnen: 865 Integrationen bei 4.521 ELB', { kind: 'quota', integrations: 865, stock: 4521, year: 2025 }],
    ['LZB prüfen 2025: 23 Monate', { kind: 'lzb', months: 23, year: 2025 }],
    // The values told first, then the question about them.
    ['Mein Kunde hat 23 Monate Leistungen bezogen, ist er LZB?', { kind: 'lzb', months: 23 }],
    ['Veränderung von 2.844 auf 2.985, wie viel Prozent sind das?', { kind: 'change', oldValue: 2844, newValue: 2985 }],
    ['Budgetanteil berechnen', { kind: 'share' }],
    ['Rechne mir einen Anteil aus', { kind: 'share' }],
    ['Veränderung berechnen', { kind: 'change' }],
    ['LZB prüfen', { kind: 'lzb' }],
    ['LZB-Prüfung', { kind: 'lzb' }],
    ['Langzeitleistungsbezug prüfen', { kind: 'lzb' }],
    // Integrationsquote with values, named by their words or in order.
    ['Integrationsquote bei 378 Integrationen und 2.207 ELB', { kind: 'quota', integrations: 378, stock: 2207 }],
    ['Integrationsquote für 2.207 ELB und 378 Integrationen', { kind: 'quota', integrations: 378, stock: 2207 }],
    ['Berechne die Integrationsquote: Integrationen 865, Bestand 4.521', { kind: 'quota', integrations: 865, stock: 4521 }],
    ['Integrationsquote 865 / 4521 berechnen', { kind: 'quota', integrations: 865, stock: 4521 }],
    ['Integrationsquote bei 378 Integrationen berechnen', { kind: 'quota', integrations: 378 }],
    ['Integrationsquote bei 378 Integrationen', { kind: 'quota', integrations: 378 }],
    ['Integrationsquote mit 2.207 ELB berechnen', { kind: 'quota', stock: 2207 }],
    // Budgetanteil / share.
    ['Wie viel Prozent sind 983.675 von 4.706.577?', { kind: 'share', amount: 983675, total: 4706577 }],
    ['Wieviel Prozent sind 983.675 € von 4.706.577 €?', { kind: 'share', amount: 983675, total: 4706577 }],
    ['Wie viel Prozent von 4.706.577 sind 983.675?', { kind: 'share', amount: 983675, total: 4706577 }],
    ['Anteil von 1,2 Mio an 4,7 Mio', { kind: 'share', amount: 1200000, total: 4700000 }],
    ['Budgetanteil 983.675 von 4.706.577', { kind: 'share', amount: 983675, total: 4706577 }],
    ['Budgetanteil von 983.675 € am EGL 2024', { kind: 'share', amount: 983675, totalName: 'EGL 2024', year: 2024 }],
    ['Budgetanteil für 1,2 Mio berechnen', { kind: 'share', amount: 1200000 }],
    // Veränderung.
    ['Veränderung von 2.844 auf 2.985', { kind: 'change', oldValue: 2844, newValue: 2985 }],
    ['von 5.368.734 auf 4.706.577 Veränderung', { kind: 'change', oldValue: 5368734, newValue: 4706577 }],
    ['Wie groß ist die Steigerung von 2.844 auf 2.985?', { kind: 'change', oldValue: 2844, newValue: 2985 }],
    ['Um wie viel Prozent von 2.844 auf 2.985?', { kind: 'change', oldValue: 2844, newValue: 2985 }],
    ['2.844 → 2.985', { kind: 'change', oldValue: 2844, newValue: 2985 }],
    ['Rückgang von 4,7 Mio auf 4,2 Mio', { kind: 'change', oldValue: 4700000, newValue: 4200000 }],
    ['Veränderung von 2.844 berechnen', { kind: 'change', oldValue: 2844 }],
    // LZB.
    ['Ist jemand mit 23 Monaten Leistungsbezug LZB?', { kind: 'lzb', months: 23 }],
    ['Zählt eine Person mit 20 von 24 Monaten als Langzeitleistungsbezieherin?', { kind: 'lzb', months: 20 }],
    ['Prüfe, ob jemand mit 15 Monaten LZB ist', { kind: 'lzb', months: 15 }],
    ['LZB prüfen 22', { kind: 'lzb', months: 22 }],
    ['23 Monate Leistungsbezug in den letzten 24 Monaten – ist das LZB?', { kind: 'lzb', months: 23 }],
    ['LZB prüfen: 01.03.2022–31.10.2023, 01.01.2024–heute', { kind: 'lzb', periods: '01.03.2022–31.10.2023, 01.01.2024–heute' }],
    ['Ist jemand LZB mit Bezug seit 01.01.2023?', { kind: 'lzb', periods: 'seit 01.01.2023' }],
  ];

  it.each(positives)('"%s" → %j', (text, expected) => {
    expect(parseCalculationRequest(text)).toEqual(expected);
  });

  // Questions about the programme's own figures go to question answering, not into a dialog.
  const negatives = [
    // The values are told, the question after them asks about something else.
    'mein kunde ist seit 24 monaten LZB, kriegt er jetzt weniger geld?',
    'Wie hoch ist die Integrationsquote 2024?',
    'Was ist die Integrationsquote?',
    'Integrationsquote Frauen Ist 2023',
    'Integrationsquote Männer Plan 2024',
    'Wie wird die Integrationsquote berechnet?',
    'Wie erfolgt die Berechnung der Integrationsquote?',
    'Was steht in Abschnitt 3.1 zur Integrationsquote?',
    'Integrationsquote der Frauen 17,1 % – wie viel Prozentpunkte unter den Männern?',
    'Wie stark sinken die Verwaltungskosten?',
    'Wie hoch ist das Eingliederungsbudget 2024?',
    'Wie hoch ist der Anteil der VK am Gesamtbudget 2024?',
    'Wie hat sich die Zahl der LZB von 2023 auf 2024 entwickelt?',
    'Um wie viel Prozent sinkt das EGL von 2023 auf 2024?',
    'Veränderung der Integrationsquote 2023 zu 2024',
    'Wie viele Langzeitleistungsbeziehende sind für 2024 geplant?',
    'Was bedeutet LZB?',
    'Wer gilt als LZB – mindestens 21 von 24 Monaten?',
    'Welche Angebote gibt es für LZB mit mehr als 21 Monaten Leistungsbezug?',
    'Wie viel Prozent der ELB sind LZB?',
    'Wie hoch ist der Anteil der Langzeitarbeitslosen (ca. 52 Prozent)?',
    'Anteil der Frauen an den Arbeitslosen',
    'Wie viele Integrationen sind 2024 geplant?',
    'Datenprüfung',
    // Two-digit years of column words are years, not the values of a change.
    'um wie viel euro sinkt das EGL von plan 24 auf plan 25',
    'Anteil 16i am Eingliederungsbudget',
    'Kennzahlen',
    'Hallo',
    '',
  ];

  it.each(negatives)('"%s" is no calculation request', (text) => {
    expect(parseCalculationRequest(text)).toBeNull();
  });
});

describe('isComplete', () => {
  it.each<[CalculationRequest, boolean]>([
    [{ kind: 'quota', integrations: 1, stock: 2 }, true],
    [{ kind: 'quota', integrations: 1 }, false],
    [{ kind: 'share', amount: 1, totalName: 'EGL 2024' }, true],
    [{ kind: 'share', total: 1 }, false],
    [{ kind: 'change', oldValue: 0, newValue: 0 }, true],
    [{ kind: 'change', newValue: 3 }, false],
    [{ kind: 'lzb', periods: '01.01.2024–heute' }, true],
    [{ kind: 'lzb' }, false],
  ])('%j → %s', (request, complete) => {
    expect(isComplete(request)).toBe(complete);
  });
});
