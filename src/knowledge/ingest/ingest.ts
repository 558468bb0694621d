import { createHash } from 'node:crypto';
import type { Paragraph, Section, SectionRef, SectionsFile, Table, TablesFile } from '../schema';
import { cleanInline, germanDateToIso, headingOf, slug } from './markdown-lines';
import { parseTableBlock } from './tables';

interface TocEntry {
  ref: SectionRef;
  number: string | null;
  title: string;
  page: number;
  level: number;
}

/**
 * The programme document (Markdown text export) → sections and tables. Pure:
 * the same text always gives the same JSON, so `npm run ingest` can be checked
 * by a test against the shipped files.
 */
export function ingestProgramme(markdown: string): { sections: SectionsFile; tables: TablesFile } {
  const documentSha256 = createHash('sha256').update(markdown).digest('hex');
  const lines = markdown.split(/\r?\n/);
  const toc = readToc(lines);
  const { sections, tables } = readBody(lines, toc);
  const titleLines = lines.slice(0, lines.findIndex((l) => /^---\s*$/.test(l)));
  const documentTitle = titleLines
    .map((l) => cleanInline(l.replace(/^#+\s*/, '')))
    .filter((l) => l && !/Stand:/.test(l))
    .join(' ');
  const stand = germanDateToIso(titleLines.find((l) => /Stand:/.test(l)) ?? '');
  if (!stand) throw new Error('[ingest] the document has no "Stand: dd.mm.yyyy" line before the first "---"');
  return {
    sections: { documentSha256, documentStand: stand, documentTitle, sections },
    tables: { documentSha256, tables },
  };
}

function readToc(lines: readonly string[]): TocEntry[] {
  const start = lines.findIndex((l) => headingOf(l) === 'Inhaltsverzeichnis');
  if (start < 0) throw new Error('[ingest] no "Inhaltsverzeichnis" heading');
  const entries: TocEntry[] = [];
  for (const line of lines.slice(start + 1)) {
    if (headingOf(line) !== undefined) break;
    const [name, page] = line.split('\t').map(cleanInline);
    if (!name || !page || !/^\d+$/.test(page)) continue;
    const numbered = /^(\d+(?:\.\d+)*)\s+(.*)$/.exec(name);
    const number = numbered ? numbered[1]! : null;
    entries.push({
      ref: (number ?? name) as SectionRef,
      number,
      title: numbered ? numbered[2]! : name,
      page: Number(page),
      level: number ? number.split('.').length : 1,
    });
  }
  return entries;
}

function matchToc(heading: string, toc: readonly TocEntry[]): TocEntry | undefined {
  const numbered = /^(\d+(?:\.\d+)*)\s+(.*)$/.exec(heading);
  if (!numbered) return toc.find((e) => e.number === null && e.title === heading);
  const entry = toc.find((e) => e.number === numbered[1]);
  const words = (s: string): string => s.toLowerCase().replace(/[^a-zäöüß0-9]+/g, ' ').trim();
  return entry && words(numbered[2]!).startsWith(words(entry.title).slice(0, 20)) ? entry : undefined;
}

function readBody(lines: readonly string[], toc: readonly TocEntry[]): { sections: Section[]; tables: Table[] } {
  const sections = new Map<string, Section>(toc.map((e) => [e.ref, { ref: e.ref, number: e.number, title: e.title, page: e.page, level: e.level, paragraphs: [], charts: [] }]));
  const tables: Table[] = [];
  let current: Section | undefined;
  let heading: string | undefined;
  let headingHasContent = true;
  let captions: string[] = [];
  let list: string[] = [];
  const tocEnd = lines.findIndex((l, i) => i > lines.findIndex((x) => headingOf(x) === 'Inhaltsverzeichnis') && headingOf(l) !== undefined && headingOf(l) !== 'Inhaltsverzeichnis');

  const flushList = (): void => {
    if (list.length && current) current.paragraphs.push(paragraph(list.join('; '), heading, true));
    list = [];
  };

  for (let i = tocEnd; i < lines.length; i++) {
    const line = lines[i]!;
    const title = headingOf(line);
    if (title !== undefined) {
      flushList();
      const entry = matchToc(title, toc);
      if (entry) {
        current = sections.get(entry.ref);
        heading = undefined;
      } else {
        heading = title;
      }
      headingHasContent = false;
      captions = [];
      continue;
    }
    if (!current) continue;
    const text = cleanInline(line);
    if (line.includes('\t')) {
      flushList();
      let end = i;
      while (end < lines.length && (lines[end]!.includes('\t') || (lines[end]!.trim() === '' && lines[end + 1]?.includes('\t')))) end++;
      const block = lines.slice(i, end).filter((l) => l.includes('\t'));
      const after = lines.slice(end, end + 6).map(cleanInline).filter(Boolean);
      const source = after.find((l) => l.startsWith('Quelle:'));
      const standLine = [...after.slice(0, 3), ...captions].find((l) => /Stand:/.test(l));
      const stand = standLine ? germanDateToIso(standLine) : undefined;
      const tableTitle = heading ?? current.title;
      tables.push(
        parseTableBlock(block, {
          id: uniqueId(slug(tableTitle), tables),
          title: tableTitle,
          sectionRef: current.ref,
          caption: captions.join(' '),
          ...(stand ? { stand } : {}),
          ...(source ? { source } : {}),
        }),
      );
      headingHasContent = true;
      i = end - 1;
      continue;
    }
    if (!text || /^-{3,}$/.test(text)) continue;
    if (text.startsWith('Quelle:')) {
      if (!headingHasContent && heading) current.charts!.push({ title: heading, source: text.replace(/^Quelle:\s*/, '') });
      headingHasContent = true;
      continue;
    }
    if (/^Stand:\s*\d/.test(text)) continue;
    if (/^[-•]\s+/.test(text)) {
      list.push(text.replace(/^[-•]\s+/, ''));
      continue;
    }
    flushList();
    // Short lines between a heading and its table are the table's captions ("in Euro", "Haushaltsjahr 2023/ 2024").
    if (!headingHasContent && text.length < 70 && !/[.!?:]$/.test(text) && nextIsTableOrCaption(lines, i)) {
      captions.push(text);
      continue;
    }
    if (!headingHasContent && text.length < 70 && !/[.!?]$/.test(text) && nextIsSource(lines, i)) {
      captions.push(text);
      continue;
    }
    const lead = list.length === 0 && current.paragraphs.length > 0 && text.endsWith(':') ? text : undefined;
    if (lead !== undefined && lines.slice(i + 1, i + 4).some((l) => /^\s*[-•]\s+/.test(l))) {
      list = [lead];
      continue;
    }
    current.paragraphs.push(paragraph(text, heading, false));
    headingHasContent = true;
  }
  flushList();
  return { sections: [...sections.values()].map(dropEmptyCharts), tables };
}

function nextIsTableOrCaption(lines: readonly string[], i: number): boolean {
  for (const line of lines.slice(i + 1, i + 12)) {
    if (line.includes('\t')) return true;
    const text = cleanInline(line);
    if (!text) continue;
    if (headingOf(line) !== undefined || text.length >= 70) return false;
  }
  return false;
}

function nextIsSource(lines: readonly string[], i: number): boolean {
  const next = lines.slice(i + 1, i + 6).map(cleanInline).find(Boolean);
  return next?.startsWith('Quelle:') ?? false;
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
