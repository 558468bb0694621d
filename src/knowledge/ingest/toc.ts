import type { SectionRef } from '../schema';
import { cleanInline, headingOf } from './text';

export interface TocEntry {
  ref: SectionRef;
  number: string | null;
  title: string;
  page: number;
  level: number;
}

const NUMBERED = /^(\d+(?:\.\d+)*)\s+(.*)$/;

/**
 * The table of contents: the lines after the "Inhaltsverzeichnis" heading up to
 * the next heading, each "title<TAB>page". Returns the entries and the index of
 * the first body line.
 */
export function readToc(lines: readonly string[]): { entries: TocEntry[]; bodyStart: number } {
  const start = lines.findIndex((l) => headingOf(l) === 'Inhaltsverzeichnis');
  if (start < 0) throw new Error('[ingest] the document has no "Inhaltsverzeichnis" heading');
  const entries: TocEntry[] = [];
  let i = start + 1;
  for (; i < lines.length && headingOf(lines[i]!) === undefined; i++) {
    const [name, page] = lines[i]!.split('\t').map(cleanInline);
    if (!name || !page || !/^\d+$/.test(page)) continue;
    const numbered = NUMBERED.exec(name);
    const number = numbered ? numbered[1]! : null;
    entries.push({
      ref: (number ?? name) as SectionRef,
      number,
      title: numbered ? numbered[2]! : name,
      page: Number(page),
      level: number ? number.split('.').length : 1,
    });
  }
  if (entries.length === 0) throw new Error('[ingest] the table of contents lists no sections');
  return { entries, bodyStart: i };
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
