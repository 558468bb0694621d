/**
 * "nächstes Jahr", "letztes Jahr", "und ein Jahr vorher?": a year named relative to another.
 * Spelled out as the year it means, so it reads as a year slot like "2024" does.
 *
 * The anchor is the year the conversation is about (the previous question's year) when there is one;
 * otherwise the programme's perspective: "dieses Jahr" is the programme year, "letztes Jahr" the one
 * before it, and "nächstes Jahr" the year after the one the programme was written in (its Stand), which is
 * the programme year itself — the plan year of a programme written in the autumn before.
 */
export interface YearAnchors {
  /** The year of the previous question, when the turn may continue it. */
  contextYear?: number;
  programmeYear: number;
  /** The year of the programme's Stand (when it was written). */
  writtenIn: number;
}

type Direction = 'previous' | 'next' | 'this';
/** "ein Jahr vorher" counts from a year already named; without one it is left as typed. */
interface RelativePattern {
  pattern: RegExp;
  direction: Direction;
  needsContext: boolean;
}

const ART = String.raw`(?:im|in|für|fürs|vom|von|aus|dem|das|den)\s+`;
const PATTERNS: readonly RelativePattern[] = [
  { pattern: new RegExp(String.raw`(?<![\p{L}\d])(?:${ART})?(?:letzte[nmrs]?|vergangene[nmrs]?|vorige[nmrs]?)\s+jahr(?:es)?(?![\p{L}\d])`, 'giu'), direction: 'previous', needsContext: false },
  { pattern: new RegExp(String.raw`(?<![\p{L}\d])(?:ein|das)\s+jahr\s+(?:vorher|davor|früher|zuvor)(?![\p{L}\d])`, 'giu'), direction: 'previous', needsContext: true },
  // "und im Vorjahr?", "die Zahl aus dem Vorjahr": a year. "Veränderung zum Vorjahr", "gegenüber dem Vorjahr" name a change, and stay.
  { pattern: new RegExp(String.raw`(?<![\p{L}\d])(?:im|vom|aus\s+dem|fürs|für\s+das)\s+vorjahr(?:es)?(?![\p{L}\d])`, 'giu'), direction: 'previous', needsContext: false },
  { pattern: new RegExp(String.raw`(?<![\p{L}\d])(?:${ART})?(?:nächste[nmrs]?|naechste[nmrs]?|kommende[nmrs]?|folgende[nmrs]?)\s+jahr(?:es)?(?![\p{L}\d])`, 'giu'), direction: 'next', needsContext: false },
  { pattern: new RegExp(String.raw`(?<![\p{L}\d])(?:ein|das)\s+jahr\s+(?:später|danach|darauf)(?![\p{L}\d])`, 'giu'), direction: 'next', needsContext: true },
  { pattern: new RegExp(String.raw`(?<![\p{L}\d])(?:${ART})?(?:diese[nmrs]?|laufende[nmrs]?)\s+jahr(?:es)?(?![\p{L}\d])`, 'giu'), direction: 'this', needsContext: false },
];
const YEAR = /(?<![\d.,])(19|20)\d\d(?![\d.,]*\d)/;

export function spellOutRelativeYears(text: string, anchors: YearAnchors): string {
  const applicable = PATTERNS.filter((p) => (!p.needsContext || anchors.contextYear !== undefined) && text.search(p.pattern) >= 0);
  if (applicable.length === 0) return text;
  // "nächstes Jahr, also 2024": a year typed beside it is the one meant.
  const explicit = YEAR.test(text);
  let out = text;
  for (const { pattern, direction } of applicable) out = out.replace(pattern, () => (explicit ? ' ' : ` ${yearFor(direction, anchors)} `));
  return out.replace(/\s{2,}/g, ' ').replace(/\s+([?,.!])/g, '$1').trim();
}

function yearFor(direction: Direction, { contextYear, programmeYear, writtenIn }: YearAnchors): number {
  if (contextYear !== undefined) return direction === 'previous' ? contextYear - 1 : direction === 'next' ? contextYear + 1 : programmeYear;
  return direction === 'previous' ? programmeYear - 1 : direction === 'next' ? writtenIn + 1 : programmeYear;
}
