import type { Chart, Paragraph, Section, Table } from '../schema';
import type { Block } from './blocks';
import { parseTable, textRows } from './tables';
import { germanDateToIso, slug } from './text';
import { matchTocEntry, type TocEntry } from './toc';

/** What a heading that is not in the table of contents stands for, judged by what follows it. */
type HeadingRole =
  | { role: 'subheading' }
  | { role: 'table'; captions: string[]; consumed: number }
  | { role: 'chart'; chart: Chart; consumed: number };

/** Short lines between a heading and its table or chart: "in Euro", "Haushaltsjahr 2023/ 2024". */
const isCaption = (block: Block): block is { kind: 'text'; text: string } =>
  block.kind === 'text' && block.text.length < 80 && !/[.!?:]$/.test(block.text);

/**
 * A heading followed by a table (captions allowed between) titles the table; a
 * heading followed by a gap or a "Quelle:" line before any text titles a chart
 * whose image is missing; any other heading is a sub-heading of its section.
 */
export function classifyHeading(title: string, following: readonly Block[]): HeadingRole {
  const captions: string[] = [];
  let i = 0;
  for (; i < following.length; i++) {
    const block = following[i]!;
    if (isCaption(block)) captions.push(block.text);
    else if (block.kind !== 'gap') break;
  }
  const next = following[i];
  const sawGap = following.slice(0, i).some((b) => b.kind === 'gap');
  if (next?.kind === 'table') return { role: 'table', captions, consumed: i };
  if (next?.kind === 'source' || (sawGap && next?.kind !== 'heading')) {
    const source = next?.kind === 'source' ? next.text : undefined;
    const chart: Chart = { title, ...(captions.length ? { captions } : {}), ...(source ? { source } : {}) };
    return { role: 'chart', chart, consumed: source ? i + 1 : i };
  }
  return { role: 'subheading' };
}

/**
 * Walks the body's blocks: headings that match the table of contents open a
 * section, whatever their Markdown level or bold markers; everything else is
 * filed under the current section.
 */
export function readSections(blocks: readonly Block[], toc: readonly TocEntry[]): { sections: Section[]; tables: Table[] } {
  const sections = new Map<string, Section>(toc.map((e) => [e.ref, { ref: e.ref, number: e.number, title: e.title, ...(e.page !== undefined ? { page: e.page } : {}), level: e.level, paragraphs: [], charts: [] }]));
  const found = new Set<string>();
  const tables: Table[] = [];
  let current: Section | undefined;
  let subheading: string | undefined;
  let tableTitle: { title: string; captions: string[] } | undefined;
  /** The paragraph the next block may continue: a lead ending in ":" or a list a lower-case line completes. */
  let open: Paragraph | undefined;

  const push = (paragraph: Paragraph): void => {
    current!.paragraphs.push(paragraph);
    open = paragraph;
  };

  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.kind === 'heading') {
      open = undefined;
      tableTitle = undefined;
      const entry = matchTocEntry(block.text, toc);
      if (entry) {
        current = sections.get(entry.ref);
        found.add(entry.ref);
        subheading = undefined;
        continue;
      }
      if (!current) continue;
      const role = classifyHeading(block.text, blocks.slice(i + 1));
      if (role.role === 'subheading') subheading = block.text;
      else if (role.role === 'chart') current.charts!.push(role.chart);
      else tableTitle = { title: tableCaption(block.text), captions: role.captions };
      if (role.role !== 'subheading') i += role.consumed;
      continue;
    }
    if (!current) continue;

    switch (block.kind) {
      case 'text': {
        if (open?.isList && /^[a-zäöüß]/.test(block.text)) {
          open.text = `${open.text} ${block.text}`;
          open = undefined;
        } else if (open && !open.isList && open.text.endsWith(':')) {
          open.text = `${open.text} ${block.text}`;
        } else {
          push(paragraph(block.text, subheading, false));
        }
        break;
      }
      case 'list': {
        const items = joinItems(block.items);
        if (open && !open.isList && open.text.endsWith(':')) {
          open.text = `${open.text} ${items}`;
          open.isList = true;
        } else {
          push(paragraph(items, subheading, true));
        }
        break;
      }
      case 'table': {
        open = undefined;
        const text = textRows(block.lines);
        if (text) {
          // Each row one paragraph ("BG – Bedarfsgemeinschaft"); a header row ("Abkürzung – Bedeutung") is kept as the sub-heading.
          const [first, ...rest] = text;
          const header = first && first.length > 1 && /^(Abkürzung|Kürzel|Begriff)/i.test(first[0]!) ? first.join(' – ') : undefined;
          for (const row of header ? rest : text) push(paragraph(row.join(' – '), header ?? subheading ?? tableTitle?.title, false));
          tableTitle = undefined;
          break;
        }
        const after = trailing(blocks, i + 1);
        const context = {
          title: tableTitle?.title,
          heading: subheading,
          sectionRef: current.ref,
          captions: tableTitle?.captions ?? [],
          ...(after.source ? { source: after.source } : {}),
        };
        const stand = after.stand ?? standIn([after.source, ...context.captions]);
        const draft = parseTable(block.lines, { ...context, id: '', ...(stand ? { stand } : {}) });
        tables.push({ ...draft, id: uniqueId(slug(draft.title), tables) });
        tableTitle = undefined;
        i += after.consumed;
        break;
      }
      case 'source':
      case 'stand':
      case 'gap':
      case 'rule':
        open = undefined;
        break;
    }
  }

  const missing = toc.filter((e) => !found.has(e.ref));
  if (missing.length) {
    throw new Error(`no heading in the body for section ${missing.map((e) => `"${e.number ? `${e.number} ` : ''}${e.title}"${e.line ? ` (Zeile/line ${e.line})` : ''}`).join(', ')} of the table of contents / keine Überschrift im Text für diesen Abschnitt des Inhaltsverzeichnisses`);
  }
  return { sections: [...sections.values()].map(dropEmptyCharts), tables };
}

/** "Tabelle 3: Eingliederungsbudget 2025" → "Eingliederungsbudget 2025": the caption's number is the layout's, not the table's name. */
export function tableCaption(text: string): string {
  return text.replace(/^(?:Tabelle|Tab\.)\s*\d+[.:]?\s*[-–:]?\s*/i, '').trim() || text;
}

/** The "Quelle:" and "Stand:" lines right under a table (gaps allowed between). */
function trailing(blocks: readonly Block[], from: number): { source?: string; stand?: string; consumed: number } {
  let source: string | undefined;
  let stand: string | undefined;
  let i = from;
  for (; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.kind === 'source' && source === undefined) source = block.text;
    else if (block.kind === 'stand' && stand === undefined) stand = block.iso;
    else if (block.kind !== 'gap') break;
  }
  return { ...(source !== undefined ? { source } : {}), ...(stand !== undefined ? { stand } : {}), consumed: i - from };
}

function standIn(texts: readonly (string | undefined)[]): string | undefined {
  for (const text of texts) {
    const match = text ? /\bStand:?\s*(.*)$/.exec(text) : null;
    const iso = match ? germanDateToIso(match[1]!) : undefined;
    if (iso) return iso;
  }
  return undefined;
}

/**
 * List items become one paragraph. Items that end in "," or "und" are parts of
 * one sentence and are joined with a space; others with "; ".
 */
export function joinItems(items: readonly string[]): string {
  let text = '';
  for (const item of items) {
    if (!text) text = item;
    else text += /(,|\b(und|oder|sowie))$/.test(text) ? ` ${item}` : `; ${item}`;
  }
  return text;
}

function paragraph(text: string, heading: string | undefined, isList: boolean): Paragraph {
  return { ...(heading ? { heading } : {}), text, isList };
}

function dropEmptyCharts(section: Section): Section {
  if (section.charts && section.charts.length > 0) return section;
  const { charts: _charts, ...rest } = section;
  return rest;
}

function uniqueId(base: string, tables: readonly Table[]): string {
  let id = base || 'tabelle';
  for (let n = 2; tables.some((t) => t.id === id); n++) id = `${base}-${n}`;
  return id;
}
