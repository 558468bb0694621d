import type { Knowledge } from '../knowledge/schema';
import { foldUmlauts } from '../search/analyser';

/**
 * What a programme covers, read from the document: its jobcenter and region,
 * the places it names, the years it holds figures for. The answer engine checks
 * a question against this before it searches: a question about another
 * jobcenter, place or year gets "das steht nicht im Programm", never this
 * programme's figures.
 */
export interface ProgrammeScope {
  /** Folded words of the region's name ("elbe", "elster", "elbe-elster"). */
  regionWords: ReadonlySet<string>;
  /** Folded place names the document uses that are not the region (the Agentur's seat, the signing town). */
  otherPlaces: ReadonlySet<string>;
  /** Every folded word of the document: an unknown word after "in"/"Jobcenter" is another place. */
  vocabulary: ReadonlySet<string>;
  /** Each vocabulary word as the document spells it, lower case ("mannlich" → "männlich"), for writing a corrected word out. */
  spellings: ReadonlyMap<string, string>;
  /** Folded words the document writes capitalised inside sentences more often than not: its nouns ("Unterkunft", not "erfolgt"). */
  nouns: ReadonlySet<string>;
  /** Years with a figure: table cells, dated sentence figures, the programme year. */
  figureYears: ReadonlySet<number>;
  /** Every year the document mentions at all. */
  mentionedYears: ReadonlySet<number>;
}

/** Words before a place name in running text: "Agentur für Arbeit Cottbus", "Landkreis Elbe-Elster". */
const PLACE_LEAD = /(?:Agentur für Arbeit|Jobcenters?|Landkreise?s?|Kreis(?:es)?|Stadt|Gemeinde|Standort)[ \t]+(\p{Lu}[\p{L}-]+)/gu;

export function readProgrammeScope(knowledge: Knowledge): ProgrammeScope {
  const regionWords = new Set<string>();
  const region = fold(knowledge.programme.region);
  regionWords.add(region);
  for (const part of region.split(/[-\s]+/)) if (part) regionWords.add(part);

  const texts: string[] = [knowledge.documentTitle];
  for (const s of knowledge.sections) {
    texts.push(s.title);
    for (const p of s.paragraphs) texts.push(p.heading ?? '', p.text);
    for (const c of s.charts ?? []) texts.push(c.title, ...(c.captions ?? []), c.source ?? '');
  }
  for (const t of knowledge.tables) texts.push(t.title, t.source ?? '', ...(t.captions ?? []), ...t.columns, ...t.rows.map((r) => r.label));
  const all = texts.join('\n');

  const vocabulary = new Set<string>();
  const spellings = new Map<string, string>();
  for (const word of all.match(/[\p{L}]+(?:-[\p{L}]+)*/gu) ?? []) {
    const folded = fold(word);
    vocabulary.add(folded);
    if (!spellings.has(folded)) spellings.set(folded, word.toLowerCase());
    for (const part of folded.split('-')) vocabulary.add(part);
  }

  const nouns = readNouns(texts);

  // A place name stands (almost) only after a place word; "Bestand" after "Landkreis" is a noun that stands everywhere.
  const afterLead = new Map<string, number>();
  for (const match of all.matchAll(PLACE_LEAD)) {
    const place = fold(match[1]!);
    if (!regionWords.has(place)) afterLead.set(place, (afterLead.get(place) ?? 0) + 1);
  }
  const occurrences = new Map<string, number>();
  for (const word of all.match(/[\p{L}]+(?:-[\p{L}]+)*/gu) ?? []) {
    const folded = fold(word);
    if (afterLead.has(folded)) occurrences.set(folded, (occurrences.get(folded) ?? 0) + 1);
  }
  const otherPlaces = new Set<string>();
  for (const [place, led] of afterLead) if (led >= 0.8 * (occurrences.get(place) ?? led)) otherPlaces.add(place);
  const signedIn = knowledge.programme.signOff?.place;
  if (signedIn && !regionWords.has(fold(signedIn))) otherPlaces.add(fold(signedIn));

  const figureYears = new Set<number>([knowledge.programme.year]);
  for (const t of knowledge.tables) for (const r of t.rows) for (const c of r.cells) if (c.year !== undefined) figureYears.add(c.year);
  for (const f of knowledge.proseFigures) {
    if (f.stand) figureYears.add(Number(f.stand.slice(0, 4)));
    for (const y of yearsIn(`${f.label} ${f.quote}`)) figureYears.add(y);
  }
  const mentionedYears = new Set<number>([...figureYears, ...yearsIn(all)]);
  return { regionWords, otherPlaces, vocabulary, spellings, nouns, figureYears, mentionedYears };
}

/** German capitalises nouns: a word written capitalised after another word more often than in lower case is one. */
function readNouns(texts: readonly string[]): Set<string> {
  const capitalised = new Map<string, number>();
  const lower = new Map<string, number>();
  for (const text of texts) {
    // The first word of a sentence, heading or cell is capitalised whatever it is: only words after another word count.
    for (const match of text.matchAll(/(?<=[\p{L}\d,;)–-] +)(\p{L}+)(?:-\p{L}+)*/gu)) {
      const word = match[1]!;
      const folded = fold(word);
      const counts = /^\p{Lu}/u.test(word) ? capitalised : lower;
      counts.set(folded, (counts.get(folded) ?? 0) + 1);
    }
  }
  const nouns = new Set<string>();
  for (const [word, n] of capitalised) if (n > (lower.get(word) ?? 0)) nouns.add(word);
  return nouns;
}

export function yearsIn(text: string): number[] {
  const years: number[] = [];
  for (const m of text.matchAll(/(?<!\d)((?:19|20)\d\d)(?!\d)/g)) years.push(Number(m[1]));
  return years;
}

export function fold(word: string): string {
  return foldUmlauts(word.toLowerCase());
}
