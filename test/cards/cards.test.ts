import { kpiSnapshot } from '../../src/answers/kpi-snapshot';
import { checkTables } from '../../src/answers/data-check';
import { SectionLookup } from '../../src/answers/source';
import { buildQuiz, buildTour } from '../../src/answers/tour';
import { answerCard } from '../../src/cards/answer-card';
import { calculationFormCard, calculationResultCard } from '../../src/cards/calculation-result-card';
import { kpiCard } from '../../src/cards/kpi-card';
import { dataCheckCard, glossaryCard, quizCard, tourStepCard } from '../../src/cards/programme-cards';
import { changeResult, lzbResult, quotaResult, shareResult } from '../../src/figures/calculation-result';
import { checkMonths } from '../../src/figures/lzb';
import { referencesFromTables } from '../../src/figures/programme-references';
import { sharedBrain } from '../helpers/bot-harness';
import { cardProblems } from '../helpers/validate-card';

const knowledge = sharedBrain().knowledge;
const sections = new SectionLookup(knowledge);
const references = referencesFromTables(knowledge.tables);
const valueOf = <T>(outcome: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.value;
};

describe('card builders produce valid Adaptive Cards 1.5', () => {
  const cards: [string, unknown][] = [
    ['KPI snapshot', kpiCard(kpiSnapshot(knowledge), sections)],
    ['KPI Budget', kpiCard(kpiSnapshot(knowledge, 'budget'), sections)],
    ['glossary', glossaryCard(knowledge.glossary)],
    ['data check', dataCheckCard(checkTables(knowledge.tables), sections)],
    ['tour step', tourStepCard(buildTour(knowledge)[0]!, 0, 7, sections)],
    ['quiz', quizCard(buildQuiz(knowledge)[0]!, 0, 3)],
    ['quota result', calculationResultCard(valueOf(quotaResult(865, 4521, references)))],
    ['share result', calculationResultCard(valueOf(shareResult(983675, 4706577, references)))],
    ['change result', calculationResultCard(changeResult(2844, 2985, references))],
    ['LZB result', calculationResultCard(lzbResult(valueOf(checkMonths(15)), references))],
    ['answer card', answerCard(sharedBrain().answerer.answer('Was tut das Jobcenter für Alleinerziehende?'))],
    ['target-group card', answerCard(sharedBrain().answerer.answer('Angebote für Geflüchtete'))],
    ['calculation form', calculationFormCard('Budgetanteil berechnen', 'share', [{ label: 'Betrag (€)', placeholder: 'z. B. 1,2 Mio', numeric: false }, { label: 'Integrationen', placeholder: 'z. B. 865', numeric: true }])],
  ];

  it.each(cards)('%s', (_name, card) => {
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    expect(cardProblems(card)).toEqual([]);
  });

  it('the validator does report a broken card', () => {
    expect(cardProblems({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Bogus' }, { type: 'Chart.Donut', data: [] }] })).toEqual(
      expect.arrayContaining(['Chart.Donut without fallback', expect.stringMatching(/Unknown element type "Bogus"/)]),
    );
  });

  it('the KPI card stays under 80 KB', () => {
    expect(Buffer.byteLength(JSON.stringify(kpiCard(kpiSnapshot(knowledge), sections)), 'utf8')).toBeLessThan(80 * 1024);
  });

  it('every KPI table names its columns, the first one included, and marks only missing values with a dash', () => {
    const tables: { rows: { cells: { items: { text: string }[] }[] }[] }[] = [];
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(collect);
      else if (node && typeof node === 'object') {
        if ((node as { type?: string }).type === 'Table') tables.push(node as (typeof tables)[number]);
        Object.values(node).forEach(collect);
      }
    };
    collect(kpiCard(kpiSnapshot(knowledge), sections));
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) expect(table.rows[0]!.cells.map((c) => c.items[0]!.text)).not.toContain('–');
  });

  it('the result card shows the figure, the working and the next steps in German', () => {
    const card = JSON.stringify(calculationResultCard(valueOf(quotaResult(865, 4521, references))));
    expect(card).toContain('19,1 %');
    expect(card).toContain('865 ÷ 4.521 × 100 = 19,1 %');
    expect(card).toContain('Neu berechnen');
    expect(card).toContain('Andere Kennzahl');
  });
});
