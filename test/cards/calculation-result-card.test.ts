import { calculationFormCard, calculationResultCard, calculationResultText } from '../../src/cards/calculation-result-card';
import { changeResult, lzbResult, quotaResult, shareResult, type CalculationResult } from '../../src/figures/calculation-result';
import { checkMonths } from '../../src/figures/lzb';
import { referencesFromTables } from '../../src/figures/programme-references';
import { loadKnowledge } from '../../src/knowledge/load';
import { cardProblems } from '../helpers/validate-card';
import { pinnedProgrammeDir } from '../programmes/pinned';

const knowledge = loadKnowledge(pinnedProgrammeDir());
const references = referencesFromTables(knowledge.tables, knowledge.sections);
const ok = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

const quota = ok(quotaResult(865, 4521, references));
const results: [string, CalculationResult][] = [
  ['quota', quota],
  ['share', ok(shareResult(983675, 4706577, references))],
  ['change', changeResult(2844, 2985, references)],
  ['change from 0', changeResult(0, 5, references)],
  ['LZB', lzbResult(ok(checkMonths(15)), references)],
];

describe('calculationResultCard', () => {
  it.each(results)('%s: a valid Adaptive Card 1.5 without technical words', (_name, result) => {
    const card = calculationResultCard(result);
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    expect(cardProblems(card)).toEqual([]);
    expect(JSON.stringify(card)).not.toMatch(/undefined|NaN|exception|stack|TypeError/i);
  });

  it('shows the figure large, the working, the comparison with its source, and the next steps', () => {
    const card = calculationResultCard(quota);
    expect(card.body[1]).toMatchObject({ type: 'TextBlock', text: '19,1 %', size: 'ExtraLarge' });
    expect(card.body).toContainEqual(expect.objectContaining({ text: '865 ÷ 4.521 × 100 = 19,1 %' }));
    expect(card.body).toContainEqual(expect.objectContaining({ type: 'FactSet', facts: expect.arrayContaining([{ title: 'Plan 2024 gesamt', value: '19,1 % → 0,0 Prozentpunkte' }]) }));
    expect(card.body).toContainEqual(expect.objectContaining({ text: 'Quelle: Abschnitt 3.1 Geschäftspolitische Ziele, S. 10' }));
    expect(card.actions?.map((a) => a.title)).toEqual(['Neu berechnen', 'Andere Kennzahl']);
    expect(card.actions?.[0]).toMatchObject({ data: { msteams: { type: 'imBack', value: 'Integrationsquote berechnen' } } });
    expect(JSON.stringify(card.actions?.[1])).toContain('Budgetanteil berechnen');
    expect(JSON.stringify(card.actions?.[1])).not.toContain('Integrationsquote berechnen');
    expect(card.fallbackText).toBe(calculationResultText(quota));
  });
});

describe('calculationResultText', () => {
  it('holds the same result as plain text, the source named once', () => {
    expect(calculationResultText(quota)).toBe(
      [
        'Integrationsquote: 19,1 % (865 Integrationen bei durchschnittlich 4.521 ELB).',
        '865 ÷ 4.521 × 100 = 19,1 %',
        'Vergleich mit dem Programm:',
        '- Plan 2024 gesamt: 19,1 % (Abschnitt 3.1 Geschäftspolitische Ziele, S. 10) → 0,0 Prozentpunkte',
        '- Plan 2024 Frauen: 17,1 % → +2,0 Prozentpunkte',
        '- Plan 2024 Männer: 21,1 % → -2,0 Prozentpunkte',
        '- Ist 2023 gesamt: 19,1 % → 0,0 Prozentpunkte',
        '- Ist 2023 Frauen: 17,1 % → +2,0 Prozentpunkte',
        '- Ist 2023 Männer: 21,1 % → -2,0 Prozentpunkte',
      ].join('\n'),
    );
  });

  it.each(results)('%s: contains the figure', (_name, result) => {
    expect(calculationResultText(result)).toContain(result.figure);
  });
});

describe('calculationFormCard', () => {
  const form = calculationFormCard('Integrationsquote berechnen', 'quota', [
    { id: 'integrations', label: 'Integrationen', placeholder: 'z. B. 865', numeric: true },
    { id: 'stock', label: 'Durchschnittlicher Bestand ELB', placeholder: 'z. B. 4.521', numeric: true },
    { label: 'Betrag (€)', placeholder: 'z. B. 1,2 Mio', numeric: false },
    { id: 'months', label: 'Monate', placeholder: 'z. B. 23', numeric: true, max: 24 },
  ]);

  it('is a valid card with number and text inputs and a submit that names the calculation', () => {
    expect(cardProblems(form)).toEqual([]);
    expect(form.body.slice(1).map((e) => [e.type, e['id']])).toEqual([
      ['Input.Number', 'integrations'],
      ['Input.Number', 'stock'],
      ['Input.Text', 'v2'],
      ['Input.Number', 'months'],
    ]);
    expect(form.body[4]).toMatchObject({ min: 0, max: 24 });
    expect(form.actions).toEqual([{ type: 'Action.Submit', title: 'Berechnen', data: { calculation: 'quota' } }]);
    expect(JSON.stringify(form)).not.toMatch(/undefined|NaN|exception|stack|TypeError/i);
  });
});
