import { loadCues } from '../../src/knowledge/cues';
import { NOT_IN_PROGRAMME, outOfScopeAnswer, unsupportedAnswer } from '../../src/answers/abstain';
import { outlineAnswer, sectionByNumber, whereAnswer } from '../../src/answers/navigation';
import { readQuestion } from '../../src/answers/question-features';
import { checkSupport } from '../../src/answers/support';
import { loadKnowledge } from '../../src/knowledge/load';
import { SectionRefSchema, type Cell, type ProseFigure, type Table } from '../../src/knowledge/schema';
import type { SearchDoc } from '../../src/search/search-documents';
import { sharedBrain } from '../helpers/bot-harness';
import { pinnedProgrammeDir } from '../programmes/pinned';

const QUESTION_CUES = loadCues();

/**
 * The hard slots a candidate must satisfy, the abstention texts, and navigation
 * (outline, a section by its number, where a topic is).
 */
const ref = SectionRefSchema.parse('3.1');
const pct = (column: string, value: number, year: number, period: Cell['period']): Cell => ({ column, raw: String(value).replace('.', ','), value, unit: '%', year, period });
const table: Table = {
  id: 'quote',
  title: 'Integrationsquote',
  sectionRef: ref,
  columns: ['Ist 2023', 'Plan 2024'],
  rows: [
    { label: 'Integrationsquote gesamt', isTotal: true, cells: [pct('Ist 2023', 19.1, 2023, 'Ist'), pct('Plan 2024', 19.5, 2024, 'Plan')] },
    { label: 'Integrationsquote Frauen', isTotal: true, cells: [pct('Ist 2023', 17.1, 2023, 'Ist'), pct('Plan 2024', 17.4, 2024, 'Plan')] },
  ],
};
const undated: ProseFigure = { id: 'dauer', label: 'Mindestdauer des Leistungsbezugs', value: 21, unit: 'Anzahl', sectionRef: ref, quote: 'mindestens 21 Monate', keywords: [] };
const knowledge = { tables: [table], proseFigures: [undated] };
const rowDoc = (row: number): SearchDoc => ({ id: row, ref: { kind: 'table-row', tableId: 'quote', row }, sectionRef: ref, label: table.rows[row]!.label, context: '', body: '' });
const figureDoc: SearchDoc = { id: 9, ref: { kind: 'prose-figure', figureId: 'dauer' }, sectionRef: ref, label: undated.label, context: '', body: undated.quote };
const support = (doc: SearchDoc, text: string, opts: { unnamed?: string[]; countAsked?: boolean } = {}) =>
  checkSupport({ doc, programmeYear: 2024, countAsked: opts.countAsked ?? false, unnamed: opts.unnamed ?? [] }, readQuestion(text, QUESTION_CUES), knowledge);

describe('checkSupport', () => {
  it('accepts a row that holds every slot asked', () => {
    expect(support(rowDoc(0), 'Integrationsquote 2024')).toBeUndefined();
    expect(support(rowDoc(1), 'Integrationsquote Frauen 2023')).toBeUndefined();
  });

  it('rejects a candidate that does not name a word of the question (the measure)', () => {
    expect(support(rowDoc(0), 'Arbeitslosenquote', { unnamed: ['Arbeitslosenquote'] })).toEqual({ slot: 'measure', words: ['Arbeitslosenquote'] });
  });

  it('rejects a year the row has no cell for, offering the years it has', () => {
    expect(support(rowDoc(0), 'Integrationsquote 2021')).toEqual({ slot: 'year', years: [2021], available: [2023, 2024] });
  });

  it('rejects a gender the row does not name', () => {
    expect(support(rowDoc(0), 'Integrationsquote der Männer')).toEqual({ slot: 'gender', gender: 'männlich' });
  });

  it('rejects an age band the row has no column for', () => {
    expect(support(rowDoc(0), 'Integrationsquote der unter 25-Jährigen')).toMatchObject({ slot: 'age' });
  });

  it('rejects euros asked of a row of shares, and a count asked of it', () => {
    expect(support(rowDoc(0), 'Wie viel Euro Integrationsquote?')).toEqual({ slot: 'unit', unit: '€' });
    expect(support(rowDoc(0), 'Wie viele Integrationsquote?', { countAsked: true })).toEqual({ slot: 'unit', unit: 'Anzahl' });
  });

  it('rejects a share asked in so many words of a count, in a row or a sentence figure, and keeps passages for it', () => {
    expect(support(figureDoc, 'Wie viel Prozent Mindestdauer?')).toEqual({ slot: 'unit', unit: '%' });
    expect(support(figureDoc, 'Anteil Mindestdauer')).toEqual({ slot: 'unit', unit: '%' });
    expect(support(rowDoc(0), 'Wie viel Prozent Integrationsquote?')).toBeUndefined();
    const passage: SearchDoc = { id: 10, ref: { kind: 'sentence', sectionRef: ref, paragraph: 0, sentence: 0 }, sectionRef: ref, label: '', context: '', body: 'Ein Satz mit 8,7 %.' };
    expect(support(passage, 'Wie viel Prozent Mindestdauer?')).toBeUndefined();
  });

  it('rejects a figure per hundred ("auf 100 Bewerber … 123 Stellen") for a question about the number itself', () => {
    const ratio: ProseFigure = { id: 'quote-stellen', label: 'gemeldete Ausbildungsstellen', value: 123, unit: 'Anzahl', sectionRef: ref, quote: 'Auf 100 Bewerber kamen rund 123 gemeldete Ausbildungsstellen.', keywords: [] };
    const doc: SearchDoc = { id: 11, ref: { kind: 'prose-figure', figureId: 'quote-stellen' }, sectionRef: ref, label: ratio.label, context: '', body: ratio.quote };
    const check = (text: string) => checkSupport({ doc, programmeYear: 2024, countAsked: false, unnamed: [] }, readQuestion(text, QUESTION_CUES), { tables: [], proseFigures: [ratio] });
    expect(check('gemeldete Ausbildungsstellen')).toEqual({ slot: 'unit', unit: 'Anzahl' });
    expect(check('Ausbildungsstellen je 100 Bewerber')).toBeUndefined();
  });

  it('takes an undated sentence figure as the programme year’s', () => {
    expect(support(figureDoc, 'Mindestdauer 2024')).toBeUndefined();
    expect(support(figureDoc, 'Mindestdauer 2022')).toEqual({ slot: 'year', years: [2022], available: [2024] });
  });
});

describe('outOfScopeAnswer', () => {
  const { programme } = loadKnowledge(pinnedProgrammeDir());
  it.each([
    [{ kind: 'place' as const, name: 'Cottbus' }, 'Cottbus'],
    [{ kind: 'national' as const, phrase: 'bundesweit' }, 'bundesweit'],
    [{ kind: 'year' as const, years: [2027] }, '2027'],
  ])('says in one sentence that the programme does not cover %j', (problem, named) => {
    const answer = outOfScopeAnswer(problem, programme, [{ label: 'x', query: 'x' }]);
    expect(answer.kind).toBe('no-answer');
    expect(answer.text.startsWith(NOT_IN_PROGRAMME)).toBe(true);
    expect(answer.text).toContain(named);
    expect(answer.text).toContain(programme.region);
    expect(answer.related).toEqual([{ label: 'x', query: 'x' }]);
  });
});

describe('unsupportedAnswer', () => {
  it.each([
    [{ slot: 'measure' as const, words: ['Arbeitslosenquote'] }, 'Arbeitslosenquote'],
    [{ slot: 'year' as const, years: [2021], available: [2023, 2024] }, '2021'],
    [{ slot: 'gender' as const, gender: 'männlich' as const }, 'Männer'],
    [{ slot: 'unit' as const, unit: '€' as const }, 'Euro'],
    [{ slot: 'age' as const, band: '15-25' }, 'Altersgruppe „15 bis unter 25 Jahre“'],
    [{ slot: 'age' as const, band: '50+' }, 'Altersgruppe „ab 50 Jahre“'],
    [{ slot: 'number' as const }, 'Zahl'],
  ])('abstains for %j and offers what the programme has', (reason, named) => {
    const answer = unsupportedAnswer(reason, 'Integrationsquote gesamt', ['Ist 2023: 19,1 %'], []);
    expect(answer.kind).toBe('no-answer');
    expect(answer.text.startsWith(NOT_IN_PROGRAMME)).toBe(true);
    expect(answer.text).toContain(named);
    if (reason.slot !== 'measure') expect(answer.text).toContain('Es nennt: Ist 2023: 19,1 %');
  });
});

describe('outlineAnswer', () => {
  it('lists every section with its number and page', () => {
    const k = loadKnowledge(pinnedProgrammeDir());
    const answer = outlineAnswer(k);
    for (const s of k.sections) expect(answer.text).toContain(`${s.number ? `${s.number} ` : ''}${s.title} (S. ${s.page})`);
    expect(answer.text).toContain(k.programme.jobcenter);
  });
});

describe('sectionByNumber', () => {
  const k = loadKnowledge(pinnedProgrammeDir());
  const some = k.sections.find((s) => s.number?.includes('.'))!;
  it('finds a section the programme has by its number', () => {
    expect(sectionByNumber(`Abschnitt ${some.number}`, k)).toEqual({ ref: some.ref });
    expect(sectionByNumber(`Was steht in Kapitel ${some.number}?`, k)).toEqual({ ref: some.ref });
    expect(sectionByNumber(`was steht in ${some.number}?`, k)).toEqual({ ref: some.ref });
  });
  it('says which number is missing', () => {
    expect(sectionByNumber('Abschnitt 42.7', k)).toEqual({ missing: '42.7' });
  });
  it('reads no section in a question without a number', () => {
    expect(sectionByNumber('Wie hoch ist die Integrationsquote?', k)).toBeUndefined();
  });
});

describe('whereAnswer', () => {
  it('names the section and its page, then the passage', () => {
    const k = loadKnowledge(pinnedProgrammeDir());
    const s = k.sections.find((x) => x.number && x.page !== undefined)!;
    const answer = whereAnswer(s, '', 'Ein Satz.', []);
    expect(answer.text).toBe(`**Abschnitt ${s.number} „${s.title}“, S. ${s.page}**.\n\nEin Satz.`);
    expect(answer.sources[0]?.sectionRef).toBe(s.ref);
  });
});

describe('ProgrammeAnswerer.answer navigates the document', () => {
  const { answerer, knowledge: k } = sharedBrain();
  it('"Inhaltsverzeichnis" and "Wie ist das Programm aufgebaut?" give the outline', () => {
    for (const q of ['Inhaltsverzeichnis', 'Wie ist das Programm aufgebaut?']) {
      const answer = answerer.answer(q);
      expect(answer.kind).toBe('section');
      for (const s of k.sections.filter((x) => x.level === 1)) expect(answer.text).toContain(s.title);
    }
  });
  it('"Welche Unterkapitel hat <n>?" lists the sections below it, says when there are none, and when the number is missing', () => {
    const parent = k.sections.find((x) => x.number && k.sections.some((c) => c.number?.startsWith(`${x.number}.`)))!;
    const children = k.sections.filter((c) => c.number?.startsWith(`${parent.number}.`));
    const answer = answerer.answer(`welche unterkapitel hat ${parent.number}`);
    expect(answer.kind).toBe('section');
    for (const c of children) expect(answer.text).toContain(`${c.number} ${c.title} (S. ${c.page})`);
    const leaf = k.sections.find((x) => x.number && !k.sections.some((c) => c.number?.startsWith(`${x.number}.`)))!;
    expect(answerer.answer(`Unterabschnitte von ${leaf.number}?`).text).toContain('keine Unterabschnitte');
    expect(answerer.answer('welche unterkapitel hat 42.7').text.startsWith(NOT_IN_PROGRAMME)).toBe(true);
  });
  it('"Stand der <topic>" gives the date of the table that topic names; a date in the question only qualifies the figure', () => {
    const table = k.tables.find((t) => t.stand && t.rows.some((r) => r.isTotal))!;
    const row = table.rows.find((r) => r.isTotal)!;
    const [y, m, d] = table.stand!.split('-');
    const answer = answerer.answer(`Stand der Zahlen zu ${row.label}`);
    expect(answer.text).toContain(`Stand ${d}.${m}.${y}`);
    expect(answer.text).toContain(table.title);
    expect(answerer.answer(`${row.label} Stand ${m}/${y}`).text).not.toMatch(/^\*\*Stand/);
    // Without a topic it is the programme's own Stand.
    expect(answerer.answer('Stand?').kind).toBe('document');
  });
  it('"im vierten Kapitel" opens chapter 4 by its ordinal', () => {
    const s = k.sections.find((x) => x.number === '4')!;
    expect(answerer.answer('worum geht es im vierten kapitel').sources[0]?.sectionRef).toBe(s.ref);
  });
  it('"Schlusswort", "Vorwort" open the closing remarks and the preamble by their common synonyms', () => {
    const closing = k.sections.find((x) => /^Schlussbemerkung/.test(x.title))!;
    const preamble = k.sections.find((x) => /^Präambel/.test(x.title))!;
    expect(answerer.answer('was steht im schlusswort').sources[0]?.sectionRef).toBe(closing.ref);
    expect(answerer.answer('was steht im vorwort').sources[0]?.sectionRef).toBe(preamble.ref);
  });
  it('"Abschnitt <n>" opens that section; a number it lacks is said so', () => {
    const s = k.sections.find((x) => x.number === '4')!;
    expect(answerer.answer('Abschnitt 4').sources[0]?.sectionRef).toBe(s.ref);
    const missing = answerer.answer('Abschnitt 42');
    expect(missing.text.startsWith(NOT_IN_PROGRAMME)).toBe(true);
    expect(missing.text).toContain('42');
  });
  it('"In welchem Kapitel stehen die Ziele?" names a section titled so, not one whose offer only holds "Ziel" in a compound', () => {
    const answer = answerer.answer('In welchem Kapitel stehen die Ziele?');
    const s = k.sections.find((x) => x.ref === answer.sources[0]?.sectionRef)!;
    expect(s.title).toMatch(/Ziele/);
  });
  it('"In welchem Abschnitt steht etwas über <a target group>?" names its section', () => {
    const group = k.targetGroups[0]!;
    const s = k.sections.find((x) => x.ref === group.sectionRefs[0])!;
    const answer = answerer.answer(`In welchem Abschnitt steht etwas über ${group.name}?`);
    expect(answer.kind).toBe('section');
    expect(answer.text).toContain(`Abschnitt ${s.number}`);
  });
});
