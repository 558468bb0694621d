import { ConversationState, MemoryStorage } from 'botbuilder';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { createAdapter } from '../../src/server/create-adapter';
import { configureAdapter } from '../../src/server/pipeline';
import { createServer, type RunningServer } from '../../src/server/server';
import { EchoBot, messageActivity, postActivity } from './echo-server';
import { startStandInConnector, type StandInConnector } from './stand-in-connector';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The attack of issue 15 (1): the connector answers the reply slowly and the
 * typing activity with 429, so the typing send fails after the turn ended.
 * botbuilder's ShowTypingMiddleware then touched the revoked TurnContext and
 * the process died of an unhandled rejection.
 */
describe('typing indicator against a connector that answers typing with 429', () => {
  let connector: StandInConnector;
  let server: RunningServer;
  let url: string;
  const escaped: unknown[] = [];
  const onEscaped = (error: unknown): void => void escaped.push(error);

  beforeAll(async () => {
    process.on('unhandledRejection', onEscaped);
    process.on('uncaughtException', onEscaped);
    connector = await startStandInConnector((activity) => (activity.type === 'typing' ? { delayMs: 800, status: 429 } : { delayMs: 150, status: 200 }));
    const config = loadConfig({ PORT: '0' });
    const silent = pino({ level: 'silent' });
    const adapter = configureAdapter(createAdapter(config), { logger: silent, logMessageText: false, conversationState: new ConversationState(new MemoryStorage()), typing: { delayMs: 20, periodMs: 50 } });
    server = await createServer({ config, adapter, bot: new EchoBot(), logger: silent, readiness: () => ({ ready: true }) }).start(0);
    url = `http://127.0.0.1:${server.port}`;
  });
  afterAll(async () => {
    await server.stop();
    await connector.close();
    process.off('unhandledRejection', onEscaped);
    process.off('uncaughtException', onEscaped);
  });

  it('survives the failed typing send after the turn and answers the next turns', async () => {
    const first = await postActivity(url, messageActivity('langsam', { serviceUrl: connector.url, deliveryMode: undefined }));
    expect(first.status).toBe(200);
    expect(connector.received.some((r) => r.body.type === 'typing')).toBe(true);
    // Let the 429 for the typing activity arrive after the turn has ended.
    await sleep(1000);
    expect(escaped).toEqual([]);

    const second = await postActivity(url, messageActivity('zweite', { serviceUrl: connector.url, deliveryMode: undefined }));
    expect(second.status).toBe(200);
    await sleep(600);
    expect(escaped).toEqual([]);
    expect(connector.received.filter((r) => r.body.type === 'message').map((r) => r.body.text)).toEqual(['Echo: langsam', 'Echo: zweite']);
  });

  it('sends no typing activity for expectReplies (it would land in the HTTP reply)', async () => {
    const before = connector.received.length;
    const response = await postActivity(url, messageActivity('langsam', { serviceUrl: connector.url }));
    const body = (await response.json()) as { activities: { type: string }[] };
    expect(body.activities.map((a) => a.type)).toEqual(['message']);
    expect(connector.received.length).toBe(before);
  });
});
