import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp } from '../../src/compose';

describe('the insights log with the default settings', () => {
  it('keeps an unanswered question in DATA_DIR although the state storage is memory', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'amip-insights-'));
    const app = await startApp({ PORT: '0', STORAGE: 'memory', DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
    try {
      const response = await fetch(`http://127.0.0.1:${app.server.port}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', id: 'm1', text: 'Wie viele Dienstwagen hat das Jobcenter?', from: { id: 'u1' }, recipient: { id: 'bot' }, conversation: { id: 'c1', conversationType: 'personal' }, channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/', deliveryMode: 'expectReplies' }),
      });
      expect(response.status).toBe(200);
      await app.onShutdown();
      const dir = join(dataDir, 'insights');
      expect(existsSync(dir) && readdirSync(dir).some((f) => f.startsWith('unanswered'))).toBe(true);
    } finally {
      await app.server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 20_000);
});
