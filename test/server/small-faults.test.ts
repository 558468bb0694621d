import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { serviceUrlProblem } from '../../src/server/service-url';
import { messageActivity, postActivity, replyTexts, startEchoServer, type EchoServer } from './echo-server';

/** Issue 15, fault 9: the smaller findings. */
describe('listen backlog', () => {
  it('is larger than Node\'s default of 511 (bursts of connections are not dropped)', async () => {
    const echo = await startEchoServer();
    try {
      // For a listening socket, ss shows the accept queue's limit in Send-Q.
      const line = execFileSync('ss', ['-ltnH', `sport = :${echo.server.port}`], { encoding: 'utf8' }).trim().split('\n')[0] ?? '';
      const backlog = Number(line.split(/\s+/)[2]);
      const kernelCap = Number(readFileSync('/proc/sys/net/core/somaxconn', 'utf8'));
      expect(backlog).toBe(Math.min(4096, kernelCap));
      expect(backlog).toBeGreaterThan(511);
    } finally {
      await echo.server.stop();
    }
  });
});

describe('serviceUrl in unauthenticated mode', () => {
  let open: EchoServer;
  let strict: EchoServer;
  beforeAll(async () => {
    open = await startEchoServer();
    strict = await startEchoServer({ ALLOW_LOCAL_SERVICE_URL: 'false' });
  });
  afterAll(async () => {
    await open.server.stop();
    await strict.server.stop();
  });

  it.each([
    ['https://evil.example/', 400],
    ['http://169.254.169.254/latest/', 400],
    ['http://smba.trafficmanager.net/emea/', 400],
    ['https://smba.trafficmanager.net.evil.example/', 400],
    ['https://evil.trafficmanager.net/', 400],
    ['https://smba.trafficmanager.net/emea/', 200],
    ['https://webchat.botframework.com/', 200],
    ['http://127.0.0.1:9/', 200],
    ['http://localhost:56150/', 200],
  ])('%s → %i with the default settings', async (serviceUrl, status) => {
    const before = open.bot.turns.length;
    const response = await postActivity(open.url, messageActivity('Hallo', { serviceUrl }));
    expect(response.status).toBe(status);
    if (status === 400) {
      expect(await response.json()).toEqual({ error: 'serviceUrl not allowed' });
      expect(open.bot.turns.length).toBe(before);
    } else {
      expect(await replyTexts(response)).toEqual(['Echo: Hallo']);
    }
  });

  it('refuses loopback too when ALLOW_LOCAL_SERVICE_URL=false', async () => {
    const response = await postActivity(strict.url, messageActivity('Hallo', { serviceUrl: 'http://127.0.0.1:9/' }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: expect.stringMatching(/^serviceUrl not allowed/) });
  });

  it('leaves the serviceUrl to the signed token when authenticated', () => {
    expect(serviceUrlProblem('https://evil.example/', { authMode: 'botframework', ALLOW_LOCAL_SERVICE_URL: false })).toBeUndefined();
  });
});
