import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KNOWLEDGE_FILES, KnowledgeError, loadKnowledge, printedForms } from '../../src/knowledge/load';
import { defaultKnowledgeDir, documentPath, projectRoot } from '../../src/knowledge/paths';
import { pinnedProgrammeDir } from '../programmes/pinned';

describe('projectRoot', () => {
  it('is the folder holding package.json, found from any folder below it', () => {
    const root = projectRoot();
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).name).toBe('amip-bot');
    expect(projectRoot(join(root, 'dist', 'src', 'knowledge'))).toBe(root);
    expect(pinnedProgrammeDir()).toBe(join(root, 'knowledge', 'programmes', 'elbe-elster-2024'));
  });
});

describe('printedForms', () => {
  it.each([
    [4530, ['4.530']],
    [90.2, ['90,2']],
    [6800000, ['6.800.000', '6,8']],
    [-10.2, ['-10,2']],
  ])('%d → %j', (value, forms) => expect(printedForms(value)).toEqual(forms));
});

describe('loadKnowledge on the shipped files', () => {
  const k = loadKnowledge(pinnedProgrammeDir());

  it('carries a version made of the Stand and a hash of all files', () => {
    expect(k.version).toMatch(/^2023-11-13\+[0-9a-f]{8}$/);
    expect(k.documentTitle).toBe('Arbeitsmarkt- und Integrationsprogramm des Jobcenters Elbe-Elster für das Jahr 2024');
  });

  it('knows every abbreviation the issue names', () => {
    expect(k.glossary.map((e) => e.abbreviation)).toEqual(
      expect.arrayContaining(['ELB', 'BG', 'LZB', 'LZA', 'EGL', 'VK', 'BCA', 'IKS', 'U25', 'IQ', 'JDW', 'SGB II', 'BAMF', 'ESF', 'AGH', 'IAB', 'BA', 'Kfz']),
    );
  });

  it('uses the document’s own definitions in the glossary', () => {
    const lzb = k.glossary.find((e) => e.abbreviation === 'LZB')!;
    expect(lzb.explanation).toContain('ELB, die in den vergangenen 24 Monaten mindestens 21 Monate Leistungen der Grundsicherung bezogen haben');
    const text = k.sections.find((s) => s.ref === '3.1')!.paragraphs.map((p) => p.text).join(' ');
    expect(text).toContain('LZB sind ELB, die in den vergangenen 24 Monaten mindestens 21 Monate Leistungen der Grundsicherung bezogen haben');
  });

  it('holds the sentence figures the issue names, each with the value its quote prints', () => {
    const figure = (id: string) => k.proseFigures.find((f) => f.id === id);
    expect([4530, 3650, 90.2, 52, 64, 627, 16.4, 13.6, 15.3, 20.9, 15.2].map((v) => k.proseFigures.some((f) => f.value === v))).not.toContain(false);
    expect(figure('iq-frauen-september-2023')).toMatchObject({ value: 13.6, unit: '%', stand: '2023-09-30', sectionRef: '5.3.2' });
    expect(figure('bevoelkerungsverlust')).toMatchObject({ printed: 'fast ein Viertel', sectionRef: '2.1' });
  });

  it('gives every target group at least one instrument and a section', () => {
    expect(k.targetGroups.length).toBeGreaterThanOrEqual(10);
    for (const group of k.targetGroups) expect(group.instrumentIds.length).toBeGreaterThan(0);
  });
});

describe('loadKnowledge names file, field and value when a file is broken', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'amip-knowledge-'));
    cpSync(pinnedProgrammeDir(), dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  type Json = Record<string, Record<string, unknown>[]>;
  const edit = (file: string, change: (json: Json) => void): void => {
    const path = join(dir, file);
    const json = JSON.parse(readFileSync(path, 'utf8')) as Json;
    change(json);
    writeFileSync(path, JSON.stringify(json));
  };
  const error = (): KnowledgeError => {
    try {
      loadKnowledge(dir);
    } catch (e) {
      if (e instanceof KnowledgeError) return e;
      throw e;
    }
    throw new Error('loadKnowledge accepted the broken file');
  };

  it('loads the untouched copy', () => {
    expect(loadKnowledge(dir).version).toBe(loadKnowledge(pinnedProgrammeDir()).version);
  });

  it('a missing field', () => {
    edit(KNOWLEDGE_FILES.glossary, (j) => delete j['entries']![3]!['expansion']);
    expect(error().message).toBe('[knowledge] curated/glossary.json: entries[3]: the document does not define "LZA" itself, so the entry needs all its fields; missing: expansion (LZA)');
  });

  it('a field of the wrong type, with its value', () => {
    edit(KNOWLEDGE_FILES.proseFigures, (j) => (j['figures']![2]!['value'] = '90,2'));
    expect(error()).toMatchObject({ file: 'curated/prose-figures.json', field: 'figures[2].value', message: expect.stringContaining('expected number, received string (value: "90,2")') });
  });

  it('a value outside its enumeration in a generated file', () => {
    edit(KNOWLEDGE_FILES.tables, (j) => {
      const rows = j['tables']![0]!['rows'] as { cells: { unit: string }[] }[];
      rows[1]!.cells[0]!.unit = 'Stück';
    });
    expect(error()).toMatchObject({ file: 'generated/tables.json', field: 'tables[0].rows[1].cells[0].unit', message: expect.stringContaining('"Stück"') });
  });

  it('an unknown section', () => {
    edit(KNOWLEDGE_FILES.instruments, (j) => (j['instruments']![0]!['sectionRefs'] = ['9.9']));
    expect(error().message).toBe('[knowledge] curated/instruments.json: instruments[0].sectionRefs[0]: unknown section "9.9" (jugendberufsagentur)');
  });

  it('an unknown instrument', () => {
    edit(KNOWLEDGE_FILES.targetGroups, (j) => (j['targetGroups']![1]!['instrumentIds'] = ['zauberstab']));
    expect(error().message).toBe('[knowledge] curated/target-groups.json: targetGroups[1].instrumentIds[0]: unknown instrument "zauberstab" (langzeitarbeitslose)');
  });

  it('a duplicate id', () => {
    edit(KNOWLEDGE_FILES.instruments, (j) => (j['instruments']![1]!['id'] = j['instruments']![0]!['id']));
    expect(error()).toMatchObject({ file: 'curated/instruments.json', field: 'instruments[1].id' });
  });

  it('a quote the document does not hold', () => {
    edit(KNOWLEDGE_FILES.proseFigures, (j) => (j['figures']![0]!['quote'] = 'Erfundener Satz mit ca. 4.530 ELB.'));
    expect(error()).toMatchObject({ field: 'figures[0].quote', message: expect.stringMatching(/prose-figures\.json: figures\[0\]\.quote: not found verbatim in section 1/) });
  });

  // A figure the sentence grammar does not derive is curated whole, with its quote: the first such one.
  const isWhole = (f: Record<string, unknown>): boolean => typeof f['quote'] === 'string' && /\d,\d/.test(f['quote']);
  const whole = (j: Json): Record<string, unknown> => j['figures']!.find(isWhole)!;
  const shipped = (): Json => JSON.parse(readFileSync(join(pinnedProgrammeDir(), KNOWLEDGE_FILES.proseFigures), 'utf8')) as Json;
  const wholeIndex = (): number => shipped()['figures']!.findIndex(isWhole);

  it('a quote from another section', () => {
    edit(KNOWLEDGE_FILES.proseFigures, (j) => (whole(j)['sectionRef'] = '2.1'));
    expect(error().field).toBe(`figures[${wholeIndex()}].quote`);
  });

  it('a value its quote does not print', () => {
    edit(KNOWLEDGE_FILES.proseFigures, (j) => {
      whole(j)['value'] = 4531;
      delete whole(j)['printed'];
    });
    expect(error().message).toMatch(new RegExp(`figures\\[${wholeIndex()}\\]\\.value: 4531 does not appear in its quote`));
  });

  it('a value that only occurs inside a longer number', () => {
    edit(KNOWLEDGE_FILES.proseFigures, (j) => {
      const quote = String(whole(j)['quote']);
      // The digits after a decimal comma or thousands dot of a number the quote prints: "8,7" → 7, "4.530" → 530.
      whole(j)['value'] = Number(/\d[.,](\d+)/.exec(quote)![1]);
      delete whole(j)['printed'];
    });
    expect(error().field).toBe(`figures[${wholeIndex()}].value`);
  });

  it('a printed form the quote does not hold, or one that contradicts the value', () => {
    edit(KNOWLEDGE_FILES.proseFigures, (j) => (whole(j)['printed'] = 'rund 4.600'));
    expect(error().field).toBe(`figures[${wholeIndex()}].printed`);
    edit(KNOWLEDGE_FILES.proseFigures, (j) => {
      whole(j)['printed'] = whole(shipped())['printed'];
      whole(j)['value'] = 987654; // not in this figure's printed form
    });
    expect(error().field).toBe(`figures[${wholeIndex()}].value`);
  });

  it('a figure override that gives no quote takes its sentence from the document; when the sentence goes, it is stale', () => {
    const loaded = loadKnowledge(dir);
    const overrides = (JSON.parse(readFileSync(join(dir, KNOWLEDGE_FILES.proseFigures), 'utf8')) as Json)['figures']!;
    const partial = overrides.findIndex((f) => f['quote'] === undefined);
    const figure = loaded.proseFigures.find((f) => f.id === overrides[partial]!['id'])!;
    expect(figure.label).toBe(overrides[partial]!['label']);
    expect(figure.quote.length).toBeGreaterThan(20);
    edit(KNOWLEDGE_FILES.proseFigures, (j) => (j['figures']![partial]!['value'] = 987654));
    expect(error()).toMatchObject({ field: `figures[${partial}]`, message: expect.stringMatching(/states 987\.654, so the figure needs all its fields; missing: .*quote/) });
  });

  it('generated files from another version of the document', () => {
    writeFileSync(documentPath(dir), `${readFileSync(documentPath(dir), 'utf8')}\nNachtrag.\n`);
    expect(error()).toMatchObject({ file: 'generated/sections.json', field: 'documentSha256', message: expect.stringContaining('npm run ingest') });
  });

  it('invalid JSON', () => {
    writeFileSync(join(dir, KNOWLEDGE_FILES.glossary), '{ "entries": [');
    expect(error().message).toMatch(/^\[knowledge\] curated\/glossary\.json: not valid JSON/);
  });

  it('a missing generated file', () => {
    rmSync(join(dir, KNOWLEDGE_FILES.tables));
    expect(error().message).toBe('[knowledge] generated/tables.json: cannot read (ENOENT)');
  });

  it('a missing curated file is no error: the programme loads without it', () => {
    rmSync(join(dir, KNOWLEDGE_FILES.targetGroups));
    expect(loadKnowledge(dir).targetGroups.length).toBeGreaterThanOrEqual(0);
  });

  it('a synonym group with a single word', () => {
    writeFileSync(join(dir, KNOWLEDGE_FILES.synonyms), JSON.stringify({ groups: [['allein']] }));
    expect(error()).toMatchObject({ file: 'curated/synonyms.json', field: 'groups[0]' });
  });
});
