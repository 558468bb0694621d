import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileNameForKey } from '../../src/storage/file-storage';
import { messageActivity, postActivity, replyTexts } from '../server/echo-server';
import { startBot, type BotProcess } from './bot-process';

/**
 * Fault 7: an unreadable state file used to make the turn error handler
 * delete the conversation's dialog, with an apology after the next question,
 * while /healthz said ok. Fault 9: .tmp files of writes cut off by kill -9
 * were never cleaned. Shutdown must flush and exit 0.
 */
describe('attack: storage faults', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'amip-attack-storage-'));
  const stateDir = join(dataDir, 'state');
  let bot: BotProcess;
  beforeAll(async () => {
    mkdirSync(stateDir, { recursive: true });
    writeFileSync(join(stateDir, `${fileNameForKey('msteams/conversations/x/')}.0a0a0a0a-0000-4000-8000-000000000000.tmp`), '{"eTag":"x","val');
    bot = await startBot({ STORAGE: 'file', DATA_DIR: dataDir });
  });
  afterAll(async () => {
    await bot.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const conversation = { id: 'attack-storage' };
  const say = async (text: string): Promise<string> => (await replyTexts(await postActivity(bot.url, messageActivity(text, { conversation })))).join('\n');

  it('removed the temp file a crash left behind', () => {
    expect(readdirSync(stateDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps the dialog through an unreadable state file and says so; /healthz reports it', async () => {
    expect(await say('Integrationsquote berechnen')).toMatch(/Integrationen/);
    const file = join(stateDir, fileNameForKey('msteams/conversations/attack-storage/'));
    expect(existsSync(file)).toBe(true);
    const saved = readFileSync(file, 'utf8');
    // A directory where the file was: reading fails (EISDIR) even for root.
    renameSync(file, `${file}.away`);
    mkdirSync(file);

    const reply = await say('865');
    expect(reply).toMatch(/^Ihr letzter Schritt wurde nicht gespeichert/);
    expect(reply).not.toMatch(/Entschuldigung|Bestand/);
    const health = await fetch(`${bot.url}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: 'degraded', degraded: ['storage'] });

    rmSync(file, { recursive: true });
    renameSync(`${file}.away`, file);
    expect(readFileSync(file, 'utf8')).toBe(saved);
    expect(await say('865')).toMatch(/Bestand/);
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  });

  it('shuts down on SIGTERM with exit code 0', async () => {
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
  });
});
