import { slug } from '../ingest/text';
import type { Instrument, Section, TargetGroup } from '../schema';
import { splitSentences } from '../sentences';

/** Words that make a section title name a group of people (the BA's and jobcenters' usual vocabulary); word edges by letter, since `\b` does not see "Ältere" start. */
const PEOPLE = /(?<![\p{L}\d])(Menschen|Jugendliche\p{L}*|junge\p{L}*|U25|Ü50|Geflüchtete\p{L}*|Migrant\p{L}*|Frauen|Männer|Alleinerziehende\p{L}*|Erziehende\p{L}*|Ältere\p{L}*|Langzeitarbeitslose\p{L}*|Langzeitleistungsbezieh\p{L}*|Kund\*?innen|Kunden|Rehabilitand\p{L}*|Behinderung|Familien|Bedarfsgemeinschaften|Personen\p{L}*|Berufsrückkehr\p{L}*|Schwerbehinderte\p{L}*|Suchterkrank\p{L}*)(?![\p{L}\d])/u;
/** A parent titled "Zielgruppen" makes each of its subsections a target group. */
const GROUPS_PARENT = /zielgruppe|personengruppe|personenkreis/i;
/** The Projekt „Erfahrung zählt“, das ESF-Landesprogramm „…“: a named offer, quoted after the word that says it is one. */
const QUOTED_OFFER = /(?:Angebot|Projekt|Programm|Maßnahme|Initiative|Modul|Kurs|Förderung)\p{L}*\s+„([^“”]{3,80})“/gu;

/**
 * Target groups from the sections that are about them: a section whose title
 * names people ("Ältere Menschen über 50 Jahre") or that stands under a
 * "Zielgruppen" chapter. Its lead sentences are the approach; the offers it
 * names in quotes are its instruments.
 */
export function deriveTargetGroups(sections: readonly Section[]): { targetGroups: TargetGroup[]; instruments: Instrument[] } {
  const targetGroups: TargetGroup[] = [];
  const instruments: Instrument[] = [];
  for (const section of sections) {
    const parent = section.number?.includes('.') ? sections.find((s) => s.number === section.number!.replace(/\.\d+$/, '')) : undefined;
    const isGroup = (PEOPLE.test(section.title) && section.level > 1) || (parent !== undefined && GROUPS_PARENT.test(parent.title));
    const sentences = section.paragraphs.filter((p) => !p.isList).flatMap((p) => splitSentences(p.text));
    if (!isGroup || sentences.length === 0) continue;
    const id = slug(section.title) || slug(section.ref);
    const offers: string[] = [];
    for (const sentence of sentences) {
      for (const match of sentence.matchAll(QUOTED_OFFER)) {
        const name = match[1]!.trim();
        if (!/^\p{Lu}/u.test(name) || name.split(/\s+/).length > 6) continue;
        const instrumentId = slug(name);
        if (!instruments.some((i) => i.id === instrumentId)) instruments.push({ id: instrumentId, name, aliases: [], sectionRefs: [section.ref], description: sentence });
        if (!offers.includes(instrumentId)) offers.push(instrumentId);
      }
    }
    targetGroups.push({ id, name: section.title, aliases: [], sectionRefs: [section.ref], approach: sentences.slice(0, 2).join(' '), instrumentIds: offers });
  }
  return { targetGroups, instruments };
}
