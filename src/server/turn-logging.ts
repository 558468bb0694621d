import type { Middleware, TurnContext } from 'botbuilder';
import type { Logger } from '../logger';
import { redact } from '../privacy/personal-data';

/**
 * One structured log line per turn: what kind of activity, where, how long.
 * Message text is left out unless LOG_MESSAGE_TEXT=true, and then redacted.
 */
export function turnLogging(logger: Logger, logMessageText: boolean): Middleware {
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      const started = performance.now();
      await next();
      const activity = context.activity;
      logger.info(
        {
          activityType: activity.type,
          conversationType: activity.conversation?.conversationType ?? 'personal',
          textLength: activity.text?.length ?? 0,
          ms: Math.round(performance.now() - started),
          ...(logMessageText && activity.text ? { text: redact(activity.text).slice(0, 500) } : {}),
        },
        'turn',
      );
    },
  };
}
