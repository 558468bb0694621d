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

/** The answer to a question about the document, sourced to the section the sign-off closes. */
export function documentAnswer(info: DocumentInfo, related: RelatedTopic[]): Answer {
  return { kind: 'document', text: documentInfoText(info), sources: [sourceOf(info.signOffSection)], related, notes: [] };
}

export function documentInfoText(info: DocumentInfo): string {
  const lines = [`**Stand ${formatIsoDate(info.stand)}** – ${info.title}.`];
  const s = info.signOff;
  if (s) lines.push(`Unterzeichnet in ${s.place} am ${formatIsoDate(s.date)} von ${s.name}${s.role ? ` (${s.role})` : ''}.`);
  return lines.join('\n\n');
}
