import { ingestProgramme, readTitlePage } from '../../src/knowledge/ingest';
import { toBlocks } from '../../src/knowledge/ingest/blocks';
import { parseGermanFigure } from '../../src/german/number';
import { classifyHeading, joinItems } from '../../src/knowledge/ingest/sections';
import { parseTable } from '../../src/knowledge/ingest/tables';
import { cleanInline } from '../../src/knowledge/ingest/text';
import { matchTocEntry, readToc } from '../../src/knowledge/ingest/toc';
import type { SectionRef } from '../../src/knowledge/schema';

/** A small programme in the export's shape: inconsistent heading levels, bold markers, a chart without image, two tables. */
const SAMPLE = [
  '# Programm',
  '',
  'für das Jahr 2030',
  '',
  '- Stand: 01.02.2029 -',
  '',
  '---',
  '',
  '## Inhaltsverzeichnis',
  '',
  '<b>Präambel</b>\t<b>2</b>',
  '<b>1 Lage im Kreis</b>\t<b>3</b>',
  '1.1 Die Kund\\*innen\t3',
  '<b>2 Geld</b>\t<b>5</b>',
  '',
  '## Präambel',
  '',
  'Ein erster Satz mit **fett** und   Leerraum.',
  '',
  '# 1 Lage im Kreis',
  '',
  '## Bestand',
  '',
  'Im Jahr 2029 gab es ca. 1.234 Kund\\*innen.',
  '',
  '## Entwicklung der Kund\\*innen',
  '',
  '',
  '',
  'Quelle: Statistik der BA',
  '',
  'Der Bestand wird sinken.',
  '',
  '#### **1.1 Die Kund\\*innen**',
  '',
  'Die Ziele sind:',
  '',
  '- weniger Hilfebedürftigkeit,',
  '- mehr Integration und',
  '- kürzerer Leistungsbezug',
  '',
  'erreichen.',
  '',
  'Zwei Kennzahlen stehen im Fokus.',
  '',
  'Kennzahlen\tIst 2029\tPlan 2030\tVeränderung',
  '\t\t\tin %',
  '<b>Quote gesamt</b>\t<b>10,0</b>\t<b>11,0</b>\t<b>10,0</b>',
  'Integrationen\t100\t110\t',
  '<b>Quote Frauen</b>\t<b>9,0</b>\t<b>9,9</b>\t<b>10,0</b>',
  'Integrationen\t45\t50\t',
  '',
  '### 2 Geld',
  '',
  '### Budget nach Art',
  '',
  'in Euro',
  '',
  '\tZuteilung 2029\tSchätzwerte 2030\tDifferenz\t',
  '\t\t\tabsolut\tin %',
  'Verwaltung (VK)\t1.000.000\t900.000\t-100.000\t-10,0',
  '<b>Gesamt</b>\t<b>1.000.000</b>\t<b>900.000</b>\t<b>-100.000</b>\t<b>-10,0</b>',
  '',
  'Stand: 28.09.2029',
  '',
  'Branche\tAnteile in %\tDez. 28\tDez. 27\tVeränderung\t',
  '<b>Insgesamt</b>\t100,0\t500\t480\t20\t↑',
  'Bau\t40,0\t200\t210\t-10\t↓',
  '',
  'Quelle: Statistik der BA (Stand: 14.09.2029)',
  '',
].join('\n');

const ingested = ingestProgramme(SAMPLE);
const section = (ref: string) => {
  const found = ingested.sections.sections.find((s) => s.ref === ref);
  if (!found) throw new Error(`no section ${ref}`);
  return found;
};

describe('parseGermanFigure', () => {
  it.each([
    ['4.383', 4383],
    ['-10,2', -10.2],
    ['100,0', 100],
    ['11.519.147', 11519147],
    ['<b>-1.434.536</b>', -1434536],
    ['0,0', 0],
    ['−3', -3],
    ['60', 60],
  ])('reads %s as %d', (text, value) => expect(parseGermanFigure(text)).toBe(value));

  it.each(['', '↓', 'Dez. 22', 'Ist 2023', '1.23', '12.3456', 'abc', '4.383,'])('refuses %j', (text) => expect(parseGermanFigure(text)).toBeUndefined());
});

describe('cleanInline', () => {
  it('drops bold tags and markers, unescapes Markdown and collapses whitespace', () => {
    expect(cleanInline('  <b>Kund\\*innen</b> und   **Träger**\u00a0„marktnah“ ')).toBe('Kund*innen und Träger „marktnah“');
  });
});

describe('readTitlePage', () => {
  it('joins the title lines and reads the Stand', () => {
    expect(readTitlePage(SAMPLE.split('\n'))).toEqual({ documentTitle: 'Programm für das Jahr 2030', documentStand: '2029-02-01' });
  });

  it('refuses a document without a Stand line', () => {
    expect(() => ingestProgramme(SAMPLE.replace('- Stand: 01.02.2029 -', ''))).toThrow(/Stand/);
  });
});

describe('readToc', () => {
  const { entries, bodyStart } = readToc(SAMPLE.split('\n'));

  it('reads number, title, page and level of every entry; the Präambel has no number', () => {
    expect(entries).toEqual([
      { ref: 'Präambel', number: null, title: 'Präambel', page: 2, level: 1, line: 11 },
      { ref: '1', number: '1', title: 'Lage im Kreis', page: 3, level: 1, line: 12 },
      { ref: '1.1', number: '1.1', title: 'Die Kund*innen', page: 3, level: 2, line: 13 },
      { ref: '2', number: '2', title: 'Geld', page: 5, level: 1, line: 14 },
    ]);
    expect(SAMPLE.split('\n')[bodyStart]).toBe('## Präambel');
  });

  it('matches body headings by number and title, not by Markdown level', () => {
    expect(matchTocEntry('1.1 Die Kund*innen', entries)?.ref).toBe('1.1');
    expect(matchTocEntry('Präambel', entries)?.ref).toBe('Präambel');
    expect(matchTocEntry('1.1 Etwas anderes', entries)).toBeUndefined();
    expect(matchTocEntry('Bestand', entries)).toBeUndefined();
  });
});

describe('classifyHeading', () => {
  const blocks = (...lines: string[]) => toBlocks(lines);

  it('a heading right above a table (captions allowed) titles the table', () => {
    expect(classifyHeading('Budget', blocks('', 'in Euro', '', 'a\tb', 'x\t1'))).toEqual({ role: 'table', captions: ['in Euro'], consumed: 1 });
  });

  it('a heading followed by a gap or a source before any text is a chart whose image is missing', () => {
    expect(classifyHeading('Entwicklung', blocks('', '', '', 'Quelle: BA', '', 'Text.'))).toMatchObject({ role: 'chart', chart: { title: 'Entwicklung', source: 'BA' } });
    expect(classifyHeading('Verteilung', blocks('', '', '', 'Text danach.'))).toMatchObject({ role: 'chart', chart: { title: 'Verteilung' } });
    expect(classifyHeading('Anteile,', blocks('', 'Februar 2023 - Daten', '', '', 'Quelle: BA'))).toMatchObject({ role: 'chart', chart: { captions: ['Februar 2023 - Daten'], source: 'BA' } });
  });

  it('any other heading is a sub-heading', () => {
    expect(classifyHeading('Bestand', blocks('', 'Ein Satz.', ''))).toEqual({ role: 'subheading' });
    expect(classifyHeading('Ziele', blocks('', 'Folgende Ziele sind vereinbart:', ''))).toEqual({ role: 'subheading' });
  });
});

describe('joinItems', () => {
  it('joins parts of one sentence with a space and separate items with "; "', () => {
    expect(joinItems(['weniger Hilfe,', 'mehr Integration und', 'weniger Bezug'])).toBe('weniger Hilfe, mehr Integration und weniger Bezug');
    expect(joinItems(['Änderungen erfassen', 'Fälle abschließen'])).toBe('Änderungen erfassen; Fälle abschließen');
  });
});

describe('ingestProgramme: sections', () => {
  it('files text under the section whose heading matches the table of contents', () => {
    expect(ingested.sections.sections.map((s) => [s.ref, s.page, s.level])).toEqual([
      ['Präambel', 2, 1],
      ['1', 3, 1],
      ['1.1', 3, 2],
      ['2', 5, 1],
    ]);
    expect(section('Präambel').paragraphs).toEqual([{ text: 'Ein erster Satz mit fett und Leerraum.', isList: false }]);
  });

  it('gives paragraphs their sub-heading; a chart title is not one', () => {
    expect(section('1').paragraphs).toEqual([
      { heading: 'Bestand', text: 'Im Jahr 2029 gab es ca. 1.234 Kund*innen.', isList: false },
      { heading: 'Bestand', text: 'Der Bestand wird sinken.', isList: false },
    ]);
    expect(section('1').charts).toEqual([{ title: 'Entwicklung der Kund*innen', source: 'Statistik der BA' }]);
  });

  it('makes a list one paragraph with its lead-in and its continuation', () => {
    expect(section('1.1').paragraphs[0]).toEqual({ text: 'Die Ziele sind: weniger Hilfebedürftigkeit, mehr Integration und kürzerer Leistungsbezug erreichen.', isList: true });
    expect(section('1.1').paragraphs[1]!.text).toBe('Zwei Kennzahlen stehen im Fokus.');
  });

  it('keeps "Quelle:" and "Stand:" lines out of the paragraphs', () => {
    const text = ingested.sections.sections.flatMap((s) => s.paragraphs.map((p) => p.text)).join(' ');
    expect(text).not.toMatch(/Quelle:|Stand:/);
  });

  it('names a section of the table of contents the body lacks', () => {
    expect(() => ingestProgramme(SAMPLE.replace('### 2 Geld', '### Geld'))).toThrow(/"2 Geld"/);
  });
});

describe('ingestProgramme: tables', () => {
  const [quota, budget, branches] = ingested.tables.tables;

  it('names a table without its own heading after its first bold row and keeps the sub-heading apart', () => {
    expect(quota).toMatchObject({ id: 'quote', title: 'Quote', sectionRef: '1.1', rowHeader: 'Kennzahlen', columns: ['Ist 2029', 'Plan 2030', 'Veränderung in %'] });
    expect(quota!.rows.map((r) => [r.label, r.group, r.isTotal])).toEqual([
      ['Quote gesamt', undefined, true],
      ['Integrationen', 'Quote gesamt', false],
      ['Quote Frauen', undefined, true],
      ['Integrationen', 'Quote Frauen', false],
    ]);
    expect(quota!.rows[0]!.cells.map((c) => [c.value, c.unit, c.year, c.period])).toEqual([
      [10, '%', 2029, 'Ist'],
      [11, '%', 2030, 'Plan'],
      [10, '%', undefined, 'Veränderung'],
    ]);
    expect(quota!.rows[1]!.cells.map((c) => c.unit)).toEqual(['Anzahl', 'Anzahl']);
  });

  it('takes title, captions, unit and Stand of a table under its own heading', () => {
    expect(budget).toMatchObject({ title: 'Budget nach Art', sectionRef: '2', stand: '2029-09-28', captions: ['in Euro'] });
    expect(budget!.columns).toEqual(['Zuteilung 2029', 'Schätzwerte 2030', 'Differenz absolut', 'Differenz in %']);
    expect(budget!.rows[0]!.cells.map((c) => [c.raw, c.value, c.unit, c.year, c.period])).toEqual([
      ['1.000.000', 1000000, '€', 2029, 'Zuteilung'],
      ['900.000', 900000, '€', 2030, 'Schätzwert'],
      ['-100.000', -100000, '€', undefined, 'Differenz'],
      ['-10,0', -10, '%', undefined, 'Differenz'],
    ]);
  });

  it('drops the arrow column, reads "Dez. 28" as 2028 and takes Stand and source from the Quelle line', () => {
    expect(branches).toMatchObject({ rowHeader: 'Branche', source: 'Statistik der BA (Stand: 14.09.2029)', stand: '2029-09-14', columns: ['Anteile in %', 'Dez. 28', 'Dez. 27', 'Veränderung'] });
    expect(branches!.rows[1]!.cells.map((c) => [c.column, c.value, c.unit, c.year, c.period])).toEqual([
      ['Anteile in %', 40, '%', undefined, 'Anteil'],
      ['Dez. 28', 200, 'Anzahl', 2028, 'Stichtag'],
      ['Dez. 27', 210, 'Anzahl', 2027, 'Stichtag'],
      ['Veränderung', -10, 'Anzahl', undefined, 'Veränderung'],
    ]);
  });

  it('skips empty cells, drops columns without figures and flattens spanning header cells', () => {
    const table = parseTable(['\tA\tGruppe\t\t', '\t\tx\ty\tPfeil', 'Zeile\t1\t\t3\t↑', 'Zweite\t2\t5\t\t↓'], { id: 't', title: 'T', heading: undefined, sectionRef: '1' as SectionRef, captions: [] });
    expect(table.columns).toEqual(['A', 'Gruppe x', 'Gruppe y']);
    expect(table.rows[0]!.cells.map((c) => c.column)).toEqual(['A', 'Gruppe y']);
    expect(table.rows[1]!.cells.map((c) => c.column)).toEqual(['A', 'Gruppe x']);
  });

  it('is pure: the same text gives the same result', () => {
    expect(ingestProgramme(SAMPLE)).toEqual(ingested);
    expect(ingested.tables.documentSha256).toBe(ingested.sections.documentSha256);
  });
});
