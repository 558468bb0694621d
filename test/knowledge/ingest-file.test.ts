import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { IngestError } from '../../src/knowledge/ingest';
import { ingestFile } from '../../src/knowledge/ingest-file';
import { KnowledgeError, loadKnowledge } from '../../src/knowledge/load';
import { shippedDocument, tempProgrammes, writeTemp } from '../programmes/helpers';

const ingestError = (run: () => unknown): IngestError => {
  try {
    run();
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('no IngestError');
};

describe('npm run ingest -- <file>', () => {
  it('takes any file name, relative or absolute, and files the programme under <jobcenter>-<year>', () => {
    const programmes = tempProgrammes();
    const file = writeTemp('AMIP Entwurf final (2).md', shippedDocument());
    const result = ingestFile(relative(process.cwd(), file), { programmesDir: programmes });
    expect(result.programme).toMatchObject({ id: 'elbe-elster-2024', jobcenter: 'Jobcenter Elbe-Elster', year: 2024, stand: '2023-11-13' });
    expect(result.dir).toBe(join(programmes, 'elbe-elster-2024'));
    expect(readdirSync(result.dir).sort()).toEqual(['AMIP Entwurf final (2).md', 'generated']);
    expect(result.problems).toEqual([]);
    // No curated folder: the programme loads on what the document gives.
    expect(loadKnowledge(result.dir).programme.signOff).toMatchObject({ date: '2023-11-27' });
  });

  it('replaces the older document of the same programme', () => {
    const programmes = tempProgrammes();
    ingestFile(writeTemp('alt.md', shippedDocument()), { programmesDir: programmes });
    ingestFile(writeTemp('neu.md', `${shippedDocument()}\nNachtrag.\n`), { programmesDir: programmes });
    const dir = join(programmes, 'elbe-elster-2024');
    expect(readdirSync(dir).filter((f) => f.endsWith('.md'))).toEqual(['neu.md']);
    expect(loadKnowledge(dir).sections.at(-1)!.paragraphs.at(-1)!.text).toMatch(/Nachtrag\.$/);
  });

  it.each([
    ['a missing file', '/nirgends/amip-2099.md', /^\[ingest\] \/nirgends\/amip-2099\.md: Datei nicht gefunden \/ file not found$/],
    ['a folder', '.', /ist keine Datei \/ not a file/],
  ])('%s gives one line', (_case, file, message) => {
    expect(ingestError(() => ingestFile(file, { programmesDir: tempProgrammes() })).message).toMatch(message);
  });

  it('a document without a recognisable title gives one line naming the title', () => {
    const text = shippedDocument().replace('Jobcenters Elbe-Elster', 'Hauses').replace('für das Jahr 2024', '');
    const error = ingestError(() => ingestFile(writeTemp('x.md', text), { programmesDir: tempProgrammes() }));
    expect(error.message).toMatch(/names no jobcenter and year/);
    expect(error.message).not.toMatch(/\n/);
  });

  it('a binary file is refused, not misread', () => {
    expect(ingestError(() => ingestFile(writeTemp('x.pdf', '%PDF-1.7\u0000\u0001'), { programmesDir: tempProgrammes() })).message).toMatch(/not a text file/);
  });
});

describe('stale curated items are listed all at once', () => {
  const programmes = tempProgrammes(true);
  const changed = shippedDocument()
    .replace('ca. 4.530 erwerbsfähige', 'ca. 4.610 erwerbsfähige') // a prose figure's quote
    .replace('bezogen 627 Alleinerziehende', 'bezogen 641 Alleinerziehende') // another one
    .replace('<b>2.844</b>', '<b>2.901</b>') // a number a glossary explanation names
    .replace(/Produktionsschule/g, 'Werkschule'); // an instrument's name
  const result = ingestFile(writeTemp('amip-2024-neu.md', changed), { programmesDir: programmes });

  it('ingest writes the new generated files and reports every stale item with file, item and why', () => {
    const lines = result.problems.map((p) => `${p.file} ${p.item}: ${p.why}`);
    expect(lines).toEqual(expect.arrayContaining([
      expect.stringMatching(/^curated\/prose-figures\.json elb-jahresdurchschnitt-2023: no sentence in section 1 states 4\.530/),
      expect.stringMatching(/^curated\/prose-figures\.json alleinerziehende-september-2023: no sentence in section 5\.3\.2 states 627/),
      expect.stringMatching(/^curated\/glossary\.json LZB: names "2\.844", which the document no longer prints/),
      expect.stringMatching(/^curated\/instruments\.json produktionsschule: "Produktionsschule Finsterwalde" no longer occurs in section 5\.1/),
    ]));
    expect(new Set(result.problems.map((p) => p.file)).size).toBeGreaterThanOrEqual(3);
    expect(readFileSync(join(result.dir, 'generated', 'sections.json'), 'utf8')).toContain('4.610');
  });

  it('start-up refuses with the same full list', () => {
    let error: unknown;
    try {
      loadKnowledge(result.dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KnowledgeError);
    expect((error as KnowledgeError).problems).toEqual(result.problems);
    expect((error as KnowledgeError).message.split('\n')).toHaveLength(result.problems.length + 1);
    expect(existsSync(join(result.dir, 'curated'))).toBe(true);
  });
});
