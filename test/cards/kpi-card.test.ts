import { kpiSnapshot } from '../../src/answers/kpi-snapshot';
import { SectionLookup } from '../../src/answers/source';
import { kpiCard } from '../../src/cards/kpi-card';
import { sharedBrain } from '../helpers/bot-harness';

const knowledge = sharedBrain().knowledge;
const sections = new SectionLookup(knowledge);

type Node = Record<string, unknown>;
function all(node: unknown, type: string, out: Node[] = []): Node[] {
  if (Array.isArray(node)) node.forEach((n) => all(n, type, out));
  else if (node && typeof node === 'object') {
    if ((node as Node)['type'] === type) out.push(node as Node);
    Object.values(node).forEach((v) => all(v, type, out));
  }
  return out;
}

describe('the KPI snapshot card', () => {
  const overview = kpiCard(kpiSnapshot(knowledge, 'all'), sections, knowledge.programme, 'overview');

  it('is a glance: key rows only, no chart, topic buttons last', () => {
    const rows = all(overview, 'TableRow');
    expect(rows.length).toBeLessThanOrEqual(20);
    expect(JSON.stringify(overview)).not.toMatch(/"type":"Chart\./);
    expect(overview.actions?.map((a) => a.title)).toEqual(['Budget', 'Integration', 'LZB', 'ELB', 'Weitere']);
  });

  it('sizes number columns to their numbers and never wraps a number', () => {
    for (const table of all(overview, 'Table')) {
      const [label, ...numbers] = table['columns'] as { width: unknown }[];
      expect(label!.width).toBe(1);
      for (const c of numbers) expect(c.width).toMatch(/^\d+px$/);
      const bodyRows = (table['rows'] as Node[]).slice(1);
      for (const row of bodyRows) {
        const [, ...cells] = row['cells'] as Node[];
        for (const cell of cells) expect((cell['items'] as Node[])[0]!['wrap']).toBe(false);
      }
    }
  });

  it('says how the plan moves and names the source next to each block', () => {
    const text = JSON.stringify(overview);
    expect(text).toContain('Langzeitleistungsbeziehende, Plan 2024 gegenüber Ist 2023: +5,0 %.');
    expect(all(overview, 'ColumnSet').every((c) => /Abschnitt/.test(JSON.stringify(c)))).toBe(true);
  });

  it('a topic has one chart, its values in German in the legend', () => {
    for (const topic of ['budget', 'elb'] as const) {
      const card = kpiCard(kpiSnapshot(knowledge, topic), sections, knowledge.programme, 'topic');
      const charts = JSON.stringify(card).match(/"type":"Chart\.[A-Za-z.]+"/g) ?? [];
      expect(charts).toHaveLength(1);
      for (const d of all(card, 'Chart.Donut').flatMap((c) => c['data'] as { legend: string }[])) expect(d.legend).toMatch(/: [\d.]+( €| \(\d+,\d %\))?$/);
    }
  });
});
