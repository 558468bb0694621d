import { randomUUID } from 'node:crypto';
import type { BotState, TurnContext } from 'botbuilder';
import type { Logger } from '../logger';

/**
 * The adapter's last resort: log with a correlation id, apologise in one German
 * line, and clear the conversation state so a broken dialog does not repeat.
 */
export function createTurnErrorHandler(logger: Logger, conversationState: BotState) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const errorId = randomUUID().slice(0, 8);
    logger.error({ errorId, err: { name: error.name, message: error.message, stack: error.stack }, activityType: context.activity.type }, 'turn failed');
    try {
      if (context.activity.type === 'message') {
        await context.sendActivity(`Entschuldigung, da ist etwas schiefgelaufen. Bitte versuchen Sie es noch einmal. (Fehler-ID ${errorId})`);
      }
      await conversationState.delete(context);
    } catch (cleanupError) {
      logger.error({ errorId, err: String(cleanupError) }, 'turn error cleanup failed');
    }
  };
}
