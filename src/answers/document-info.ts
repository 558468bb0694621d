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

const DOCUMENT = /^(programm\w*|amip|dokument\w*|papier\w*|fassung)$/i;
const DOCUMENT_FACT =
  /^(stand|datum|datiert|erstellt|erschienen|veröffentlicht|aktualisiert|verabschiedet|beschlossen|unterschrieben|unterzeichnet|unterschrift|version|herausgegeben|herausgeber|verfasst|autor\w*|verantwortlich|wann|aktuell)$/i;
const WHO_SIGNED = /\bwer\b.*\b(unterschrieben|unterzeichnet|verfasst|herausgegeben|geschäftsführer\w*|leitet das jobcenter|leiter\w* des jobcenters?|chef\w* des jobcenters?)(?!\p{L})|^(der |die )?geschäftsführer(in)?[\s?!.]*$/iu;
/** Words a question about the document may hold besides the document and the fact: "Von wann ist das Programm genau?" */
const FRAME =
  /^(wer|wann|wie|was|welche[nrms]?|von|vom|hat|haben|ist|sind|wurde|wird|worden|das|die|der|den|des|dem|im|in|am|an|zu|zum|eigentlich|denn|genau|aktuelle[nrms]?|neueste[nrms]?|jobcenter\w*|für|jahr|es|man|bitte|mir|uns|sagen|du|ich|gibt|eine?|hier|unser\w*|gilt|gültig|\d+)$/i;

/**
 * "Welchen Stand hat das Programm?", "Wer hat das AMIP unterschrieben?", "Wer ist
 * der Geschäftsführer?" — questions about the document rather than its content.
 */
export function asksAboutDocument(text: string, regionWords: ReadonlySet<string> = new Set()): boolean {
  if (WHO_SIGNED.test(text)) return true;
  // The programme's own region ("… des Jobcenters <Region>") frames the question like "Jobcenter" does.
  const words = text.split(/[^\p{L}\d]+/u).filter((w) => w && !regionWords.has(fold(w)));
  // Any other word ("Stand der LZB") makes it a question about the content.
  if (!words.every((w) => DOCUMENT.test(w) || DOCUMENT_FACT.test(w) || FRAME.test(w))) return false;
  return words.some((w) => DOCUMENT.test(w)) && words.some((w) => DOCUMENT_FACT.test(w));
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
