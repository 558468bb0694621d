import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatNumber } from '../german/number';
import type { z } from 'zod';
import {
  GlossaryFileSchema,
  InstrumentsFileSchema,
  ProseFiguresFileSchema,
  SectionsFileSchema,
  SynonymsFileSchema,
  TablesFileSchema,
  TargetGroupsFileSchema,
  type Knowledge,
  type ProseFigure,
} from './schema';
import { defaultKnowledgeDir, DOCUMENT_FILE } from './paths';
import { readProgrammeIdentity } from './programme-identity';

/** A knowledge file that cannot be trusted. The message names file, field and bad value. */
export class KnowledgeError extends Error {
  override readonly name = 'KnowledgeError';
  constructor(
    /** Path inside the knowledge folder: "curated/glossary.json". */
    readonly file: string,
    /** "entries[3].expansion", or "" for the whole file. */
    readonly field: string,
    detail: string,
  ) {
    super(`[knowledge] ${file}: ${field ? `${field}: ` : ''}${detail}`);
  }
}

export const KNOWLEDGE_FILES = {
  sections: 'generated/sections.json',
  tables: 'generated/tables.json',
  glossary: 'curated/glossary.json',
  synonyms: 'curated/synonyms.json',
  proseFigures: 'curated/prose-figures.json',
  targetGroups: 'curated/target-groups.json',
  instruments: 'curated/instruments.json',
} as const;
const FILES = KNOWLEDGE_FILES;

/**
 * Reads and validates everything in `knowledge/` once: each file against its
 * schema, then the references between files and the programme document. Any
 * broken file stops start-up with a KnowledgeError.
 */
export function loadKnowledge(dir: string = defaultKnowledgeDir()): Knowledge {
  const raw = new Map<string, string>();
  const read = (file: string): string => {
    try {
      const text = readFileSync(join(dir, file), 'utf8');
      raw.set(file, text);
      return text;
    } catch (error) {
      throw new KnowledgeError(file, '', `cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
  };
  const parse = <S extends z.ZodType>(file: string, schema: S): z.infer<S> => {
    const text = read(file);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new KnowledgeError(file, '', `not valid JSON (${(error as Error).message})`);
    }
    const result = schema.safeParse(json);
    if (result.success) return result.data;
    const issue = result.error.issues[0]!;
    const value = valueAt(json, issue.path);
    const more = result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more)` : '';
    throw new KnowledgeError(file, formatPath(issue.path), `${issue.message.replace(/^Invalid input: /, '')}${showValue(value)}${more}`);
  };

  const document = read(DOCUMENT_FILE);
  const sections = parse(FILES.sections, SectionsFileSchema);
  const tables = parse(FILES.tables, TablesFileSchema);
  let programme;
  try {
    programme = readProgrammeIdentity(sections.documentTitle, sections.documentStand, sections.sections);
  } catch (error) {
    throw new KnowledgeError(FILES.sections, 'documentTitle', (error as Error).message);
  }
  const knowledge: Knowledge = {
    programme,
    version: '',
    documentTitle: sections.documentTitle,
    documentStand: sections.documentStand,
    sections: sections.sections,
    tables: tables.tables,
    glossary: parse(FILES.glossary, GlossaryFileSchema).entries,
    synonyms: parse(FILES.synonyms, SynonymsFileSchema).groups,
    proseFigures: parse(FILES.proseFigures, ProseFiguresFileSchema).figures,
    targetGroups: parse(FILES.targetGroups, TargetGroupsFileSchema).targetGroups,
    instruments: parse(FILES.instruments, InstrumentsFileSchema).instruments,
  };

  const sha = createHash('sha256').update(document).digest('hex');
  for (const [file, value] of [[FILES.sections, sections.documentSha256], [FILES.tables, tables.documentSha256]] as const) {
    if (value !== sha) throw new KnowledgeError(file, 'documentSha256', `"${value.slice(0, 12)}…" does not match ${DOCUMENT_FILE} ("${sha.slice(0, 12)}…") — run \`npm run ingest\``);
  }
  crossCheck(knowledge);

  const digest = createHash('sha256');
  for (const file of [DOCUMENT_FILE, ...Object.values(FILES)]) digest.update(`${file}\0${raw.get(file) ?? ''}\0`);
  knowledge.version = `${knowledge.documentStand}+${digest.digest('hex').slice(0, 8)}`;
  return knowledge;
}

/** References between files: ids unique, sections exist, quotes are the document's words, instruments exist. */
function crossCheck(k: Knowledge): void {
  unique(FILES.sections, 'sections', k.sections.map((s) => s.ref), 'ref');
  unique(FILES.tables, 'tables', k.tables.map((t) => t.id), 'id');
  unique(FILES.glossary, 'entries', k.glossary.map((e) => e.abbreviation), 'abbreviation');
  unique(FILES.proseFigures, 'figures', k.proseFigures.map((f) => f.id), 'id');
  unique(FILES.targetGroups, 'targetGroups', k.targetGroups.map((g) => g.id), 'id');
  unique(FILES.instruments, 'instruments', k.instruments.map((i) => i.id), 'id');

  const sectionText = new Map(k.sections.map((s) => [s.ref as string, s.paragraphs.map((p) => p.text).join('\n')]));
  const checkRef = (file: string, path: string, ref: string): void => {
    if (!sectionText.has(ref)) throw new KnowledgeError(file, path, `unknown section "${ref}"`);
  };
  k.tables.forEach((t, i) => checkRef(FILES.tables, `tables[${i}].sectionRef`, t.sectionRef));
  k.glossary.forEach((e, i) => e.sectionRefs.forEach((r, j) => checkRef(FILES.glossary, `entries[${i}].sectionRefs[${j}]`, r)));
  k.instruments.forEach((e, i) => e.sectionRefs.forEach((r, j) => checkRef(FILES.instruments, `instruments[${i}].sectionRefs[${j}]`, r)));
  const instrumentIds = new Set(k.instruments.map((i) => i.id));
  k.targetGroups.forEach((g, i) => {
    g.sectionRefs.forEach((r, j) => checkRef(FILES.targetGroups, `targetGroups[${i}].sectionRefs[${j}]`, r));
    g.instrumentIds.forEach((id, j) => {
      if (!instrumentIds.has(id)) throw new KnowledgeError(FILES.targetGroups, `targetGroups[${i}].instrumentIds[${j}]`, `unknown instrument "${id}"`);
    });
  });
  k.proseFigures.forEach((f, i) => {
    checkRef(FILES.proseFigures, `figures[${i}].sectionRef`, f.sectionRef);
    if (!sectionText.get(f.sectionRef)!.includes(f.quote)) {
      throw new KnowledgeError(FILES.proseFigures, `figures[${i}].quote`, `not found verbatim in section ${f.sectionRef}: "${shorten(f.quote)}"`);
    }
    checkPrinted(f, i);
  });
}

/**
 * The quote must show the figure: as `printed` says ("fast ein Viertel"), and
 * when that holds digits, or when there is no `printed`, as the value in German
 * format ("4.530", "90,2", "6,8" for 6.800.000 with "Mio.").
 */
function checkPrinted(f: ProseFigure, i: number): void {
  if (f.printed !== undefined && !f.quote.includes(f.printed)) {
    throw new KnowledgeError(FILES.proseFigures, `figures[${i}].printed`, `"${f.printed}" does not occur in its quote`);
  }
  const shown = f.printed ?? f.quote;
  if (f.printed !== undefined && !/\d/.test(f.printed)) return;
  if (!printedForms(f.value).some((form) => containsNumber(shown, form))) {
    throw new KnowledgeError(FILES.proseFigures, `figures[${i}].value`, `${f.value} does not appear in its ${f.printed !== undefined ? 'printed form' : 'quote'}`);
  }
}

/** How the document may print a value: 4.530, 90,2, 6,8 (Mio.), 75. */
export function printedForms(value: number): string[] {
  return Math.abs(value) >= 1_000_000 ? [formatNumber(value), formatNumber(value / 1_000_000)] : [formatNumber(value)];
}

/** "4.530" occurs in "ca. 4.530 ELB" but "21" does not occur in "4.521". */
function containsNumber(text: string, form: string): boolean {
  const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\d.,])${escaped}($|[^\\d]|[.,](?!\\d))`).test(text);
}

function unique(file: string, list: string, values: readonly string[], field: string): void {
  const seen = new Set<string>();
  values.forEach((value, i) => {
    if (seen.has(value)) throw new KnowledgeError(file, `${list}[${i}].${field}`, `duplicate "${value}"`);
    seen.add(value);
  });
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('') || '(root)';
}

function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = json;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** The bad value, when it is short enough to read in a log line. */
function showValue(value: unknown): string {
  if (value === undefined || (typeof value === 'object' && value !== null)) return '';
  return ` (value: ${shorten(JSON.stringify(value))})`;
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
