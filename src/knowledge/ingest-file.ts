import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { IngestError, ingestProgramme, type IngestWarning } from './ingest';
import { KnowledgeError, loadKnowledge, type LoadOptions } from './load';
import { DOCUMENT_EXTENSIONS, documentPath, listProgrammeIds, programmesDir } from './paths';
import { IdentityError, readProgrammeIdentity } from './programme-identity';
import type { ProgrammeIdentity } from './schema';
import type { KnowledgeProblem } from './stale-check';

export interface IngestResult {
  programme: ProgrammeIdentity;
  /** The programme's folder: knowledge/programmes/<id>. */
  dir: string;
  sections: number;
  tables: number;
  warnings: IngestWarning[];
  /** Curated items that no longer match the document: all of them. Empty when the programme loads. */
  problems: readonly KnowledgeProblem[];
}

/**
 * `npm run ingest -- <file>`: reads jobcenter and year from the document, puts
 * it into knowledge/programmes/<jobcenter>-<year>/ (replacing an older copy of
 * the same programme), writes generated/ and checks every curated item against
 * it. Throws IngestError with one line when the file or its title page cannot be read.
 */
export function ingestFile(file: string, options: { programmesDir?: string; commonDir?: string } = {}): IngestResult {
  const path = resolve(file);
  let markdown: string;
  try {
    if (!statSync(path).isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    markdown = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'Datei nicht gefunden / file not found' : code === 'EISDIR' ? 'ist keine Datei / not a file' : `nicht lesbar / cannot read (${code ?? String(error)})`;
    throw new IngestError(`[ingest] ${file}: ${why}`);
  }
  if (markdown.includes('\u0000')) throw new IngestError(`[ingest] ${file}: keine Textdatei / not a text file (export the programme as Markdown)`);

  const { sections, tables, warnings } = ingestProgramme(markdown);
  let programme: ProgrammeIdentity;
  try {
    programme = readProgrammeIdentity(sections.documentTitle, sections.documentStand, sections.sections);
  } catch (error) {
    if (error instanceof IdentityError) throw new IngestError(`[ingest] ${file}: ${error.message}`);
    throw error;
  }

  const dir = join(options.programmesDir ?? programmesDir(), programme.id);
  mkdirSync(join(dir, 'generated'), { recursive: true });
  const name = DOCUMENT_EXTENSIONS.test(path) ? basename(path) : `${basename(path)}.md`;
  if (resolve(dir, name) !== path) {
    for (const old of readdirSync(dir)) if (DOCUMENT_EXTENSIONS.test(old) && old !== name) rmSync(join(dir, old));
    copyFileSync(path, join(dir, name));
  }
  writeFileSync(join(dir, 'generated', 'sections.json'), `${JSON.stringify(sections, null, 2)}\n`);
  writeFileSync(join(dir, 'generated', 'tables.json'), `${JSON.stringify(tables, null, 2)}\n`);

  return { programme, dir, sections: sections.sections.length, tables: tables.tables.length, warnings, problems: check(dir, options) };
}

/** Every programme already under knowledge/programmes, re-read from its own document (`npm run ingest` without a file). */
export function ingestAll(options: { programmesDir?: string; commonDir?: string } = {}): IngestResult[] {
  const root = options.programmesDir ?? programmesDir();
  const ids = listProgrammeIds(root);
  if (ids.length === 0) throw new IngestError(`[ingest] no programme under ${root} — give the document: npm run ingest -- <Datei> / kein Programm vorhanden`);
  return ids.map((id) => {
    const dir = join(root, id);
    if (!existsSync(dir)) throw new IngestError(`[ingest] ${dir}: missing`);
    let file: string;
    try {
      file = documentPath(dir);
    } catch (error) {
      throw new IngestError(`[ingest] ${(error as Error).message.replace(/^\[knowledge\]\s*/, '')}`);
    }
    return ingestFile(file, options);
  });
}

function check(dir: string, options: LoadOptions): readonly KnowledgeProblem[] {
  try {
    loadKnowledge(dir, options);
    return [];
  } catch (error) {
    if (error instanceof KnowledgeError) return error.problems;
    throw error;
  }
}
