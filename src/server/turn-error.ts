import type { BotState, TurnContext } from 'botbuilder';
import { createTurnLogger, type Logger } from '../logger';
import { turnLogOf } from './turn-logging';

/** What the user reads when a turn fails; the id lets support find the log line. */
export function apologyText(correlationId: string): string {
  return `Entschuldigung, da ist etwas schiefgelaufen. Bitte versuchen Sie es noch einmal. (Fehler-ID ${correlationId})`;
}

/**
 * The adapter's last resort (adapter.onTurnError): log with the turn's
 * correlation id, apologise in one German line without any detail of the
 * error, and delete the conversation state so a broken dialog stack does not
 * fail again on the next message.
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
    try {
      const err = error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : { message: String(error) };
      log.error({ errorId: correlationId, err, activityType: context.activity.type }, 'turn failed');
      if (context.activity.type === 'message' || context.activity.type === 'invoke') {
        await context.sendActivity(apologyText(correlationId));
      }
    } catch (sendError) {
      log.error({ errorId: correlationId, err: describe(sendError) }, 'turn error: apology not sent');
    }
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
