import { TurnContext, type Activity } from 'botbuilder';
import { z } from 'zod';
import type { PersonalDataKind } from '../privacy/personal-data';

/** In channels and group chats the bot speaks only when @mentioned; in personal chat always. */
export function isAddressedToBot(activity: Activity): boolean {
  const type = activity.conversation?.conversationType ?? 'personal';
  if (type === 'personal') return true;
  if (activity.value !== undefined && activity.value !== null) return true;
  return (activity.entities ?? []).some((e) => e.type === 'mention' && (e as { mentioned?: { id?: string } }).mentioned?.id === activity.recipient?.id);
}

/** A card button's payload: Teams imBack data, or our own `{ query }`. */
const SubmitValueSchema = z.union([
  z.object({ msteams: z.object({ value: z.string() }) }).transform((v) => v.msteams.value),
  z.object({ query: z.string() }).transform((v) => v.query),
]);

/**
 * The text the user means: the mention of the bot removed, or the query a card
 * button carries when the client sends it as `value` instead of text.
 */
export function incomingText(context: TurnContext): string {
  if (!context.activity.text) {
    const fromValue = SubmitValueSchema.safeParse(context.activity.value);
    return fromValue.success ? fromValue.data : '';
  }
  const text = TurnContext.removeRecipientMention(context.activity) ?? context.activity.text;
  return text.replace(/<at>[^<]*<\/at>/g, ' ').trim();
}

const REMOVED_KEY = Symbol('amip.personalDataRemoved');

/** Noted by the privacy boundary (src/server/privacy-boundary.ts) when it removed client data from this turn's input. */
export function notePersonalDataRemoved(context: TurnContext, kinds: readonly PersonalDataKind[]): void {
  context.turnState.set(REMOVED_KEY, kinds);
}

/**
 * What the privacy boundary removed from this turn's text and values before
 * the bot saw them (empty when nothing): a question that held client data is
 * not kept, not even with the data taken out.
 */
export function personalDataRemoved(context: TurnContext): readonly PersonalDataKind[] {
  return context.turnState.get<readonly PersonalDataKind[]>(REMOVED_KEY) ?? [];
}
