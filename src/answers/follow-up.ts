import type { CueTable } from '../knowledge/cues';
import { normaliseForCues } from '../knowledge/cues';
import { isMonthWord } from '../german/months';
import { DEFAULT_RANKING_WEIGHTS as W } from '../search/ranking-weights';

/**
 * What the next turn may refer back to: the question as it was understood and
 * what its answer was about. Kept per conversation (one entry, short), so
 * "und bei den Männern?" can be read as the previous question for men.
 */
export interface QuestionContext {
  /** The question as answered (already resolved when it was itself a follow-up). */
  text: string;
  /** What the answer was about, as the programme names it ("Integrationsquote Frauen", "LZB"). */
  subject?: string;
  /** When it was asked (ms since epoch): an old context is not continued. */
  at: number;
  /** The subject of the turn before, when that turn was about something else ("EGL", then "und die VK?"): "und zusammen?" adds both. */
  earlierSubject?: string;
}

/**
 * The context to keep after an answer about `subject`: the previous subject is kept as the earlier one when the
 * topic changed, so a turn may refer to both ("und zusammen?").
 */
export function nextContext(previous: QuestionContext | undefined, text: string, subject: string | undefined, at: number, maxChars: number): QuestionContext {
  const earlier = previous?.subject && subject && previous.subject !== subject ? previous.subject : undefined;
  return { text: text.slice(0, maxChars), ...(subject ? { subject: subject.slice(0, maxChars) } : {}), at, ...(earlier ? { earlierSubject: earlier.slice(0, maxChars) } : {}) };
}

export interface FollowUpTools {
  cues: CueTable;
  /** A word that names a topic (not a slot, a question word, a cue or a stop word). */
  isTopicWord(word: string): boolean;
  /** A topic word that names something of the programme (a figure, a group, a term): it replaces the old topic. */
  namesThing(word: string): boolean;
}

/** Slots a follow-up may change, each a cue concept; the previous question's words of a changed slot are dropped. */
const SLOT_CONCEPTS = [['women', 'men'], ['plan', 'actual', 'change'], ['percent', 'count', 'euro']] as const;
const YEAR = /^(?:19|20)\d\d$/;
const WEAK_REFERENCE = new Set(['das', 'die', 'der', 'den', 'dem', 'sie', 'er', 'es', 'ihr', 'ihm', 'ihre', 'ihren', 'ihnen']);
const CLOSING_REFERENCE = new Set(['das', 'dies', 'diese', 'die']);
const COPULA = new Set(['ist', 'sind', 'war', 'waren', 'wären']);
/** Possessives of a third person: "ihre Quote", "deren Anteil" — the thing they point to owns the new topic. */
const POSSESSIVE = new Set(['ihre', 'ihr', 'ihren', 'ihrer', 'ihrem', 'deren', 'dessen', 'seine', 'sein', 'seinen', 'seiner', 'seinem']);
const OWN_FRAME = /^(wie|was|wann|wo|welche\w*|gibt|seit)\s+\S+\s+\S+/i;
const DEFINITION = /^(was|wer)\s+(heißt|heisst|bedeutet|ist|meint|sind)\b|(definiert|gemeint|bedeutet|wofür steht)/i;
const LONE_QUESTION = /^(wo|wann|wer|warum|wieso|wie viele|wieviele|wie viel|wie hoch|auf welcher seite|in welchem abschnitt|seit wann|bis wann)$/i;
const REASON = /^(warum|wieso|weshalb|weswegen|wodurch|aus welchem grund)\b/i;

/**
 * An elliptic turn — "und 2023?", "davon Frauen?", "und für Alleinerziehende?",
 * "warum?", "was heißt das?" — completed from the previous question. A turn that
 * names its own topic without a follow-up cue starts afresh (undefined).
 */
export function resolveFollowUp(text: string, previous: QuestionContext | undefined, tools: FollowUpTools): string | undefined {
  if (!previous) return undefined;
  const words = normaliseForCues(text);
  if (words.length === 0) return undefined;
  const { cues } = tools;
  const leadsWithCue = cues.find(words.slice(0, 1), 'follow-up') === 0 || cues.find(words.slice(0, 3), 'follow-up') === 0;
  // "was macht die?": an article cannot end a sentence, so a last "die", "der", "den" is a pronoun.
  const refersBack = words.some((w) => cues.isExactly(w, 'refers-back')) || WEAK_REFERENCE.has(words.at(-1)!);
  // "das", "die", "sie" are articles as often as they point back: only "davon", "dahinter", "diese" … do so for sure.
  const pointsBack = words.some((w) => cues.isExactly(w, 'refers-back') && !WEAK_REFERENCE.has(w));
  // "und wie viele gab es 2023 im Schnitt?", "wie viel davon geht in den 2. Arbeitsmarkt?": a turn cued as a follow-up may be a little longer.
  if (words.length > W.followUp.maxWords + (leadsWithCue || pointsBack ? W.followUp.extraWordsWhenCued : 0)) return undefined;
  const topic = words.filter((w) => tools.isTopicWord(w));
  // "und zusammen?" after "EGL 2024" and "und die VK?": both subjects added, with the year asked.
  if (previous.subject && previous.earlierSubject && words.some((w) => cues.isExactly(w, 'sum-words')) && words.every((w) => cues.isExactly(w, 'sum-words') || cues.isExactly(w, 'follow-up') || WEAK_REFERENCE.has(w) || w === 'beide' || w === 'beides')) {
    const years = stripQuestion(previous.text).split(/\s+/).filter((w) => YEAR.test(w));
    return `${[previous.earlierSubject, 'und', previous.subject, ...years].join(' ')} zusammen?`;
  }
  const shareOf = shareOfPrevious(text, words, previous, cues);
  if (shareOf) return shareOf;
  // "und wie hoch ist ihre IQ?": a possessive makes the old subject the owner of the new topic.
  const possessive = words.some((w) => POSSESSIVE.has(w));
  // "wie viele Integrationen stecken dahinter?", "wie viel davon geht in den 2. Arbeitsmarkt?": a new word about the old subject.
  // "wie viele Integrationen sind das?": a closing "sind das" points back as surely as "davon".
  const closesWithReference = words.length >= 3 && CLOSING_REFERENCE.has(words.at(-1)!) && COPULA.has(words.at(-2)!);
  if (topic.length > 0 && (((pointsBack || closesWithReference) && !leadsWithCue) || possessive) && previous.subject) {
    const own = stripQuestion(text)
      .split(/\s+/)
      .filter((w, i) => !cues.isExactly(w.toLowerCase(), 'refers-back') && !POSSESSIVE.has(w.toLowerCase()) && !(i === 0 && cues.isExactly(w.toLowerCase(), 'follow-up')));
    const slots = stripQuestion(previous.text).split(/\s+/).filter((w) => YEAR.test(w) || SLOT_CONCEPTS.some((group) => group.some((c) => cues.isExactly(w.toLowerCase(), c))));
    return `${[...own, previous.subject, ...slots].join(' ')}?`;
  }
  if (topic.length > 0 && !leadsWithCue) return undefined;
  // "wo?", "auf welcher Seite?": the previous question asked again with another question word.
  // The old question's first word is lower-cased: a capitalised "Wie" mid-text would read as a new question.
  if (topic.length === 0 && LONE_QUESTION.test(stripQuestion(text))) return `${stripQuestion(text)} ${lowerFirst(stripQuestion(previous.text))}?`;
  if (topic.length === 0 && !leadsWithCue && !refersBack && !hasSlot(words, cues) && !REASON.test(text)) return undefined;

  const plain = stripQuestion(text);
  if (DEFINITION.test(text) && refersBack && topic.length === 0 && previous.subject) return `Was bedeutet ${previous.subject}?`;
  if (REASON.test(text) && topic.length === 0) return `${plain} ${stripQuestion(previous.text).replace(/^(wie|was|welche\w*|wer|wann|wo)\s+\S+\s+/i, '')}?`;

  // "Wie viele gibt es davon?" brings its own frame: only the subject is missing.
  if (refersBack && topic.length === 0 && OWN_FRAME.test(text) && previous.subject) return `${plain} ${previous.subject}?`;

  const previousWords = lowerFirst(stripQuestion(previous.text)).split(/\s+/);
  const changed = changedSlots(words, cues);
  const replacesTopic = topic.some((w) => tools.namesThing(w));
  const keptWords = previousWords.filter((w) => {
    const lower = w.toLowerCase();
    if (changed.years && YEAR.test(lower)) return false;
    if (changed.months && isMonthWord(lower)) return false;
    for (const concepts of changed.groups) if (concepts.some((c) => cues.isExactly(lower, c))) return false;
    // A new topic replaces the old one; the frame of the question (its verb, its slots) stays. A new word
    // that names nothing of the programme ("im Schnitt") leaves the old topic in place.
    if (replacesTopic && tools.isTopicWord(lower)) return false;
    return true;
  });
  const added = plain.split(/\s+/).filter((w, i) => !(i === 0 && cues.isExactly(w, 'follow-up')));
  return `${[...keptWords, ...added].join(' ')}?`;
}

/**
 * "Wie viel Prozent davon sind Frauen?", "und der Frauenanteil daran?": a share of what the previous answer
 * was about. The reference word becomes its preposition with that subject and its years
 * ("davon" → "von den Langzeitleistungsbeziehende 2023"), so the share reads as if asked in one sentence.
 */
function shareOfPrevious(text: string, words: readonly string[], previous: QuestionContext, cues: CueTable): string | undefined {
  if (!previous.subject || !cues.mentions(text, 'percent')) return undefined;
  const reference = words.find((w) => cues.isExactly(w, 'share-reference'));
  if (!reference) return undefined;
  const years = stripQuestion(previous.text).split(/\s+/).filter((w) => YEAR.test(w));
  const whole = [previous.subject, ...years].join(' ');
  const preposition = reference.replace(/^dar?/, '');
  const resolved = stripQuestion(text)
    .replace(new RegExp(`(?<!\\p{L})${reference}(?!\\p{L})`, 'iu'), `${preposition} den ${whole}`)
    .replace(/\s+(in prozent|als anteil)$/i, '');
  return `${resolved}?`;
}

function hasSlot(words: readonly string[], cues: CueTable): boolean {
  return words.some((w) => YEAR.test(w) || isMonthWord(w) || SLOT_CONCEPTS.some((group) => group.some((c) => cues.isExactly(w, c))));
}

function changedSlots(words: readonly string[], cues: CueTable): { years: boolean; months: boolean; groups: (readonly string[])[] } {
  const groups: (readonly string[])[] = [];
  for (const group of SLOT_CONCEPTS) if (words.some((w) => group.some((c) => cues.isExactly(w, c)))) groups.push(group);
  return { years: words.some((w) => YEAR.test(w)), months: words.some(isMonthWord), groups };
}

function lowerFirst(text: string): string {
  return /^(Wie|Was|Wer|Wo|Wann|Warum|Welche\w*|Gibt)\b/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function stripQuestion(text: string): string {
  return text.replace(/[?!.]+/g, ' ').replace(/\s+/g, ' ').trim();
}
