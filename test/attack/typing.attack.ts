import { messageActivity, postActivity } from '../server/echo-server';
import { startStandInConnector, type StandInConnector } from '../server/stand-in-connector';
import { alive, sleep, startBot, type BotProcess } from './bot-process';

/**
 * Fault 1: botbuilder's ShowTypingMiddleware sent "…" after 500 ms; the
 * connector answered the reply slowly (700 ms) and the typing activity with a
 * late 429, the failure arrived after the turn, touched the revoked
 * TurnContext and the process exited.
 */
describe('attack: a connector that answers typing with 429', () => {
  let connector: StandInConnector;
  let bot: BotProcess;
  beforeAll(async () => {
    connector = await startStandInConnector((activity) => (activity.type === 'typing' ? { delayMs: 1500, status: 429 } : { delayMs: 700, status: 200 }));
    bot = await startBot();
  });
  afterAll(async () => {
    await bot.stop();
    await connector.close();
  });

  it('keeps the process alive and later turns answered', async () => {
    for (const text of ['Was bedeutet ELB?', 'Wie hoch ist die Integrationsquote 2024?']) {
      const response = await postActivity(bot.url, messageActivity(text, { serviceUrl: connector.url, deliveryMode: undefined }));
      expect(response.status).toBe(200);
    }
    await sleep(2500);
    expect(alive(bot)).toBe(true);
    const later = await postActivity(bot.url, messageActivity('Was bedeutet EGL?', { serviceUrl: connector.url, deliveryMode: undefined }));
    expect(later.status).toBe(200);
    expect(connector.received.filter((r) => r.body.type === 'message')).toHaveLength(3);
    expect(alive(bot)).toBe(true);
  });
});
