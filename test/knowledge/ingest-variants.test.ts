import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IngestError, ingestProgramme, readTitlePage } from '../../src/knowledge/ingest';
import { readProgrammeIdentity } from '../../src/knowledge/programme-identity';

/** A small programme; each test swaps one convention for the way another jobcenter prints it. */
const doc = (parts: { title?: string[]; contents?: string; toc?: string[]; body?: string[] } = {}): string =>
  [
    ...(parts.title ?? ['# Arbeitsmarkt- und Integrationsprogramm', '', 'des Jobcenters Musterstadt für das Jahr 2026', '', 'Stand: 01.12.2025']),
    '',
    '---',
    '',
    parts.contents ?? '## Inhaltsverzeichnis',
    '',
    ...(parts.toc ?? ['1 Vorwort\t2', '2 Ziele\t3', '2.1 Integration\t3']),
    '',
    ...(parts.body ?? ['# 1 Vorwort', '', 'Text eins.', '', '# 2 Ziele', '', '## 2.1 Integration', '', 'Text zwei.']),
  ].join('\n');

const sections = (text: string) => ingestProgramme(text).sections.sections.map((s) => `${s.ref}:${s.level}:${s.page ?? '-'}:${s.title}`);

describe('title page variants', () => {
  it.each([
    ['Stand: 13.11.2023', '2023-11-13'],
    ['Stand 03.12.2019', '2019-12-03'],
    ['- Stand: 27. Januar 2020 -', '2020-01-27'],
    ['Stand: 1.9.2021', '2021-09-01'],
  ])('"%s" → %s', (line, iso) => {
    expect(readTitlePage(['# Programm 2026', line, '---']).documentStand).toBe(iso);
  });

  it('a Stand that is no date is an error naming the line', () => {
    expect(() => ingestProgramme(doc({ title: ['# Programm des Jobcenters Musterstadt 2026', 'Stand: demnächst'] }))).toThrow(/"Stand: demnächst"/);
  });

  it('no Stand line is one clear error', () => {
    expect(() => ingestProgramme(doc({ title: ['# Programm des Jobcenters Musterstadt 2026'] }))).toThrow(IngestError);
  });

  it('the title page may end at the contents heading, without a rule, and name the year before the jobcenter', () => {
    const text = ['**Arbeitsmarkt- und Integrationsprogramm 2025**', '', '**Jobcenter Musterkreis**', '', 'Stand: 27. Januar 2025', '', '**Inhalt**', '', '1 Vorwort\t2', '', '# 1 Vorwort', '', 'Text.'].join('\n');
    const { sections: s } = ingestProgramme(text);
    expect(readProgrammeIdentity(s.documentTitle, s.documentStand, s.sections)).toMatchObject({ id: 'musterkreis-2025', jobcenter: 'Jobcenter Musterkreis', year: 2025, stand: '2025-01-27' });
  });
});

describe('contents variants', () => {
  it.each(['## Inhaltsverzeichnis', '## Inhalt', 'Inhaltsverzeichnis:', '**Inhalt**', '### Inhaltsverzeichnis:'])('"%s" opens the contents', (heading) => {
    expect(sections(doc({ contents: heading }))).toEqual(['1:1:2:Vorwort', '2:1:3:Ziele', '2.1:2:3:Integration']);
  });

  it('numbers with trailing dots keep their level ("3.3.2. REHAPRO" is level 3)', () => {
    const text = doc({
      toc: ['1. Vorwort\t2', '3. Ziele\t3', '3.3. Projekte\t4', '3.3.2. REHAPRO\t5', '3.3.2.1. Teilnehmende\t6'],
      body: ['# 1. Vorwort', '', 'A.', '', '# 3. Ziele', '', '## 3.3. Projekte', '', 'B.', '', '### 3.3.2. REHAPRO', '', 'C.', '', '#### 3.3.2.1. Teilnehmende', '', 'D.'],
    });
    expect(sections(text)).toEqual(['1:1:2:Vorwort', '3:1:3:Ziele', '3.3:2:4:Projekte', '3.3.2:3:5:REHAPRO', '3.3.2.1:4:6:Teilnehmende']);
    expect(ingestProgramme(text).sections.sections.find((s) => s.ref === '3.3.2')!.paragraphs.map((p) => p.text)).toEqual(['C.']);
  });

  it('dot leaders and contents without page numbers', () => {
    expect(sections(doc({ toc: ['1 Vorwort ........ 2', '2 Ziele ..... 3', '2.1 Integration 3'] }))).toEqual(['1:1:2:Vorwort', '2:1:3:Ziele', '2.1:2:3:Integration']);
    expect(sections(doc({ toc: ['1 Vorwort', '2 Ziele', '2.1 Integration'] }))).toEqual(['1:1:-:Vorwort', '2:1:-:Ziele', '2.1:2:-:Integration']);
  });

  it('bold contents lines without pages end where the body repeats the first entry', () => {
    const text = doc({ contents: '**Inhalt**', toc: ['**1. Vorwort**', '**2. Ziele**', '2.1. Integration'], body: ['**1. Vorwort**', '', 'Text eins.', '', '**2. Ziele**', '', '**2.1. Integration**', '', 'Text zwei.'] });
    expect(sections(text)).toEqual(['1:1:-:Vorwort', '2:1:-:Ziele', '2.1:2:-:Integration']);
    expect(ingestProgramme(text).sections.sections[2]!.paragraphs[0]!.text).toBe('Text zwei.');
  });

  it('a contents line it cannot read is a warning naming the line', () => {
    const { warnings } = ingestProgramme(doc({ toc: ['1 Vorwort\t2', 'a\tb\tc', '2 Ziele\t3', '2.1 Integration\t3'] }));
    expect(warnings).toEqual([{ line: 12, message: expect.stringContaining('"a b c"') }]);
  });

  it('a section of the contents without a heading in the body is one clear error naming it', () => {
    expect(() => ingestProgramme(doc({ body: ['# 1 Vorwort', '', 'Text.', '', '# 2 Ziele', '', 'Text.'] }))).toThrow(/"2\.1 Integration" \(Zeile\/line 13\)/);
  });
});

describe('table variants', () => {
  const withTable = (lines: string[]) => ingestProgramme(doc({ body: ['# 1 Vorwort', '', 'Text.', '', '# 2 Ziele', '', '## 2.1 Integration', '', ...lines] })).tables.tables;

  it('"Ziel 2025" and "Planung 2025" are plan columns; a bold "Tabelle N:" caption names the table', () => {
    const [t] = withTable(['**Tabelle 4: Integrationsquote 2025**', '', 'Kennzahl\tIst 2024\tZiel 2025\tPlanung 2025', '<b>Integrationsquote</b>\t<b>20,0</b>\t<b>21,0</b>\t<b>21,5</b>']);
    expect(t!.title).toBe('Integrationsquote 2025');
    expect(t!.rows[0]!.cells.map((c) => `${c.column}:${c.year}:${c.period}`)).toEqual(['Ist 2024:2024:Ist', 'Ziel 2025:2025:Plan', 'Planung 2025:2025:Plan']);
  });

  it('two-line headers, and a header line of bare years', () => {
    const [a] = withTable(['**Tabelle 1: Budget**', '', 'in Euro', '', '\tIst\tPlan', '\t2024\t2025', 'EGL\t1.000\t1.100']);
    expect(a!.columns).toEqual(['Ist 2024', 'Plan 2025']);
    const [b] = withTable(['**Tabelle 2: Bestand**', '', 'Kennzahl\t2024\t2025', 'ELB\t6.200\t6.000']);
    expect(b!.rows.map((r) => r.label)).toEqual(['ELB']);
    expect(b!.rows[0]!.cells.map((c) => c.year)).toEqual([2024, 2025]);
  });

  it('a header line of bare years beside text headers ("Veränderung in %") is a header, not a row', () => {
    const [t] = withTable(['**Tabelle 7: Arbeitslose**', '', 'Merkmal\t2023\t2024\tVeränderung absolut\tVeränderung in %', '<b>Arbeitslose</b>\t<b>6.284</b>\t<b>6.571</b>\t<b>287</b>\t<b>4,6</b>']);
    expect(t!.columns).toEqual(['2023', '2024', 'Veränderung absolut', 'Veränderung in %']);
    expect(t!.rows.map((r) => r.label)).toEqual(['Arbeitslose']);
    expect(t!.rows[0]!.cells.map((c) => `${c.year ?? '-'}:${c.period ?? '-'}:${c.unit}`)).toEqual(['2023:-:Anzahl', '2024:-:Anzahl', '-:Veränderung:Anzahl', '-:Veränderung:%']);
  });

  it('a row named by a year dates cells whose column names none (months across, years down)', () => {
    const [t] = withTable(['**Tabelle 11: Integrationen je Monat**', '', 'Jahr\tJan\tFeb\tSumme', '2025\t118\t131\t249', '2024\t124\t139\t263']);
    expect(t!.rows.map((r) => `${r.label}:${r.cells.map((c) => `${c.column}=${c.value}@${c.year}`).join(',')}`)).toEqual(['2025:Jan=118@2025,Feb=131@2025,Summe=249@2025', '2024:Jan=124@2024,Feb=139@2024,Summe=263@2024']);
  });

  it('a row that names a share ("Anteil … in %", "… (in %)") holds percentages in columns that do not say so', () => {
    const [t] = withTable(['**Tabelle 12: LZB**', '', 'Kennzahl\tIst 2024\tZiel 2025', '<b>LZB insgesamt</b>\t<b>5.064</b>\t<b>4.912</b>', 'Anteil LZB an allen ELB in %\t68,5\t67,0', 'Abgänge (in %)\t12,0\t13,0']);
    expect(t!.rows.map((r) => `${r.label}:${r.cells.map((c) => c.unit).join(',')}`)).toEqual(['LZB insgesamt:Anzahl,Anzahl', 'Anteil LZB an allen ELB in %:%,%', 'Abgänge (in %):%,%']);
  });

  it('a column layout without figures (an Abkürzungsverzeichnis) becomes text, not an error', () => {
    const result = ingestProgramme(doc({ body: ['# 1 Vorwort', '', 'Text.', '', '# 2 Ziele', '', '## 2.1 Integration', '', 'Abkürzung\tBedeutung', 'BG\tBedarfsgemeinschaft', 'ELB\terwerbsfähige Leistungsberechtigte'] }));
    expect(result.tables.tables).toEqual([]);
    expect(result.sections.sections[2]!.paragraphs.map((p) => p.text)).toEqual(['BG – Bedarfsgemeinschaft', 'ELB – erwerbsfähige Leistungsberechtigte']);
  });
});

describe('the Vorwort signed at its end', () => {
  it('gives place, date, signer and role', () => {
    const text = doc({ body: ['# 1 Vorwort', '', 'Text.', '', 'Musterstadt, den 3. Dezember 2025', '', 'Erika Mustermann', 'Geschäftsführerin', '', '# 2 Ziele', '', '## 2.1 Integration', '', 'Text zwei.'] });
    const { sections: s } = ingestProgramme(text);
    expect(readProgrammeIdentity(s.documentTitle, s.documentStand, s.sections).signOff).toEqual({ place: 'Musterstadt', date: '2025-12-03', name: 'Erika Mustermann', role: 'Geschäftsführerin' });
  });
});

describe('the fictional Musterkreis programme', () => {
  it('ingests with no warning', () => {
    const result = ingestProgramme(readFileSync(join(__dirname, '../programmes/fixtures/amip-musterkreis-2025.md'), 'utf8'));
    expect(result.warnings).toEqual([]);
    expect(result.sections.sections.find((s) => s.ref === '4.3.1.1')).toMatchObject({ level: 4, title: 'Teilzeitausbildung' });
  });
});
