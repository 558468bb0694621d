import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultKnowledgeDir, documentPath } from '../../src/knowledge/paths';
import { pinnedProgrammeDir } from './pinned';

/** The shipped programme's document text. */
export const shippedDocument = (): string => readFileSync(documentPath(pinnedProgrammeDir()), 'utf8');

/** A fresh knowledge/programmes folder in tmp, optionally holding a copy of the shipped programme (curated files included). */
export function tempProgrammes(withShipped = false): string {
  const root = mkdtempSync(join(tmpdir(), 'amip-programmes-'));
  const dir = join(root, 'programmes');
  mkdirSync(dir);
  if (withShipped) cpSync(pinnedProgrammeDir(), join(dir, 'elbe-elster-2024'), { recursive: true });
  return dir;
}

export function writeTemp(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'amip-doc-'));
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
