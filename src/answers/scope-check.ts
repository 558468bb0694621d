import type { CueTable } from '../knowledge/cues';
import { withinEdits } from '../search/search-index';
import { GERMAN_STOP_WORDS } from '../search/stop-words';
import { fold, yearsIn, type ProgrammeScope } from './programme-scope';

/** Why a question lies outside the programme before any search: another place, the whole country, another year. */
export type ScopeProblem =
  | { kind: 'place'; name: string }
  | { kind: 'national'; phrase: string }
  | { kind: 'year'; years: number[] };

/** Stop words name no place, nor do these prepositions and adverbs the stop list leaves out: "was bekommt das Jobcenter pro Monat". */
const NO_PLACE = new Set(['pro', 'je', 'seit', 'ohne', 'insgesamt', 'gesamt', 'jahrlich', 'monatlich']);
const STOP = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einem', 'einer', 'im', 'in', 'am', 'zum', 'zur']);

/** Tokens as typed, case kept: a place is often the one capitalised word in a lower-case question. */
function tokens(text: string): string[] {
  return text.match(/[\p{L}][\p{L}-]*|\d+/gu) ?? [];
}

/** Every word of every question is checked against each region word: the verdict is kept per programme and folded word. */
const regionVerdicts = new WeakMap<ProgrammeScope, Map<string, boolean>>();
const REGION_VERDICTS = 5_000;

function isRegion(word: string, scope: ProgrammeScope): boolean {
  const f = fold(word);
  let verdicts = regionVerdicts.get(scope);
  if (!verdicts) regionVerdicts.set(scope, (verdicts = new Map()));
  let region = verdicts.get(f);
  if (region === undefined) {
    region = namesRegion(f, scope);
    if (verdicts.size >= REGION_VERDICTS) verdicts.clear();
    verdicts.set(f, region);
  }
  return region;
}

function namesRegion(folded: string, scope: ProgrammeScope): boolean {
  if (scope.regionWords.has(folded)) return true;
  for (const r of scope.regionWords) if (r.length >= 5 && withinEdits(folded, r, 2)) return true;
  return false;
}

/**
 * "IQ im Jobcenter Cottbus", "wie viele ELB hat Dresden", "bundesweit", "Budget 2027":
 * the question names a scope the programme does not cover. Places are resolved
 * against the document: the region and its parts are in scope; another place the
 * document names (the Agentur's seat) or a name the document never uses, after a
 * place word ("in", "Jobcenter", "Landkreis"), is not.
 */
export function findScopeProblem(text: string, scope: ProgrammeScope, cues: CueTable): ScopeProblem | undefined {
  const words = tokens(text);
  const lowerWords = words.map((w) => w.toLowerCase());
  const nationalAt = cues.find(lowerWords, 'national-scope');
  if (nationalAt >= 0) return { kind: 'national', phrase: words[nationalAt]! };

  const allLower = text === text.toLowerCase();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const f = fold(w);
    if (/^\d/.test(w) || STOP.has(f) || GERMAN_STOP_WORDS.has(f) || NO_PLACE.has(f) || isRegion(w, scope) || cues.isExactly(w, 'slot-words')) continue;
    const previous = lowerWords.slice(Math.max(0, i - 3), i);
    const afterPlaceWord = previous.length > 0 && cues.find(previous.slice(-1), 'place-lead') >= 0;
    // "in der Industrie": an article before the word makes it a noun, not a town — except after "Jobcenter", "Landkreis".
    const afterStopAfterPlaceWord = previous.length > 1 && STOP.has(previous.at(-1)!) && cues.find(previous.slice(-2, -1), 'organisation-lead') >= 0;
    if (scope.otherPlaces.has(f)) {
      // "Agentur für Arbeit Cottbus" is the document's partner, not a place asked about.
      const partner = previous.slice(-3).join(' ') === 'agentur für arbeit';
      if (!partner) return { kind: 'place', name: w };
      continue;
    }
    if (!(afterPlaceWord || afterStopAfterPlaceWord)) continue;
    const organisationLead = cues.find(previous.slice(-1), 'organisation-lead') >= 0;
    const looksLikeName = /^\p{Lu}/u.test(w) || allLower || organisationLead;
    if (!scope.vocabulary.has(f) && looksLikeName && (organisationLead || f.length >= 4) && !knownByTypo(f, scope) && !startsProgrammeWord(f, scope)) return { kind: 'place', name: w };
  }

  const years = yearsIn(text).filter((y) => !scope.mentionedYears.has(y));
  if (years.length > 0) return { kind: 'year', years };
  return undefined;
}

/** "Integratonsquote" after "in" is a typo of a document word, not a town. */
export function knownByTypo(folded: string, scope: ProgrammeScope): boolean {
  if (folded.length < 6) return false;
  for (const word of scope.vocabulary) if (Math.abs(word.length - folded.length) <= 1 && withinEdits(folded, word, 1)) return true;
  return false;
}

/** "im Netzwerk": a word that opens the programme's compounds ("Netzwerkpartner") is a thing of it, not a town. */
function startsProgrammeWord(folded: string, scope: ProgrammeScope): boolean {
  if (folded.length < MIN_COMPOUND_HEAD) return false;
  for (const word of scope.vocabulary) if (word.length > folded.length && word.startsWith(folded)) return true;
  return false;
}

/** Shorter openings ("Bad", "Neu") start town names as often as compounds. */
const MIN_COMPOUND_HEAD = 6;
