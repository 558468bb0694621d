import { runIngest } from '../../src/knowledge/ingest-run';
import { shippedDocument, tempProgrammes, writeTemp } from '../programmes/helpers';

const run = (args: string[], programmesDir = tempProgrammes()) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = runIngest(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, { programmesDir });
  return { code, out, err: err.join('\n') };
};

describe('npm run ingest', () => {
  it('a new programme: exit 0 and one summary line naming jobcenter, year and Stand', () => {
    const result = run([writeTemp('Programm neu.md', shippedDocument())]);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toEqual([expect.stringMatching(/^\[ingest\] Jobcenter Elbe-Elster 2024 \(Stand 2023-11-13\): 22 sections, 5 tables → .*elbe-elster-2024$/)]);
  });

  it.each([
    ['a missing file', ['/nirgends/amip.md']],
    ['a document without a title page', [writeTemp('leer.md', 'Nur ein Satz.\n')]],
    ['no programme at all and no file', []],
  ])('%s: exit 1, one line, no stack trace', (_case, args) => {
    const { code, err } = run(args);
    expect(code).toBe(1);
    expect(err.split('\n')).toHaveLength(1);
    expect(err).toMatch(/^\[ingest\] /);
    expect(err).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
  });

  it('stale curated items: exit 1 and the full list', () => {
    const programmes = tempProgrammes(true);
    const changed = shippedDocument().replace('bezogen 627 Alleinerziehende', 'bezogen 641 Alleinerziehende').replace('<b>2.844</b>', '<b>2.901</b>');
    const { code, err } = run([writeTemp('neu.md', changed)], programmes);
    expect(code).toBe(1);
    expect(err).toMatch(/^\[knowledge\] \d+ Einträge passen nicht mehr zum Dokument/);
    expect(err).toContain('curated/prose-figures.json');
    expect(err).toContain('curated/glossary.json');
  });

  it('without a file, re-reads every programme already there', () => {
    const { code, out } = run([], tempProgrammes(true));
    expect(code).toBe(0);
    expect(out).toHaveLength(1);
  });
});
