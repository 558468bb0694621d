import { DateTime } from 'luxon';
import { changeResult, lzbResult, quotaResult, shareResult, type CalculationResult } from '../../src/figures/calculation-result';
import { checkBenefitText } from '../../src/figures/lzb';
import { referencesFromTables } from '../../src/figures/programme-references';
import { loadKnowledge } from '../../src/knowledge/load';
import { pinnedProgrammeDir } from '../programmes/pinned';

const knowledge = loadKnowledge(pinnedProgrammeDir());
const references = referencesFromTables(knowledge.tables, knowledge.sections);
const TODAY = DateTime.fromISO('2024-06-15T10:00:00', { zone: 'Europe/Berlin' });

const ok = (outcome: { ok: true; value: CalculationResult } | { ok: false; error: { message: string } }): CalculationResult => {
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.value;
};

describe('quotaResult', () => {
  const result = ok(quotaResult(378, 2207, references));

  it('shows the figure and the working with the inputs', () => {
    expect(result.figure).toBe('17,1 %');
    expect(result.formula).toBe('378 ÷ 2.207 × 100 = 17,1 %');
    expect(result.statement).toBe('Integrationsquote: 17,1 % (378 Integrationen bei durchschnittlich 2.207 ELB).');
  });

  it('compares with every programme quota in Prozentpunkte, with the source', () => {
    expect(result.comparisons.map((c) => `${c.label}: ${c.value} → ${c.difference}`)).toEqual([
      'Plan 2024 gesamt: 19,1 % → -2,0 Prozentpunkte',
      'Plan 2024 Frauen: 17,1 % → 0,0 Prozentpunkte',
      'Plan 2024 Männer: 21,1 % → -4,0 Prozentpunkte',
      'Ist 2023 gesamt: 19,1 % → -2,0 Prozentpunkte',
      'Ist 2023 Frauen: 17,1 % → 0,0 Prozentpunkte',
      'Ist 2023 Männer: 21,1 % → -4,0 Prozentpunkte',
    ]);
    expect(result.comparisons[0]?.source).toMatchObject({ sectionRef: '3.1', page: 10 });
  });

  it('refuses a Bestand of 0', () => {
    expect(quotaResult(1, 0, references)).toMatchObject({ ok: false, error: { kind: 'stock-zero' } });
  });
});

describe('shareResult', () => {
  it('names a programme budget used as total or amount', () => {
    const result = ok(shareResult(6812570, 11519147, references));
    expect(result.figure).toBe('59,1 %');
    expect(result.comparisons.map((c) => c.label)).toEqual(['Gesamt = Gesamtbudget 2024', 'Betrag = VK 2024']);
    expect(result.statement).toBe('Anteil: 59,1 % – 6.812.570 € von 11.519.147 €.');
  });

  it('has no comparison for other totals', () => {
    expect(ok(shareResult(1200000, 4700000, references)).comparisons).toEqual([]);
  });
});

describe('changeResult', () => {
  it('says direction and absolute change', () => {
    const result = changeResult(2844, 2985, references);
    expect(result.figure).toBe('+5,0 %');
    expect(result.notes).toEqual(['Absolut: +141 (Anstieg)']);
    expect(result.comparisons.map((c) => `${c.label}: ${c.value} → ${c.difference}`)).toEqual(['Programm: LZB Ist 2023 → Plan 2024: +5,0 % → stimmt überein']);
  });

  it('without change', () => {
    expect(changeResult(10, 10, references)).toMatchObject({ figure: '0,0 %', notes: ['Absolut: 0 (keine Veränderung)'] });
  });

  it('from 0 shows the difference as the figure', () => {
    expect(changeResult(0, 7, references)).toMatchObject({ figure: '+7', formula: '7 − 0 = +7' });
  });
});

describe('lzbResult', () => {
  const verdict = (text: string) => {
    const result = checkBenefitText(text, TODAY);
    if (!result.ok) throw new Error(result.error.message);
    return lzbResult(result.value, references);
  };

  it('yes, with the definition and its source', () => {
    const result = verdict('21');
    expect(result.figure).toBe('Ja');
    expect(result.formula).toBe('21 Monate ≥ 21 von 24');
    expect(result.notes.at(-1)).toBe('LZB sind ELB, die in den vergangenen 24 Monaten mindestens 21 Monate Leistungen der Grundsicherung bezogen haben (Abschnitt 3.1 Geschäftspolitische Ziele, S. 10).');
    expect(result.comparisons.map((c) => `${c.label}: ${c.value}`)).toEqual(['LZB Ist 2023: 2.844', 'LZB Plan 2024: 2.985']);
  });

  it('no, with what is missing', () => {
    expect(verdict('20').statement).toBe('Nein – die Person gilt nicht als Langzeitleistungsbeziehende/r (LZB): 20 von 24 Monaten mit Leistungsbezug, es fehlen 1 Monat bis 21.');
    expect(verdict('20').notes[0]).toMatch(/^Bei ununterbrochenem weiterem Leistungsbezug frühestens in 1 Monat /);
  });

  it('periods that ended: no "until"', () => {
    expect(verdict('01.01.2023–31.12.2023').notes).toContain('Der Leistungsbezug läuft nicht mehr: ohne erneuten Bezug wird die Person nicht LZB.');
  });
});
