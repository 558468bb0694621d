import type { Storage, StoreItems } from 'botbuilder';
import pino from 'pino';
import { composeBot } from '../../src/compose';
import { loadConfig } from '../../src/config';
import { createAdapter } from '../../src/server/create-adapter';
import { configureAdapter } from '../../src/server/pipeline';
import { createServer, type RunningServer } from '../../src/server/server';
import { CONFLICT_TEXT } from '../../src/server/turn-error';
import { ConcurrencyGuard } from '../../src/storage/concurrency-guard';
import { sharedBrain, TODAY } from '../helpers/bot-harness';
import { messageActivity, postActivity, replyTexts } from '../server/echo-server';

/** Writes land `ms` later, so that two turns surely both read before either writes. */
export function withSlowWrites(storage: Storage, ms = 80): Storage {
  return {
    read: (keys) => storage.read(keys),
    write: async (changes: StoreItems) => {
      await new Promise((resolve) => setTimeout(resolve, ms));
      await storage.write(changes);
    },
    delete: (keys) => storage.delete(keys),
  };
}

/** The real bot behind its own HTTP server over `storage`: one instance of a scaled-out deployment. */
export async function startInstance(storage: Storage): Promise<{ url: string; server: RunningServer }> {
  const config = loadConfig({ PORT: '0' });
  const silent = pino({ level: 'silent' });
  const brain = sharedBrain();
  const { bot, conversationState } = composeBot(brain, { storage, clock: () => TODAY });
  const adapter = configureAdapter(createAdapter(config), { logger: silent, logMessageText: false, conversationState });
  const server = await createServer({ config, adapter, bot, logger: silent, readiness: () => ({ ready: true }) }).start(0);
  return { url: `http://127.0.0.1:${server.port}`, server };
}

/**
 * The attack of issue 15 (5): two turns of one conversation at once on two
 * instances over one store. botbuilder's BotState writes with eTag "*", so
 * both used to proceed as if alone and the last writer won silently. Now one
 * of them is told to send its message again, and the other's value counts.
 */
export function describeLostUpdateAttack(name: string, stores: () => Promise<[Storage, Storage]> | [Storage, Storage], cleanup: () => Promise<void> | void = () => undefined): void {
  describe(`${name}: two instances, one conversation, two answers at once`, () => {
    let a: Awaited<ReturnType<typeof startInstance>>;
    let b: Awaited<ReturnType<typeof startInstance>>;
    beforeAll(async () => {
      const [first, second] = await stores();
      a = await startInstance(new ConcurrencyGuard(withSlowWrites(first)));
      b = await startInstance(new ConcurrencyGuard(withSlowWrites(second)));
    });
    afterAll(async () => {
      await a.server.stop();
      await b.server.stop();
      await cleanup();
    });

    const say = async (url: string, conversation: string, text: string): Promise<string> => {
      const response = await postActivity(url, messageActivity(text, { conversation: { id: conversation } }));
      expect(response.status).toBe(200);
      return (await replyTexts(response)).join('\n');
    };

    it('never loses a value silently: one answer counts, the other is asked again', async () => {
      const conversation = `lost-update-${name}`;
      expect(await say(a.url, conversation, 'Integrationsquote berechnen')).toMatch(/Integrationen/);
      const [onA, onB] = await Promise.all([say(a.url, conversation, '865'), say(b.url, conversation, '900')]);
      const replies = [onA, onB];
      expect(replies.filter((r) => r.includes(CONFLICT_TEXT))).toHaveLength(1);
      const winner = replies.findIndex((r) => /Bestand/.test(r));
      expect(winner).toBeGreaterThanOrEqual(0);
      // The refused turn sends nothing else: no question whose answer would be lost.
      expect(replies[1 - winner]).toBe(CONFLICT_TEXT);
      // The stored dialog carries the winner's value: 865 → 19,1 %, 900 → 19,9 %.
      const result = await say(a.url, conversation, '4.521');
      expect(result).toContain(winner === 0 ? '19,1 %' : '19,9 %');
    });
  });
}
