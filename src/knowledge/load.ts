import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
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
} from './schema';
import { commonDir as defaultCommonDir, defaultKnowledgeDir, documentFileOf, projectRoot } from './paths';
import { readProgrammeIdentity } from './programme-identity';
import { checkKnowledge, type KnowledgeProblem } from './stale-check';
import { completeOverrides, deriveKnowledge, mergeDerived } from './derive';

/**
 * Knowledge that cannot be trusted. `problems` lists every item found wrong in
 * one pass (file, item, why); `file` and `field` are the first one's.
 */
export class KnowledgeError extends Error {
  override readonly name = 'KnowledgeError';
  readonly problems: readonly KnowledgeProblem[];
  constructor(
    /** Path inside the programme folder: "curated/glossary.json". */
    readonly file: string,
    /** "entries[3].expansion", or "" for the whole file. */
    readonly field: string,
    detail: string,
    problems?: readonly KnowledgeProblem[],
  ) {
    super(problems && problems.length > 1 ? formatProblems(problems) : `[knowledge] ${file}: ${field ? `${field}: ` : ''}${detail}`);
    this.problems = problems ?? [{ file, field, item: '', why: detail }];
  }

  static of(problems: readonly KnowledgeProblem[]): KnowledgeError {
    const first = problems[0]!;
    return new KnowledgeError(first.file, first.field, first.item ? `${first.why} (${first.item})` : first.why, problems);
  }
}

/** One line per problem, all of them, so one run of `npm run ingest` shows every stale item. */
export function formatProblems(problems: readonly KnowledgeProblem[]): string {
  const lines = problems.map((p) => `  ${p.file}: ${p.field ? `${p.field}: ` : ''}${p.why}${p.item ? ` (${p.item})` : ''}`);
  return `[knowledge] ${problems.length} Einträge passen nicht mehr zum Dokument / ${problems.length} items no longer match the document:\n${lines.join('\n')}`;
}

/** Files of a programme folder. `generated/` is written by ingest; every `curated/` file is optional. */
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

/** Vocabulary shared by every programme (not about one jobcenter or year). */
export const COMMON_SYNONYMS_FILE = 'synonyms.json';

export interface LoadOptions {
  /** `knowledge/common` by default. */
  commonDir?: string;
}

/**
 * Reads and validates one programme folder once: each file against its schema,
 * then every curated item against the document (all problems at once). Any
 * broken or stale file stops start-up with a KnowledgeError.
 */
export function loadKnowledge(dir: string = defaultKnowledgeDir(), options: LoadOptions = {}): Knowledge {
  const common = options.commonDir ?? defaultCommonDir(join(projectRoot(), 'knowledge'));
  const raw = new Map<string, string>();
  const read = (file: string, base: string = dir): string => {
    try {
      const text = readFileSync(join(base, file), 'utf8');
      raw.set(file, text);
      return text;
    } catch (error) {
      throw new KnowledgeError(file, '', `cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
  };
  const parseText = <S extends z.ZodType>(file: string, text: string, schema: S): z.infer<S> => {
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
  const parse = <S extends z.ZodType>(file: string, schema: S): z.infer<S> => parseText(file, read(file), schema);
  /** A curated file that is absent is simply not there: the programme loads on derived knowledge alone. */
  const optional = <S extends z.ZodType>(file: string, schema: S, base: string = dir): z.infer<S> | undefined =>
    existsSync(join(base, file)) ? parseText(file, read(file, base), schema) : undefined;

  const documentFile = documentFileOf(dir);
  if (!documentFile) throw new KnowledgeError(basename(dir), '', 'the folder must hold exactly one programme document (*.md) — run `npm run ingest -- <Datei>`');
  const document = read(documentFile);
  const sections = parse(FILES.sections, SectionsFileSchema);
  const tables = parse(FILES.tables, TablesFileSchema);
  const sha = createHash('sha256').update(document).digest('hex');
  for (const [file, value] of [[FILES.sections, sections.documentSha256], [FILES.tables, tables.documentSha256]] as const) {
    if (value !== sha) throw new KnowledgeError(file, 'documentSha256', `"${value.slice(0, 12)}…" does not match ${documentFile} ("${sha.slice(0, 12)}…") — run \`npm run ingest\``);
  }
  let programme;
  try {
    programme = readProgrammeIdentity(sections.documentTitle, sections.documentStand, sections.sections);
  } catch (error) {
    throw new KnowledgeError(FILES.sections, 'documentTitle', (error as Error).message);
  }

  const commonSynonyms = optional(COMMON_SYNONYMS_FILE, SynonymsFileSchema, common)?.groups ?? [];
  const curated = {
    glossary: optional(FILES.glossary, GlossaryFileSchema)?.entries ?? [],
    synonyms: optional(FILES.synonyms, SynonymsFileSchema)?.groups ?? [],
    proseFigures: optional(FILES.proseFigures, ProseFiguresFileSchema)?.figures ?? [],
    targetGroups: optional(FILES.targetGroups, TargetGroupsFileSchema)?.targetGroups ?? [],
    instruments: optional(FILES.instruments, InstrumentsFileSchema)?.instruments ?? [],
  };
  const derived = deriveKnowledge(sections.sections, tables.tables);
  const completed = completeOverrides(derived, curated);
  const problems = [...completed.problems, ...checkKnowledge({ sections: sections.sections, tables: tables.tables, ...curated, glossary: completed.glossary, proseFigures: completed.proseFigures })];
  if (problems.length) throw KnowledgeError.of(problems);

  const merged = mergeDerived(derived, { ...curated, glossary: completed.glossary.filter(isDefined), proseFigures: completed.proseFigures.filter(isDefined) });
  const knowledge: Knowledge = {
    programme,
    version: '',
    documentTitle: sections.documentTitle,
    documentStand: sections.documentStand,
    sections: sections.sections,
    tables: tables.tables,
    glossary: merged.glossary,
    synonyms: [...commonSynonyms, ...curated.synonyms],
    proseFigures: merged.proseFigures,
    targetGroups: merged.targetGroups,
    instruments: merged.instruments,
  };

  const digest = createHash('sha256');
  for (const file of [documentFile, ...Object.values(FILES), COMMON_SYNONYMS_FILE]) digest.update(`${file}\0${raw.get(file) ?? ''}\0`);
  knowledge.version = `${knowledge.documentStand}+${digest.digest('hex').slice(0, 8)}`;
  return knowledge;
}

export { printedForms } from './stale-check';

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
  const text = JSON.stringify(value);
  return ` (value: ${text.length > 60 ? `${text.slice(0, 60)}…` : text})`;
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}
