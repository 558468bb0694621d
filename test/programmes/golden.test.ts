import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestFile } from '../../src/knowledge/ingest-file';
import { loadKnowledge } from '../../src/knowledge/load';
import { listProgrammeIds, programmesDir } from '../../src/knowledge/paths';
import { goldenOf } from './golden';
import { tempProgrammes } from './helpers';

/**
 * The only tests that pin one programme's figures: one golden file per programme
 * (knowledge/programmes/<id>/golden.json; fixtures keep theirs beside the document).
 * After ingesting next year's programme, check its figures against the document
 * and write its golden file; a programme without one is not pinned.
 */
const shipped = listProgrammeIds().map((id) => join(programmesDir(), id)).filter((dir) => existsSync(join(dir, 'golden.json')));
const fixture = join(__dirname, 'fixtures', 'amip-musterkreis-2025');

describe('golden files', () => {
  it('exist for the shipped programme', () => expect(shipped.length).toBeGreaterThanOrEqual(1));

  it.each(shipped)('%s matches its golden.json', (dir) => {
    expect(goldenOf(loadKnowledge(dir))).toEqual(JSON.parse(readFileSync(join(dir, 'golden.json'), 'utf8')));
  });

  it('the fictional Musterkreis programme matches its golden file', () => {
    const { dir } = ingestFile(`${fixture}.md`, { programmesDir: tempProgrammes() });
    expect(goldenOf(loadKnowledge(dir))).toEqual(JSON.parse(readFileSync(`${fixture}.golden.json`, 'utf8')));
  });
});
