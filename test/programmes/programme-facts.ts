import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Knowledge } from '../../src/knowledge/schema';

/** One place where code names a fact of the programme. */
export interface FactHit {
  file: string;
  line: number;
  fact: string;
  kind: 'jobcenter' | 'place' | 'year' | 'section title' | 'section number' | 'row label';
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The facts of a programme that code must not name, read from its knowledge:
 * the jobcenter and region, the places of its sign-off and its partner agency,
 * its year and the year before, its section titles and numbers, its row labels.
 */
export function programmeFacts(k: Knowledge): { kind: FactHit['kind']; fact: string; pattern: RegExp }[] {
  const facts: { kind: FactHit['kind']; fact: string; pattern: RegExp }[] = [];
  const add = (kind: FactHit['kind'], fact: string, pattern: RegExp = new RegExp(`(?<![\\p{L}\\d])${escape(fact)}(?![\\p{L}\\d])`, 'u')): void => {
    if (!facts.some((f) => f.fact === fact && f.kind === kind)) facts.push({ kind, fact, pattern });
  };
  add('jobcenter', k.programme.jobcenter);
  add('jobcenter', k.programme.region);
  if (k.programme.signOff) add('place', k.programme.signOff.place);
  const text = k.sections.flatMap((s) => s.paragraphs.map((p) => p.text)).join('\n');
  for (const m of text.matchAll(/Agentur für Arbeit (\p{Lu}[\p{L}-]+)/gu)) add('place', m[1]!);
  for (const year of [k.programme.year, k.programme.year - 1]) add('year', String(year));
  for (const s of k.sections) {
    // Multi-word titles only: a one-word title ("Ressourcen", "Alleinerziehende") is vocabulary.
    if (s.title.includes(' ') && s.title.length >= 15) add('section title', s.title);
    // A section number as a string literal: '3.1', "5.3.2".
    if (s.number?.includes('.')) add('section number', s.number, new RegExp(`['"\`]${escape(s.number)}['"\`]`));
  }
  for (const row of k.tables.flatMap((t) => t.rows)) if (row.label.includes(' ') && row.label.length >= 15) add('row label', row.label);
  return facts;
}

/** Files under the given folders (relative to root) with the given extensions. */
export function filesUnder(root: string, folders: readonly string[], extensions: RegExp): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'build' && name !== 'node_modules') walk(path);
      } else if (extensions.test(name)) out.push(relative(root, path));
    }
  };
  for (const folder of folders) walk(join(root, folder));
  return out.sort();
}

/**
 * Comments out, line numbers kept: a comment's example ("Ist 2023") documents a
 * shape; a string or pattern in code would be a fact the code relies on.
 */
export function withoutComments(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, (block) => block.replace(/[^\n]/g, ' '))
    .replace(/(^|[\s;{}(),])\/\/.*$/gm, '$1');
}

export function scan(root: string, files: readonly string[], facts: ReturnType<typeof programmeFacts>): FactHit[] {
  const hits: FactHit[] = [];
  for (const file of files) {
    const source = readFileSync(join(root, file), 'utf8');
    (file.endsWith('.ts') ? withoutComments(source) : source).split('\n').forEach((text, i) => {
      for (const f of facts) if (f.pattern.test(text)) hits.push({ file, line: i + 1, fact: f.fact, kind: f.kind });
    });
  }
  return hits;
}
