import { IngestError } from './ingest';
import { ingestAll, ingestFile, type IngestResult } from './ingest-file';
import { formatProblems, KnowledgeError } from './load';
import { formatWarning } from './ingest/warnings';

/**
 * `npm run ingest -- <file>`: one programme in (created or updated);
 * `npm run ingest`: every programme under knowledge/programmes re-read.
 * Exit 1 with one clear line when a document cannot be read, or with the full
 * list of curated items that no longer match; never a stack trace.
 */
function main(args: readonly string[]): number {
  const files = args.filter((a) => a.trim() !== '');
  try {
    const results = files.length ? files.map((file) => ingestFile(file)) : ingestAll();
    return results.map(report).every(Boolean) ? 0 : 1;
  } catch (error) {
    if (error instanceof IngestError || error instanceof KnowledgeError) console.error(error.message);
    else console.error(`[ingest] ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

function report(result: IngestResult): boolean {
  for (const warning of result.warnings) console.warn(formatWarning(warning));
  const { programme: p } = result;
  console.log(`[ingest] ${p.jobcenter} ${p.year} (Stand ${p.stand}): ${result.sections} sections, ${result.tables} tables → ${result.dir}`);
  if (result.problems.length === 0) return true;
  console.error(formatProblems(result.problems));
  return false;
}

process.exitCode = main(process.argv.slice(2));
