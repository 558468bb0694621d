import type { Activity } from 'botbuilder';
import { z } from 'zod';

/** 👍/👎 from Teams' feedback loop on one of the bot's answers. */
export interface FeedbackInvoke {
  reaction: 'like' | 'dislike';
  comment?: string;
  /** Id of the bot message the feedback is about. */
  replyToId?: string;
}

const FeedbackInvokeSchema = z.object({
  name: z.literal('message/submitAction'),
  value: z.object({
    actionName: z.literal('feedback'),
    actionValue: z.object({
      reaction: z.enum(['like', 'dislike']),
      feedback: z.union([z.string(), z.record(z.string(), z.unknown())]).optional(),
    }),
  }),
});

/** Teams sends the comment as a JSON string `{"feedbackText":"…"}`; older clients as an object or plain text. */
function commentOf(feedback: string | Record<string, unknown> | undefined): string | undefined {
  if (feedback === undefined) return undefined;
  let value: unknown = feedback;
  if (typeof feedback === 'string') {
    try {
      value = JSON.parse(feedback);
    } catch {
      return feedback.trim() || undefined;
    }
  }
  const text = z.object({ feedbackText: z.string() }).safeParse(value);
  return text.success ? text.data.feedbackText.trim() || undefined : undefined;
}

export function parseFeedbackInvoke(activity: Activity): FeedbackInvoke | undefined {
  const parsed = FeedbackInvokeSchema.safeParse(activity);
  if (!parsed.success) return undefined;
  const comment = commentOf(parsed.data.value.actionValue.feedback);
  return {
    reaction: parsed.data.value.actionValue.reaction,
    ...(comment ? { comment } : {}),
    ...(activity.replyToId ? { replyToId: activity.replyToId } : {}),
  };
}
