import { z } from 'zod';

const id = z.string().min(1).max(1024);

/**
 * The least an incoming activity must have before it reaches the adapter:
 * CloudAdapter answers 500 for `{}`, and a turn without a type, channel,
 * conversation or sender cannot be routed, stored or answered. Everything
 * else is left to the adapter and the bot (unknown fields pass).
 */
export const IncomingActivitySchema = z
  .object({
    type: z.string().min(1).max(64),
    channelId: z.string().min(1).max(64),
    conversation: z.object({ id }).loose(),
    from: z.object({ id }).loose(),
    recipient: z.object({ id: z.string().max(1024) }).loose().optional(),
    serviceUrl: z
      .string()
      .max(2048)
      .refine(isHttpUrl, 'expected an http(s) URL')
      .optional(),
    text: z.string().nullish(),
  })
  .loose();

/** Why a request body is not an activity ("conversation.id: …"), or undefined when it is one. */
export function describeShapeError(body: unknown): string | undefined {
  const result = IncomingActivitySchema.safeParse(body);
  if (result.success) return undefined;
  const issue = result.error.issues[0]!;
  const where = issue.path.map(String).join('.') || 'body';
  return `invalid activity: ${where}: ${issue.message}`;
}

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
