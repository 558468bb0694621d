import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ingestProgramme } from './ingest';
import { defaultKnowledgeDir, DOCUMENT_FILE } from './paths';

/** `npm run ingest`: regenerates knowledge/generated/ from the programme document. Curated files stay untouched. */
function main(): void {
  const dir = defaultKnowledgeDir();
  const { sections, tables } = ingestProgramme(readFileSync(join(dir, DOCUMENT_FILE), 'utf8'));
  mkdirSync(join(dir, 'generated'), { recursive: true });
  writeFileSync(join(dir, 'generated', 'sections.json'), `${JSON.stringify(sections, null, 2)}\n`);
  writeFileSync(join(dir, 'generated', 'tables.json'), `${JSON.stringify(tables, null, 2)}\n`);
  console.log(`[ingest] ${sections.sections.length} sections, ${tables.tables.length} tables → ${join(dir, 'generated')}`);
}

main();
