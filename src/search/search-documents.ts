import type { Knowledge, SectionRef } from '../knowledge/schema';
import { splitSentences } from './sentences';

/**
 * What the index holds. Every kind of knowledge becomes documents with the same
 * text fields, so one index ranks them against each other; `ref`
 * points back at the record the answer layer builds its reply from.
 */
export type SearchDocRef =
  | { kind: 'sentence'; sectionRef: SectionRef; paragraph: number; sentence: number }
  | { kind: 'section'; sectionRef: SectionRef }
  | { kind: 'chart'; sectionRef: SectionRef; chart: number }
  | { kind: 'table-row'; tableId: string; row: number }
  | { kind: 'prose-figure'; figureId: string }
  | { kind: 'glossary'; abbreviation: string }
  | { kind: 'target-group'; id: string }
  | { kind: 'instrument'; id: string };

export type SearchDocKind = SearchDocRef['kind'];

export interface SearchDoc {
  id: number;
  ref: SearchDocRef;
  sectionRef: SectionRef;
  /** The name of the thing: row label, abbreviation, target group, section title. */
  label: string;
  /** Context: sub-heading, table title and column labels, row group, aliases. */
  context: string;
  /** Body: the sentence, the quote, the explanation. */
  body: string;
}

const YEAR_ONLY = /^\s*(19|20)\d\d(\s*\/\s*\d\d(\d\d)?)?\s*$/;

/** How a row is named for the search: a bare "Insgesamt" by what the table counts, a row that is only a year ("2024" of "Integrationen je Monat") as that year of the table. */
function rowLabel(label: string, table: Pick<Knowledge['tables'][number], 'title' | 'rowHeader'>): string {
  if (/^(insgesamt|gesamt)$/i.test(label)) return `${label} ${table.rowHeader ?? table.title}`;
  if (YEAR_ONLY.test(label)) return `${table.title} ${label}`;
  return label.replace(/^davon:\s*/i, '');
}

export const SEARCH_FIELDS = ['label', 'context', 'body'] as const;

export function buildSearchDocuments(knowledge: Knowledge): SearchDoc[] {
  const docs: SearchDoc[] = [];
  const add = (doc: Omit<SearchDoc, 'id'>): void => {
    docs.push({ id: docs.length, ...doc });
  };

  for (const section of knowledge.sections) {
    add({ ref: { kind: 'section', sectionRef: section.ref }, sectionRef: section.ref, label: section.title, context: '', body: '' });
    (section.charts ?? []).forEach((chart, i) => {
      add({ ref: { kind: 'chart', sectionRef: section.ref, chart: i }, sectionRef: section.ref, label: chart.title.replace(/,$/, ''), context: (chart.captions ?? []).join(' '), body: '' });
    });
    section.paragraphs.forEach((paragraph, p) => {
      splitSentences(paragraph.text).forEach((sentence, s) => {
        add({
          ref: { kind: 'sentence', sectionRef: section.ref, paragraph: p, sentence: s },
          sectionRef: section.ref,
          label: '',
          context: [section.title, paragraph.heading ?? ''].join(' '),
          body: sentence,
        });
      });
    });
  }

  // "LZB" asks for the row "Langzeitleistungsbeziehende": rows and figures carry the abbreviations of what they name.
  const abbreviationsIn = (text: string): string => {
    const lower = text.toLowerCase();
    return knowledge.glossary
      .filter((e) => [e.expansion, ...e.aliases].some((name) => name.length >= 5 && lower.includes(name.toLowerCase())))
      .map((e) => e.abbreviation)
      .join(' ');
  };

  for (const table of knowledge.tables) {
    const columns = table.columns.join(' ');
    table.rows.forEach((row, r) => {
      add({
        ref: { kind: 'table-row', tableId: table.id, row: r },
        sectionRef: table.sectionRef,
        label: rowLabel(row.label, table),
        context: `${row.group ?? ''} ${table.title} ${table.rowHeader ?? ''} ${columns} ${abbreviationsIn(`${row.label} ${row.group ?? ''} ${table.title}`)}`.trim(),
        body: '',
      });
    });
  }

  for (const figure of knowledge.proseFigures) {
    add({
      ref: { kind: 'prose-figure', figureId: figure.id },
      sectionRef: figure.sectionRef,
      label: figure.label,
      context: `${figure.keywords.join(' ')} ${abbreviationsIn(figure.label)}`.trim(),
      body: figure.quote,
    });
  }

  for (const entry of knowledge.glossary) {
    add({
      ref: { kind: 'glossary', abbreviation: entry.abbreviation },
      sectionRef: entry.sectionRefs[0]!,
      label: [entry.abbreviation, ...entry.aliases].join(' '),
      context: entry.expansion,
      body: entry.explanation,
    });
  }

  for (const group of knowledge.targetGroups) {
    add({
      ref: { kind: 'target-group', id: group.id },
      sectionRef: group.sectionRefs[0]!,
      label: [group.name, ...group.aliases].join(' '),
      context: '',
      body: group.approach,
    });
  }

  for (const instrument of knowledge.instruments) {
    add({
      ref: { kind: 'instrument', id: instrument.id },
      sectionRef: instrument.sectionRefs[0]!,
      label: [instrument.name, ...instrument.aliases].join(' '),
      context: '',
      body: instrument.description,
    });
  }

  return docs;
}
