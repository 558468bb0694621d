import type { KpiBlock } from '../answers/kpi-snapshot';
import type { ProgrammeIdentity, SectionRef } from '../knowledge/schema';
import { formatIsoDate } from '../answers/format-figure';
import type { SectionLookup } from '../answers/source';
import { adaptiveCard, messageBackAction, type AdaptiveCard, type CardElement } from './adaptive-card';

/** How much of each block the card shows: the overview is a team lead's glance, a topic shows everything. */
export type KpiView = 'overview' | 'topic';

/**
 * The KPI snapshot for team leads. The overview fits one screen: per topic its
 * key rows (totals and the rows directly below them), one line saying how the plan
 * moves against the year before, the source next to the title. A topic ("KPI Budget")
 * adds its one chart, values in the labels, and the whole table. Label columns
 * stretch, number columns take the width of their numbers and never wrap, so a
 * phone shows "7.584.949 €" on one line. Topic buttons come last.
 */
/** `otherYears`: the years of the other loaded programmes, offered as buttons to switch the card. */
export function kpiCard(blocks: readonly KpiBlock[], sections: SectionLookup, programme?: Pick<ProgrammeIdentity, 'year' | 'jobcenter'>, view: KpiView = blocks.length > 1 ? 'overview' : 'topic', otherYears: readonly number[] = []): AdaptiveCard {
  const title = `Arbeitsmarkt- und Integrationsprogramm${programme ? ` ${programme.year} · ${programme.jobcenter}` : ''}`;
  const body: CardElement[] = [{ type: 'TextBlock', text: title, weight: 'Bolder', size: 'Small', isSubtle: true, wrap: true }];
  const shown = view === 'overview' ? blocks.filter((b) => b.topic !== 'lage') : blocks;
  for (const block of shown) {
    body.push(heading(view === 'overview' ? { ...block, title: OVERVIEW_TITLES[block.topic] } : block, sections));
    const message = planMessage(block);
    if (message) body.push({ type: 'TextBlock', text: message, size: 'Small', wrap: true, spacing: 'Small' });
    if (view === 'topic') {
      const chart = chartFor(block);
      if (chart) body.push(chart);
    }
    body.push(table(view === 'overview' ? glance(block) : withoutAbsoluteDifference(block)));
  }
  if (otherYears.length > 0) body.push({ type: 'ActionSet', actions: otherYears.map((year) => messageBackAction(`Programm ${year}`, `Kennzahlen ${year}`)) });
  return adaptiveCard(body, {
    actions: [
      messageBackAction('Budget', 'KPI Budget'),
      messageBackAction('Integration', 'KPI Integration'),
      messageBackAction('LZB', 'KPI LZB'),
      messageBackAction('ELB', 'KPI ELB'),
      messageBackAction('Weitere', 'KPI weitere'),
    ],
    fallbackText: shown.map((b) => `${b.title}: ${glance(b).rows.map((r) => `${r.label} ${r.values.filter(Boolean).join(' / ')}`).join('; ')}`).join(' | '),
    fullWidth: true,
  });
}

/** Short headings for the glance; a topic view titles its table as the programme does. */
const OVERVIEW_TITLES: Record<KpiBlock['topic'], string> = {
  integration: 'Integrationsquote',
  lzb: 'LZB im Bestand',
  budget: 'Budget (EGL und VK)',
  elb: 'ELB nach Integrationsprognose',
  lage: 'Weitere Kennzahlen aus dem Text',
};

/** The block's title with its source (and Stand) on the same line. */
function heading(block: KpiBlock, sections: SectionLookup): CardElement {
  const refs: readonly SectionRef[] = block.sectionRefs?.length ? block.sectionRefs : [block.sectionRef];
  const where = refs.map((ref) => {
    const source = sections.source(ref);
    return source.page !== undefined ? `${ref}, S. ${source.page}` : String(ref);
  });
  const source = `${refs.length > 1 ? 'Abschnitte' : 'Abschnitt'} ${where.join('; ')}${block.stand ? ` · Stand ${formatIsoDate(block.stand)}` : ''}`;
  return {
    type: 'ColumnSet',
    separator: true,
    spacing: 'Medium',
    columns: [
      { type: 'Column', width: 'stretch', items: [{ type: 'TextBlock', text: hyphenateCompounds(block.title), weight: 'Bolder', wrap: true }] },
      { type: 'Column', width: 'auto', verticalContentAlignment: 'Center', items: [{ type: 'TextBlock', text: source, isSubtle: true, size: 'Small', wrap: true, horizontalAlignment: 'Right' }] },
    ],
  };
}

/** The absolute difference is left to the text and the fallback: the change in % says it in the width of a phone. */
function withoutAbsoluteDifference(block: KpiBlock): KpiBlock {
  const keep = block.columns.map((c, i) => (/Differenz.*absolut/i.test(c) ? -1 : i)).filter((i) => i >= 0);
  return { ...block, columns: keep.map((i) => block.columns[i]!), rows: block.rows.map((r) => ({ ...r, values: keep.map((i) => r.values[i] ?? ''), numbers: keep.map((i) => r.numbers[i]) })) };
}

/** The rows that matter at a glance: totals and the rows right under the table's first row; no absolute-difference column. */
function glance(block: KpiBlock): KpiBlock {
  const narrow = withoutAbsoluteDifference(block);
  return { ...narrow, rows: narrow.rows.filter((r, i) => (block.topic === 'integration' ? r.isTotal : !r.label.startsWith('– ') && i < 4)) };
}

/** "Plan 2024 gegenüber Ist 2023: +5,0 %" for the block's first total row; "unverändert" when the plan repeats the year before. */
export function planMessage(block: KpiBlock): string | undefined {
  const change = block.columns.findIndex((c) => /Veränderung|Differenz.*%/i.test(c));
  const plan = block.columns.findIndex((c) => /Plan|Schätz|Ziel/i.test(c));
  const before = block.columns.findIndex((c) => /Ist|Zuteilung/i.test(c));
  if (change < 0 || plan < 0 || before < 0) return undefined;
  const totals = block.rows.filter((r) => r.isTotal);
  const first = totals[0] ?? block.rows[0];
  if (!first) return undefined;
  const comparing = `${block.columns[plan]} gegenüber ${block.columns[before]}`;
  if (totals.length > 1 && totals.every((r) => r.numbers[change] === 0)) return `${comparing}: unverändert in allen Gruppen.`;
  const value = first.values[change];
  return value ? `${first.label}, ${comparing}: ${value}.` : undefined;
}

/**
 * Pixels a small-font (12 px) table cell needs to show `text` on one line: digits
 * and letters about 6,7 px, separators narrower, plus the cell's padding. A
 * little generous, so a number never breaks.
 */
function cellWidth(text: string, bold = false): number {
  let width = 0;
  for (const ch of text) width += /[.,:;' ]/.test(ch) ? 3.4 : /[%€mw—–]/i.test(ch) ? 10 : /[\d+\-−±]/.test(ch) ? 6.8 : 6.6;
  // The table adds its own cell padding.
  return Math.ceil(width * (bold ? 1.08 : 1)) + 2;
}

/**
 * Soft hyphens at the joints of long German compounds ("Eingliederungs|leistungen",
 * "Langzeit|leistungs|beziehende"), so a narrow label column breaks them where
 * German breaks them instead of at any letter. Invisible unless a line breaks there.
 */
export function hyphenateCompounds(text: string): string {
  return text.replace(/\p{L}{12,}/gu, (word) => word.replace(/(?<=\p{L}{2}(?:ungs|ions|heits|keits|täts|schafts|zeit|samt))(?=\p{Ll}{4})/gu, '\u00AD'));
}

function table(block: KpiBlock): CardElement {
  const header = { type: 'TableRow', style: 'accent', cells: ['Kennzahl', ...block.columns.map(shortHeader)].map((c) => cell(c, true, true)) };
  // Tables take relative or pixel widths only: the label column takes what is left, each number column the width of its longest number.
  const widths = block.columns.map((c, i) => Math.max(cellWidth(longestWord(shortHeader(c)), true), ...block.rows.map((r) => cellWidth(r.values[i] || '–', r.isTotal))));
  return {
    type: 'Table',
    firstRowAsHeaders: true,
    showGridLines: false,
    spacing: 'Small',
    columns: [{ width: 1 }, ...widths.map((w) => ({ width: `${w}px` }))],
    rows: [header, ...block.rows.map((r) => ({ type: 'TableRow', cells: [cell(hyphenateCompounds(r.label), r.isTotal, true), ...r.values.map((v) => cell(v, r.isTotal, false))] }))],
  };
}

const longestWord = (text: string): string => text.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), '');

/** Column heads as narrow as their numbers: "Veränderung zum Vorjahr in %" → "± %", "Differenz … absolut" → "±". */
function shortHeader(column: string): string {
  if (/Veränderung|Differenz/i.test(column)) return /%/.test(column) ? '± %' : '±';
  return column.replace(/^Anteil an .*$/i, 'Anteil');
}

/** Labels and column heads wrap; numbers never do. */
function cell(text: string, bold: boolean, wraps: boolean): CardElement {
  return {
    type: 'TableCell',
    items: [{ type: 'TextBlock', text: text || '–', wrap: wraps, size: 'Small', ...(wraps ? {} : { horizontalAlignment: 'Right' }), ...(bold ? { weight: 'Bolder' } : {}) }],
  };
}

function facts(pairs: [string, string][]): CardElement {
  return { type: 'FactSet', facts: pairs.map(([title, value]) => ({ title, value })) };
}

/** One chart per topic where a picture says more than the table (shares of a whole); its values are in the legend, in German. */
function chartFor(block: KpiBlock): CardElement | undefined {
  if (block.topic === 'budget') {
    // The newest year's column (plan, estimate or allocation), whatever year the programme is for.
    const yearOf = (c: string): number => (/Differenz|Veränderung/i.test(c) ? 0 : Math.max(0, ...(c.match(/\b(?:19|20)\d\d\b/g) ?? []).map(Number)));
    const newest = Math.max(0, ...block.columns.map(yearOf));
    const column = newest ? block.columns.findIndex((c) => yearOf(c) === newest) : -1;
    const parts = block.rows.filter((r) => !r.isTotal && r.numbers[column] !== undefined);
    if (column < 0 || parts.length === 0) return undefined;
    return donut(`Aufteilung ${block.columns[column]}`, parts.map((r) => [r.label, r.values[column]!, r.numbers[column]!]));
  }
  if (block.topic === 'elb') {
    const count = block.columns.findIndex((c) => /^Anzahl$/.test(c));
    const share = block.columns.findIndex((c) => /^Anteil/.test(c));
    const parts = block.rows.filter((r, i) => i > 0 && !r.label.startsWith('– ') && r.numbers[count] !== undefined);
    if (count < 0 || parts.length < 2) return undefined;
    return donut('ELB nach Integrationsprognose', parts.map((r) => [r.label.replace(/^Kunden mit Integrationsprognose\s*/, ''), share >= 0 && r.values[share] ? `${r.values[count]} (${r.values[share]})` : r.values[count]!, r.numbers[count]!]));
  }
  return undefined;
}

function donut(title: string, parts: [label: string, shown: string, value: number][]): CardElement {
  return {
    type: 'Chart.Donut',
    title,
    data: parts.map(([label, shown, value]) => ({ legend: `${label}: ${shown}`, value })),
    fallback: facts(parts.map(([label, shown]) => [label, shown])),
  };
}
