import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deriveKnowledge, mergeDerived } from '../../src/knowledge/derive';
import { deriveFigures } from '../../src/knowledge/derive/figures';
import { ingestProgramme } from '../../src/knowledge/ingest';
import type { Section, SectionRef } from '../../src/knowledge/schema';
import { shippedDocument } from '../programmes/helpers';

const derive = (markdown: string) => {
  const { sections, tables } = ingestProgramme(markdown);
  return deriveKnowledge(sections.sections, tables.tables);
};
const musterkreis = derive(readFileSync(join(__dirname, '../programmes/fixtures/amip-musterkreis-2025.md'), 'utf8'));
const shipped = derive(shippedDocument());
const section = (text: string): Section => ({ ref: '9' as SectionRef, number: '9', title: 'Test', level: 1, paragraphs: [{ text, isList: false }] });

describe('glossary from the document', () => {
  it('reads the Abkürzungsverzeichnis, a two-column table at the end', () => {
    expect(musterkreis.glossary.find((e) => e.abbreviation === 'AVGS')).toMatchObject({ expansion: 'Aktivierungs- und Vermittlungsgutschein' });
    expect(musterkreis.glossary.find((e) => e.abbreviation === 'SGB II')).toMatchObject({ expansion: 'Zweites Buch Sozialgesetzbuch' });
  });

  it('reads parenthetical definitions, the expansion spelled by the initials, and explains with the defining sentence', () => {
    expect(shipped.glossary.find((e) => e.abbreviation === 'BCA')).toMatchObject({ expansion: 'Beauftragten für Chancengleichheit am Arbeitsmarkt', sectionRefs: ['5.3.2'] });
    expect(shipped.glossary.find((e) => e.abbreviation === 'IKS')!.expansion).toBe('internes Kontrollsystem');
    expect(shipped.glossary.find((e) => e.abbreviation === 'LZB')!.explanation).toMatch(/^LZB sind ELB, die in den vergangenen 24 Monaten mindestens 21 Monate/);
    expect(musterkreis.glossary.find((e) => e.abbreviation === 'AGS')).toMatchObject({ expansion: 'Arbeitgeberservice', sectionRefs: ['1'] });
    expect(shipped.glossary.map((e) => e.abbreviation)).not.toContain('JDW 2023');
  });
});

describe('sentence figures by one grammar', () => {
  it('number, unit and what it counts, the sentence as the quote, the stand when the sentence dates it', () => {
    const [figure] = deriveFigures([section('Im September 2024 bezogen 1.150 Alleinerziehende Leistungen im Jobcenter.')]);
    expect(figure).toMatchObject({ value: 1150, unit: 'Anzahl', label: 'Alleinerziehende (September 2024)', stand: '2024-09-30', quote: 'Im September 2024 bezogen 1.150 Alleinerziehende Leistungen im Jobcenter.', printed: '1.150' });
  });

  it.each([
    ['Rund 90,2% der arbeitslosen Menschen haben ein Qualifizierungsdefizit.', 90.2, '%', 'Anteil der arbeitslosen Menschen'],
    ['Es stehen voraussichtlich 4,7 Mio. EUR im Eingliederungstitel zur Verfügung.', 4_700_000, '€', 'im Eingliederungstitel'],
    ['Das Verwaltungskostenbudget beträgt 10,3 Mio. EUR.', 10_300_000, '€', 'Verwaltungskostenbudget'],
    ['Der Anteil der ELB im Langzeitleistungsbezug liegt bei ca. 64 Prozent.', 64, '%', 'Anteil der ELB im Langzeitleistungsbezug'],
    ['Es waren ca. 4.530 erwerbsfähige leistungsberechtigte Menschen in fast 3.650 Bedarfsgemeinschaften.', 4530, 'Anzahl', 'erwerbsfähige leistungsberechtigte Menschen'],
  ])('"%s"', (text, value, unit, label) => {
    expect(deriveFigures([section(text)])[0]).toMatchObject({ value, unit, label });
  });

  it('takes no year, date, ordinal, range, compound or paragraph for a figure', () => {
    const text = 'Seit 2005 gilt am 27.11.2023 im 2. Arbeitsmarkt für 15 bis unter 65 Jahre im 3-Monats-Zeitraum nach §10 SGB II und 09/2023 nichts.';
    expect(deriveFigures([section(text)])).toEqual([]);
  });

  it('names a share only by the words of its own figure, never the one before it', () => {
    const figures = deriveFigures([section('Die Integrationsquote von Frauen beträgt 13,6 % gegenüber den Männern 15,3 %.')]);
    expect(figures.map((f) => [f.value, f.label])).toEqual([[13.6, 'Integrationsquote von Frauen']]);
  });
});

describe('target groups from their sections', () => {
  it('a section named after people is a group; offers it quotes after "Projekt"/"Angebot" are its instruments', () => {
    expect(musterkreis.targetGroups.map((g) => g.name)).toEqual(['Ältere Menschen über 50 Jahre', 'Menschen mit Suchterkrankung', 'Frauen am Arbeitsmarkt', 'Alleinerziehende']);
    const older = musterkreis.targetGroups[0]!;
    expect(older.instrumentIds).toEqual(['erfahrung-zaehlt']);
    expect(musterkreis.instruments.find((i) => i.id === 'erfahrung-zaehlt')).toMatchObject({ name: 'Erfahrung zählt', sectionRefs: ['4.1'] });
    expect(older.approach).toMatch(/^Ältere Arbeitslose über 50 Jahre werden durch das Projekt/);
  });
});

describe('curated items override derived ones', () => {
  it('by abbreviation, by section/value/unit, and target groups by the sections they cite', () => {
    const curatedGroup = { ...musterkreis.targetGroups[0]!, id: 'ue50', name: 'Ü50' };
    const merged = mergeDerived(musterkreis, {
      glossary: [{ abbreviation: 'AGS', expansion: 'Arbeitgeber-Service', explanation: 'Gemeinsamer Arbeitgeber-Service.', sectionRefs: ['1' as SectionRef], aliases: [] }],
      proseFigures: [{ ...musterkreis.proseFigures[0]!, id: 'elb', label: 'ELB im Jahresdurchschnitt' }],
      targetGroups: [curatedGroup],
      instruments: [],
    });
    expect(merged.glossary.filter((e) => e.abbreviation === 'AGS').map((e) => e.expansion)).toEqual(['Arbeitgeber-Service']);
    expect(merged.proseFigures.filter((f) => f.value === musterkreis.proseFigures[0]!.value).map((f) => f.label)).toEqual(['ELB im Jahresdurchschnitt']);
    expect(merged.targetGroups.map((g) => g.id)).toEqual(['ue50', 'menschen-mit-suchterkrankung', 'frauen-am-arbeitsmarkt', 'alleinerziehende']);
  });
});
