import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Where knowledge lives:
 *
 *   knowledge/common/                      what is not about one programme (cues, synonyms)
 *   knowledge/programmes/<id>/             one programme ("elbe-elster-2024")
 *     <any name>.md                        the document as exported
 *     generated/                           what `npm run ingest` writes from it
 *     curated/                             hand-written overrides (optional)
 */

/** The folder holding package.json, found from here whether running from src/ (ts-jest) or dist/src/. */
export function projectRoot(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`[knowledge] no package.json above ${from}`);
    dir = parent;
  }
  return dir;
}

export function knowledgeRoot(): string {
  return join(projectRoot(), 'knowledge');
}

export function commonDir(root: string = knowledgeRoot()): string {
  return join(root, 'common');
}

export function programmesDir(root: string = knowledgeRoot()): string {
  return join(root, 'programmes');
}

/** A programme folder's name: "<jobcenter slug>-<year>". */
const PROGRAMME_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*-(\d{4})$/;

export function yearOfProgrammeId(id: string): number | undefined {
  const match = PROGRAMME_ID.exec(id);
  return match ? Number(match[1]) : undefined;
}

/** The programme folders under `knowledge/programmes`, oldest year first (same year: by id). */
export function listProgrammeIds(dir: string = programmesDir()): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => PROGRAMME_ID.test(name) && statSync(join(dir, name)).isDirectory())
    .sort((a, b) => yearOfProgrammeId(a)! - yearOfProgrammeId(b)! || a.localeCompare(b));
}

/** The newest programme's folder: what `loadKnowledge()` loads when given no folder. */
export function defaultKnowledgeDir(): string {
  const ids = listProgrammeIds();
  const newest = ids.at(-1);
  if (!newest) throw new Error(`[knowledge] no programme under ${programmesDir()} — run \`npm run ingest -- <Datei>\``);
  return join(programmesDir(), newest);
}

/** A file at a programme folder's top that holds the document: Markdown or plain text, any name. */
export const DOCUMENT_EXTENSIONS = /\.(md|markdown|txt)$/i;

/** The document file's name in a programme folder; undefined when there is none or more than one. */
export function documentFileOf(dir: string): string | undefined {
  if (!existsSync(dir)) return undefined;
  const files = readdirSync(dir).filter((name) => DOCUMENT_EXTENSIONS.test(name) && statSync(join(dir, name)).isFile());
  return files.length === 1 ? files[0] : undefined;
}

/** The document's path in a programme folder; throws when the folder holds none or several. */
export function documentPath(dir: string): string {
  const file = documentFileOf(dir);
  if (!file) throw new Error(`[knowledge] ${dir} must hold exactly one programme document (*.md)`);
  return join(dir, file);
}
