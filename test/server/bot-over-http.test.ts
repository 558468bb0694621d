import { MemoryStorage } from 'botbuilder';
import pino from 'pino';
import { composeBot } from '../../src/compose';
import { loadConfig } from '../../src/config';
import { createAdapter } from '../../src/server/create-adapter';
import { createServer, type RunningServer } from '../../src/server/server';
import { configureAdapter } from '../../src/server/pipeline';
import { sharedBrain, TODAY } from '../helpers/bot-harness';
import { messageActivity, postActivity, replyTexts } from './echo-server';

/** The real bot behind the real server, wired as src/index.ts wires it: what the evaluator talks to. */
describe('the AMIP bot over HTTP', () => {
  const silent = pino({ level: 'silent' });
  let server: RunningServer;
  let url: string;
  beforeAll(async () => {
    const config = loadConfig({ PORT: '0' });
    const brain = sharedBrain();
    const { bot, conversationState } = composeBot(brain, { storage: new MemoryStorage(), clock: () => TODAY });
    const adapter = configureAdapter(createAdapter(config), { logger: silent, logMessageText: config.LOG_MESSAGE_TEXT, conversationState });
    server = await createServer({ config, adapter, bot, logger: silent, readiness: () => ({ ready: true, knowledgeVersion: brain.knowledge.version }) }).start(0);
    url = `http://127.0.0.1:${server.port}`;
  });
  afterAll(() => server.stop());

  const say = async (text: string, extra: Record<string, unknown> = {}): Promise<string> => {
    const response = await postActivity(url, messageActivity(text, extra));
    expect(response.status).toBe(200);
    return (await replyTexts(response)).join('\n');
  };

  it('answers a figure question in the HTTP response (expectReplies)', async () => {
    expect(await say('Wie hoch ist die Integrationsquote 2024?')).toContain('19,1 %');
  });

  it('reports the knowledge version on /healthz', async () => {
    const response = await fetch(`${url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', knowledgeVersion: sharedBrain().knowledge.version });
  });

  it('refuses a text of 100 000 characters politely', async () => {
    expect(await say('Budget '.repeat(15_000).slice(0, 100_000))).toMatch(/zu lang/);
  });

  it('answers through control characters, emoji and markup', async () => {
    expect(await say('\u0000\u0007<script>alert(1)</script> 🙂 Was bedeutet ELB?')).toMatch(/erwerbsfähige Leistungsberechtigte/i);
  });

  it('keeps a dialog across requests of the same conversation', async () => {
    const conversation = { id: 'conversation-dialog' };
    expect(await say('Integrationsquote berechnen', { conversation })).toMatch(/Integrationen/);
    expect(await say('865', { conversation })).toMatch(/Bestand/);
    expect(await say('4.521', { conversation })).toContain('19,1 %');
  });
});
