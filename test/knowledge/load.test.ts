import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KnowledgeError, loadKnowledge } from '../../src/knowledge/load';
import { defaultKnowledgeDir } from '../../src/knowledge/paths';

describe('loadKnowledge', () => {
  it('loads and cross-checks the shipped knowledge', () => {
    const k = loadKnowledge();
    expect(k.version).toMatch(/^2023-11-13\+[0-9a-f]{8}$/);
    expect(k.glossary.map((e) => e.abbreviation)).toEqual(expect.arrayContaining(['ELB', 'BG', 'LZB', 'LZA', 'EGL', 'VK', 'BCA', 'IKS', 'U25', 'IQ', 'JDW', 'SGB II', 'BAMF', 'ESF', 'AGH', 'IAB', 'BA']));
    expect(k.targetGroups.length).toBeGreaterThanOrEqual(8);
    expect(k.proseFigures.find((f) => f.id === 'alleinerziehende-september-2023')?.value).toBe(627);
  });

  describe('names file and field when a file is broken', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'amip-knowledge-'));
      cpSync(defaultKnowledgeDir(), dir, { recursive: true });
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    const edit = (file: string, change: (json: Record<string, unknown[]>) => void): void => {
      const path = join(dir, file);
      const json = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown[]>;
      change(json);
      writeFileSync(path, JSON.stringify(json));
    };

    it('a missing field', () => {
      edit('curated/glossary.json', (j) => delete (j['entries']![3] as Record<string, unknown>)['expansion']);
      expect(() => loadKnowledge(dir)).toThrow(/^\[knowledge\] curated\/glossary\.json: entries\[3\]\.expansion: /);
    });

    it('an unknown section', () => {
      edit('curated/instruments.json', (j) => ((j['instruments']![0] as Record<string, unknown>)['sectionRefs'] = ['9.9']));
      expect(() => loadKnowledge(dir)).toThrow('[knowledge] curated/instruments.json: instruments[0].sectionRefs[0]: unknown section "9.9"');
    });

    it('a quote the document does not hold', () => {
      edit('curated/prose-figures.json', (j) => ((j['figures']![0] as Record<string, unknown>)['quote'] = 'Erfundener Satz mit 4.530 ELB.'));
      expect(() => loadKnowledge(dir)).toThrow(/prose-figures\.json: figures\[0\]\.quote: not found verbatim/);
    });

    it('a value its quote does not show', () => {
      edit('curated/prose-figures.json', (j) => ((j['figures']![0] as Record<string, unknown>)['value'] = 4531));
      expect(() => loadKnowledge(dir)).toThrow(/figures\[0\]\.value: 4531 does not appear/);
    });

    it('generated files from another version of the document', () => {
      writeFileSync(join(dir, 'amip-2024-jobcenter-elbe-elster.md'), `${readFileSync(join(dir, 'amip-2024-jobcenter-elbe-elster.md'), 'utf8')}\nNachtrag.\n`);
      expect(() => loadKnowledge(dir)).toThrow(KnowledgeError);
      expect(() => loadKnowledge(dir)).toThrow(/documentSha256 does not match/);
    });

    it('invalid JSON', () => {
      writeFileSync(join(dir, 'curated/synonyms.json'), '{ "groups": [');
      expect(() => loadKnowledge(dir)).toThrow(/curated\/synonyms\.json: not valid JSON/);
    });
  });
});
