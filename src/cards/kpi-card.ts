import type { KpiBlock } from '../answers/kpi-snapshot';
import type { ProgrammeIdentity } from '../knowledge/schema';
import { formatIsoDate } from '../answers/format-figure';
import type { SectionLookup } from '../answers/source';
import { formatSource } from '../answers/source';
import { adaptiveCard, messageBackAction, type AdaptiveCard, type CardElement } from './adaptive-card';

/**
 * The KPI snapshot for team leads: one section per block with Stand and source,
 * a Table (Adaptive Cards 1.5) and, where a picture says more, a native Teams
 * chart whose `fallback` is the same data as a FactSet for clients without charts.
 */
export function kpiCard(blocks: readonly KpiBlock[], sections: SectionLookup, programme?: Pick<ProgrammeIdentity, 'year' | 'jobcenter'>): AdaptiveCard {
  const title = `Kennzahlen – Arbeitsmarkt- und Integrationsprogramm${programme ? ` ${programme.year} · ${programme.jobcenter}` : ''}`;
  const body: CardElement[] = [{ type: 'TextBlock', text: title, weight: 'Bolder', size: 'Large', wrap: true }];
  for (const block of blocks) {
    const stand = block.stand ? ` · Stand ${formatIsoDate(block.stand)}` : '';
    body.push(
      { type: 'TextBlock', text: block.title, weight: 'Bolder', size: 'Medium', wrap: true, separator: true, spacing: 'Large' },
      { type: 'TextBlock', text: `Quelle: ${formatSource(sections.source(block.sectionRef))}${stand}`, isSubtle: true, size: 'Small', wrap: true, spacing: 'None' },
    );
    const chart = chartFor(block);
    if (chart) body.push(chart);
    body.push(table(block));
  }
  return adaptiveCard(body, {
    actions: [messageBackAction('Budget', 'KPI Budget'), messageBackAction('Integration', 'KPI Integration'), messageBackAction('LZB', 'KPI LZB'), messageBackAction('Datenprüfung', 'Datenprüfung')],
    fallbackText: blocks.map((b) => `${b.title}: ${b.rows.slice(0, 3).map((r) => `${r.label} ${r.values.filter(Boolean).join(' / ')}`).join('; ')}`).join(' | '),
    fullWidth: true,
  });
}

function table(block: KpiBlock): CardElement {
  const header = { type: 'TableRow', style: 'accent', cells: ['Kennzahl', ...block.columns].map((c) => cell(c, true)) };
  return {
    type: 'Table',
    firstRowAsHeaders: true,
    showGridLines: false,
    columns: [{ width: 3 }, ...block.columns.map(() => ({ width: 2 }))],
    rows: [header, ...block.rows.map((r) => ({ type: 'TableRow', cells: [cell(r.label, r.isTotal), ...r.values.map((v) => cell(v, r.isTotal))] }))],
  };
}

function cell(text: string, bold: boolean): CardElement {
  return { type: 'TableCell', items: [{ type: 'TextBlock', text: text || '–', wrap: true, size: 'Small', ...(bold ? { weight: 'Bolder' } : {}) }] };
}

function facts(pairs: [string, string][]): CardElement {
  return { type: 'FactSet', facts: pairs.map(([title, value]) => ({ title, value })) };
}

function chartFor(block: KpiBlock): CardElement | undefined {
  if (block.topic === 'budget') {
    // The newest year's column (plan, estimate or allocation), whatever year the programme is for.
    const yearOf = (c: string): number => (/Differenz|Veränderung/i.test(c) ? 0 : Math.max(0, ...(c.match(/\b(?:19|20)\d\d\b/g) ?? []).map(Number)));
    const newest = Math.max(0, ...block.columns.map(yearOf));
    const column = newest ? block.columns.findIndex((c) => yearOf(c) === newest) : -1;
    const parts = block.rows.filter((r) => !r.isTotal && r.numbers[column] !== undefined);
    if (column < 0 || parts.length === 0) return undefined;
    return {
      type: 'Chart.Donut',
      title: `Aufteilung ${block.columns[column]}`,
      data: parts.map((r) => ({ legend: r.label, value: r.numbers[column]! })),
      fallback: facts(parts.map((r) => [r.label, r.values[column]!])),
    };
  }
  if (block.topic === 'integration') {
    const quotas = block.rows.filter((r) => /^Integrationsquote/.test(r.label));
    const series = block.columns.map((c, i) => ({ c, i })).filter(({ c }) => /Ist|Plan/.test(c));
    if (quotas.length === 0 || series.length === 0) return undefined;
    return {
      type: 'Chart.VerticalBar.Grouped',
      title: 'Integrationsquote Ist und Plan (in %)',
      data: series.map(({ c, i }) => ({ legend: c, values: quotas.map((r) => ({ x: r.label.replace('Integrationsquote ', ''), y: r.numbers[i] ?? 0 })) })),
      fallback: facts(quotas.map((r) => [r.label, series.map(({ c, i }) => `${c}: ${r.values[i]}`).join(' · ')])),
    };
  }
  return undefined;
}
