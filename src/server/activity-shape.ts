import { z } from 'zod';

/**
 * The least an activity must have before it reaches the adapter: CloudAdapter
 * answers 500 for `{}`, and a turn without a conversation or sender cannot be
 * answered anyway.
 */
export const IncomingActivitySchema = z.object({
  type: z.string().min(1).max(64),
  conversation: z.object({ id: z.string().min(1).max(512) }).loose(),
  from: z.object({ id: z.string().min(1).max(512) }).loose(),
  serviceUrl: z.string().max(2048).optional(),
  channelId: z.string().min(1).max(64),
  text: z.string().optional(),
}).loose();

export function describeShapeError(body: unknown): string | undefined {
  const result = IncomingActivitySchema.safeParse(body);
  if (result.success) return undefined;
  const issue = result.error.issues[0]!;
  return `invalid activity: ${issue.path.join('.') || 'body'}: ${issue.message}`;
}
