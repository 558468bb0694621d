import type { BotState, CloudAdapter } from 'botbuilder';
import type { Logger } from '../logger';
import { privacyBoundary } from './privacy-boundary';
import { createTurnErrorHandler } from './turn-error';
import { turnLogging } from './turn-logging';
import { typingIndicator, type TypingOptions } from './typing-middleware';

export interface PipelineOptions {
  logger: Logger;
  logMessageText: boolean;
  /** Cleared by the turn error handler when a turn fails. */
  conversationState: BotState;
  typing?: TypingOptions;
}

/**
 * Everything between the adapter and the bot, in order, one place for
 * src/compose.ts and the tests: the turn error handler, the privacy boundary
 * (first, so nothing after it sees client data), the typing indicator, the
 * turn log line.
 */
export function configureAdapter<A extends CloudAdapter>(adapter: A, options: PipelineOptions): A {
  adapter.onTurnError = createTurnErrorHandler(options.logger, options.conversationState);
  adapter.use(privacyBoundary(options.logger));
  adapter.use(typingIndicator(options.logger, options.typing));
  adapter.use(turnLogging(options.logger, options.logMessageText));
  return adapter;
}
