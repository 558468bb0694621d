import { createHash } from 'node:crypto';
import type { SectionsFile, TablesFile } from './schema';
import { toBlocks } from './ingest/blocks';
import { readSections } from './ingest/sections';
import { cleanInline, germanDateToIso } from './ingest/text';
import { readToc } from './ingest/toc';

/**
 * The programme document (Markdown text export) → sections and tables. Pure:
 * the same text always gives the same JSON, so a test can check the shipped
 * generated files against the shipped document.
 */
export function ingestProgramme(markdown: string): { sections: SectionsFile; tables: TablesFile } {
  const documentSha256 = createHash('sha256').update(markdown).digest('hex');
  const lines = markdown.split(/\r?\n/);
  const { documentTitle, documentStand } = readTitlePage(lines);
  const { entries, bodyStart } = readToc(lines);
  const { sections, tables } = readSections(toBlocks(lines.slice(bodyStart)), entries);
  return {
    sections: { documentSha256, documentStand, documentTitle, sections },
    tables: { documentSha256, tables },
  };
}

/** Title lines and "- Stand: 13.11.2023 -" come before the first "---". */
export function readTitlePage(lines: readonly string[]): { documentTitle: string; documentStand: string } {
  const end = lines.findIndex((l) => /^\s*-{3,}\s*$/.test(l));
  const titleLines = lines.slice(0, end < 0 ? lines.length : end).map((l) => cleanInline(l.replace(/^#+\s*/, '')));
  const standLine = titleLines.find((l) => /\bStand:/.test(l));
  const documentStand = standLine ? germanDateToIso(standLine) : undefined;
  if (!documentStand) throw new Error('[ingest] the document has no "Stand: dd.mm.yyyy" line before the first "---"');
  const documentTitle = titleLines.filter((l) => l && l !== standLine).join(' ');
  if (!documentTitle) throw new Error('[ingest] the document has no title before the first "---"');
  return { documentTitle, documentStand };
}
