import { resolve } from 'node:path';
import { messageActivity, postActivity } from '../server/echo-server';
import { startStalledEndpoint, unsignedChannelToken, type StalledEndpoint } from '../server/stalled-endpoint';
import { alive, startBot, type BotProcess } from './bot-process';

const APP_ID = '00000000-0000-0000-0000-0000000000a1';

/**
 * Fault 4: the OpenID metadata endpoint accepts and never answers; each
 * request with a JWT-shaped header waited for ever. Fault 9: botbuilder
 * printed a stack trace for every failed authentication, whatever LOG_LEVEL.
 */
describe('attack: forged tokens against a stalled identity provider', () => {
  let stalled: StalledEndpoint;
  let bot: BotProcess;
  beforeAll(async () => {
    stalled = await startStalledEndpoint();
    bot = await startBot(
      { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-secret', MicrosoftAppTenantId: 'tenant', AUTH_TIMEOUT_MS: '1000', LOG_LEVEL: 'error', STALL_PORT: new URL(stalled.url).port },
      { require: resolve(__dirname, 'stall-login.js') },
    );
  });
  afterAll(async () => {
    await bot.stop();
    await stalled.close();
  });

  const forged = (): Promise<number> => postActivity(bot.url, messageActivity('Hallo'), { authorization: `Bearer ${unsignedChannelToken(APP_ID)}` }).then((r) => r.status);

  it('answers 503 within the bound, even for a burst, and reports auth degraded', async () => {
    const started = Date.now();
    expect(await forged()).toBe(503);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(stalled.accepted()).toBeGreaterThan(0);
    const burst = await Promise.all(Array.from({ length: 100 }, forged));
    expect(new Set(burst)).toEqual(new Set([503]));
    expect(Date.now() - started).toBeLessThan(8_000);
    const health = await fetch(`${bot.url}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: 'degraded', degraded: ['auth'] });
    expect(alive(bot)).toBe(true);
  });

  it('refuses garbage tokens with 401 in milliseconds and prints no stack trace below LOG_LEVEL', async () => {
    for (const authorization of ['Bearer garbage', 'Basic dXNlcjpwYXNz', `Bearer ${unsignedChannelToken(APP_ID).split('.').slice(0, 2).join('.')}.`]) {
      const started = Date.now();
      const response = await postActivity(bot.url, messageActivity('Hallo'), { authorization });
      expect([401, 503]).toContain(response.status);
      expect(Date.now() - started).toBeLessThan(3_000);
    }
    expect(bot.output()).not.toMatch(/AuthenticationError|\n\s+at /);
  });
});
