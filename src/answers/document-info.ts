import { normaliseForCues, type CueTable } from '../knowledge/cues';
import { readSignOff } from '../knowledge/programme-identity';
import { fold } from './programme-scope';
import type { Knowledge, ProgrammeIdentity, Section } from '../knowledge/schema';
import type { Answer, RelatedTopic } from './answer';
import { formatIsoDate } from './format-figure';
import { sourceOf } from './source';

/** The programme as a document: its title page and the sign-off at its end. */
export interface DocumentInfo {
  title: string;
  /** ISO date of "Stand: …" on the title page. */
  stand: string;
  signOff?: SignOff;
  /** The section the sign-off closes (the last one). */
  signOffSection: Section;
}

export type SignOff = NonNullable<ProgrammeIdentity['signOff']>;

/** The title page and the sign-off, read by the knowledge layer's one sign-off parser. */
export function readDocumentInfo(knowledge: Pick<Knowledge, 'documentTitle' | 'documentStand' | 'sections'>): DocumentInfo {
  const last = knowledge.sections[knowledge.sections.length - 1]!;
  const signOff = readSignOff(knowledge.sections);
  return { title: knowledge.documentTitle, stand: knowledge.documentStand, signOffSection: last, ...(signOff ? { signOff } : {}) };
}

/**
 * "Welchen Stand hat das Programm?", "Wer hat das AMIP unterschrieben?", "Wer ist
 * der Geschäftsführer?" — questions about the document rather than its content.
 * Every word must be a cue of "document-self" (the document), "document-fact" (its
 * date, version, signature …) or "document-frame" (the words a question is made of),
 * or a number; one of each of the first two must be there.
 */
export function asksAboutDocument(text: string, cues: CueTable, regionWords: ReadonlySet<string> = new Set()): boolean {
  if (asksWhoSigned(text, cues)) return true;
  // The programme's own region ("… des Jobcenters <Region>") frames the question like "Jobcenter" does.
  const words = text.split(/[^\p{L}\d]+/u).filter((w) => w && !regionWords.has(fold(w)));
  const names = (concept: string) => (w: string) => cues.isExactly(w, concept);
  // Any other word ("Stand der LZB") makes it a question about the content.
  if (!words.every((w) => names('document-self')(w) || names('document-fact')(w) || names('document-frame')(w) || /^\d+$/.test(w))) return false;
  return words.some(names('document-self')) && words.some(names('document-fact'));
}

/** "Wer hat … unterschrieben?", "Wer leitet das Jobcenter?", or "Die Geschäftsführerin?" alone. */
function asksWhoSigned(text: string, cues: CueTable): boolean {
  const words = normaliseForCues(text);
  const who = cues.find(words, 'who-asked');
  return (who >= 0 && cues.find(words.slice(who + 1), 'signer') >= 0) || cues.isSequence(text, ['manager-alone']);
}

/** Which fact of the document a question asks: its Stand, its signature (who, where, when), or all of it. */
export type DocumentFact = 'stand' | 'signed-by' | 'signed-where' | 'signed-when' | 'all';

export function askedDocumentFact(text: string, cues: CueTable): DocumentFact {
  const words = normaliseForCues(text);
  if (cues.isSequence(text, ['manager-alone'])) return 'signed-by';
  const signed = cues.mentions(text, 'signed') || cues.mentions(text, 'signer');
  const stand = cues.mentions(text, 'stand-asked');
  if (signed && !stand) {
    if (cues.find(words, 'who-asked') >= 0) return 'signed-by';
    if (cues.mentions(text, 'where')) return 'signed-where';
    if (cues.mentions(text, 'when')) return 'signed-when';
    return 'all';
  }
  return stand && !signed ? 'stand' : 'all';
}

/**
 * The answer to a question about the document, sourced to the section the sign-off closes: the fact asked
 * leads, and a date not asked for stays out — the Stand and the signing date are easily mixed up.
 */
export function documentAnswer(info: DocumentInfo, related: RelatedTopic[], fact: DocumentFact = 'all'): Answer {
  return { kind: 'document', text: documentFactText(info, fact), sources: [sourceOf(info.signOffSection)], related, notes: [] };
}

function documentFactText(info: DocumentInfo, fact: DocumentFact): string {
  const s = info.signOff;
  const stand = `**Stand ${formatIsoDate(info.stand)}** – ${info.title}.`;
  if (fact === 'stand' || !s) return stand;
  const role = s.role ? ` (${s.role})` : '';
  // The title names the jobcenter and the year: "welches Jobcenter … und wer ist dort Geschäftsführer" is answered too.
  const programme = /^(das|der|die)\s/i.test(info.title) ? info.title : `das ${info.title}`;
  if (fact === 'signed-by') return `**${s.name}**${role} hat ${programme} am ${formatIsoDate(s.date)} in ${s.place} unterzeichnet.`;
  if (fact === 'signed-where') return `**${s.place}** – dort hat ${s.name}${role} ${programme} am ${formatIsoDate(s.date)} unterzeichnet.`;
  if (fact === 'signed-when') return `**${formatIsoDate(s.date)}** – an diesem Tag hat ${s.name}${role} ${programme} in ${s.place} unterzeichnet.`;
  return documentInfoText(info);
}

export function documentInfoText(info: DocumentInfo): string {
  const lines = [`**Stand ${formatIsoDate(info.stand)}** – ${info.title}.`];
  const s = info.signOff;
  if (s) lines.push(`Unterzeichnet in ${s.place} am ${formatIsoDate(s.date)} von ${s.name}${s.role ? ` (${s.role})` : ''}.`);
  return lines.join('\n\n');
}
