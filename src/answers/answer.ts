import type { SourceRef } from './source';

export type AnswerKind =
  | 'figure'
  | 'passage'
  | 'section'
  | 'chart'
  | 'glossary'
  | 'target-group'
  | 'instrument'
  | 'overview'
  | 'document'
  | 'no-answer'
  | 'greeting'
  | 'thanks'
  | 'help'
  | 'unclear'
  | 'too-long';

/** A topic the user can open next with one click: `query` is sent as if typed. */
export interface RelatedTopic {
  label: string;
  query: string;
}

/**
 * What the bot says in reply to a question, independent of how a channel shows it.
 * `text` is German Markdown with the answer first; `sources` are the sections it
 * rests on, the first being the main one.
 */
export interface Answer {
  kind: AnswerKind;
  text: string;
  sources: SourceRef[];
  related: RelatedTopic[];
  /** Notes worth a line of their own (e.g. a printed figure that does not add up). */
  notes: string[];
  /** Structured details for the card: a target group's offers with their sections. */
  facts?: { title: string; value: string }[];
  /** How the question was understood (a follow-up completed) and what the answer is about: the next turn may refer to it. */
  understood?: { question: string; subject?: string };
}

export function plainAnswer(kind: AnswerKind, text: string, related: RelatedTopic[] = []): Answer {
  return { kind, text, sources: [], related, notes: [] };
}

/**
 * A copy that shares nothing with `answer`, for handing out cached answers.
 * Written out because structuredClone costs more than the rest of a cached turn.
 */
export function copyAnswer(answer: Answer): Answer {
  const copy: Answer = {
    kind: answer.kind,
    text: answer.text,
    sources: answer.sources.map((s) => ({ ...s })),
    related: answer.related.map((r) => ({ ...r })),
    notes: [...answer.notes],
  };
  if (answer.facts) copy.facts = answer.facts.map((f) => ({ ...f }));
  if (answer.understood) copy.understood = { ...answer.understood };
  return copy;
}
