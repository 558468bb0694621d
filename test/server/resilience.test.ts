import { ActivityHandler, ConversationState, MemoryStorage, TestAdapter } from 'botbuilder';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { createAdapter } from '../../src/server/create-adapter';
import { createServer } from '../../src/server/server';
import { createTurnErrorHandler } from '../../src/server/turn-error';
import { turnLogging } from '../../src/server/turn-logging';

const silent = pino({ level: 'silent' });

describe('onTurnError', () => {
  it('apologises with an error id, shows no stack and clears the conversation state', async () => {
    const storage = new MemoryStorage();
    const state = new ConversationState(storage);
    const property = state.createProperty<{ step: number }>('dialogState');
    const keyOf = (channel: string, conversation: string) => `${channel}/conversations/${conversation}/`;
    let savedBeforeError = 0;
    const adapter = new TestAdapter(async (context) => {
      await property.set(context, { step: 3 });
      await state.saveChanges(context);
      savedBeforeError = Object.keys(await storage.read([keyOf(context.activity.channelId, context.activity.conversation.id)])).length;
      throw new TypeError('boom at dialogs/x.ts:12');
    });
    adapter.onTurnError = createTurnErrorHandler(silent, state);
    await adapter.receiveActivity('hallo');
    const replies = adapter.activeQueue.splice(0);
    expect(replies[0]?.text).toMatch(/^Entschuldigung, da ist etwas schiefgelaufen\. .*\(Fehler-ID [0-9a-f]{8}\)$/);
    expect(JSON.stringify(replies)).not.toMatch(/boom|TypeError|\.ts:/);
    expect(savedBeforeError).toBe(1);
    const stored = await storage.read([keyOf(adapter.conversation.channelId!, adapter.conversation.conversation!.id)]);
    expect(Object.values(stored)).toEqual([]);
  });
});

describe('graceful stop', () => {
  it('finishes a turn in flight, then refuses new requests', async () => {
    const config = loadConfig({ PORT: '0' });
    const bot = new ActivityHandler();
    bot.onMessage(async (context, next) => {
      await new Promise((r) => setTimeout(r, 300));
      await context.sendActivity('fertig');
      await next();
    });
    const server = await createServer({ config, adapter: createAdapter(config), bot, logger: silent, readiness: () => ({ ready: true }) }).start(0);
    const url = `http://127.0.0.1:${server.port}/api/messages`;
    const body = JSON.stringify({ type: 'message', text: 'x', from: { id: 'u' }, recipient: { id: 'b' }, conversation: { id: 'c' }, channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/', deliveryMode: 'expectReplies' });
    const inFlight = fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    await new Promise((r) => setTimeout(r, 50));
    const stopped = server.stop();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(((await response.json()) as { activities: { text: string }[] }).activities[0]?.text).toBe('fertig');
    await stopped;
    await expect(fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).rejects.toThrow();
  });
});

describe('turn logging', () => {
  const logged = async (logText: boolean): Promise<Record<string, unknown>> => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(line) });
    const adapter = new TestAdapter(async () => undefined).use(turnLogging(logger, logText));
    await adapter.receiveActivity('IBAN DE89 3704 0044 0532 0130 00 – Was bedeutet ELB?');
    return JSON.parse(lines[0]!) as Record<string, unknown>;
  };

  it('logs no message text by default', async () => {
    const line = await logged(false);
    expect(line).toMatchObject({ msg: 'turn', activityType: 'message' });
    expect(JSON.stringify(line)).not.toMatch(/ELB|DE89/);
  });

  it('logs redacted text only when enabled', async () => {
    const line = await logged(true);
    expect(line['text']).toBe('IBAN [IBAN] – Was bedeutet ELB?');
  });
});
