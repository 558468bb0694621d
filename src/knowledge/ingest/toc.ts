import type { SectionRef } from '../schema';
import { cleanInline, headingOf } from './text';
import type { IngestWarnings } from './warnings';

export interface TocEntry {
  ref: SectionRef;
  number: string | null;
  title: string;
  /** Undefined when the contents list no page numbers. */
  page?: number;
  level: number;
  /** The document line (1-based) of the contents entry, for messages. */
  line?: number;
}

/** "2.1 Das Angebot", "1. Vorwort", "3.3.2. REHAPRO": the number without its trailing dot. */
const NUMBERED = /^(\d+(?:\.\d+)*)\.?\s+(\S.*)$/;
const CONTENTS = /^(inhalt|inhaltsverzeichnis)\s*:?$/i;
/** "Präambel ........ 3", "2.1 Das Angebot   5": a page number after dot leaders or wide spacing. */
const TRAILING_PAGE = /^(.*?\S)(?:\s*\.{2,}\s*|\s{2,}|\s+)(\d{1,3})$/;

/** The contents heading: "Inhaltsverzeichnis", "Inhalt", "Inhaltsverzeichnis:", as a heading or a line of its own. */
function isContentsHeading(line: string): boolean {
  const text = headingOf(line) ?? cleanInline(line);
  return CONTENTS.test(text);
}

/**
 * The table of contents: the lines after the contents heading, each "title<TAB>page",
 * "title …… page" or just "title". It ends at the next Markdown heading, a rule,
 * or the first line that repeats an entry (the body's first heading, when the
 * contents list no pages). Returns the entries and the index of the first body line.
 */
export function readToc(lines: readonly string[], warnings?: IngestWarnings): { entries: TocEntry[]; bodyStart: number } {
  const start = lines.findIndex(isContentsHeading);
  if (start < 0) throw new Error('the document has no contents heading ("Inhaltsverzeichnis" or "Inhalt") / das Dokument hat kein Inhaltsverzeichnis');
  const entries: TocEntry[] = [];
  let i = start + 1;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) continue;
    if (/^#{1,6}\s/.test(line) || /^\s*-{3,}\s*$/.test(line)) break;
    const entry = parseEntry(line);
    if (!entry) {
      warnings?.add(i + 1, `contents line not understood, skipped: "${cleanInline(line).slice(0, 80)}"`);
      continue;
    }
    if (entries.some((e) => e.ref === entry.ref)) break;
    entries.push({ ...entry, line: i + 1 });
  }
  if (entries.length === 0) throw new Error('the table of contents lists no sections / das Inhaltsverzeichnis nennt keine Abschnitte');
  return { entries, bodyStart: i };
}

function parseEntry(line: string): TocEntry | undefined {
  const cells = line.split('\t').map(cleanInline).filter(Boolean);
  let name = cells[0] ?? '';
  let page: number | undefined;
  if (cells.length >= 2 && /^\d{1,4}$/.test(cells.at(-1)!)) {
    name = cells.slice(0, -1).join(' ');
    page = Number(cells.at(-1));
  } else if (cells.length === 1) {
    const withPage = TRAILING_PAGE.exec(name);
    // "2 Angebot 5" has a page; "5 Ziele" alone is a numbered title.
    if (withPage && !/^\d+(?:\.\d+)*\.?$/.test(withPage[1]!)) {
      name = withPage[1]!;
      page = Number(withPage[2]);
    }
  } else {
    return undefined;
  }
  name = name.replace(/\s*\.{2,}$/, '').trim();
  if (!name || name.length > 200 || page === 0) return undefined;
  const numbered = NUMBERED.exec(name);
  const number = numbered ? numbered[1]! : null;
  return {
    ref: (number ?? name) as SectionRef,
    number,
    title: numbered ? numbered[2]!.trim() : name,
    ...(page !== undefined ? { page } : {}),
    level: number ? number.split('.').length : 1,
  };
}

const words = (s: string): string => s.toLowerCase().replace(/[^a-zäöüß0-9]+/g, ' ').trim();

/**
 * The entry a body heading stands for. Numbered headings must carry the entry's
 * number and start with its title (the body sometimes adds to the title); the
 * unnumbered Präambel matches by title.
 */
export function matchTocEntry(heading: string, entries: readonly TocEntry[]): TocEntry | undefined {
  const numbered = NUMBERED.exec(heading);
  if (!numbered) return entries.find((e) => e.number === null && words(e.title) === words(heading));
  const entry = entries.find((e) => e.number === numbered[1]);
  return entry && words(numbered[2]!).startsWith(words(entry.title)) ? entry : undefined;
}
