import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deriveKnowledge } from '../knowledge/derive';
import { listProgrammeIds, programmesDir } from '../knowledge/paths';
import { reduceOverrides } from '../knowledge/reduce-overrides';
import { GlossaryFileSchema, ProseFiguresFileSchema, SectionsFileSchema, TablesFileSchema } from '../knowledge/schema';

/** A programme folder's curated glossary and figures without what its document already gives (nothing written). */
export function curatedReduction(folder: string): ReturnType<typeof reduceOverrides> & { files: { glossary?: string; figures?: string } } {
  const read = (file: string): unknown => JSON.parse(readFileSync(join(folder, file), 'utf8'));
  const sections = SectionsFileSchema.parse(read('generated/sections.json')).sections;
  const tables = TablesFileSchema.parse(read('generated/tables.json')).tables;
  const glossaryFile = join(folder, 'curated/glossary.json');
  const figuresFile = join(folder, 'curated/prose-figures.json');
  const files = { ...(existsSync(glossaryFile) ? { glossary: glossaryFile } : {}), ...(existsSync(figuresFile) ? { figures: figuresFile } : {}) };
  const reduced = reduceOverrides(deriveKnowledge(sections, tables), {
    glossary: files.glossary ? GlossaryFileSchema.parse(read('curated/glossary.json')).entries : [],
    proseFigures: files.figures ? ProseFiguresFileSchema.parse(read('curated/prose-figures.json')).figures : [],
  });
  return { ...reduced, files };
}

/**
 * `npm run reduce-curated -- [<programme id> …]`: drops from each programme's
 * curated glossary and figures every field the document already gives (after
 * `npm run ingest`), so the curated files hold only overrides. Prints what it dropped.
 */
export function reduceCurated(ids: readonly string[], dir: string, out: (line: string) => void): void {
  for (const id of ids.length ? ids : listProgrammeIds(dir)) {
    const reduced = curatedReduction(join(dir, id));
    if (reduced.files.glossary) writeFileSync(reduced.files.glossary, `${JSON.stringify({ entries: reduced.glossary }, null, 2)}\n`);
    if (reduced.files.figures) writeFileSync(reduced.files.figures, `${JSON.stringify({ figures: reduced.proseFigures }, null, 2)}\n`);
    out(`${id}: ${reduced.dropped} Felder entfernt, die das Dokument selbst liefert.`);
  }
}

if (require.main === module) {
  reduceCurated(process.argv.slice(2), programmesDir(), (line) => process.stdout.write(`${line}\n`));
}
