import type { Cell, TableRow } from '../../src/knowledge/schema';
import { pickCell } from '../../src/answers/figure-cells';
import { loadCues } from '../../src/knowledge/cues';
import { readQuestion } from '../../src/answers/question-features';

const CUES = loadCues();

const cell = (column: string, value: number, extra: Partial<Cell>): Cell => ({ column, raw: String(value).replace('.', ','), value, unit: '%', ...extra });

const quotaRow: TableRow = {
  label: 'Integrationsquote Frauen',
  isTotal: true,
  cells: [
    cell('Ist 2023', 17.1, { year: 2023, period: 'Ist' }),
    cell('Plan 2024', 17.2, { year: 2024, period: 'Plan' }),
    cell('Veränderung zum Vorjahr in %', 0.6, { period: 'Veränderung' }),
  ],
};

const budgetRow: TableRow = {
  label: 'Verwaltungskosten (VK)',
  isTotal: false,
  cells: [
    cell('Zuteilung 2023', 7584949, { year: 2023, period: 'Zuteilung', unit: '€' }),
    cell('Schätzwerte 2024', 6812570, { year: 2024, period: 'Schätzwert', unit: '€' }),
    cell('Differenz 2024 zu 2023 absolut', -772379, { period: 'Differenz', unit: '€' }),
    cell('Differenz 2024 zu 2023 in %', -10.2, { period: 'Differenz', unit: '%' }),
  ],
};

const ageRow: TableRow = {
  label: 'Kunden mit Integrationsprognose „marktnah“',
  isTotal: false,
  cells: [
    cell('Anzahl', 60, { unit: 'Anzahl' }),
    cell('Anteil an ELB gesamt (in %)', 1.4, { period: 'Anteil' }),
    cell('Altersgruppe 15 bis unter 25 Jahre männlich', 4, { unit: 'Anzahl' }),
    cell('Altersgruppe 15 bis unter 25 Jahre weiblich', 5, { unit: 'Anzahl' }),
  ],
};

const pick = (row: TableRow, question: string): string => pickCell(row, readQuestion(question, CUES)).cell.column;

describe('pickCell', () => {
  it('follows the year the question names', () => {
    expect(pick(quotaRow, 'Integrationsquote Frauen 2023')).toBe('Ist 2023');
    expect(pick(quotaRow, 'Integrationsquote Frauen 2024')).toBe('Plan 2024');
  });

  it('takes the plan value when the question gives no hint', () => {
    expect(pick(quotaRow, 'Integrationsquote Frauen')).toBe('Plan 2024');
  });

  it('takes a change when the question asks how much something changes', () => {
    expect(pick(quotaRow, 'Wie verändert sich die Integrationsquote der Frauen?')).toBe('Veränderung zum Vorjahr in %');
    expect(pick(budgetRow, 'Wie stark sinken die Verwaltungskosten?')).toBe('Differenz 2024 zu 2023 in %');
    expect(pick(budgetRow, 'Um wie viel Euro sinken die Verwaltungskosten?')).toBe('Differenz 2024 zu 2023 absolut');
  });

  it('takes a change when the question only names its direction, also of the year its column names', () => {
    expect(pick(budgetRow, 'Um wie viel wurden die Verwaltungskosten gekürzt?')).toMatch(/^Differenz/);
    expect(pick(budgetRow, 'Wie viel weniger Euro gibt es 2024 für Verwaltungskosten?')).toBe('Differenz 2024 zu 2023 absolut');
  });

  it('matches column words through the expansions of the abbreviations asked ("IQ" → "Integrationsquote")', () => {
    const groupRow: TableRow = {
      label: 'Frauen',
      isTotal: false,
      cells: [
        cell('Integrationen Prognose 2024', 724, { year: 2024, unit: 'Anzahl' }),
        cell('Integrationsquote Prognose 2024 in %', 19.2, { year: 2024 }),
      ],
    };
    const question = readQuestion('IQ frauen prognose 2024', CUES);
    expect(pickCell(groupRow, { ...question, expansions: 'Integrationsquote' }).cell.column).toBe('Integrationsquote Prognose 2024 in %');
    expect(pickCell(groupRow, question).cell.column).toBe('Integrationen Prognose 2024');
  });

  it('picks the month column the question names ("im September 2024", "sept."), never "Mai" inside another word', () => {
    const months: TableRow = {
      label: '2024',
      isTotal: false,
      cells: ['Jan', 'Mai', 'Sep', 'Okt'].map((m, i) => cell(m, 100 + i, { year: 2024, unit: 'Anzahl' })),
    };
    expect(pick(months, 'Integrationen im September 2024')).toBe('Sep');
    expect(pick(months, 'integrationen sept. 2024')).toBe('Sep');
    expect(pick(months, 'Integrationen im Mai')).toBe('Mai');
    expect(pick(months, 'Integrationen 2024 maintal')).toBe('Jan');
  });

  it('reads counts and shares from the wording', () => {
    expect(pick(ageRow, 'Wie viele Kunden sind marktnah?')).toBe('Anzahl');
    expect(pick(ageRow, 'Welcher Anteil ist marktnah?')).toBe('Anteil an ELB gesamt (in %)');
  });

  it('only picks a gendered column when the question names the gender', () => {
    expect(pick(ageRow, 'marktnah weiblich 15 bis unter 25')).toBe('Altersgruppe 15 bis unter 25 Jahre weiblich');
    expect(pick(ageRow, 'marktnah')).toBe('Anzahl');
  });
});
