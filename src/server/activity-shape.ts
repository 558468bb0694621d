import { z } from 'zod';

const id = z.string().min(1).max(1024).refine(isWellFormed, 'expected well-formed Unicode');
const entity = z.object({ type: z.string().min(1).max(256) }).loose();
const member = z.object({ id: z.string().max(1024) }).loose();

/**
 * Fields that are echoed into replies (conversation, from, recipient), stored
 * (value) or walked by the bot: nested deeper than this, they are refused —
 * JSON.stringify of a 5,000-deep `conversation` overflowed the stack when the
 * reply was written. channelData is only read at fixed paths and may be deeper.
 */
export const MAX_NESTING = 32;
const NESTING_CHECKED = ['conversation', 'from', 'recipient', 'value', 'entities', 'attachments', 'membersAdded', 'membersRemoved'] as const;

/**
 * The least an incoming activity must have before it reaches the adapter:
 * CloudAdapter answers 500 for `{}`, and a turn without a type, channel,
 * conversation, sender or recipient cannot be routed, stored or answered;
 * entities and members of the wrong shape used to crash the turn (and so wipe
 * the conversation's state). Ids must be well-formed Unicode: a lone surrogate
 * cannot be written as a file name. Everything else is left to the adapter and
 * the bot (unknown fields pass).
 */
export const IncomingActivitySchema = z
  .object({
    type: z.string().min(1).max(64),
    channelId: z.string().min(1).max(64),
    conversation: z.object({ id }).loose(),
    from: z.object({ id }).loose(),
    recipient: z.object({ id: z.string().max(1024).refine(isWellFormed, 'expected well-formed Unicode') }).loose(),
    serviceUrl: z
      .string()
      .max(2048)
      .refine(isHttpUrl, 'expected an http(s) URL')
      .optional(),
    text: z.string().nullish(),
    entities: z.array(entity).max(64).optional(),
    membersAdded: z.array(member).max(1000).optional(),
    membersRemoved: z.array(member).max(1000).optional(),
  })
  .loose();

/** Why a request body is not an activity ("conversation.id: …"), or undefined when it is one. */
export function describeShapeError(body: unknown): string | undefined {
  if (isRecord(body)) {
    const deep = NESTING_CHECKED.find((field) => nestedDeeperThan(body[field], MAX_NESTING));
    if (deep) return `invalid activity: ${deep}: nested deeper than ${MAX_NESTING} levels`;
  }
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
  const { type, channelId, conversation, from, recipient, serviceUrl, text, entities, membersAdded, membersRemoved } = body;
  return (
    isText(type, 1, 64) &&
    isText(channelId, 1, 64) &&
    isRecord(conversation) &&
    isId(conversation['id'], 1) &&
    isRecord(from) &&
    isId(from['id'], 1) &&
    isRecord(recipient) &&
    isId(recipient['id'], 0) &&
    (serviceUrl === undefined || (isText(serviceUrl, 0, 2048) && isHttpUrl(serviceUrl))) &&
    (text === undefined || text === null || typeof text === 'string') &&
    (entities === undefined || (Array.isArray(entities) && entities.length <= 64 && entities.every((e) => isRecord(e) && isText(e['type'], 1, 256)))) &&
    isMemberList(membersAdded) &&
    isMemberList(membersRemoved)
  );
}

function isMemberList(value: unknown): boolean {
  return value === undefined || (Array.isArray(value) && value.length <= 1000 && value.every((m) => isRecord(m) && isText(m['id'], 0, 1024)));
}

function isId(value: unknown, min: number): boolean {
  return isText(value, min, 1024) && isWellFormed(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown, min: number, max: number): value is string {
  return typeof value === 'string' && value.length >= min && value.length <= max;
}

/** No lone UTF-16 surrogate (String.prototype.isWellFormed, which Node 20's TypeScript lib does not declare). */
function isWellFormed(value: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value);
}

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** Iterative, so that the check itself cannot overflow the stack it protects. */
function nestedDeeperThan(value: unknown, max: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [item, depth] = stack.pop()!;
    if (depth > max) return true;
    for (const child of Object.values(item as object) as unknown[]) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
  return false;
}
