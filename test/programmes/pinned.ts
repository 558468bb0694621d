import { join } from 'node:path';
import { programmesDir } from '../../src/knowledge/paths';

/**
 * The programme the hand-written expectations of these tests were checked
 * against. Tests load it by name, not as "the newest": when next year's
 * programme is ingested beside it, they still test what they were written for
 * (and the generic tests in every-programme.test.ts run on every folder).
 * Only when this folder is removed do its tests move to the programme that replaces it.
 */
export const PINNED_PROGRAMME = 'elbe-elster-2024';

export function pinnedProgrammeDir(): string {
  return join(programmesDir(), PINNED_PROGRAMME);
}
