import { join } from 'node:path';
import { KnowledgeError, loadKnowledge, type LoadOptions } from './load';
import { listProgrammeIds, programmesDir } from './paths';
import type { Knowledge } from './schema';

export interface ProgrammesOptions extends LoadOptions {
  /** `knowledge/programmes` by default. */
  programmesDir?: string;
  /** Programme ids to serve (the `PROGRAMMES` setting); undefined or empty: all. */
  ids?: readonly string[];
}

/**
 * Every programme under knowledge/programmes, each validated, ordered by year,
 * OLDEST FIRST (so the current one is the last); programmes of the same year by id.
 * An id in `ids` without a folder is an error, not a silent omission.
 */
export function loadProgrammes(options: ProgrammesOptions = {}): Knowledge[] {
  const root = options.programmesDir ?? programmesDir();
  const available = listProgrammeIds(root);
  const wanted = options.ids?.length ? [...options.ids] : available;
  const unknown = wanted.filter((id) => !available.includes(id));
  if (unknown.length) {
    throw new KnowledgeError('programmes', '', `PROGRAMMES names ${unknown.map((id) => `"${id}"`).join(', ')}, which is not under ${root} (there: ${available.join(', ') || 'none'})`);
  }
  if (wanted.length === 0) throw new KnowledgeError('programmes', '', `no programme under ${root} — run \`npm run ingest -- <Datei>\``);
  const loadOptions: LoadOptions = options.commonDir ? { commonDir: options.commonDir } : {};
  return available.filter((id) => wanted.includes(id)).map((id) => loadKnowledge(join(root, id), loadOptions));
}

/** The current programme: the newest year among those loaded. */
export function currentProgramme(programmes: readonly Knowledge[]): Knowledge {
  const newest = [...programmes].sort((a, b) => a.programme.year - b.programme.year).at(-1);
  if (!newest) throw new KnowledgeError('programmes', '', 'no programme loaded');
  return newest;
}

/** What the composition root serves for now: the newest of the chosen programmes. */
export function loadCurrentProgramme(options: ProgrammesOptions = {}): Knowledge {
  return currentProgramme(loadProgrammes(options));
}

/**
 * A bot serves one jobcenter's staff: of programmes of several jobcenters, the
 * current programme's jobcenter is served and the others are skipped (to be
 * named in a warning) — a year's question must never reach another jobcenter's
 * programme. When the programmes were chosen (PROGRAMMES), several jobcenters
 * are a configuration error.
 */
export function programmesOfOneJobcenter(programmes: readonly Knowledge[], chosen = false): { served: Knowledge[]; skipped: Knowledge[] } {
  const jobcenter = currentProgramme(programmes).programme.jobcenter;
  const served = programmes.filter((k) => k.programme.jobcenter === jobcenter);
  const skipped = programmes.filter((k) => k.programme.jobcenter !== jobcenter);
  if (chosen && skipped.length > 0) {
    throw new KnowledgeError('programmes', '', `PROGRAMMES names programmes of several jobcenters (${programmes.map((k) => k.programme.id).join(', ')}); one bot serves one jobcenter`);
  }
  return { served, skipped };
}
