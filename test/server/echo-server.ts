import { ActivityHandler, ConversationState, MemoryStorage, type TurnContext } from 'botbuilder';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import type { Logger } from '../../src/logger';
import { createAdapter } from '../../src/server/create-adapter';
import { createServer, type RunningServer, type ServerOptions } from '../../src/server/server';
import { createTurnErrorHandler } from '../../src/server/turn-error';
import { turnLogging } from '../../src/server/turn-logging';

/**
 * The smallest bot that shows what the server passes through: it echoes
 * message text, waits on "langsam", throws on "kaputt" and counts its turns.
 */
export class EchoBot extends ActivityHandler {
  readonly turns: string[] = [];
  finishedTurns = 0;
  slowTurnMs = 300;

  constructor() {
    super();
    this.onMessage(async (context, next) => {
      const text = context.activity.text ?? '';
      // unref: a turn cut off by stop() must not keep jest alive.
      if (text === 'langsam') await new Promise((resolve) => setTimeout(resolve, this.slowTurnMs).unref());
      if (text === 'kaputt') throw new TypeError('boom at src/bot/echo.ts:12');
      await context.sendActivity(text.length > 1000 ? `Echo (${text.length} Zeichen)` : `Echo: ${text}`);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    this.turns.push(context.activity.type);
    try {
      await super.run(context);
    } finally {
      this.finishedTurns += 1;
    }
  }
}

export interface EchoServer {
  bot: EchoBot;
  server: RunningServer;
  url: string;
  /** Flip to make /healthz report ready. */
  readiness: { ready: boolean };
}

export async function startEchoServer(env: Record<string, string> = {}, options: ServerOptions & { logger?: Logger } = {}): Promise<EchoServer> {
  const config = loadConfig({ PORT: '0', ...env });
  const logger = options.logger ?? pino({ level: 'silent' });
  const bot = new EchoBot();
  const adapter = createAdapter(config);
  adapter.onTurnError = createTurnErrorHandler(logger, new ConversationState(new MemoryStorage()));
  adapter.use(turnLogging(logger, false));
  const readiness = { ready: true };
  const server = await createServer(
    { config, adapter, bot, logger, readiness: () => ({ ready: readiness.ready, knowledgeVersion: 'test-2024.1' }) },
    options,
  ).start(0);
  return { bot, server, url: `http://127.0.0.1:${server.port}`, readiness };
}

let sequence = 0;

/** A Teams message activity; replies come back in the HTTP response (expectReplies). */
export function messageActivity(text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  sequence += 1;
  return {
    type: 'message',
    id: `activity-${sequence}`,
    text,
    from: { id: '29:user' },
    recipient: { id: '28:bot' },
    conversation: { id: `conversation-${sequence}` },
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/',
    deliveryMode: 'expectReplies',
    ...extra,
  };
}

export interface Reply {
  type: string;
  text?: string;
  replyToId?: string;
  conversation?: { id: string };
}

export async function postActivity(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

export async function replyTexts(response: Response): Promise<string[]> {
  const body = (await response.json()) as { activities?: Reply[] };
  return (body.activities ?? []).filter((a) => a.type === 'message').map((a) => a.text ?? '');
}
