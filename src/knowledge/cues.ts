import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { projectRoot } from './paths';

/**
 * Cue words: the one table of words that say what a message is for. The bot's
 * routing, the dialogs' cancel/help and the answer engine read the same lists,
 * so "stopp" cancels everywhere or nowhere.
 */
/** A word of a phrase: "plan*" is a prefix, "*ung" an ending; a star on both sides or alone is no word. */
function isCueWord(word: string): boolean {
  return word !== '*' && !(word.length > 1 && word.startsWith('*') && word.endsWith('*'));
}

const CuePhraseSchema = z
  .string()
  .min(1)
  .refine((p) => p === p.toLowerCase() && p.trim() === p, 'cue phrases are lower case without surrounding blanks')
  .refine((p) => p.split(/\s+/).every(isCueWord), 'a cue word may end with * (a prefix) or start with * (an ending), not both, and * alone is no word');

export const CuesFileSchema = z.object({
  note: z.string().optional(),
  /** Polite words a whole-message command may carry ("bitte abbrechen"). */
  fillers: z.array(CuePhraseSchema).default([]),
  /** Chat spellings of single words and what they stand for ("nich" → "nicht"). */
  chatSpellings: z.record(z.string().regex(/^\p{Ll}+$/u), z.string().min(1)).default({}),
  concepts: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), z.array(CuePhraseSchema).min(1)),
});
export type CuesFile = z.infer<typeof CuesFileSchema>;

/** Concepts every caller may rely on; the file may hold more. */
export const REQUIRED_CONCEPTS = ['cancel', 'help', 'continue', 'skip'] as const;
export type CueConcept = string;

export class CueError extends Error {
  override readonly name = 'CueError';
}

/** Lower case, punctuation to blanks (a lone "?" survives as a word), blanks collapsed. */
export function normaliseForCues(text: string): string[] {
  const lower = text.toLowerCase().replace(/[„“"'»«()[\]{}]/g, ' ').trim();
  if (/^\?+$/.test(lower)) return ['?'];
  return lower
    .replace(/[.,;:!?–-]+(?=\s|$)/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

/** A concept compiled for lookup: one-word phrases in a set (or as prefixes or endings), longer phrases as word lists. */
interface CompiledConcept {
  entries: readonly string[];
  words: ReadonlySet<string>;
  prefixes: readonly string[];
  endings: readonly string[];
  phrases: readonly (readonly string[])[];
  /** What each word seen so far starts: itself a one-word phrase, and which longer phrases (see `startsAt`). */
  starts: Map<string, WordStart>;
}

/** A word's standing in one concept: it is a one-word phrase, and these phrases of several words may start with it. */
interface WordStart {
  isWord: boolean;
  phrases: readonly (readonly string[])[];
}

/** Distinct words remembered per concept before its memo starts afresh. */
const WORD_START_CACHE = 5_000;

function wordMatches(cueWord: string, word: string): boolean {
  if (cueWord.endsWith('*')) return word.startsWith(cueWord.slice(0, -1));
  if (cueWord.startsWith('*')) return word.endsWith(cueWord.slice(1));
  return word === cueWord;
}

/** The phrase's words match the message's words from `at` on; the caller has checked that enough words are left. */
function matchesFrom(phrase: readonly string[], words: readonly string[], at: number): boolean {
  for (let k = 0; k < phrase.length; k++) if (!wordMatches(phrase[k]!, words[at + k]!)) return false;
  return true;
}

/** Messages are matched against many concepts each turn: their normalised words are remembered (bounded). */
const NORMALISED_CACHE = 5_000;

export class CueTable {
  private readonly concepts = new Map<string, CompiledConcept>();
  private readonly fillers: ReadonlySet<string>;
  private readonly normalised = new Map<string, string[]>();

  private readonly chatSpellings: ReadonlyMap<string, string>;

  constructor(file: CuesFile) {
    this.fillers = new Set(file.fillers);
    this.chatSpellings = new Map(Object.entries(file.chatSpellings));
    for (const [concept, phrases] of Object.entries(file.concepts)) {
      const words = new Set<string>();
      const prefixes: string[] = [];
      const endings: string[] = [];
      const multi: string[][] = [];
      for (const phrase of phrases) {
        const parts = phrase === '?' ? ['?'] : phrase.split(/\s+/);
        if (parts.length > 1) multi.push(parts);
        else if (parts[0]!.endsWith('*')) prefixes.push(parts[0]!.slice(0, -1));
        else if (parts[0]!.startsWith('*')) endings.push(parts[0]!.slice(1));
        else words.add(parts[0]!);
      }
      this.concepts.set(concept, { entries: phrases, words, prefixes, endings, phrases: multi, starts: new Map() });
    }
    for (const concept of REQUIRED_CONCEPTS) if (!this.concepts.has(concept)) throw new CueError(`[knowledge] cues.json: concepts.${concept} is missing`);
  }

  /** "wieviele kunden sind nich marktnah" → "… nicht marktnah": chat spellings written out, case and the rest as typed. */
  withChatSpellingsWrittenOut(text: string): string {
    if (this.chatSpellings.size === 0) return text;
    return text.replace(/\p{L}+/gu, (word) => this.chatSpellings.get(word.toLowerCase()) ?? word);
  }

  has(concept: CueConcept): boolean {
    return this.concepts.has(concept);
  }

  /** The concept's entries as the file writes them, for lists that are not matched against a message's words. */
  entries(concept: CueConcept): readonly string[] {
    return this.compiled(concept).entries;
  }

  /** The whole message is one of the concept's phrases, polite fillers aside: "bitte abbrechen". */
  isExactly(text: string, concept: CueConcept): boolean {
    const c = this.compiled(concept);
    const words = this.words(text);
    if (this.isPhrase(c, words)) return true;
    // Asked of single words many times a question: the words without fillers are made only when there are fillers.
    let fillers = 0;
    for (const w of words) if (this.fillers.has(w)) fillers++;
    return fillers > 0 && fillers < words.length && this.isPhrase(c, words.filter((w) => !this.fillers.has(w)));
  }

  /** The words are, all of them, one of the concept's phrases. */
  private isPhrase(c: CompiledConcept, words: readonly string[]): boolean {
    if (words.length === 1) return this.startsAt(c, words[0]!).isWord;
    return words.length > 1 && this.startsAt(c, words[0]!).phrases.some((phrase) => phrase.length === words.length && matchesFrom(phrase, words, 0));
  }

  /** One of the concept's phrases occurs as consecutive words in the message. */
  mentions(text: string, concept: CueConcept): boolean {
    return this.find(this.words(text), concept) >= 0;
  }

  /**
   * The whole message is, word by word, one phrase of each concept in turn — no fillers
   * skipped; a concept written with a trailing "?" may be left out:
   * `isSequence('Guten Morgen zusammen', ['greeting', 'greeting-addressee?'])`.
   */
  isSequence(text: string, concepts: readonly CueConcept[]): boolean {
    const steps = concepts.map((name) => (name.endsWith('?') ? { c: this.compiled(name.slice(0, -1)), optional: true } : { c: this.compiled(name), optional: false }));
    const words = this.words(text);
    const from = (step: number, at: number): boolean => {
      if (step === steps.length) return at === words.length;
      const { c, optional } = steps[step]!;
      for (const length of this.lengthsAt(c, words, at)) if (from(step + 1, at + length)) return true;
      return optional && from(step + 1, at);
    };
    return words.length > 0 && from(0, 0);
  }

  /** Index of the first word where one of the concept's phrases starts, or -1. */
  find(words: readonly string[], concept: CueConcept): number {
    const c = this.compiled(concept);
    for (let i = 0; i < words.length; i++) {
      const start = this.startsAt(c, words[i]!);
      if (start.isWord) return i;
      // Indexed loops: this runs a hundred times a question, and for-of left iterators to the garbage collector.
      for (let k = 0; k < start.phrases.length; k++) {
        const phrase = start.phrases[k]!;
        if (i + phrase.length <= words.length && matchesFrom(phrase, words, i)) return i;
      }
    }
    return -1;
  }

  /** Every message is matched against dozens of concepts: what a word starts is worked out once per concept and word. */
  private startsAt(c: CompiledConcept, word: string): WordStart {
    let start = c.starts.get(word);
    if (!start) {
      start = { isWord: this.isWord(c, word), phrases: c.phrases.filter((phrase) => wordMatches(phrase[0]!, word)) };
      if (c.starts.size >= WORD_START_CACHE) c.starts.clear();
      c.starts.set(word, start);
    }
    return start;
  }

  private isWord(c: CompiledConcept, word: string): boolean {
    if (c.words.has(word)) return true;
    for (let k = 0; k < c.prefixes.length; k++) if (word.startsWith(c.prefixes[k]!)) return true;
    for (let k = 0; k < c.endings.length; k++) if (word.endsWith(c.endings[k]!)) return true;
    return false;
  }

  /** Word counts of the concept's phrases that start at `at`. */
  private lengthsAt(c: CompiledConcept, words: readonly string[], at: number): number[] {
    const lengths: number[] = [];
    if (at >= words.length) return lengths;
    const start = this.startsAt(c, words[at]!);
    if (start.isWord) lengths.push(1);
    for (const phrase of start.phrases) {
      if (at + phrase.length <= words.length && matchesFrom(phrase, words, at)) lengths.push(phrase.length);
    }
    return lengths;
  }

  private words(text: string): string[] {
    let words = this.normalised.get(text);
    if (!words) {
      words = normaliseForCues(text);
      if (this.normalised.size >= NORMALISED_CACHE) this.normalised.clear();
      this.normalised.set(text, words);
    }
    return words;
  }

  private compiled(concept: CueConcept): CompiledConcept {
    const c = this.concepts.get(concept);
    if (!c) throw new CueError(`[cues] unknown concept "${concept}"`);
    return c;
  }
}

export const CUES_FILE = 'common/cues.json';

/** Reads and validates `knowledge/common/cues.json`; a broken file stops start-up with the field named. */
export function loadCues(knowledgeDir: string = join(projectRoot(), 'knowledge')): CueTable {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(join(knowledgeDir, CUES_FILE), 'utf8'));
  } catch (error) {
    throw new CueError(`[knowledge] ${CUES_FILE}: cannot read (${(error as Error).message})`);
  }
  const parsed = CuesFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CueError(`[knowledge] ${CUES_FILE}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return new CueTable(parsed.data);
}
