import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { projectRoot } from './paths';

/**
 * Cue words: the one table of words that say what a message is for. The bot's
 * routing, the dialogs' cancel/help and the answer engine read the same lists,
 * so "stopp" cancels everywhere or nowhere.
 */
const CuePhraseSchema = z
  .string()
  .min(1)
  .refine((p) => p === p.toLowerCase() && p.trim() === p, 'cue phrases are lower case without surrounding blanks');

export const CuesFileSchema = z.object({
  note: z.string().optional(),
  /** Polite words a whole-message command may carry ("bitte abbrechen"). */
  fillers: z.array(CuePhraseSchema).default([]),
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

interface CompiledCue {
  words: string[];
}

function wordMatches(cueWord: string, word: string): boolean {
  return cueWord.endsWith('*') ? word.startsWith(cueWord.slice(0, -1)) : word === cueWord;
}

export class CueTable {
  private readonly concepts = new Map<string, CompiledCue[]>();
  private readonly fillers: ReadonlySet<string>;

  constructor(file: CuesFile) {
    this.fillers = new Set(file.fillers);
    for (const [concept, phrases] of Object.entries(file.concepts)) {
      this.concepts.set(
        concept,
        phrases.map((p) => ({ words: p === '?' ? ['?'] : p.split(/\s+/) })),
      );
    }
    for (const concept of REQUIRED_CONCEPTS) if (!this.concepts.has(concept)) throw new CueError(`[knowledge] cues.json: concepts.${concept} is missing`);
  }

  has(concept: CueConcept): boolean {
    return this.concepts.has(concept);
  }

  /** The whole message is one of the concept's phrases, polite fillers aside: "bitte abbrechen". */
  isExactly(text: string, concept: CueConcept): boolean {
    const words = normaliseForCues(text);
    const core = words.filter((w) => !this.fillers.has(w));
    const candidates = core.length > 0 ? [core, words] : [words];
    return this.cues(concept).some((cue) => candidates.some((ws) => ws.length === cue.words.length && cue.words.every((c, i) => wordMatches(c, ws[i]!))));
  }

  /** One of the concept's phrases occurs as consecutive words in the message. */
  mentions(text: string, concept: CueConcept): boolean {
    return this.find(normaliseForCues(text), concept) >= 0;
  }

  /** Index of the first word where one of the concept's phrases starts, or -1. */
  find(words: readonly string[], concept: CueConcept): number {
    for (let i = 0; i < words.length; i++) {
      for (const cue of this.cues(concept)) {
        if (i + cue.words.length <= words.length && cue.words.every((c, k) => wordMatches(c, words[i + k]!))) return i;
      }
    }
    return -1;
  }

  private cues(concept: CueConcept): CompiledCue[] {
    const cues = this.concepts.get(concept);
    if (!cues) throw new CueError(`[cues] unknown concept "${concept}"`);
    return cues;
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
