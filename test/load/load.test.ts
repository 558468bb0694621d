import { MemoryStorage } from 'botbuilder';
import pino from 'pino';
import { composeBot } from '../../src/compose';
import { loadConfig } from '../../src/config';
import { createAdapter } from '../../src/server/create-adapter';
import { createServer } from '../../src/server/server';
import { sharedBrain } from '../helpers/bot-harness';
import { runLoad } from './load-run';

describe('concurrent conversations', () => {
  it('answer without errors and every dialog gets its own result (no cross-talk)', async () => {
    const config = loadConfig({ PORT: '0' });
    const brain = sharedBrain();
    const { bot } = composeBot(brain, { storage: new MemoryStorage() });
    const server = await createServer({ config, adapter: createAdapter(config), bot, logger: pino({ level: 'silent' }), readiness: () => ({ ready: true }) }).start(0);
    try {
      const stats = await runLoad(`http://127.0.0.1:${server.port}/api/messages`, { conversations: 10, durationMs: 1500 });
      expect(stats.errors).toEqual([]);
      expect(stats.status5xx).toBe(0);
      expect(stats.dialogs).toBeGreaterThan(10);
      expect(stats.wrongResults).toBe(0);
    } finally {
      await server.stop();
    }
  }, 20_000);
});
