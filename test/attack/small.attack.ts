import { execFileSync } from 'node:child_process';
import { request } from 'node:http';
import { messageActivity, postActivity, replyTexts } from '../server/echo-server';
import { alive, startBot, type BotProcess } from './bot-process';

/** Fault 9: listen backlog, serviceUrl in unauthenticated mode. */
describe('attack: bursts and foreign serviceUrls', () => {
  let bot: BotProcess;
  beforeAll(async () => {
    bot = await startBot();
  });
  afterAll(() => bot.stop());

  it('listens with a backlog above 511 and answers a burst of 1,000 new connections', async () => {
    const line = execFileSync('ss', ['-ltnH', `sport = :${bot.port}`], { encoding: 'utf8' }).trim();
    expect(Number(line.split(/\s+/)[2])).toBeGreaterThan(511);
    const started = Date.now();
    const statuses = await Promise.all(
      Array.from(
        { length: 1000 },
        () =>
          new Promise<number>((resolve) => {
            const req = request({ host: '127.0.0.1', port: bot.port, path: '/healthz', agent: false }, (res) => {
              res.resume();
              resolve(res.statusCode ?? 0);
            });
            req.on('error', () => resolve(0));
            req.end();
          }),
      ),
    );
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(alive(bot)).toBe(true);
  });

  it('refuses a serviceUrl outside Teams/Bot Framework at once, keeps loopback for local clients', async () => {
    const started = Date.now();
    const refused = await postActivity(bot.url, messageActivity('Hallo', { serviceUrl: 'https://10.255.255.1/', deliveryMode: undefined }));
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({ error: 'serviceUrl not allowed' });
    expect(Date.now() - started).toBeLessThan(1_000);
    const local = await postActivity(bot.url, messageActivity('Was bedeutet ELB?', { serviceUrl: 'http://127.0.0.1:9/' }));
    expect((await replyTexts(local)).join('\n')).toMatch(/erwerbsfähige Leistungsberechtigte/i);
  });
});
