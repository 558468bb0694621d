import pino, { type Logger } from 'pino';

export type { Logger };

/** JSON logs on stderr without message text: staff may paste client data into a chat. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'amip-bot' } }, pino.destination({ dest: 2, sync: false }));
}
