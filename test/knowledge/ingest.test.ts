import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestProgramme } from '../../src/knowledge/ingest/ingest';
import { defaultKnowledgeDir, DOCUMENT_FILE } from '../../src/knowledge/paths';
import { roundHalfUp } from '../../src/figures/round';
import type { Table } from '../../src/knowledge/schema';

const dir = defaultKnowledgeDir();
const markdown = readFileSync(join(dir, DOCUMENT_FILE), 'utf8');
const ingested = ingestProgramme(markdown);
const table = (title: RegExp): Table => {
  const found = ingested.tables.tables.find((t) => title.test(t.title));
  if (!found) throw new Error(`no table ${title}`);
  return found;
};
const cell = (t: Table, row: string, column: RegExp): number => {
  const r = t.rows.find((x) => x.label === row && !x.group) ?? t.rows.find((x) => x.label === row);
  const c = r?.cells.find((x) => column.test(x.column));
  if (!c) throw new Error(`no cell ${row} / ${column}`);
  return c.value;
};

describe('ingestProgramme', () => {
  it('reproduces the shipped generated files exactly (run `npm run ingest` after changing the document)', () => {
    expect(`${JSON.stringify(ingested.sections, null, 2)}\n`).toBe(readFileSync(join(dir, 'generated/sections.json'), 'utf8'));
    expect(`${JSON.stringify(ingested.tables, null, 2)}\n`).toBe(readFileSync(join(dir, 'generated/tables.json'), 'utf8'));
  });

  it('reads title and Stand of the document', () => {
    expect(ingested.sections.documentTitle).toBe('Arbeitsmarkt- und Integrationsprogramm des Jobcenters Elbe-Elster für das Jahr 2024');
    expect(ingested.sections.documentStand).toBe('2023-11-13');
  });

  it('takes every section from the table of contents with its page', () => {
    const refs = ingested.sections.sections.map((s) => `${s.ref}:${s.page}`);
    expect(refs).toEqual(['Präambel:3', '1:4', '2:5', '2.1:5', '2.2:7', '3:10', '3.1:10', '3.2:11', '3.3:11', '4:12', '4.1:12', '4.2:12', '5:14', '5.1:14', '5.2:14', '5.3:15', '5.3.1:15', '5.3.2:16', '5.3.3:18', '6:20', '7:20', '8:21']);
    expect(ingested.sections.sections.find((s) => s.ref === '5.3.3')?.title).toBe('Kund*innen ohne Abschluss zu Fachkräften ausbilden und in den Markt integrieren');
  });

  it('files paragraphs under the body heading that matches the table of contents, whatever its markdown level', () => {
    const text = (ref: string) => ingested.sections.sections.find((s) => s.ref === ref)!.paragraphs.map((p) => p.text).join(' ');
    expect(text('5.1')).toContain('Jugendberufsagentur');
    expect(text('3.1')).toContain('mindestens 21 Monate');
    expect(text('Präambel')).toContain('Leitgedanken');
    expect(text('8')).toContain('Kreative Ideen');
  });

  it('keeps bullet lists as one paragraph and records the charts the export lost', () => {
    const s52 = ingested.sections.sections.find((s) => s.ref === '5.2')!;
    expect(s52.paragraphs.find((p) => p.isList)?.text).toMatch(/Allegro.*3-Monats-Zeitraumes.*Fallabschlüsse/);
    expect(ingested.sections.sections.find((s) => s.ref === '2.1')!.charts?.map((c) => c.title)).toContain('Entwicklung der Arbeitslosen');
  });

  it('parses all five tables with labels, groups, units, years and Stand', () => {
    expect(ingested.tables.tables).toHaveLength(5);
    const elb = table(/Integrationsprognosen/);
    expect(elb.stand).toBe('2023-09-14');
    expect(elb.columns).toContain('Altersgruppe 15 bis unter 25 Jahre männlich');
    expect(elb.rows.find((r) => r.label.startsWith('davon: I'))?.group).toBe('Sonstige Integrationsprognosen');
    const iq = table(/Integration in Erwerbstätigkeit/);
    const women = iq.rows.find((r) => r.label === 'Integrationsquote Frauen')!;
    expect(women.isTotal).toBe(true);
    expect(women.cells.map((c) => [c.year, c.period, c.unit])).toEqual([[2023, 'Ist', '%'], [2024, 'Plan', '%'], [undefined, 'Veränderung', '%']]);
    expect(iq.rows.filter((r) => r.label === 'Integrationen').map((r) => r.group)).toEqual(['Integrationsquote gesamt', 'Integrationsquote Frauen', 'Integrationsquote Männer']);
    const budget = table(/Verwaltungskostenbudget/);
    expect(budget.stand).toBe('2023-09-28');
    expect(budget.rows.find((r) => r.label === 'Gesamtbudget')?.cells[1]).toMatchObject({ raw: '11.519.147', value: 11519147, unit: '€', year: 2024, period: 'Schätzwert' });
    const jobs = table(/Verteilung der Beschäftigung/);
    expect(jobs.rowHeader).toMatch(/^Sozialversicherungspflichtig Beschäftigte/);
    expect(jobs.rows.find((r) => r.label === 'Insgesamt')?.cells.find((c) => c.year === 2021)?.value).toBe(33284);
  });

  it('holds figures that agree with the programme arithmetic', () => {
    const iq = table(/Integration in Erwerbstätigkeit/);
    for (const [group, quota] of [['Integrationsquote gesamt', 'Integrationsquote gesamt'], ['Integrationsquote Frauen', 'Integrationsquote Frauen'], ['Integrationsquote Männer', 'Integrationsquote Männer']] as const) {
      const rows = iq.rows.filter((r) => r.group === group);
      const integrations = rows.find((r) => r.label === 'Integrationen')!.cells[0]!.value;
      const stock = rows.find((r) => r.label === 'Bestand ELB')!.cells[0]!.value;
      expect(roundHalfUp((integrations / stock) * 100, 1)).toBe(cell(iq, quota, /Ist 2023/));
    }
    const lzb = table(/langfristigem Leistungsbezug/);
    const ist = cell(lzb, 'Langzeitleistungsbeziehende', /Ist/);
    const plan = cell(lzb, 'Langzeitleistungsbeziehende', /Plan/);
    expect(roundHalfUp(((plan - ist) / ist) * 100, 1)).toBe(cell(lzb, 'Langzeitleistungsbeziehende', /Veränderung/));
    const budget = table(/Verwaltungskostenbudget/);
    for (const column of [/Zuteilung/, /Schätzwerte/]) {
      expect(cell(budget, 'Verwaltungskosten (VK)', column) + cell(budget, 'Eingliederungsleistungen (EGL)', column)).toBe(cell(budget, 'Gesamtbudget', column));
    }
    const vkOld = cell(budget, 'Verwaltungskosten (VK)', /Zuteilung/);
    const vkDiff = cell(budget, 'Verwaltungskosten (VK)', /absolut/);
    expect(roundHalfUp((vkDiff / vkOld) * 100, 1)).toBe(cell(budget, 'Verwaltungskosten (VK)', /in %/));
  });

  it('refuses a document without a Stand line', () => {
    expect(() => ingestProgramme(markdown.replace('- Stand: 13.11.2023 -', ''))).toThrow(/Stand/);
  });
});
