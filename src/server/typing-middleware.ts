import { ActivityTypes, DeliveryModes, TurnContext, type Activity, type Middleware } from 'botbuilder';
import type { Logger } from '../logger';

export interface TypingOptions {
  /** Wait this long before the first "…" (most answers take milliseconds and send none). */
  delayMs?: number;
  /** Then repeat every periodMs until the turn ends or the bot has replied. */
  periodMs?: number;
}

/**
 * Teams' "…" while a slow turn is still working — instead of botbuilder's
 * ShowTypingMiddleware, whose failure handler runs after the turn and calls
 * onTurnError with the revoked TurnContext: the TypeError is uncaught and the
 * process exits (a 429 from Teams on one typing activity was enough).
 *
 * Everything a typing send needs is taken from the context while the turn is
 * alive; a send that fails, even long after the turn, is only logged (debug).
 * No typing for expectReplies (it would end up in the HTTP reply) or once the
 * bot has sent its first message.
 */
export function typingIndicator(logger: Logger, options: TypingOptions = {}): Middleware {
  const delayMs = options.delayMs ?? 500;
  const periodMs = options.periodMs ?? 2000;
  if (!(delayMs >= 0) || !(periodMs > 0)) throw new RangeError('[typing] delayMs must be ≥ 0 and periodMs > 0');

  return {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      const activity = context.activity;
      if (activity.type !== ActivityTypes.Message || activity.deliveryMode === DeliveryModes.ExpectReplies) return next();

      let active = true;
      let timer: NodeJS.Timeout | undefined;
      const adapter = context.adapter;
      const reference = TurnContext.getConversationReference(activity);
      const typing = TurnContext.applyConversationReference({ type: ActivityTypes.Typing, relatesTo: activity.relatesTo }, reference) as Partial<Activity>;

      const stop = (): void => {
        active = false;
        if (timer) clearTimeout(timer);
      };
      const schedule = (ms: number): void => {
        timer = setTimeout(() => {
          if (!active) return;
          // Bypasses the middleware chain (no "responded" flag), as botbuilder's own does; the promise is never left unhandled.
          adapter.sendActivities(context, [{ ...typing }]).then(
            () => {
              if (active) schedule(periodMs);
            },
            (error: unknown) => {
              logger.debug({ err: error instanceof Error ? error.message : String(error) }, 'typing indicator not sent');
            },
          );
        }, ms);
        timer.unref();
      };

      context.onSendActivities(async (_ctx, activities, sendNext) => {
        if (activities.some((a) => a.type === ActivityTypes.Message)) stop();
        return sendNext();
      });
      schedule(delayMs);
      try {
        await next();
      } finally {
        stop();
      }
    },
  };
}
