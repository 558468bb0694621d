import type { Knowledge, ProgrammeIdentity, ProseFigure, SectionRef, Table } from '../knowledge/schema';
import { formatCell, formatProseFigure } from './format-figure';

export type KpiTopic = 'all' | 'integration' | 'lzb' | 'budget' | 'elb' | 'frauen' | 'lage';

/** One block of the snapshot: a table of the programme (or its sentence figures) with Stand and source. */
export interface KpiBlock {
  topic: Exclude<KpiTopic, 'all' | 'frauen'>;
  title: string;
  sectionRef: SectionRef;
  /** Every section the rows come from, when they come from more than one (the text figures). */
  sectionRefs?: SectionRef[];
  stand?: string;
  columns: string[];
  rows: { label: string; values: string[]; numbers: (number | undefined)[]; isTotal: boolean }[];
}

const TOPIC_WORDS: [KpiTopic, RegExp][] = [
  ['budget', /budget|geld|mittel|finanz|vk|egl|verwaltungskosten|eingliederungsleistungen/i],
  ['integration', /integration|iq\b|quote/i],
  ['lzb', /lzb|langzeit/i],
  ['elb', /elb|prognose|kunden/i],
  ['frauen', /frauen|weiblich|gleichstellung/i],
  ['lage', /alleinerziehend|lage|weitere|text/i],
];

/** How a topic is named to staff (the lead line above the card). */
const TOPIC_LABELS: Record<KpiTopic, string> = {
  all: 'Überblick',
  integration: 'Integrationsquote',
  lzb: 'Langzeitleistungsbeziehende',
  budget: 'Budget',
  elb: 'ELB nach Integrationsprognose',
  frauen: 'Frauen',
  lage: 'weitere Kennzahlen aus dem Text',
};

/** The one line sent with the KPI card; the card itself carries the figures (and its fallbackText their summary). */
export function kpiLead(topic: KpiTopic, programme?: Pick<ProgrammeIdentity, 'year'>): string {
  return `Kennzahlen aus dem AMIP${programme ? ` ${programme.year}` : ''} – ${TOPIC_LABELS[topic]}`;
}

/** "Kennzahlen", "KPI", "KPI-Übersicht", "Wie stehen wir?", "KPI Budget" … — not ordinary questions about one figure. */
export function parseKpiRequest(text: string): { topic: KpiTopic } | null {
  const match = /^\s*(?:kennzahlen|kennzahl(?:en)?-?übersicht|kpis?|kpi-?übersicht|übersicht kennzahlen|wie stehen wir|zahlen(?:übersicht)?|dashboard)\b[\s:–-]*(.*?)[\s?!.]*$/i.exec(text);
  if (!match) return null;
  const rest = match[1] ?? '';
  if (!rest) return { topic: 'all' };
  const topic = TOPIC_WORDS.find(([, pattern]) => pattern.test(rest))?.[0];
  return topic ? { topic } : rest.split(/\s+/).length <= 2 ? { topic: 'all' } : null;
}

/** Row vocabulary of the blocks, as programmes name their key figures (not this document's exact labels). */
const BLOCKS: readonly { topic: KpiBlock['topic']; row: RegExp; unit: 'Anzahl' | '%' | '€' }[] = [
  { topic: 'integration', row: /^integrationsquote\b/i, unit: '%' },
  { topic: 'lzb', row: /^langzeitleistungsbezieh/i, unit: 'Anzahl' },
  { topic: 'budget', row: /\b(eingliederungs(leistungen|titel|budget|mittel)|verwaltungskosten\p{L}*|egl|vk)\b/iu, unit: '€' },
  { topic: 'elb', row: /integrationsprognose/i, unit: 'Anzahl' },
];

/**
 * Sentence figures worth a place on the snapshot: what the target-group sections
 * say in figures (shares, counts, dated values), not amounts of money.
 */
function situationFigures(knowledge: Knowledge): ProseFigure[] {
  const groupSections = new Set(knowledge.targetGroups.flatMap((g) => g.sectionRefs as string[]));
  return knowledge.proseFigures.filter((f) => f.unit !== '€' && (f.stand !== undefined || (f.unit === '%' && groupSections.has(f.sectionRef)))).slice(0, 8);
}

/** Builds the snapshot from the programme's tables and sentence figures; nothing is typed in by hand. */
export function kpiSnapshot(knowledge: Knowledge, topic: KpiTopic = 'all'): KpiBlock[] {
  const blocks: KpiBlock[] = [];
  const used = new Set<Table>();
  for (const spec of BLOCKS) {
    const table = knowledge.tables.find((t) => !used.has(t) && t.rows.some((r) => spec.row.test(r.label) && r.cells.some((c) => c.unit === spec.unit)));
    if (!table) continue;
    used.add(table);
    // The block is titled as the programme titles its table.
    const block = tableBlock(spec.topic, table.title, table, knowledge);
    if (spec.topic !== 'elb') {
      blocks.push(block);
      continue;
    }
    const keep = block.columns.map((c, i) => (/^Anzahl$|^Anteil/.test(c) ? i : -1)).filter((i) => i >= 0);
    blocks.push(keep.length ? { ...block, columns: keep.map((i) => block.columns[i]!), rows: block.rows.map((r) => ({ ...r, values: keep.map((i) => r.values[i] ?? ''), numbers: keep.map((i) => r.numbers[i]) })) } : block);
  }
  const figures = situationFigures(knowledge);
  if (figures.length) {
    blocks.push({
      topic: 'lage',
      title: 'Weitere Kennzahlen aus dem Text',
      sectionRef: figures[0]!.sectionRef,
      sectionRefs: [...new Set(figures.map((f) => f.sectionRef))],
      columns: ['Wert', 'Abschnitt'],
      rows: figures.map((f) => ({ label: f.label, values: [formatProseFigure(f), f.sectionRef], numbers: [f.value, undefined], isTotal: false })),
    });
  }
  if (topic === 'all') return blocks;
  if (topic === 'frauen') {
    return blocks
      .map((b) => ({ ...b, rows: b.rows.filter((r) => /frau|weiblich|alleinerziehend/i.test(r.label)) }))
      .filter((b) => b.rows.length > 0);
  }
  return blocks.filter((b) => b.topic === topic);
}

function tableBlock(topic: KpiBlock['topic'], title: string, table: Table, knowledge: Knowledge): KpiBlock {
  const columns = table.columns.filter((c, i, all) => all.indexOf(c) === i && table.rows.some((r) => r.cells.some((x) => x.column === c)));
  return {
    topic,
    title,
    sectionRef: table.sectionRef,
    ...(table.stand ? { stand: table.stand } : knowledge.documentStand ? {} : {}),
    columns,
    rows: table.rows.map((row) => {
      const cells = columns.map((c) => row.cells.find((x) => x.column === c));
      // Rows repeated under each group ("Integrationen" under "Integrationsquote Frauen") say whose they are.
      const repeated = table.rows.filter((r) => r.label === row.label).length > 1;
      const label = row.group && repeated ? `${row.label} (${row.group.replace(/^Integrationsquote\s*/i, '')})` : row.label.replace(/^davon:\s*/, '– ');
      return { label, values: cells.map((c) => (c ? formatCell(c) : '')), numbers: cells.map((c) => c?.value), isTotal: row.isTotal };
    }),
  };
}
