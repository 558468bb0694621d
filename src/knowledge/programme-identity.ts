import type { ProgrammeIdentity, Section } from './schema';

/** "… des Jobcenters Elbe-Elster für das Jahr 2024", "… Jobcenter Musterstadt 2025". */
const TITLE = /Jobcenters?\s+(.+?)\s+(?:für\s+(?:das\s+(?:Jahr|Kalenderjahr)\s+)?)?((?:19|20)\d\d)\b/u;
const PLACE_AND_DATE = /^(\p{Lu}[\p{L}-]+(?: [\p{L}-]+)?),\s*(?:den\s+)?(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})$/u;
const ROLE = /\s+((?:Geschäfts|Bereichs|Team)?(?:führer|leiter|direktor|vorsitzende)(?:in)?|Geschäftsführung|Leitung)$/i;

export class IdentityError extends Error {
  override readonly name = 'IdentityError';
}

/** Reads jobcenter and year from the title, the sign-off from the paragraphs of the sections (last first). */
export function readProgrammeIdentity(title: string, stand: string, sections: readonly Pick<Section, 'paragraphs'>[]): ProgrammeIdentity {
  const match = TITLE.exec(title.replace(/\s+/g, ' '));
  if (!match) throw new IdentityError(`the title "${title}" names no jobcenter and year ("… Jobcenter <Name> … <Jahr>")`);
  const region = match[1]!.trim();
  const year = Number(match[2]);
  const identity: ProgrammeIdentity = { id: `${slug(region)}-${year}`, jobcenter: `Jobcenter ${region}`, region, year, stand };
  const signOff = readSignOff(sections);
  if (signOff) identity.signOff = signOff;
  return identity;
}

/** "Herzberg, 27.11.2023" followed by the signer's name (and role) — at the end of the document or of its Vorwort. */
export function readSignOff(sections: readonly Pick<Section, 'paragraphs'>[]): ProgrammeIdentity['signOff'] {
  for (const section of [...sections].reverse()) {
    const paragraphs = section.paragraphs.map((p) => p.text.trim());
    const at = paragraphs.findIndex((p) => PLACE_AND_DATE.test(p));
    const signer = paragraphs[at + 1];
    if (at < 0 || !signer || signer.length > 80) continue;
    const [, place, day, month, year] = PLACE_AND_DATE.exec(paragraphs[at]!)!;
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

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
