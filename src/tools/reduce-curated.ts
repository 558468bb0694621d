import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deriveKnowledge } from '../knowledge/derive';
import { listProgrammeIds, programmesDir } from '../knowledge/paths';
import { reduceOverrides } from '../knowledge/reduce-overrides';
import { GlossaryFileSchema, ProseFiguresFileSchema, SectionsFileSchema, TablesFileSchema } from '../knowledge/schema';

/**
 * `npm run reduce-curated -- [<programme id> …]`: drops from each programme's
 * curated glossary and figures every field the document already gives (after
 * `npm run ingest`), so the curated files hold only overrides. Prints what it dropped.
 */
export function reduceCurated(ids: readonly string[], dir: string, out: (line: string) => void): void {
  for (const id of ids.length ? ids : listProgrammeIds(dir)) {
    const folder = join(dir, id);
    const read = (file: string): unknown => JSON.parse(readFileSync(join(folder, file), 'utf8'));
    const sections = SectionsFileSchema.parse(read('generated/sections.json')).sections;
    const tables = TablesFileSchema.parse(read('generated/tables.json')).tables;
    const derived = deriveKnowledge(sections, tables);
    const glossaryFile = join(folder, 'curated/glossary.json');
    const figuresFile = join(folder, 'curated/prose-figures.json');
    const reduced = reduceOverrides(derived, {
      glossary: existsSync(glossaryFile) ? GlossaryFileSchema.parse(read('curated/glossary.json')).entries : [],
      proseFigures: existsSync(figuresFile) ? ProseFiguresFileSchema.parse(read('curated/prose-figures.json')).figures : [],
    });
    if (existsSync(glossaryFile)) writeFileSync(glossaryFile, `${JSON.stringify({ entries: reduced.glossary }, null, 2)}\n`);
    if (existsSync(figuresFile)) writeFileSync(figuresFile, `${JSON.stringify({ figures: reduced.proseFigures }, null, 2)}\n`);
    out(`${id}: ${reduced.dropped} Felder entfernt, die das Dokument selbst liefert.`);
  }
}

if (require.main === module) {
  reduceCurated(process.argv.slice(2), programmesDir(), (line) => process.stdout.write(`${line}\n`));
}
