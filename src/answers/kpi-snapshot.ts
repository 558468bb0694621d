import type { Knowledge, SectionRef, Table } from '../knowledge/schema';
import { formatCell, formatProseFigure } from './format-figure';

export type KpiTopic = 'all' | 'integration' | 'lzb' | 'budget' | 'elb' | 'frauen' | 'lage';

/** One block of the snapshot: a table of the programme (or its sentence figures) with Stand and source. */
export interface KpiBlock {
  topic: Exclude<KpiTopic, 'all' | 'frauen'>;
  title: string;
  sectionRef: SectionRef;
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
export function kpiLead(topic: KpiTopic): string {
  return `Kennzahlen aus dem AMIP 2024 – ${TOPIC_LABELS[topic]}`;
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

/** Sentence figures worth a place on the snapshot (ids of curated prose figures). */
const LAGE_FIGURES = ['alleinerziehende-september-2023', 'alleinerziehende-integration', 'lza-anteil', 'lzb-anteil', 'qualifizierungsdefizit', 'iq-frauen-september-2023', 'iq-maenner-september-2023'];

/** Builds the snapshot from the programme's tables and sentence figures; nothing is typed in by hand. */
export function kpiSnapshot(knowledge: Knowledge, topic: KpiTopic = 'all'): KpiBlock[] {
  const blocks: KpiBlock[] = [];
  const find = (pattern: RegExp): Table | undefined => knowledge.tables.find((t) => t.rows.some((r) => pattern.test(r.label)));
  const iq = find(/^Integrationsquote gesamt$/);
  if (iq) blocks.push(tableBlock('integration', 'Integrationsquote (Ziel: Integration in Erwerbstätigkeit)', iq, knowledge));
  const lzb = find(/^Langzeitleistungsbeziehende$/);
  if (lzb) blocks.push(tableBlock('lzb', 'Langzeitleistungsbeziehende (LZB)', lzb, knowledge));
  const budget = find(/^Gesamtbudget$/);
  if (budget) blocks.push(tableBlock('budget', 'Budget: Verwaltungskosten und Eingliederungsleistungen', budget, knowledge));
  const elb = find(/Integrationsprognose/);
  if (elb) {
    const block = tableBlock('elb', 'ELB nach Integrationsprognose', elb, knowledge);
    const keep = block.columns.map((c, i) => (/^Anzahl$|^Anteil/.test(c) ? i : -1)).filter((i) => i >= 0);
    blocks.push({ ...block, columns: keep.map((i) => block.columns[i]!), rows: block.rows.map((r) => ({ ...r, values: keep.map((i) => r.values[i] ?? ''), numbers: keep.map((i) => r.numbers[i]) })) });
  }
  const figures = LAGE_FIGURES.map((id) => knowledge.proseFigures.find((f) => f.id === id)).filter((f) => f !== undefined);
  if (figures.length) {
    blocks.push({
      topic: 'lage',
      title: 'Weitere Kennzahlen aus dem Text',
      sectionRef: figures[0]!.sectionRef,
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
      const label = row.group && /^(Integrationen|Bestand ELB)$/.test(row.label) ? `${row.label} (${row.group.replace('Integrationsquote ', '')})` : row.label.replace(/^davon:\s*/, '– ');
      return { label, values: cells.map((c) => (c ? formatCell(c) : '')), numbers: cells.map((c) => c?.value), isTotal: row.isTotal };
    }),
  };
}
