import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
import { defaultKnowledgeDir, DOCUMENT_FILE } from './paths';

export class KnowledgeError extends Error {
  override readonly name = 'KnowledgeError';
}

const FILES = {
  sections: 'generated/sections.json',
  tables: 'generated/tables.json',
  glossary: 'curated/glossary.json',
  synonyms: 'curated/synonyms.json',
  proseFigures: 'curated/prose-figures.json',
  targetGroups: 'curated/target-groups.json',
  instruments: 'curated/instruments.json',
} as const;

/**
 * Reads and validates everything in `knowledge/` once. Any broken file stops
 * start-up with a message naming the file, the field and the bad value.
 */
export function loadKnowledge(dir: string = defaultKnowledgeDir()): Knowledge {
  const raw = new Map<string, string>();
  const read = (file: string): string => {
    try {
      const text = readFileSync(join(dir, file), 'utf8');
      raw.set(file, text);
      return text;
    } catch (error) {
      throw new KnowledgeError(`[knowledge] ${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
  };
  const parse = <S extends z.ZodType>(file: string, schema: S): z.infer<S> => {
    let json: unknown;
    try {
      json = JSON.parse(read(file));
    } catch (error) {
      if (error instanceof KnowledgeError) throw error;
      throw new KnowledgeError(`[knowledge] ${file}: not valid JSON (${(error as Error).message})`);
    }
    const result = schema.safeParse(json);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      const path = issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('') || '(root)';
      throw new KnowledgeError(`[knowledge] ${file}: ${path}: ${issue.message}`);
    }
    return result.data;
  };

  const document = read(DOCUMENT_FILE);
  const sections = parse(FILES.sections, SectionsFileSchema);
  const tables = parse(FILES.tables, TablesFileSchema);
  const knowledge: Knowledge = {
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
    if (value !== sha) throw new KnowledgeError(`[knowledge] ${file}: documentSha256 does not match ${DOCUMENT_FILE} — run \`npm run ingest\``);
  }
  crossCheck(knowledge);

  const digest = createHash('sha256');
  for (const file of [DOCUMENT_FILE, ...Object.values(FILES)]) digest.update(raw.get(file) ?? '');
  knowledge.version = `${knowledge.documentStand}+${digest.digest('hex').slice(0, 8)}`;
  return knowledge;
}

/** References between files: sections exist, quotes are the document's words, instruments exist. */
function crossCheck(k: Knowledge): void {
  const sectionText = new Map(k.sections.map((s) => [s.ref as string, s.paragraphs.map((p) => p.text).join('\n')]));
  const checkRef = (file: string, path: string, ref: string): void => {
    if (!sectionText.has(ref)) throw new KnowledgeError(`[knowledge] ${file}: ${path}: unknown section "${ref}"`);
  };
  k.tables.forEach((t, i) => checkRef(FILES.tables, `tables[${i}].sectionRef`, t.sectionRef));
  k.glossary.forEach((e, i) => e.sectionRefs.forEach((r, j) => checkRef(FILES.glossary, `entries[${i}].sectionRefs[${j}]`, r)));
  k.instruments.forEach((e, i) => e.sectionRefs.forEach((r, j) => checkRef(FILES.instruments, `instruments[${i}].sectionRefs[${j}]`, r)));
  const instrumentIds = new Set(k.instruments.map((i) => i.id));
  k.targetGroups.forEach((g, i) => {
    g.sectionRefs.forEach((r, j) => checkRef(FILES.targetGroups, `targetGroups[${i}].sectionRefs[${j}]`, r));
    g.instrumentIds.forEach((id, j) => {
      if (!instrumentIds.has(id)) throw new KnowledgeError(`[knowledge] ${FILES.targetGroups}: targetGroups[${i}].instrumentIds[${j}]: unknown instrument "${id}"`);
    });
  });
  k.proseFigures.forEach((f, i) => {
    checkRef(FILES.proseFigures, `figures[${i}].sectionRef`, f.sectionRef);
    if (!sectionText.get(f.sectionRef)!.includes(f.quote)) {
      throw new KnowledgeError(`[knowledge] ${FILES.proseFigures}: figures[${i}].quote: not found verbatim in section ${f.sectionRef}: "${f.quote.slice(0, 60)}…"`);
    }
    if (!printedForms(f.value).some((form) => f.quote.includes(form))) {
      throw new KnowledgeError(`[knowledge] ${FILES.proseFigures}: figures[${i}].value: ${f.value} does not appear in its quote`);
    }
  });
}

/** How the document may print a value: 4.530, 90,2, 6,8 (Mio.), 75. */
function printedForms(value: number): string[] {
  const german = (n: number): string => n.toLocaleString('de-DE', { maximumFractionDigits: 2 });
  return value >= 1_000_000 ? [german(value), german(value / 1_000_000)] : [german(value)];
}
