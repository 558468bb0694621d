import { cleanInline, germanDateToIso, headingOf, isBlank } from './text';

/** The body of the export, cut into the pieces the section walk cares about. */
export type Block =
  | { kind: 'heading'; text: string }
  /** Consecutive text lines, joined as Markdown would. */
  | { kind: 'text'; text: string }
  | { kind: 'list'; items: string[] }
  /** Raw tab-separated lines, cleaned later cell by cell. */
  | { kind: 'table'; lines: string[] }
  /** "Quelle: …", without "Quelle:". */
  | { kind: 'source'; text: string }
  /** A line holding only "Stand: dd.mm.yyyy". */
  | { kind: 'stand'; iso: string }
  /** Two or more blank lines: where the export dropped a chart's image. */
  | { kind: 'gap' }
  | { kind: 'rule' };

const LIST_ITEM = /^\s*[-•*]\s+(.*)$/;
const SOURCE = /^Quelle:\s*(.*)$/;
/** "Stand: 28.09.2023", "Stand 03.12.2019", "Stand: 27. Januar 2020" on a line of its own. */
const STAND_LINE = /^Stand:?\s*(\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|\d{1,2}\.\s*\p{L}+\s+\d{4})$/u;

export function toBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let text: string[] = [];
  let items: string[] = [];
  let table: string[] = [];
  let blanks = 0;

  const flush = (): void => {
    if (text.length) blocks.push({ kind: 'text', text: text.join(' ') });
    if (items.length) {
      // A loose list (blank lines between items) is still one list.
      const last = blocks.at(-1);
      if (last?.kind === 'list') last.items.push(...items);
      else blocks.push({ kind: 'list', items });
    }
    if (table.length) blocks.push({ kind: 'table', lines: table });
    text = [];
    items = [];
    table = [];
  };

  for (const line of lines) {
    if (isBlank(line)) {
      flush();
      blanks++;
      continue;
    }
    if (blanks >= 2) blocks.push({ kind: 'gap' });
    blanks = 0;

    const heading = headingOf(line);
    if (heading !== undefined) {
      flush();
      blocks.push({ kind: 'heading', text: heading });
      continue;
    }
    if (line.includes('\t')) {
      if (!table.length) flush();
      table.push(line);
      continue;
    }
    const clean = cleanInline(line);
    const item = LIST_ITEM.exec(line);
    if (item) {
      if (!items.length) flush();
      items.push(cleanInline(item[1]!));
      continue;
    }
    if (/^-{3,}$/.test(clean)) {
      flush();
      blocks.push({ kind: 'rule' });
      continue;
    }
    const source = SOURCE.exec(clean);
    if (source) {
      flush();
      blocks.push({ kind: 'source', text: source[1]! });
      continue;
    }
    const standIso = STAND_LINE.test(clean) ? germanDateToIso(clean) : undefined;
    if (standIso) {
      flush();
      blocks.push({ kind: 'stand', iso: standIso });
      continue;
    }
    if (items.length || table.length) flush();
    text.push(clean);
  }
  flush();
  return blocks;
}
