import { IngestError } from './ingest';
import { ingestAll, ingestFile, type IngestResult } from './ingest-file';
import { formatWarning } from './ingest/warnings';
import { formatProblems, KnowledgeError } from './load';

export interface IngestIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

/**
 * The whole of `npm run ingest [-- <file> …]`: with files, each programme in
 * (created or updated); without, every programme under knowledge/programmes
 * re-read. Returns the exit code: 1 with one clear line when a document cannot
 * be read, or with the full list of curated items that no longer match; never
 * a stack trace.
 */
export function runIngest(args: readonly string[], io: IngestIo, options: { programmesDir?: string; commonDir?: string } = {}): number {
  const files = args.filter((a) => a.trim() !== '');
  try {
    const results = files.length ? files.map((file) => ingestFile(file, options)) : ingestAll(options);
    return results.map((r) => report(r, io)).every(Boolean) ? 0 : 1;
  } catch (error) {
    if (error instanceof IngestError || error instanceof KnowledgeError) io.err(error.message);
    else io.err(`[ingest] ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

function report(result: IngestResult, io: IngestIo): boolean {
  for (const warning of result.warnings) io.err(formatWarning(warning));
  const { programme: p } = result;
  io.out(`[ingest] ${p.jobcenter} ${p.year} (Stand ${p.stand}): ${result.sections} sections, ${result.tables} tables → ${result.dir}`);
  if (result.problems.length === 0) return true;
  io.err(formatProblems(result.problems));
  return false;
}
