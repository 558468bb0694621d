import { z } from 'zod';

/** What content owners keep: questions the programme did not answer, and feedback on answers. */
export const UnansweredRecordSchema = z.object({
  kind: z.literal('unanswered'),
  /** ISO 8601, UTC. */
  at: z.iso.datetime(),
  /** Redacted; "[entfernt: personenbezogene Daten]" when the question held client data. */
  text: z.string(),
});

export const FeedbackRecordSchema = z.object({
  kind: z.literal('feedback'),
  at: z.iso.datetime(),
  reaction: z.enum(['like', 'dislike']),
  comment: z.string().optional(),
  /** What kind of answer was rated (figure, passage, calculation …), when the bot knows it. */
  answerKind: z.string().optional(),
  /** Salted hash of the user id: one person's feedback can be grouped, never traced back. */
  userHash: z.string(),
});

export const InsightRecordSchema = z.discriminatedUnion('kind', [UnansweredRecordSchema, FeedbackRecordSchema]);

export type UnansweredRecord = z.infer<typeof UnansweredRecordSchema>;
export type FeedbackRecord = z.infer<typeof FeedbackRecordSchema>;
export type InsightRecord = z.infer<typeof InsightRecordSchema>;
export type FeedbackReaction = FeedbackRecord['reaction'];
