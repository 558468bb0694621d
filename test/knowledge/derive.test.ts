import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { completeOverrides, deriveKnowledge, mergeDerived } from '../../src/knowledge/derive';
import { listProgrammeIds, programmesDir } from '../../src/knowledge/paths';
import { reduceOverrides } from '../../src/knowledge/reduce-overrides';
import { curatedReduction } from '../../src/tools/reduce-curated';
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

  it('takes no paragraph number or section letter ("§ 16i SGB II", "§ 45 SGB III") for a figure', () => {
    expect(deriveFigures([section('Gefördert wird nach § 16i SGB II und nach § 45 SGB III (§ 16e SGB II).')])).toEqual([]);
  });

  it('does not name a figure after the figure that follows it', () => {
    const figures = deriveFigures([section('Die Zahl der Beschäftigten stieg um 359 auf 54.455 (+0,7 Prozent).')]);
    expect(figures.filter((f) => f.value === 54455).map((f) => f.label)).toEqual([]);
  });

  it('names a share only by the words of its own figure, never the one before it', () => {
    const figures = deriveFigures([section('Die Integrationsquote von Frauen beträgt 13,6 % gegenüber den Männern 15,3 %.')]);
    expect(figures.map((f) => [f.value, f.label])).toEqual([[13.6, 'Integrationsquote von Frauen']]);
  });
});

describe('glossary keys of more than one word', () => {
  it('the Abkürzungsverzeichnis may list "AsA flex" and "ESF Plus" beside "SGB II"', () => {
    const list: Section = { ref: '10' as SectionRef, number: '10', title: 'Abkürzungsverzeichnis', level: 1, paragraphs: ['AsA flex – Assistierte Ausbildung flexibel', 'ESF Plus – Europäischer Sozialfonds Plus', 'SGB II – Zweites Buch Sozialgesetzbuch', 'BG – Bedarfsgemeinschaft'].map((text) => ({ text, isList: false })) };
    const glossary = deriveKnowledge([list], []).glossary;
    expect(glossary.map((e) => `${e.abbreviation}=${e.expansion}`)).toEqual(['AsA flex=Assistierte Ausbildung flexibel', 'ESF Plus=Europäischer Sozialfonds Plus', 'SGB II=Zweites Buch Sozialgesetzbuch', 'BG=Bedarfsgemeinschaft']);
  });
});

describe('target groups from their sections', () => {
  it('a title whose people word starts with an umlaut ("Ältere Arbeitsuchende") names a group too', () => {
    const older: Section = { ref: '5.5' as SectionRef, number: '5.5', title: 'Ältere Arbeitsuchende ab 50 Jahren', level: 2, paragraphs: [{ text: 'Mit dem Projekt „Können kennt kein Alter“ werden Ältere vermittelt.', isList: false }] };
    const { targetGroups, instruments } = deriveKnowledge([older], []);
    expect(targetGroups.map((g) => g.name)).toEqual(['Ältere Arbeitsuchende ab 50 Jahren']);
    expect(instruments.map((i) => i.name)).toEqual(['Können kennt kein Alter']);
  });

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

describe('curated overrides give only what differs', () => {
  const derivedFigure = musterkreis.proseFigures[0]!;
  const derivedEntry = musterkreis.glossary[0]!;

  it('an override is laid over the derived item field by field: the rest comes from the document', () => {
    const completed = completeOverrides(musterkreis, {
      glossary: [{ abbreviation: derivedEntry.abbreviation.toLowerCase(), explanation: 'Eigene Erklärung.' }],
      proseFigures: [{ sectionRef: derivedFigure.sectionRef, value: derivedFigure.value, unit: derivedFigure.unit, label: 'Eigene Bezeichnung', keywords: ['Suchwort'] }],
    });
    expect(completed.problems).toEqual([]);
    expect(completed.glossary[0]).toMatchObject({ expansion: derivedEntry.expansion, sectionRefs: derivedEntry.sectionRefs, explanation: 'Eigene Erklärung.' });
    expect(completed.proseFigures[0]).toMatchObject({ quote: derivedFigure.quote, id: derivedFigure.id, label: 'Eigene Bezeichnung', keywords: ['Suchwort'] });
  });

  it('an override with nothing derived under it must be whole; each one that is not is a problem, in its place', () => {
    const completed = completeOverrides(musterkreis, {
      glossary: [{ abbreviation: 'XYZ', expansion: 'Nirgends erklärt' }, { abbreviation: 'QQQ', expansion: 'Ganz', explanation: 'Vollständig.', sectionRefs: ['1' as SectionRef] }],
      proseFigures: [{ id: 'weg', sectionRef: derivedFigure.sectionRef, value: 987654, unit: 'Anzahl', label: 'Weg' }],
    });
    expect(completed.glossary[0]).toBeUndefined();
    expect(completed.glossary[1]).toMatchObject({ abbreviation: 'QQQ', aliases: [] });
    expect(completed.proseFigures).toEqual([undefined]);
    expect(completed.problems.map((p) => `${p.file} ${p.field} ${p.item}: ${p.why}`)).toEqual([
      'curated/glossary.json entries[0] XYZ: the document does not define "XYZ" itself, so the entry needs all its fields; missing: explanation, sectionRefs',
      `curated/prose-figures.json figures[0] weg: no sentence in section ${derivedFigure.sectionRef} states 987.654, so the figure needs all its fields; missing: quote`,
    ]);
  });

  it('reducing drops every field equal to the derived one and keeps the anchor and the wording that differs', () => {
    const reduced = reduceOverrides(musterkreis, {
      glossary: [{ ...derivedEntry, explanation: 'Eigene Erklärung.' }],
      proseFigures: [{ ...derivedFigure, id: 'eigene-id', label: 'Eigene Bezeichnung' }, { id: 'ohne', sectionRef: derivedFigure.sectionRef, value: 987654, unit: 'Anzahl', label: 'Ohne', quote: 'Ein Satz.' }],
    });
    expect(reduced.glossary).toEqual([{ abbreviation: derivedEntry.abbreviation, explanation: 'Eigene Erklärung.' }]);
    expect(reduced.proseFigures[0]).toEqual({ id: 'eigene-id', label: 'Eigene Bezeichnung', sectionRef: derivedFigure.sectionRef, value: derivedFigure.value, unit: derivedFigure.unit });
    expect(reduced.proseFigures[1]).toMatchObject({ quote: 'Ein Satz.' });
    expect(reduced.dropped).toBe(Object.keys(derivedEntry).length - 2 + Object.keys(derivedFigure).length - 5);
  });

  it('the shipped programmes’ curated files hold only overrides (run `npm run reduce-curated` after an ingest)', () => {
    for (const id of listProgrammeIds()) expect([id, curatedReduction(join(programmesDir(), id)).dropped]).toEqual([id, 0]);
  });
});
