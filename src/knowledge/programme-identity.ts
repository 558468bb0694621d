import { slug } from './ingest/text';
import type { ProgrammeIdentity, Section } from './schema';

/** "… des Jobcenters Musterkreis für das Jahr 2025", "… Jobcenter Musterstadt 2025". */
const TITLE = /Jobcenters?\s+(.+?)\s+(?:für\s+(?:das\s+(?:Jahr|Kalenderjahr)\s+)?)?((?:19|20)\d\d)\b/u;
/** "Arbeitsmarkt- und Integrationsprogramm 2025 – Jobcenter Musterkreis": the year before the name. */
const NAME_LAST = /Jobcenters?\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})\s*$/u;
const YEAR = /(?<!\d)((?:19|20)\d\d)(?!\d)/g;
const MONTH_NAMES = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
/** "Herzberg, 27.11.2023", "Musterstadt, den 3. Dezember 2024", optionally followed by the signer on the same line. */
const PLACE_AND_DATE = new RegExp(`^(\\p{Lu}[\\p{L}-]+(?: (?:an der |am |im )?[\\p{L}-]+)?),\\s*(?:den\\s+)?(\\d{1,2})\\.\\s?(\\d{1,2}\\.|${MONTH_NAMES.join('|')})\\s?(\\d{4})(?:\\s+(.+))?$`, 'u');
const ROLE = /\s+((?:Geschäfts|Bereichs|Team)?(?:führer|leiter|direktor|vorsitzende)(?:in)?|Geschäftsführung|Leitung)$/i;

export class IdentityError extends Error {
  override readonly name = 'IdentityError';
}

/** Reads jobcenter and year from the title, the sign-off from the paragraphs of the sections (last first). */
export function readProgrammeIdentity(title: string, stand: string, sections: readonly Pick<Section, 'paragraphs'>[]): ProgrammeIdentity {
  const text = title.replace(/\s+/g, ' ').trim();
  const match = TITLE.exec(text);
  const nameLast = match ? undefined : NAME_LAST.exec(text);
  const years = [...text.matchAll(YEAR)].map((m) => Number(m[1]));
  if (!match && !(nameLast && years.length)) {
    throw new IdentityError(`the title "${title}" names no jobcenter and year ("… Jobcenter <Name> … <Jahr>") / der Titel nennt kein Jobcenter und kein Jahr`);
  }
  const region = (match ? match[1]! : nameLast![1]!).trim().replace(/[,;:–-]+$/, '').trim();
  const year = match ? Number(match[2]) : Math.max(...years);
  const identity: ProgrammeIdentity = { id: `${slug(region)}-${year}`, jobcenter: `Jobcenter ${region}`, region, year, stand };
  const signOff = readSignOff(sections);
  if (signOff) identity.signOff = signOff;
  return identity;
}

/** "Herzberg, 27.11.2023" followed by the signer's name (and role) — at the end of the document or of its Vorwort. */
export function readSignOff(sections: readonly Pick<Section, 'paragraphs'>[]): ProgrammeIdentity['signOff'] {
  for (const section of [...sections].reverse()) {
    const paragraphs = section.paragraphs.map((p) => p.text.trim());
    const at = paragraphs.map((p) => PLACE_AND_DATE.test(p)).lastIndexOf(true);
    if (at < 0) continue;
    const [, place, day, monthText, year, sameLine] = PLACE_AND_DATE.exec(paragraphs[at]!)!;
    const signer = sameLine ?? paragraphs[at + 1];
    if (!signer || signer.length > 80) continue;
    const month = /^\d/.test(monthText!) ? monthText!.replace('.', '') : String(MONTH_NAMES.indexOf(monthText!) + 1);
    const role = ROLE.exec(signer);
    return {
      place: place!,
      date: `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`,
      name: role ? signer.slice(0, role.index).trim() : signer,
      ...(role ? { role: role[1]! } : {}),
    };
  }
  return undefined;
}
