import { join } from 'node:path';
import { ingestFile } from '../../src/knowledge/ingest-file';
import { loadKnowledge } from '../../src/knowledge/load';
import { listProgrammeIds, programmesDir, projectRoot } from '../../src/knowledge/paths';
import { filesUnder, programmeFacts, scan, withoutComments } from './programme-facts';
import { tempProgrammes } from './helpers';

/**
 * Files that still name facts of the current programme, with their owner. This
 * list may only shrink: each entry must still have a hit (remove it once the
 * file is clean), and no file may be added.
 */
const PENDING: Readonly<Record<string, string>> = {};
const MAX_PENDING = 0;

const root = projectRoot();
const files = filesUnder(root, ['src', 'dialogs', 'manifest'], /\.(ts|json)$/);
const fixture = ingestFile(join(__dirname, 'fixtures', 'amip-musterkreis-2025.md'), { programmesDir: tempProgrammes() });
const programmes = [...listProgrammeIds().map((id) => loadKnowledge(join(programmesDir(), id))), loadKnowledge(fixture.dir)];

describe.each(programmes.map((k) => [k.programme.id, k] as const))('no code names a fact of %s', (_id, knowledge) => {
  const facts = programmeFacts(knowledge);
  const hits = scan(root, files, facts);

  it('reads the facts from the loaded knowledge', () => {
    const kinds = new Set(facts.map((f) => f.kind));
    expect([...kinds]).toEqual(expect.arrayContaining(['jobcenter', 'place', 'year', 'section title', 'row label']));
    expect(facts.map((f) => f.fact)).toEqual(expect.arrayContaining([knowledge.programme.region, String(knowledge.programme.year)]));
  });

  it('src/, dialogs/ and the manifest template, outside the pending files', () => {
    const outside = hits.filter((h) => !(h.file in PENDING)).map((h) => `${h.file}:${h.line} names the ${h.kind} "${h.fact}"`);
    expect(outside).toEqual([]);
  });
});

describe('the pending list', () => {
  const hits = scan(root, files, programmeFacts(programmes[0]!));

  it('only shrinks: every pending file still names a fact, and the list never grows', () => {
    const clean = Object.keys(PENDING).filter((file) => !hits.some((h) => h.file === file || (file.endsWith('/') && h.file.startsWith(file))));
    expect(clean).toEqual([]);
    expect(Object.keys(PENDING).length).toBeLessThanOrEqual(MAX_PENDING);
  });

  it('the scanner sees facts in code and ignores them in comments', () => {
    expect(withoutComments("const a = 'x'; // Ist 2024\n/* 2023 */ const b = '2024';")).toBe("const a = 'x'; \n           const b = '2024';");
  });
});
