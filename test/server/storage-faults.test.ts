import type { Storage, StoreItems } from 'botbuilder';
import pino from 'pino';
import { composeBot } from '../../src/compose';
import { loadConfig } from '../../src/config';
import { createAdapter } from '../../src/server/create-adapter';
import { HealthSignals } from '../../src/server/health';
import { configureAdapter } from '../../src/server/pipeline';
import { createServer, type RunningServer } from '../../src/server/server';
import { BoundedMemoryStorage } from '../../src/storage/bounded-memory-storage';
import { ConcurrencyGuard } from '../../src/storage/concurrency-guard';
import { sharedBrain, TODAY } from '../helpers/bot-harness';
import { messageActivity, postActivity, replyTexts } from './echo-server';

/** A store that fails as a full disk does, while `full` is set. */
class FlakyStorage implements Storage {
  full = false;
  private readonly inner = new BoundedMemoryStorage();
  read(keys: string[]): Promise<StoreItems> {
    return this.inner.read(keys);
  }
  write(changes: StoreItems): Promise<void> {
    if (this.full) return Promise.reject(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
    return this.inner.write(changes);
  }
  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }
}

/**
 * The attack of issue 15 (7): a full disk during a dialog. The turn error
 * handler used to delete the conversation's dialog and apologise after the
 * next question; /healthz ignored storage.
 */
describe('a state store that fails during a dialog', () => {
  const flaky = new FlakyStorage();
  const health = new HealthSignals();
  let server: RunningServer;
  let url: string;

  beforeAll(async () => {
    const config = loadConfig({ PORT: '0' });
    const silent = pino({ level: 'silent' });
    const brain = sharedBrain();
    const storage = new ConcurrencyGuard(flaky, { onOutcome: (ok) => (ok ? health.succeeded('storage') : health.failed('storage')) });
    const { bot, conversationState } = composeBot(brain, { storage, clock: () => TODAY });
    const adapter = configureAdapter(createAdapter(config), { logger: silent, logMessageText: false, conversationState });
    server = await createServer({ config, adapter, bot, logger: silent, health, readiness: () => ({ ready: true, knowledgeVersion: 'v' }) }).start(0);
    url = `http://127.0.0.1:${server.port}`;
  });
  afterAll(() => server.stop());

  const say = async (text: string): Promise<string> => {
    const response = await postActivity(url, messageActivity(text, { conversation: { id: 'full-disk' } }));
    expect(response.status).toBe(200);
    return (await replyTexts(response)).join('\n');
  };

  it('tells the user the step was not saved, reports storage degraded, and keeps the dialog', async () => {
    expect(await say('Integrationsquote berechnen')).toMatch(/Integrationen/);

    flaky.full = true;
    const notSaved = await say('865');
    expect(notSaved).toMatch(/^Ihr letzter Schritt wurde nicht gespeichert, .* \(Fehler-ID [0-9a-f]{8}\)$/);
    expect(notSaved).not.toMatch(/Bestand|Entschuldigung/);
    const degraded = await fetch(`${url}/healthz`);
    expect(degraded.status).toBe(503);
    expect(await degraded.json()).toEqual({ status: 'degraded', degraded: ['storage'], knowledgeVersion: 'v' });

    flaky.full = false;
    // The dialog survived: the same answer now goes on to the next question.
    expect(await say('865')).toMatch(/Bestand/);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect(await say('4.521')).toContain('19,1 %');
  });
});
