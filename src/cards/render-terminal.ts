import { plainText } from './render-text';

/** A bot reply as the terminal chat receives it. */
export interface TerminalActivity {
  type?: string;
  text?: string;
  suggestedActions?: { actions?: { title?: string }[] };
  attachments?: { content?: unknown }[];
}

type Node = Record<string, unknown>;

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const isNode = (value: unknown): value is Node => Boolean(value) && typeof value === 'object' && !Array.isArray(value);
const nodes = (value: unknown): Node[] => (Array.isArray(value) ? value.filter(isNode) : []);

/** Rows of cells as columns padded to their widest cell; numbers right-aligned. */
export function alignedTable(rows: readonly (readonly string[])[], separator = '  '): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  const numeric = (cell: string): boolean => /^[+\-−]?[\d.,]+\s?(%|€)?$|^–$/.test(cell.trim());
  return rows.map((row) =>
    row
      .map((cell, i) => {
        const pad = ' '.repeat((widths[i] ?? 0) - [...cell].length);
        return i > 0 && numeric(cell) ? pad + cell : cell + pad;
      })
      .join(separator)
      .trimEnd(),
  );
}

/** The text of a card element, recursively; tables and fact sets as aligned columns. */
function elementLines(node: Node): string[] {
  switch (node['type']) {
    case 'TextBlock':
      return [plainText(str(node['text']))];
    case 'FactSet':
      return alignedTable(nodes(node['facts']).map((f) => [`${plainText(str(f['title']))}:`, plainText(str(f['value']))]));
    case 'Table':
      return alignedTable(nodes(node['rows']).map((row) => nodes(row['cells']).map((cell) => nodes(cell['items']).flatMap(elementLines).join(' '))));
    case 'ColumnSet':
      return [nodes(node['columns']).map((c) => nodes(c['items']).flatMap(elementLines).join(' ')).filter(Boolean).join(' · ')];
    case 'Input.Text':
    case 'Input.Number':
      return [`${str(node['label'])}: ____`];
    default:
      // A chart repeats the table next to it: the terminal shows the table only.
      if (str(node['type']).startsWith('Chart.')) return [];
      return [...nodes(node['items']).flatMap(elementLines), ...nodes(node['body']).flatMap(elementLines)];
  }
}

/** A whole card: its body, then its buttons on one line. */
export function cardLines(card: unknown): string[] {
  if (!isNode(card)) return [];
  const body = nodes(card['body']).flatMap(elementLines).filter(Boolean);
  const actions = nodes(card['actions']).map((a) => `[${str(a['title'])}]`);
  return actions.length ? [...body, actions.join(' ')] : body;
}

/** A bot message for the terminal: plain text (no Markdown marks), then each card, then the suggested buttons. */
export function terminalLines(activity: TerminalActivity): string[] {
  const text = activity.text ? plainText(activity.text).split('\n') : [];
  const cards = (activity.attachments ?? []).flatMap((a) => cardLines(a.content));
  const buttons = (activity.suggestedActions?.actions ?? []).map((a) => `[${a.title ?? ''}]`);
  return [...text, ...cards, ...(buttons.length ? [buttons.join(' ')] : [])];
}
