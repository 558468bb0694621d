import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBrain } from '../../src/compose';
import { kpiLead, kpiSnapshot } from '../../src/answers/kpi-snapshot';
import { SectionLookup } from '../../src/answers/source';
import { buildQuiz, buildTour } from '../../src/answers/tour';
import { kpiCard } from '../../src/cards/kpi-card';
import { referencesFromTables } from '../../src/figures/programme-references';
import { ingestFile } from '../../src/knowledge/ingest-file';
import { loadKnowledge } from '../../src/knowledge/load';
import { listProgrammeIds, programmesDir } from '../../src/knowledge/paths';
import type { Knowledge } from '../../src/knowledge/schema';
import { shippedDocument, tempProgrammes, writeTemp } from './helpers';
import { VARIANTS } from './variants';
import { pinnedProgrammeDir } from './pinned';

/** Every programme fixture: the shipped one, the generated variants, the fictional other jobcenter. */
const ingested = (name: string, markdown: string) => {
  const result = ingestFile(writeTemp(`${name.replace(/\W+/g, '-')}.md`, markdown), { programmesDir: tempProgrammes() });
  return { result, knowledge: loadKnowledge(result.dir) };
};
const variants = VARIANTS.map(([name, make]) => ({ name, ...ingested(name, make(shippedDocument())) }));
const musterkreis = ingested('musterkreis', readFileSync(join(__dirname, 'fixtures', 'amip-musterkreis-2025.md'), 'utf8'));
const fixtures: [string, Knowledge][] = [
  // Every programme folder under knowledge/programmes (next year's too, once ingested).
  ...listProgrammeIds().map((id) => [`programme ${id}`, loadKnowledge(join(programmesDir(), id))] as [string, Knowledge]),
  ...variants.map((v) => [`variant: ${v.name}`, v.knowledge] as [string, Knowledge]),
  ['Jobcenter Musterkreis 2025 (fictional)', musterkreis.knowledge],
];

describe.each(fixtures)('%s', (_name, k) => {
  const sections = new SectionLookup(k);

  it('knows whose programme it is, for which year, from the document', () => {
    const { programme: p } = k;
    expect(p.jobcenter).toBe(`Jobcenter ${p.region}`);
    expect(p.id).toMatch(new RegExp(`-${p.year}$`));
    expect(k.documentTitle).toContain(String(p.year));
    expect(p.stand).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(p.signOff).toMatchObject({ place: expect.any(String), date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), name: expect.any(String) });
  });

  it('takes every section with the level its number gives, each with a heading in the body', () => {
    expect(k.sections.length).toBeGreaterThanOrEqual(5);
    for (const s of k.sections) {
      if (s.number) expect(s.level).toBe(s.number.split('.').length);
      if (s.number?.includes('.')) expect(k.sections.some((p) => p.number === s.number!.replace(/\.\d+$/, ''))).toBe(true);
    }
    expect(new Set(k.sections.map((s) => s.ref)).size).toBe(k.sections.length);
  });

  it('reads its tables with years and kinds of figure', () => {
    expect(k.tables.length).toBeGreaterThanOrEqual(3);
    const cells = k.tables.flatMap((t) => t.rows.flatMap((r) => r.cells));
    expect(cells.some((c) => c.period === 'Plan' && c.year === k.programme.year)).toBe(true);
  });

  it('finds the KPI blocks by their vocabulary, for its own year', () => {
    const blocks = kpiSnapshot(k);
    expect(blocks.map((b) => b.topic)).toEqual(expect.arrayContaining(['integration', 'lzb', 'budget']));
    for (const b of blocks) expect(b.rows.length).toBeGreaterThan(0);
    expect(kpiLead('all', k.programme)).toContain(String(k.programme.year));
    const card = JSON.stringify(kpiCard(blocks, sections, k.programme));
    expect(card).toContain(`Arbeitsmarkt- und Integrationsprogramm ${k.programme.year} · ${k.programme.jobcenter}`);
    const budget = JSON.stringify(kpiCard(kpiSnapshot(k, 'budget'), sections, k.programme));
    const donut = /"type":"Chart.Donut","title":"Aufteilung ([^"]+)"/.exec(budget);
    expect(donut?.[1]).toContain(String(k.programme.year));
  });

  it('gives the calculators the plan year’s quota and the newest budget', () => {
    const references = referencesFromTables(k.tables, k.sections);
    expect(references.quotas[0]).toMatchObject({ label: `Plan ${k.programme.year} gesamt`, year: k.programme.year });
    expect(references.budgetTotals[0]!.year).toBe(k.programme.year);
    expect(references.lzb.map((r) => r.period)).toEqual(['Ist', 'Plan']);
  });

  it('builds a tour from its own chapters and a quiz from its own figures', () => {
    const tour = buildTour(k);
    expect(tour.length).toBeGreaterThanOrEqual(3);
    expect(tour.length).toBeLessThanOrEqual(7);
    for (const step of tour) {
      expect(step.text.length).toBeGreaterThan(20);
      expect(step.text.length).toBeLessThanOrEqual(600);
      for (const ref of step.sectionRefs) expect(k.sections.some((s) => s.ref === ref)).toBe(true);
    }
    expect(tour[0]!.title).toBe(k.sections[0]!.title);
    const quiz = buildQuiz(k);
    expect(quiz.find((q) => /Integrationsquote/.test(q.question))?.question).toContain(String(k.programme.year));
  });

  it('has a glossary and target groups, derived when nothing is curated', () => {
    expect(k.glossary.length).toBeGreaterThanOrEqual(3);
    expect(k.targetGroups.length).toBeGreaterThanOrEqual(2);
    for (const g of k.targetGroups) for (const ref of g.sectionRefs) expect(k.sections.some((s) => s.ref === ref)).toBe(true);
  });

  it('answers the quota question with its own figure', () => {
    const plan = referencesFromTables(k.tables, k.sections).quotas[0]!;
    const answer = buildBrain(k).answerer.answer('Wie hoch ist die Integrationsquote?');
    expect(answer.text).toContain(`${plan.printed} %`);
  });
});

describe('what the variants change, the knowledge follows', () => {
  const [nextYear, restructured, swapped, conventions] = variants;

  it('ingests every variant without a warning or a stale item (no curated files yet)', () => {
    for (const v of [...variants, musterkreis]) {
      expect(v.result.warnings).toEqual([]);
      expect(v.result.problems).toEqual([]);
    }
  });

  it('next year: its year, Stand and scaled figures', () => {
    expect(nextYear!.knowledge.programme).toMatchObject({ id: 'elbe-elster-2025', year: 2025, stand: '2024-11-13' });
    expect(referencesFromTables(nextYear!.knowledge.tables).budgetTotals[0]).toMatchObject({ label: 'EGL 2025', value: Math.round(4706577 * 1.03) });
  });

  it('renamed, added, removed: the new section and its target group are there, the removed one is gone, the rest renumbered', () => {
    const k = restructured!.knowledge;
    expect(k.sections.find((s) => s.ref === '3.1')!.title).toBe('Ziele der Geschäftspolitik');
    expect(k.targetGroups.find((g) => g.sectionRefs.includes('5.3.4' as never))?.name).toBe('Ältere Menschen über 50 Jahre');
    expect(k.sections.find((s) => s.ref === '7')!.title).toBe('Schlussbemerkungen');
    expect(k.sections.some((s) => s.ref === '8')).toBe(false);
  });

  it('swapped target-group sections: each group cites its own new section', () => {
    const k = swapped!.knowledge;
    expect(k.targetGroups.find((g) => /Geflüchtete/.test(g.name))?.sectionRefs).toEqual(['5.3.2']);
    expect(k.targetGroups.find((g) => /Chancengleichheit/.test(g.name))?.sectionRefs).toEqual(['5.3.1']);
    expect(k.programme.year).toBe(2026);
  });

  it('other conventions: same sections, plan columns and table titles as the original', () => {
    const original = loadKnowledge(pinnedProgrammeDir());
    const k = conventions!.knowledge;
    expect(k.sections.map((s) => `${s.ref}:${s.level}`)).toEqual(original.sections.map((s) => `${s.ref}:${s.level}`));
    expect(k.tables.map((t) => t.title)).toEqual(original.tables.map((t) => t.title));
    expect(k.documentStand).toBe(original.documentStand);
  });
});
