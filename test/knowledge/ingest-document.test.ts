import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { roundHalfUp } from '../../src/german/number';
import { ingestProgramme } from '../../src/knowledge/ingest';
import { defaultKnowledgeDir, documentPath } from '../../src/knowledge/paths';
import type { Section, Table, TableRow } from '../../src/knowledge/schema';
import { pinnedProgrammeDir } from '../programmes/pinned';

const dir = pinnedProgrammeDir();
const markdown = readFileSync(documentPath(dir), 'utf8');
const { sections, tables } = ingestProgramme(markdown);

const section = (ref: string): Section => {
  const found = sections.sections.find((s) => s.ref === ref);
  if (!found) throw new Error(`no section ${ref}`);
  return found;
};
const table = (title: string): Table => {
  const found = tables.tables.find((t) => t.title === title);
  if (!found) throw new Error(`no table "${title}" in ${tables.tables.map((t) => t.title).join(' | ')}`);
  return found;
};
const row = (t: Table, label: string, group?: string): TableRow => {
  const found = t.rows.find((r) => r.label === label && r.group === group);
  if (!found) throw new Error(`no row "${label}" (${group ?? 'no group'}) in ${t.title}`);
  return found;
};
const value = (t: Table, label: string, column: string, group?: string): number => {
  const cell = row(t, label, group).cells.find((c) => c.column === column);
  if (!cell) throw new Error(`no cell ${label} / ${column} in ${t.title}`);
  return cell.value;
};
const percent = (part: number, whole: number): number => roundHalfUp((part / whole) * 100, 1);

describe('ingesting the shipped programme', () => {
  it('reproduces the shipped generated files exactly (run `npm run ingest` after changing the document)', () => {
    expect(`${JSON.stringify(sections, null, 2)}\n`).toBe(readFileSync(join(dir, 'generated/sections.json'), 'utf8'));
    expect(`${JSON.stringify(tables, null, 2)}\n`).toBe(readFileSync(join(dir, 'generated/tables.json'), 'utf8'));
  });

  it('reads title and Stand of the document', () => {
    expect(sections.documentTitle).toBe('Arbeitsmarkt- und Integrationsprogramm des Jobcenters Elbe-Elster für das Jahr 2024');
    expect(sections.documentStand).toBe('2023-11-13');
  });

  it('takes every section from the table of contents with its page and level', () => {
    expect(sections.sections.map((s) => `${s.ref}:${s.page}:${s.level}`)).toEqual([
      'Präambel:3:1', '1:4:1', '2:5:1', '2.1:5:2', '2.2:7:2', '3:10:1', '3.1:10:2', '3.2:11:2', '3.3:11:2', '4:12:1', '4.1:12:2', '4.2:12:2',
      '5:14:1', '5.1:14:2', '5.2:14:2', '5.3:15:2', '5.3.1:15:3', '5.3.2:16:3', '5.3.3:18:3', '6:20:1', '7:20:1', '8:21:1',
    ]);
    expect(section('Präambel').number).toBeNull();
    expect(section('5.3.3').title).toBe('Kund*innen ohne Abschluss zu Fachkräften ausbilden und in den Markt integrieren');
  });

  it('files text under the right section whatever the heading level ("# 1", "### 3", "#### 3.1", "## **5 …**")', () => {
    const text = (ref: string): string => section(ref).paragraphs.map((p) => p.text).join(' ');
    expect(text('1')).toMatch(/^In Elbe-Elster waren im Jahresdurchschnitt 2023 ca\. 4\.530/);
    expect(text('3')).toBe('');
    expect(text('3.1')).toContain('mindestens 21 Monate');
    expect(text('5')).toBe('');
    expect(text('5.1')).toContain('Jugendberufsagentur');
    expect(text('5.3.3')).toContain('Absolventenmanagement');
    expect(text('8')).toContain('Kreative Ideen');
  });

  it('cleans the text: no bold markers, no Markdown escapes, no source lines', () => {
    const all = sections.sections.flatMap((s) => s.paragraphs.map((p) => p.text)).join('\n');
    expect(all).not.toMatch(/<\/?b>|\*\*|\\\*|^Quelle:|\bStand: \d/m);
    expect(all).toContain('Kund*innen');
    expect(all).toContain('„Veränderung der Summe der Leistungen zum Lebensunterhalt (ohne Leistungen für Unterkunft und Heizung)“');
  });

  it('gives paragraphs their sub-heading, not a chart or table title', () => {
    const headings = (ref: string) => section(ref).paragraphs.map((p) => p.heading);
    expect(headings('1')).toEqual(['Bestand der erwerbsfähigen Leistungsberechtigten (ELB)', 'Bestand der erwerbsfähigen Leistungsberechtigten (ELB)', 'Erwerbstätigkeit und Grundsicherung']);
    expect(headings('3.1')).toEqual([undefined, 'Verringerung von Hilfebedürftigkeit', 'Verbesserung der Integration in Erwerbstätigkeit', 'Verbesserung der Integration in Erwerbstätigkeit', 'Vermeidung von langfristigem Leistungsbezug']);
    expect(section('2.2').paragraphs.filter((p) => p.heading === 'Ausbildungsmarkt')).toHaveLength(2);
  });

  it('keeps bullet lists as one paragraph with their lead-in', () => {
    expect(section('3.1').paragraphs[0]).toEqual({
      text: 'Das Jobcenter Elbe-Elster wird auch in 2024 die geschäftspolitischen Handlungsfelder mit Kontinuität weiterverfolgen, da sich diese unmittelbar auf die Zielstellungen: Verringerung von Hilfebedürftigkeit, Verbesserung der Integration in Arbeit/Ausbildung und Vermeidung von langfristigem Leistungsbezug auswirken.',
      isList: true,
    });
    expect(section('5.2').paragraphs.find((p) => p.isList)?.text).toMatch(/Allegro\. Dies umfasst: relevante Änderungen innerhalb des 3-Monats-Zeitraumes erfassen; Leistungsunterbrechungen .*; Fallabschlüsse zeitlich korrekt erfassen$/);
    expect(section('3.2').paragraphs.map((p) => p.text)).toEqual(['Folgende regionale Ziele sind vereinbart: Aktuell in Abstimmung mit dem Träger Agentur für Arbeit Cottbus']);
  });

  it('records the charts whose images the export lost', () => {
    const charts = sections.sections.flatMap((s) => (s.charts ?? []).map((c) => `${s.ref}: ${c.title} [${c.source ?? '–'}]`));
    expect(charts).toEqual([
      '1: Entwicklung der erwerbsfähigen Leistungsberechtigten (ELB) 2013-2023 im JC Elbe-Elster (JDW) [Statistik der BA, eigene Darstellung]',
      '1: Erwerbstätige ELB (Anteile bez. auf alle erwerbstätigen ELB, in Prozent), [Statistik der BA, Eckwerte der Jobcenter]',
      '2.1: Entwicklung der Beschäftigtenzahl [Statistik der BA]',
      '2.1: Entwicklung der Arbeitslosen [Statistik der BA]',
      '2.2: Entwicklung am Ausbildungsmarkt - Bestand an gemeldeten Bewerbern und gemeldeten Ausbildungsstellen im Berufsberatungsjahr 2022/2023 [Statistik der BA]',
      '4.2: Verteilung des Eingliederungsbudgets 2024 [–]',
    ]);
    expect(section('1').charts![1]!.captions).toEqual(['Februar 2023 - Daten nach einer Wartezeit von 6 Monaten']);
  });
});

describe('the five tables of the shipped programme', () => {
  it('are all found, each in its section', () => {
    expect(tables.tables.map((t) => `${t.sectionRef} ${t.title}`)).toEqual([
      '2.1 Erwerbsfähige Leistungsberechtigte nach Integrationsprognosen und Altersgruppen (JDW 2023)',
      '2.2 Verteilung der Beschäftigung',
      '3.1 Integrationsquote',
      '3.1 Langzeitleistungsbeziehende',
      '4 Leistungen zur Eingliederung in Arbeit und Verwaltungskostenbudget nach dem SGB II (BA)',
    ]);
  });

  it('ELB nach Integrationsprognosen: flattened age/sex columns, "davon" rows grouped, Stand from the source line', () => {
    const t = table('Erwerbsfähige Leistungsberechtigte nach Integrationsprognosen und Altersgruppen (JDW 2023)');
    expect(t.columns).toEqual([
      'Anzahl', 'Anteil an ELB gesamt (in %)',
      'Altersgruppe 15 bis unter 25 Jahre männlich', 'Altersgruppe 15 bis unter 25 Jahre weiblich',
      'Altersgruppe 25 bis unter 55 Jahre männlich', 'Altersgruppe 25 bis unter 55 Jahre weiblich',
      'Altersgruppe 55 Jahre und älter männlich', 'Altersgruppe 55 Jahre und älter weiblich',
    ]);
    expect(t).toMatchObject({ stand: '2023-09-14', source: 'SGB II-Cockpit (Stand: 14.09.2023)' });
    expect(t.rows.map((r) => [r.label, r.group, r.isTotal])).toEqual([
      ['Erwerbsfähige Leistungsberechtigte gesamt', undefined, true],
      ['Kunden mit Integrationsprognose „marktnah“', undefined, false],
      ['Kunden mit Integrationsprognose „nicht marktnah“', undefined, false],
      ['Sonstige Integrationsprognosen', undefined, true],
      ['davon: I Integriert, aber weiterhin hilfebedürftig', 'Sonstige Integrationsprognosen', false],
      ['davon: Z Zuordnung nicht erforderlich', 'Sonstige Integrationsprognosen', false],
      ['davon: X Fehlende Werte', 'Sonstige Integrationsprognosen', false],
    ]);
    const total = row(t, 'Erwerbsfähige Leistungsberechtigte gesamt');
    expect(total.cells).toHaveLength(7); // its share cell is empty in the document
    expect(total.cells[0]).toEqual({ column: 'Anzahl', raw: '4.383', value: 4383, unit: 'Anzahl', year: 2023 });
    expect(row(t, 'Kunden mit Integrationsprognose „nicht marktnah“').cells[1]).toEqual({ column: 'Anteil an ELB gesamt (in %)', raw: '77,8', value: 77.8, unit: '%', year: 2023, period: 'Anteil' });
  });

  it('ELB nach Integrationsprognosen: parts add up to the totals, shares match the counts', () => {
    const t = table('Erwerbsfähige Leistungsberechtigte nach Integrationsprognosen und Altersgruppen (JDW 2023)');
    const total = row(t, 'Erwerbsfähige Leistungsberechtigte gesamt');
    const parts = ['Kunden mit Integrationsprognose „marktnah“', 'Kunden mit Integrationsprognose „nicht marktnah“', 'Sonstige Integrationsprognosen'].map((l) => row(t, l));
    for (const cell of total.cells) {
      expect(parts.map((p) => p.cells.find((c) => c.column === cell.column)!.value).reduce((a, b) => a + b, 0)).toBe(cell.value);
    }
    expect(total.cells.slice(1).reduce((a, c) => a + c.value, 0)).toBe(total.cells[0]!.value);
    expect(percent(value(t, 'Kunden mit Integrationsprognose „nicht marktnah“', 'Anzahl'), 4383)).toBe(77.8);
    expect(percent(value(t, 'davon: I Integriert, aber weiterhin hilfebedürftig', 'Anzahl', 'Sonstige Integrationsprognosen'), 4383)).toBe(5.7);
  });

  it('Verteilung der Beschäftigung: Stichtage as years, the arrow column dropped, source kept', () => {
    const t = table('Verteilung der Beschäftigung');
    expect(t.rowHeader).toBe('Sozialversicherungspflichtig Beschäftigte nach der Klassifikation der Wirtschaftszweige');
    expect(t.columns).toEqual(['Anteile in %', 'Dez. 22', 'Dez. 21', 'Veränderung zum Vorjahresstichtag']);
    expect(t.source).toBe('Statistik der BA, Regionalreport Beschäftigte');
    expect(t.rows).toHaveLength(17);
    expect(row(t, 'Insgesamt').cells.map((c) => [c.value, c.unit, c.year, c.period])).toEqual([
      [100, '%', undefined, 'Anteil'],
      [33000, 'Anzahl', 2022, 'Stichtag'],
      [33284, 'Anzahl', 2021, 'Stichtag'],
      [-303, 'Anzahl', undefined, 'Veränderung'],
    ]);
    expect(row(t, 'Öffentliche Verwaltung, Verteidigung, Sozialversicherung').isTotal).toBe(false);
    expect(percent(value(t, 'Verarbeitendes Gewerbe', 'Dez. 22'), value(t, 'Insgesamt', 'Dez. 22'))).toBe(value(t, 'Verarbeitendes Gewerbe', 'Anteile in %'));
  });

  it('Integrationsquote: titled from its first bold row, Integrationen and Bestand grouped under each quota', () => {
    const t = table('Integrationsquote');
    expect(t).toMatchObject({ id: 'integrationsquote', heading: 'Verbesserung der Integration in Erwerbstätigkeit', rowHeader: 'Kennzahlen', columns: ['Ist 2023', 'Plan 2024', 'Veränderung zum Vorjahr in %'] });
    expect(t.rows.map((r) => (r.group ? `  ${r.label}` : r.label))).toEqual([
      'Integrationsquote gesamt', '  Integrationen', '  Bestand ELB',
      'Integrationsquote Frauen', '  Integrationen', '  Bestand ELB',
      'Integrationsquote Männer', '  Integrationen', '  Bestand ELB',
    ]);
    expect(row(t, 'Integrationen', 'Integrationsquote Frauen').cells.map((c) => [c.value, c.unit, c.year, c.period])).toEqual([
      [378, 'Anzahl', 2023, 'Ist'],
      [376, 'Anzahl', 2024, 'Plan'],
    ]);
    expect(row(t, 'Integrationsquote Frauen').cells.map((c) => [c.value, c.unit, c.year, c.period])).toEqual([
      [17.1, '%', 2023, 'Ist'],
      [17.1, '%', 2024, 'Plan'],
      [0, '%', undefined, 'Veränderung'],
    ]);
  });

  it('Langzeitleistungsbeziehende: two-line header flattened, weiblich/männlich grouped', () => {
    const t = table('Langzeitleistungsbeziehende');
    expect(t.columns).toEqual(['Ist 2023', 'Plan 2024', 'Veränderung zum Vorjahr in %']);
    expect(t.heading).toBe('Vermeidung von langfristigem Leistungsbezug');
    expect(t.rows.map((r) => [r.label, r.group, r.isTotal])).toEqual([
      ['Langzeitleistungsbeziehende', undefined, true],
      ['weiblich', 'Langzeitleistungsbeziehende', false],
      ['männlich', 'Langzeitleistungsbeziehende', false],
    ]);
  });

  it('Budget VK/EGL: euro from the "in Euro" caption, Stand from the line under the table', () => {
    const t = table('Leistungen zur Eingliederung in Arbeit und Verwaltungskostenbudget nach dem SGB II (BA)');
    expect(t).toMatchObject({ sectionRef: '4', stand: '2023-09-28' });
    expect(t.source).toBeUndefined();
    expect(t.captions).toEqual(['Schätzwerte 2024 - Vergleich Ausgabemittelzuteilung 2023', 'in Euro', 'Jobcenter Elbe-Elster', 'Haushaltsjahr 2023/ 2024']);
    expect(t.columns).toEqual(['Zuteilung 2023', 'Schätzwerte 2024', 'Differenz 2024 zu 2023 absolut', 'Differenz 2024 zu 2023 in %']);
    expect(row(t, 'Gesamtbudget').isTotal).toBe(true);
    expect(row(t, 'Eingliederungsleistungen (EGL)').cells).toEqual([
      { column: 'Zuteilung 2023', raw: '5.368.734', value: 5368734, unit: '€', year: 2023, period: 'Zuteilung' },
      { column: 'Schätzwerte 2024', raw: '4.706.577', value: 4706577, unit: '€', year: 2024, period: 'Schätzwert' },
      { column: 'Differenz 2024 zu 2023 absolut', raw: '-662.157', value: -662157, unit: '€', period: 'Differenz' },
      { column: 'Differenz 2024 zu 2023 in %', raw: '-12,3', value: -12.3, unit: '%', period: 'Differenz' },
    ]);
  });
});

describe("the tables' figures agree with the programme's arithmetic", () => {
  const iq = table('Integrationsquote');
  const lzb = table('Langzeitleistungsbeziehende');
  const budget = table('Leistungen zur Eingliederung in Arbeit und Verwaltungskostenbudget nach dem SGB II (BA)');

  it.each([
    ['Integrationsquote gesamt', 865, 4521, 19.1],
    ['Integrationsquote Frauen', 378, 2207, 17.1],
    ['Integrationsquote Männer', 487, 2313, 21.1],
  ])('%s Ist 2023: %d / %d × 100 → %d', (quota, integrations, stock, printed) => {
    expect(value(iq, 'Integrationen', 'Ist 2023', quota)).toBe(integrations);
    expect(value(iq, 'Bestand ELB', 'Ist 2023', quota)).toBe(stock);
    expect(value(iq, quota, 'Ist 2023')).toBe(printed);
    expect(percent(integrations, stock)).toBe(printed);
  });

  it.each(['Integrationsquote gesamt', 'Integrationsquote Frauen', 'Integrationsquote Männer'])('%s Plan 2024 is Integrationen / Bestand ELB', (quota) => {
    expect(percent(value(iq, 'Integrationen', 'Plan 2024', quota), value(iq, 'Bestand ELB', 'Plan 2024', quota))).toBe(value(iq, quota, 'Plan 2024'));
  });

  it('Langzeitleistungsbeziehende: (2.985 − 2.844) / 2.844 → +5,0 %, and women plus men make the total', () => {
    const ist = value(lzb, 'Langzeitleistungsbeziehende', 'Ist 2023');
    const plan = value(lzb, 'Langzeitleistungsbeziehende', 'Plan 2024');
    expect([ist, plan]).toEqual([2844, 2985]);
    expect(percent(plan - ist, ist)).toBe(5.0);
    expect(value(lzb, 'Langzeitleistungsbeziehende', 'Veränderung zum Vorjahr in %')).toBe(5.0);
    for (const column of ['Ist 2023', 'Plan 2024']) {
      expect(value(lzb, 'weiblich', column, 'Langzeitleistungsbeziehende') + value(lzb, 'männlich', column, 'Langzeitleistungsbeziehende')).toBe(value(lzb, 'Langzeitleistungsbeziehende', column));
    }
    for (const sex of ['weiblich', 'männlich']) {
      const from = value(lzb, sex, 'Ist 2023', 'Langzeitleistungsbeziehende');
      expect(percent(value(lzb, sex, 'Plan 2024', 'Langzeitleistungsbeziehende') - from, from)).toBe(value(lzb, sex, 'Veränderung zum Vorjahr in %', 'Langzeitleistungsbeziehende'));
    }
  });

  it('Budget: 11.519.147 = 6.812.570 + 4.706.577 and 12.953.683 = 7.584.949 + 5.368.734', () => {
    const vk = (column: string) => value(budget, 'Verwaltungskosten (VK)', column);
    const egl = (column: string) => value(budget, 'Eingliederungsleistungen (EGL)', column);
    const total = (column: string) => value(budget, 'Gesamtbudget', column);
    expect([vk('Schätzwerte 2024'), egl('Schätzwerte 2024'), total('Schätzwerte 2024')]).toEqual([6812570, 4706577, 11519147]);
    expect(vk('Schätzwerte 2024') + egl('Schätzwerte 2024')).toBe(total('Schätzwerte 2024'));
    expect(vk('Zuteilung 2023') + egl('Zuteilung 2023')).toBe(total('Zuteilung 2023'));
    expect(total('Zuteilung 2023')).toBe(12953683);
  });

  it.each(['Verwaltungskosten (VK)', 'Eingliederungsleistungen (EGL)', 'Gesamtbudget'])('Budget %s: difference and percentage recomputed (VK: −772.379 / 7.584.949 → −10,2 %)', (label) => {
    const from = value(budget, label, 'Zuteilung 2023');
    const to = value(budget, label, 'Schätzwerte 2024');
    const difference = value(budget, label, 'Differenz 2024 zu 2023 absolut');
    expect(to - from).toBe(difference);
    expect(percent(difference, from)).toBe(value(budget, label, 'Differenz 2024 zu 2023 in %'));
  });

  it('VK: −772.379 / 7.584.949 → −10,2 %', () => {
    expect(value(budget, 'Verwaltungskosten (VK)', 'Differenz 2024 zu 2023 absolut')).toBe(-772379);
    expect(percent(-772379, 7584949)).toBe(-10.2);
  });
});
