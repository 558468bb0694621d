import { escapeRegExp } from '../../german/regexp';
import type { GlossaryEntry, Section, SectionRef, Table } from '../schema';
import { splitSentences } from '../sentences';

/** "ELB", "SGB II", "BCA", "Kfz", "U25": at least two capitals or a capital and digits, short. */
const ABBREVIATION = /^(?=(?:.*[A-ZÄÖÜ]){2}|.*[A-ZÄÖÜ].*\d)[A-ZÄÖÜ][A-Za-zÄÖÜäöü0-9]{0,5}(?: [IVX]{1,3})?$/;
/** "erwerbsfähigen Leistungsberechtigten (ELB)": the words before a parenthesised abbreviation. */
const PARENTHETICAL = /((?:[\p{L}*-]+\s+){0,6}[\p{L}*-]+)\s+\(([^()]{2,10})\)/gu;
/**
 * "BG – Bedarfsgemeinschaft", "BG: Bedarfsgemeinschaft", as the Abkürzungsverzeichnis lists them;
 * the key may run to two short words more ("SGB II", "AsA flex", "ESF Plus").
 */
const LIST_LINE = /^(\S+(?: [\p{L}\d]{1,5}){0,2}?)\s*(?:–|-|:|=)\s*(.+)$/u;
/** A key of the Abkürzungsverzeichnis: an abbreviation, perhaps followed by short words that belong to it. */
const isListedAbbreviation = (key: string): boolean => ABBREVIATION.test(key) || ABBREVIATION.test(key.split(' ')[0]!);

/**
 * The glossary the document gives: its Abkürzungsverzeichnis, when it has one,
 * and every abbreviation it defines in passing ("… Leistungsberechtigten (ELB)").
 * Each entry explains itself with the document's own sentence.
 */
export function deriveGlossary(sections: readonly Section[], tables: readonly Table[]): GlossaryEntry[] {
  const found = new Map<string, { expansion: string; from: SectionRef }>();
  const list = sections.find((s) => /abkürzung/i.test(s.title));
  for (const p of list?.paragraphs ?? []) {
    for (const item of p.text.split(/;\s*/)) {
      const match = LIST_LINE.exec(item.trim());
      if (match && isListedAbbreviation(match[1]!) && !found.has(match[1]!)) found.set(match[1]!, { expansion: match[2]!.trim(), from: list!.ref });
    }
  }
  const texts: { ref: SectionRef; text: string }[] = [
    ...sections.filter((s) => s !== list).flatMap((s) => s.paragraphs.map((p) => ({ ref: s.ref, text: p.text }))),
    ...tables.flatMap((t) => t.rows.map((r) => ({ ref: t.sectionRef, text: r.label }))),
  ];
  for (const { ref, text } of texts) {
    for (const match of text.matchAll(PARENTHETICAL)) {
      const abbreviation = match[2]!.trim();
      if (!ABBREVIATION.test(abbreviation) || found.has(abbreviation)) continue;
      const expansion = expansionFor(abbreviation, match[1]!.split(/\s+/));
      if (expansion) found.set(abbreviation, { expansion, from: ref });
    }
  }
  return [...found].map(([abbreviation, { expansion, from }]) => {
    const refs = sectionsNaming(sections, abbreviation, list?.ref);
    return {
      abbreviation,
      expansion,
      explanation: explanationFor(sections, abbreviation, expansion) ?? `${abbreviation} steht im Programm für „${expansion}“.`,
      sectionRefs: refs.length ? refs : [from],
      aliases: [],
    };
  });
}

/**
 * The fewest words before the bracket whose initials spell the abbreviation:
 * "Beauftragten für Chancengleichheit am Arbeitsmarkt (BCA)" takes five words,
 * "Bedarfsgemeinschaften (BG)" one (the letters may stand inside a compound).
 */
function expansionFor(abbreviation: string, words: readonly string[]): string | undefined {
  const letters = abbreviation.replace(/[^A-Za-zÄÖÜäöü]/g, '').toLowerCase();
  for (let k = 1; k <= words.length; k++) {
    const candidate = words.slice(-k);
    if (candidate[0]!.toLowerCase()[0] !== letters[0]) continue;
    if (isSubsequence(letters, candidate.join(' ').toLowerCase())) return candidate.join(' ');
  }
  return undefined;
}

function isSubsequence(letters: string, text: string): boolean {
  let i = 0;
  for (const ch of text) if (ch === letters[i]) i++;
  return i === letters.length;
}

function containsWord(text: string, word: string): boolean {
  return new RegExp(`(^|[^\\p{L}\\d])${escapeRegExp(word)}($|[^\\p{L}\\d])`, 'u').test(text);
}

function sectionsNaming(sections: readonly Section[], abbreviation: string, except: SectionRef | undefined): SectionRef[] {
  return sections.filter((s) => s.ref !== except && s.paragraphs.some((p) => containsWord(p.text, abbreviation))).map((s) => s.ref).slice(0, 4);
}

/** A sentence that defines it ("LZB sind ELB, die …"), else the first that names it; at most 300 characters. */
function explanationFor(sections: readonly Section[], abbreviation: string, expansion: string): string | undefined {
  const sentences = sections.filter((s) => !/abkürzung/i.test(s.title)).flatMap((s) => s.paragraphs.flatMap((p) => splitSentences(p.text))).filter((s) => s.length <= 300);
  const defining = new RegExp(`^(?:Die |Der |Das )?(?:${escapeRegExp(abbreviation)}|${escapeRegExp(expansion)})\\b[^.]*?\\b(sind|ist|bezeichnet|steht für|umfasst)\\b`, 'iu');
  return sentences.find((s) => defining.test(s)) ?? sentences.find((s) => containsWord(s, abbreviation));
}
