import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { askedDocumentFact, asksAboutDocument, documentAnswer, documentInfoText, readDocumentInfo } from '../../src/answers/document-info';
import type { Section, SectionRef } from '../../src/knowledge/schema';
import { loadCues } from '../../src/knowledge/cues';
import { loadKnowledge } from '../../src/knowledge/load';
import { defaultKnowledgeDir, documentPath } from '../../src/knowledge/paths';
import { sharedBrain } from '../helpers/bot-harness';
import { pinnedProgrammeDir } from '../programmes/pinned';

const closing = (...texts: string[]): Section => ({
  ref: '9' as SectionRef,
  number: '9',
  title: 'Schluss',
  page: 30,
  level: 1,
  paragraphs: texts.map((text) => ({ text, isList: false })),
});

describe('readDocumentInfo', () => {
  it('reads place, date, name and role of the sign-off', () => {
    const info = readDocumentInfo({ documentTitle: 'Programm 2030', documentStand: '2029-10-01', sections: [closing('Ein Satz.', 'Cottbus, 3.2.2030', 'Erika Muster Geschäftsführerin')] });
    expect(info.signOff).toEqual({ place: 'Cottbus', date: '2030-02-03', name: 'Erika Muster', role: 'Geschäftsführerin' });
    expect(documentInfoText(info)).toBe('**Stand 01.10.2029** – Programm 2030.\n\nUnterzeichnet in Cottbus am 03.02.2030 von Erika Muster (Geschäftsführerin).');
  });

  it('says only the Stand when the document has no sign-off', () => {
    const info = readDocumentInfo({ documentTitle: 'Programm 2030', documentStand: '2029-10-01', sections: [closing('Nur Text.')] });
    expect(info.signOff).toBeUndefined();
    expect(documentInfoText(info)).toBe('**Stand 01.10.2029** – Programm 2030.');
  });

  it('finds the sign-off of the shipped programme as the document prints it', () => {
    const document = readFileSync(documentPath(pinnedProgrammeDir()), 'utf8');
    const { signOff } = readDocumentInfo(loadKnowledge(pinnedProgrammeDir()));
    expect(signOff).toBeDefined();
    const [year, month, day] = signOff!.date.split('-');
    expect(document).toContain(`${signOff!.place}, ${day}.${month}.${year}`);
    expect(document).toContain(signOff!.name);
  });
});

describe('asksAboutDocument', () => {
  const cues = loadCues();
  it.each(['Welchen Stand hat das Programm?', 'Wer hat das Programm unterschrieben?', 'Wann wurde das AMIP erstellt?', 'Von wann ist das Programm?', 'Wer ist der Geschäftsführer?', 'Wer leitet das Jobcenter?', 'Wie aktuell ist das Dokument?'])(
    '"%s" asks about the document',
    (question) => expect(asksAboutDocument(question, cues)).toBe(true),
  );

  it.each(['Was steht im Programm zum Stand der LZB?', 'Welche Ziele hat das Programm?', 'Integrationsquote Stand September 2023', 'Welche Rolle hat die Geschäftsführung beim Risikomanagement?', 'Wer ist für Alleinerziehende verantwortlich?'])(
    '"%s" asks about its content',
    (question) => expect(asksAboutDocument(question, cues)).toBe(false),
  );

  it('answers with the Stand and the sign-off, sourced to the closing section', () => {
    const answer = sharedBrain().answerer.answer('Stand und Unterschrift des Programms?');
    const knowledge = loadKnowledge(pinnedProgrammeDir());
    expect(answer.kind).toBe('document');
    expect(answer.text).toBe(documentInfoText(readDocumentInfo(knowledge)));
    expect(answer.sources[0]!.sectionRef).toBe(knowledge.sections[knowledge.sections.length - 1]!.ref);
  });
});

describe('documentAnswer leads with the fact asked and leaves out the date not asked for', () => {
  const cues = loadCues();
  const info = readDocumentInfo({ documentTitle: 'Programm 2030', documentStand: '2029-10-01', sections: [closing('Ein Satz.', 'Cottbus, 3.2.2030', 'Erika Muster Geschäftsführerin')] });
  const say = (question: string) => documentAnswer(info, [], askedDocumentFact(question, cues)).text;

  it.each([
    ['wann genau hat die GF unterschrieben', /^\*\*03\.02\.2030\*\*/, /01\.10\.2029/],
    ['von wann ist das programm, welcher stand', /^\*\*Stand 01\.10\.2029\*\*/, /03\.02\.2030/],
    ['wer hat das programm unterschrieben', /^\*\*Erika Muster\*\* \(Geschäftsführerin\) hat das Programm 2030/, /01\.10\.2029/],
    ['wo wurde das amip unterzeichnet', /^\*\*Cottbus\*\*/, /01\.10\.2029/],
    ['Die Geschäftsführerin?', /^\*\*Erika Muster\*\*/, /01\.10\.2029/],
  ])('"%s"', (question, leads, leavesOut) => {
    expect(say(question)).toMatch(leads);
    expect(say(question)).not.toMatch(leavesOut);
  });

  it('gives Stand and signature when the question asks about the document as a whole', () => {
    expect(say('infos zum programm: stand und unterschrift')).toBe(documentInfoText(info));
  });
});
