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
  if (plainlyValid(body)) return undefined;
  const result = IncomingActivitySchema.safeParse(body);
  if (result.success) return undefined;
  const issue = result.error.issues[0]!;
  const where = issue.path.map(String).join('.') || 'body';
  return `invalid activity: ${where}: ${issue.message}`;
}

/**
 * The schema's checks written out for the common case, so that a well-formed
 * activity (every turn) skips zod; anything this does not accept goes through
 * the schema, which names the problem. Never accepts what the schema refuses.
 */
function plainlyValid(body: unknown): boolean {
  if (!isRecord(body)) return false;
  const { type, channelId, conversation, from, recipient, serviceUrl, text } = body;
  return (
    isText(type, 1, 64) &&
    isText(channelId, 1, 64) &&
    isRecord(conversation) &&
    isText(conversation['id'], 1, 1024) &&
    isRecord(from) &&
    isText(from['id'], 1, 1024) &&
    (recipient === undefined || (isRecord(recipient) && isText(recipient['id'], 0, 1024))) &&
    (serviceUrl === undefined || (isText(serviceUrl, 0, 2048) && isHttpUrl(serviceUrl))) &&
    (text === undefined || text === null || typeof text === 'string')
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown, min: number, max: number): value is string {
  return typeof value === 'string' && value.length >= min && value.length <= max;
}

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
