import type { Knowledge, Section, SectionRef } from '../knowledge/schema';
import type { Answer, RelatedTopic } from './answer';
import { sourceOf } from './source';

/** "Inhaltsverzeichnis", "Wie ist das Programm aufgebaut?": the table of contents with its pages. */
export function outlineAnswer(knowledge: Knowledge): Answer {
  const lines = knowledge.sections.map((s) => `${'  '.repeat(Math.max(0, s.level - 1))}- ${s.number ? `${s.number} ` : ''}${s.title} (S. ${s.page})`);
  const top = knowledge.sections.filter((s) => s.level === 1).slice(0, 3);
  return {
    kind: 'section',
    text: `**Gliederung** des Arbeitsmarkt- und Integrationsprogramms ${knowledge.programme.year} (${knowledge.programme.jobcenter}):\n\n${lines.join('\n')}`,
    sources: [],
    related: top.map((s): RelatedTopic => ({ label: s.number ? `${s.number} ${s.title}`.slice(0, 40) : s.title.slice(0, 40), query: s.title })),
    notes: [],
  };
}

/** "Welche Unterkapitel hat 5.3?": the sections below the one numbered, with their pages; `missing` when the programme has no such section. */
export function subsectionsAnswer(text: string, knowledge: Pick<Knowledge, 'sections'>): Answer | { missing: string } | undefined {
  const number = /(?<![\d.])(\d+(?:\.\d+)*)\.?(?![\d])/.exec(text)?.[1];
  if (!number) return undefined;
  const parent = knowledge.sections.find((s) => s.number === number);
  if (!parent) return { missing: number };
  const name = `Abschnitt ${parent.number} „${parent.title}“`;
  const children = knowledge.sections.filter((s) => s.number?.startsWith(`${number}.`));
  const lines = children.map((s) => `${'  '.repeat(Math.max(0, s.level - parent.level - 1))}- ${s.number} ${s.title} (S. ${s.page})`);
  return {
    kind: 'section',
    text: children.length === 0 ? `**${name}** (S. ${parent.page}) hat keine Unterabschnitte.` : `**${name}** hat ${children.length === 1 ? 'einen Unterabschnitt' : `${children.length} Unterabschnitte`}:\n\n${lines.join('\n')}`,
    sources: [sourceOf(parent)],
    related: (children.length > 0 ? children : [parent]).slice(0, 3).map((s): RelatedTopic => ({ label: `${s.number} ${s.title}`.slice(0, 40), query: s.title })),
    notes: [],
  };
}

/** "Abschnitt 4", "Kapitel 5.3.1", "was steht in 4.2" → that section, when the programme has it. */
/** "im vierten Kapitel", "das zweite Kapitel": an ordinal before the section word is its number. */
const ORDINALS = ['erst', 'zweit', 'dritt', 'viert', 'fünft', 'sechst', 'siebt', 'acht', 'neunt', 'zehnt'];
const ORDINAL_SECTION = new RegExp(`(?<!\\p{L})(${ORDINALS.join('|')})(?:e|en|er|es|em)?\\s+(?:abschnitt|kapitel|teil)\\p{L}*`, 'iu');

export function sectionByNumber(text: string, knowledge: Pick<Knowledge, 'sections'>): { ref: SectionRef } | { missing: string } | undefined {
  const ordinal = ORDINAL_SECTION.exec(text)?.[1]?.toLowerCase();
  if (ordinal) text = `Kapitel ${ORDINALS.indexOf(ordinal) + 1}`;
  const match = /(?<!\p{L})(?:abschnitt|kapitel|punkt|teil|ziffer|nr\.?)\s*(\d+(?:\.\d+)*)\.?(?!\d)|(?<!\p{L})(?:steht|geht es|behandelt|enthält)\s+(?:in|im)\s+(\d+(?:\.\d+)+|\d+)\s*\??$/iu.exec(text);
  const number = match?.[1] ?? match?.[2];
  if (!number) return undefined;
  const section = knowledge.sections.find((s) => s.number === number);
  return section ? { ref: section.ref } : { missing: number };
}

/** "Geflüchtete stehen in Abschnitt 5.3.1 … (S. 15)." */
export function whereAnswer(section: Section, what: string, excerpt: string | undefined, related: RelatedTopic[]): Answer {
  const name = section.number ? `Abschnitt ${section.number} „${section.title}“` : `„${section.title}“`;
  const lead = `**${name}, S. ${section.page}**${what ? ` – dort geht es um ${what}` : ''}.`;
  return { kind: 'section', text: excerpt ? `${lead}\n\n${excerpt}` : lead, sources: [sourceOf(section)], related, notes: [] };
}
