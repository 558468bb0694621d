import { randomUUID } from 'node:crypto';
import pino, { type DestinationStream, type Logger } from 'pino';
import { redact } from './privacy/redact';

export type { Logger };

export interface LoggerOptions {
  /**
   * Whether log lines may carry message text. Off (the default), every field
   * named `text` (up to three levels deep) is dropped, whoever logs it: staff
   * may paste client data into a chat. On, it is kept but redacted and cut.
   */
  logMessageText?: boolean;
  /** Where the JSON lines go; stderr unless given (tests pass a collector). */
  destination?: DestinationStream;
}

const TEXT_PATHS = ['text', '*.text', '*.*.text'];
const MAX_LOGGED_TEXT = 500;

/** The bot's structured JSON logger. */
export function createLogger(level: string, options: LoggerOptions = {}): Logger {
  const redaction = options.logMessageText
    ? { paths: TEXT_PATHS, censor: (value: unknown) => (typeof value === 'string' ? redact(value).slice(0, MAX_LOGGED_TEXT) : value) }
    : { paths: TEXT_PATHS, remove: true };
  return pino({ level, base: { service: 'amip-bot' }, redact: redaction }, options.destination ?? pino.destination({ dest: 2, sync: false }));
}

/** A short id that a user can read out from an error message and support can grep for. */
export function newCorrelationId(): string {
  return randomUUID().replace(/-/g, '').slice(0, 8);
}

/** The logger for one turn: every line it writes carries the turn's correlation id. */
export function createTurnLogger(logger: Logger, correlationId: string = newCorrelationId()): { logger: Logger; correlationId: string } {
  return { logger: logger.child({ turnId: correlationId }), correlationId };
}

/** Resolves once buffered log lines are written (the default destination is asynchronous). */
export function flushLogger(logger: Logger): Promise<void> {
  return new Promise((resolve) => {
    try {
      logger.flush(() => resolve());
    } catch {
      // A destination without flush support writes synchronously: nothing is pending.
      resolve();
    }
  });
}
