import { createHash } from 'node:crypto';
import type { SectionsFile, TablesFile } from './schema';
import { toBlocks } from './ingest/blocks';
import { readSections } from './ingest/sections';
import { cleanInline, germanDateToIso, headingOf } from './ingest/text';
import { readToc } from './ingest/toc';
import { IngestError, IngestWarnings, type IngestWarning } from './ingest/warnings';

export { IngestError, type IngestWarning } from './ingest/warnings';

/**
 * The programme document (Markdown text export) → sections and tables. Pure:
 * the same text always gives the same JSON, so a test can check the shipped
 * generated files against the shipped document. What it reads with doubt is in
 * `warnings`; what it cannot read throws an IngestError with a one-line message.
 */
export function ingestProgramme(markdown: string): { sections: SectionsFile; tables: TablesFile; warnings: IngestWarning[] } {
  const warnings = new IngestWarnings();
  try {
    const documentSha256 = createHash('sha256').update(markdown).digest('hex');
    const lines = markdown.replace(/^\uFEFF/, '').split(/\r?\n/);
    const { documentTitle, documentStand } = readTitlePage(lines);
    const { entries, bodyStart } = readToc(lines, warnings);
    const { sections, tables } = readSections(toBlocks(lines.slice(bodyStart)), entries);
    return {
      sections: { documentSha256, documentStand, documentTitle, sections },
      tables: { documentSha256, tables },
      warnings: warnings.list,
    };
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError(`[ingest] ${(error as Error).message.replace(/^\[ingest\]\s*/, '')}`);
  }
}

/** "Stand: 13.11.2023", "Stand 03.12.2019", "- Stand: 27. Januar 2020 -". */
const STAND = /\bStand\b:?\s*(.*)$/;

/**
 * The title page: the lines before the first "---" or the contents heading,
 * whichever comes first. Its "Stand" line gives the document's date; the other
 * lines, joined, its title.
 */
export function readTitlePage(lines: readonly string[]): { documentTitle: string; documentStand: string } {
  const rule = lines.findIndex((l) => /^\s*-{3,}\s*$/.test(l));
  const contents = lines.findIndex((l) => /^(inhalt|inhaltsverzeichnis)\s*:?$/i.test(headingOf(l) ?? cleanInline(l)));
  const ends = [rule, contents].filter((i) => i >= 0);
  const end = ends.length ? Math.min(...ends) : lines.length;
  const titleLines = lines.slice(0, end).map((l) => cleanInline(l.replace(/^#+\s*/, '')).replace(/^[-–]\s*|\s*[-–]$/g, '').trim());
  const standLine = titleLines.find((l) => STAND.test(l));
  const documentStand = standLine ? germanDateToIso(STAND.exec(standLine)![1]!) : undefined;
  if (!standLine) throw new IngestError('[ingest] the title page has no "Stand" line / auf dem Titelblatt fehlt die Zeile „Stand: TT.MM.JJJJ“');
  if (!documentStand) throw new IngestError(`[ingest] the title page's Stand is no date: "${standLine}" / das Datum hinter „Stand“ ist nicht lesbar`);
  const documentTitle = titleLines.filter((l) => l && l !== standLine).join(' ');
  if (!documentTitle) throw new IngestError('[ingest] the document has no title before its contents / das Dokument hat kein Titelblatt');
  return { documentTitle, documentStand };
}
