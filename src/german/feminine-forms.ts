import { escapeRegExp } from './regexp';

/**
 * "Langzeitleistungsbezieherinnen", "Bewerberinnen": a plain feminine plural names the women of what its base
 * names ("Langzeitleistungsbezieher"). Read as the base with "Frauen", so the gender is a slot like "… Frauen".
 * The base may be the programme's participle noun instead ("…bezieherinnen" of "…beziehende").
 * Left alone: gender-inclusive forms ("Migrant*innen", "Kund:innen"), a base the programme does not know,
 * and a text that names the base too ("Teilnehmerinnen und Teilnehmer" asks for both).
 */
const FEMININE_PLURAL = /(?<![\p{L}*:_/])(\p{L}{4,})innen(?!\p{L})/giu;

export function spellOutFeminineForms(text: string, isKnownWord: (folded: string) => boolean): string {
  return text.replace(FEMININE_PLURAL, (match: string, base: string, offset: number) => {
    // "Kund*innen", "Kund:innen": the mark before "innen" is inclusive.
    if (/[*:_/]$/.test(text.slice(0, offset + base.length))) return match;
    const lower = base.toLowerCase();
    // "Bezieherinnen" are women among the "Beziehenden": the agent noun and the participle name the same people.
    if (!isKnownWord(lower) && !(lower.endsWith('er') && isKnownWord(`${lower.slice(0, -2)}ende`))) return match;
    const named = new RegExp(`(?<!\\p{L})${escapeRegExp(lower)}(?:n|s)?(?!\\p{L})`, 'iu');
    if (named.test(text.slice(0, offset)) || named.test(text.slice(offset + match.length))) return match;
    return `${base} Frauen`;
  });
}
