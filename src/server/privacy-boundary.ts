import type { Middleware, TurnContext } from 'botbuilder';
import { isAddressedToBot, notePersonalDataRemoved } from '../bot/incoming-text';
import type { Logger } from '../logger';
import { personalDataHint, type PersonalDataKind } from '../privacy/personal-data';
import { scrubText, scrubValue } from '../privacy/scrub';

/**
 * The one privacy boundary: the first middleware, so that dialogs, state,
 * insights and logs only ever see a turn's input with client data removed —
 * typed text, card and form values (`activity.value` at any depth, which also
 * holds Action.Execute data and feedback), the summary. When something was
 * removed, the user gets the hint (naming what was recognised) after the
 * turn's replies, and the bot can tell (personalDataRemoved).
 */
export function privacyBoundary(logger: Logger): Middleware {
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      const kinds = scrubActivity(context);
      if (kinds.length) {
        notePersonalDataRemoved(context, kinds);
        logger.info({ kinds, activityType: context.activity.type }, 'client data removed from a turn');
      }
      await next();
      if (kinds.length && (context.activity.type === 'invoke' || isAddressedToBot(context.activity))) {
        await context.sendActivity(personalDataHint(kinds.map((kind) => ({ kind }))));
      }
    },
  };
}

/** Replaces the activity's text, value and summary by their scrubbed copies; returns what was removed. */
function scrubActivity(context: TurnContext): PersonalDataKind[] {
  const activity = context.activity;
  const kinds = new Set<PersonalDataKind>();
  for (const field of ['text', 'summary'] as const) {
    const value = activity[field];
    if (typeof value !== 'string') continue;
    const result = scrubText(value);
    if (!result.kinds.length) continue;
    activity[field] = result.value;
    for (const kind of result.kinds) kinds.add(kind);
  }
  if (activity.value !== undefined && activity.value !== null && typeof activity.value === 'object') {
    const result = scrubValue(activity.value);
    activity.value = result.value;
    for (const kind of result.kinds) kinds.add(kind);
  }
  return [...kinds];
}
