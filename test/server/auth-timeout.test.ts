import pino from 'pino';
import { ConversationState, MemoryStorage } from 'botbuilder';
import { loadConfig } from '../../src/config';
import { createAdapter } from '../../src/server/create-adapter';
import { configureAdapter } from '../../src/server/pipeline';
import { createServer, type RunningServer } from '../../src/server/server';
import { EchoBot, messageActivity, postActivity } from './echo-server';
import { authSettingsWithMetadata, startStalledEndpoint, unsignedChannelToken, type StalledEndpoint } from './stalled-endpoint';

/**
 * The attack of issue 15 (4): the OpenID metadata endpoint accepts the
 * connection and never answers. Every request with a JWT-shaped header used
 * to wait for ever; now the authentication is bounded (AUTH_TIMEOUT_MS).
 */
describe('authentication against a stalled OpenID metadata endpoint', () => {
  const appId = '00000000-0000-0000-0000-000000000001';
  let stalled: StalledEndpoint;
  let server: RunningServer;
  let url: string;
  const bot = new EchoBot();

  beforeAll(async () => {
    stalled = await startStalledEndpoint();
    const config = loadConfig({ PORT: '0', MicrosoftAppId: appId, MicrosoftAppPassword: 'secret', MicrosoftAppTenantId: 'tenant', AUTH_TIMEOUT_MS: '300' });
    const silent = pino({ level: 'silent' });
    const adapter = configureAdapter(createAdapter(config, authSettingsWithMetadata(stalled.url)), {
      logger: silent,
      logMessageText: false,
      conversationState: new ConversationState(new MemoryStorage()),
    });
    server = await createServer({ config, adapter, bot, logger: silent, readiness: () => ({ ready: true }) }).start(0);
    url = `http://127.0.0.1:${server.port}`;
  });
  afterAll(async () => {
    await server.stop();
    await stalled.close();
  });

  const attack = (): Promise<Response> =>
    postActivity(url, messageActivity('Hallo'), { authorization: `Bearer ${unsignedChannelToken(appId)}` }).catch((error: unknown) => {
      throw new Error(`request did not finish: ${String(error)}`);
    });

  it('answers 503 within the timeout instead of hanging, and runs no turn', async () => {
    const started = Date.now();
    const response = await Promise.race([attack(), new Promise<never>((_, reject) => setTimeout(() => reject(new Error('still waiting after 5 s')), 5_000))]);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: 'authentication unavailable' });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(stalled.accepted()).toBeGreaterThan(0);
    expect(bot.turns).toEqual([]);
  });

  it('reports authentication as degraded on /healthz', async () => {
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual(expect.objectContaining({ status: 'degraded', degraded: ['auth'] }));
  });

  it('stays bounded under a burst of 80 such requests', async () => {
    const started = Date.now();
    const statuses = await Promise.all(Array.from({ length: 80 }, () => attack().then((r) => r.status)));
    expect(new Set(statuses)).toEqual(new Set([503]));
    expect(Date.now() - started).toBeLessThan(4_000);
  });
});
