import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

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

export function defaultKnowledgeDir(): string {
  return join(projectRoot(), 'knowledge');
}

export const DOCUMENT_FILE = 'amip-2024-jobcenter-elbe-elster.md';
