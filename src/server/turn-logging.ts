import type { Middleware, TurnContext } from 'botbuilder';
import { createTurnLogger, type Logger } from '../logger';
import { redact } from '../privacy/redact';

const TURN_LOG_KEY = Symbol('amip.turnLog');

export interface TurnLog {
  /** Child logger whose lines carry `turnId`. */
  logger: Logger;
  /** Also shown to the user as "Fehler-ID" when the turn fails. */
  correlationId: string;
}

/** The turn's logger and correlation id, when the turn went through turnLogging. */
export function turnLogOf(context: TurnContext): TurnLog | undefined {
  return context.turnState.get<TurnLog>(TURN_LOG_KEY);
}

/**
 * Gives each turn a child logger with a correlation id (see turnLogOf) and
 * writes one structured line per turn: what kind of activity, where, how long,
 * whether it failed. Message text is left out unless LOG_MESSAGE_TEXT=true,
 * and then redacted.
 */
export function turnLogging(logger: Logger, logMessageText: boolean): Middleware {
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      const turnLog = lazyTurnLog(logger);
      context.turnState.set(TURN_LOG_KEY, turnLog);
      const started = performance.now();
      let failed = false;
      try {
        await next();
      } catch (error) {
        failed = true;
        throw error;
      } finally {
        const level = failed ? 'warn' : 'info';
        if (logger.isLevelEnabled(level)) {
          const activity = context.activity;
          const text = typeof activity.text === 'string' ? activity.text : '';
          turnLog.logger[level](
            {
              activityType: activity.type,
              conversationType: activity.conversation?.conversationType ?? 'personal',
              textLength: text.length,
              ms: Math.round(performance.now() - started),
              ...(failed ? { failed } : {}),
              ...(logMessageText && text ? { text: redact(text.slice(0, 2_000)).slice(0, 500) } : {}),
            },
            'turn',
          );
        }
      }
    },
  };
}

/**
 * The turn's child logger and correlation id, made on first use: a child logger
 * costs more than the rest of the middleware, and with LOG_LEVEL above info a
 * turn that does not fail never logs.
 */
function lazyTurnLog(logger: Logger): TurnLog {
  let made: TurnLog | undefined;
  const make = (): TurnLog => (made ??= createTurnLogger(logger));
  return {
    get logger() {
      return make().logger;
    },
    get correlationId() {
      return make().correlationId;
    },
  };
}
