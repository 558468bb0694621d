import type { BotState, TurnContext } from 'botbuilder';
import { createTurnLogger, type Logger } from '../logger';
import { ETagConflictError } from '../storage/etag';
import { StateStorageError } from '../storage/errors';
import { turnLogOf } from './turn-logging';

/** What the user reads when a turn fails; the id lets support find the log line. */
export function apologyText(correlationId: string): string {
  return `Entschuldigung, da ist etwas schiefgelaufen. Bitte versuchen Sie es noch einmal. (Fehler-ID ${correlationId})`;
}

/** The state store failed: nothing of this turn was kept, what was saved before still is. */
export function notSavedText(correlationId: string): string {
  return `Ihr letzter Schritt wurde nicht gespeichert, weil der Speicher gerade nicht erreichbar ist. Bitte senden Sie Ihre Nachricht gleich noch einmal – Ihre früheren Angaben bleiben erhalten. (Fehler-ID ${correlationId})`;
}

/** Another turn of the same conversation saved first (two messages at once, or two instances). */
export const CONFLICT_TEXT = 'Ihre Nachricht kam gleichzeitig mit einer anderen aus diesem Chat an und wurde nicht übernommen. Bitte senden Sie sie noch einmal.';

/**
 * The adapter's last resort (adapter.onTurnError): log with the turn's
 * correlation id and tell the user in one German line, without any detail
 * of the error.
 *
 * - The store failed or another turn saved first: the stored state is the
 *   last good one and stays; the user is asked to send the message again.
 * - Anything else: apologise and delete the conversation state, so a broken
 *   dialog stack does not fail again on the next message.
 *
 * Either way, replies the turn queued but did not send yet (expectReplies),
 * such as the next question, are withdrawn: their state was not kept.
 *
 * Never rejects, even for a context whose turn has ended (botbuilder revokes
 * it): a rejection here would be unhandled and end the process.
 */
export function createTurnErrorHandler(logger: Logger, conversationState: BotState): (context: TurnContext, error: unknown) => Promise<void> {
  return async (context, error) => {
    let turnLog: ReturnType<typeof turnLogOf>;
    try {
      turnLog = turnLogOf(context);
    } catch {
      logger.error({ err: describe(error) }, 'turn failed after its context was revoked');
      return;
    }
    const { logger: log, correlationId } = turnLog ?? createTurnLogger(logger);
    const kind = error instanceof ETagConflictError ? 'conflict' : error instanceof StateStorageError ? 'storage' : 'other';
    try {
      const err = error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : { message: String(error) };
      if (kind === 'conflict') log.warn({ errorId: correlationId, err, activityType: context.activity.type }, 'turn not saved: another turn saved first');
      else log.error({ errorId: correlationId, err, activityType: context.activity.type }, kind === 'storage' ? 'turn not saved: storage failed' : 'turn failed');
      if (context.activity.type === 'message' || context.activity.type === 'invoke') {
        // One reply, not a question followed by an apology: whatever the turn had queued (expectReplies) rests on state that was not kept.
        context.bufferedReplyActivities.length = 0;
        await context.sendActivity(kind === 'conflict' ? CONFLICT_TEXT : kind === 'storage' ? notSavedText(correlationId) : apologyText(correlationId));
      }
    } catch (sendError) {
      log.error({ errorId: correlationId, err: describe(sendError) }, 'turn error: apology not sent');
    }
    if (kind !== 'other') return;
    try {
      await conversationState.delete(context);
    } catch (stateError) {
      log.error({ errorId: correlationId, err: describe(stateError) }, 'turn error: conversation state not cleared');
    }
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
