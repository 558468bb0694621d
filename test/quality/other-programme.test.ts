import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deriveKnowledge } from '../../src/knowledge/derive';
import { ingestProgramme } from '../../src/knowledge/ingest';
import { listProgrammeIds } from '../../src/knowledge/paths';
import { readProgrammeIdentity } from '../../src/knowledge/programme-identity';

// The unseen programme (test/quality/other-programme): what ingest must read from it with no
// curated file, and that its question set is what source.mjs gives. Its answers are measured
// by test/quality/run-other.mjs, not here; OTHER_RESULTS names that run's --json summary, whose
// rates must meet thresholds.json's otherProgramme ratchet.
const dir = join(__dirname, 'other-programme');
const markdown = readFileSync(join(dir, 'amip-2025-jobcenter-havelmark.md'), 'utf8');
const { sections, tables, warnings } = ingestProgramme(markdown);
const derived = deriveKnowledge(sections.sections, tables.tables);

describe('the unseen Havelmark programme', () => {
  it('ingests with no warning: every contents entry with its page, the title, Stand and sign-off', () => {
    expect(warnings).toEqual([]);
    expect(sections.sections).toHaveLength(30);
    expect(sections.sections.every((s) => typeof s.page === 'number')).toBe(true);
    expect(readProgrammeIdentity(sections.documentTitle, sections.documentStand, sections.sections)).toMatchObject({
      id: 'landkreis-havelmark-2025',
      year: 2025,
      stand: '2024-12-02',
      signOff: { place: 'Falkenrode', date: '2024-12-09', name: 'Dr. Katrin Albers', role: 'Geschäftsführerin' },
    });
  });

  it('reads every table with named columns, years on their cells and shares as percent', () => {
    expect(tables.tables).toHaveLength(12);
    expect(tables.tables.flatMap((t) => t.columns).filter((c) => /^Spalte \d/.test(c))).toEqual([]);
    const unemployed = tables.tables.find((t) => t.sectionRef === '3.2')!;
    expect(unemployed.rows[0]).toMatchObject({ label: 'Arbeitslose insgesamt', isTotal: true });
    expect(unemployed.rows.find((r) => r.label === 'davon Rechtskreis SGB II')!.cells.map((c) => `${c.year}:${c.value}`).slice(0, 2)).toEqual(['2023:3966', '2024:4074']);
    const lzb = tables.tables.find((t) => t.sectionRef === '4.2')!;
    expect(lzb.rows.find((r) => r.label.startsWith('Anteil'))!.cells.every((c) => c.unit === '%')).toBe(true);
    const months = tables.tables.find((t) => t.title === 'Integrationen je Monat')!;
    expect(months.rows.find((r) => r.label === '2024')!.cells.find((c) => c.column === 'Sep')).toMatchObject({ value: 187, year: 2024 });
  });

  it('derives the whole Abkürzungsverzeichnis, its target groups and no paragraph numbers as figures', () => {
    expect(derived.glossary.map((e) => e.abbreviation)).toEqual(expect.arrayContaining(['AsA flex', 'ESF Plus', 'SGB II', 'VZÄ', 'WFG']));
    const listed = sections.sections.find((s) => s.title === 'Abkürzungsverzeichnis')!.paragraphs.map((p) => p.text.split(' – ')[0]);
    expect(listed).toHaveLength(27);
    expect(listed.filter((key) => !derived.glossary.some((e) => e.abbreviation === key))).toEqual([]);
    expect(derived.targetGroups.map((g) => g.name)).toEqual(expect.arrayContaining(['Alleinerziehende', 'Menschen mit Behinderung', 'Ältere Arbeitsuchende ab 50 Jahren', 'Geflüchtete Menschen']));
    expect(derived.proseFigures.filter((f) => f.value === 16 && f.unit === 'Anzahl')).toEqual([]);
  });

  it('stays out of the repository: knowledge/programmes holds Elbe-Elster only', () => {
    expect(listProgrammeIds()).toEqual(['elbe-elster-2024']);
  });

  it('cases.json is what source.mjs gives', () => {
    const check = spawnSync(process.execPath, [join(dir, 'source.mjs'), '--check'], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });
});

const results = process.env.OTHER_RESULTS;
if (results) {
  describe(`measured rates on the unseen programme in ${results}`, () => {
    const thresholds = JSON.parse(readFileSync(join(__dirname, 'thresholds.json'), 'utf8')) as { otherProgramme: { minCorrect: number; maxWrong: number } };
    const summary = JSON.parse(readFileSync(results, 'utf8')) as { total: { n: number; correctRate: number; wrongRate: number } };
    it('correct rate ≥ minCorrect and wrong rate ≤ maxWrong', () => {
      expect(summary.total.n).toBeGreaterThan(0);
      expect(summary.total.correctRate).toBeGreaterThanOrEqual(thresholds.otherProgramme.minCorrect);
      expect(summary.total.wrongRate).toBeLessThanOrEqual(thresholds.otherProgramme.maxWrong);
    });
  });
}
