import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { messageActivity, postActivity, replyTexts } from '../server/echo-server';
import { alive, startBot, type BotProcess } from './bot-process';

const SECRET_TEXT = 'Geheimtext Quarkfrage 4711';
const TOKEN = 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJhdHRhY2tlciJ9.c2lnbmF0dXJl';

/**
 * Fault 6: a 5,000-deep `conversation` overflowed JSON.stringify of the reply;
 * restify printed the whole request (text, Authorization) and sent an empty 500.
 * Fault 8: schema-valid but malformed activities crashed the turn and wiped
 * the conversation's state (with file storage, a lone-surrogate id too).
 */
describe('attack: malformed activities', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'amip-attack-bodies-'));
  let bot: BotProcess;
  beforeAll(async () => {
    bot = await startBot({ STORAGE: 'file', DATA_DIR: dataDir, LOG_LEVEL: 'trace' });
  });
  afterAll(async () => {
    await bot.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const conversation = { id: 'attack-bodies' };
  const say = async (text: string): Promise<string> => (await replyTexts(await postActivity(bot.url, messageActivity(text, { conversation })))).join('\n');
  const raw = (body: string): Promise<Response> => fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: TOKEN }, body });

  it('refuses each with a short 400, prints no request, and the dialog goes on', async () => {
    expect(await say('Integrationsquote berechnen')).toMatch(/Integrationen/);
    const base = (extra: Record<string, unknown>): Record<string, unknown> => ({ ...messageActivity(SECRET_TEXT, { conversation }), ...extra });
    const bodies = [
      JSON.stringify(base({})).replace('"conversation":{', `"conversation":{"deep":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)},`),
      JSON.stringify(base({ recipient: undefined })),
      JSON.stringify(base({ entities: [{ text: 'no type' }] })),
      JSON.stringify(base({ type: 'conversationUpdate', membersAdded: 'everyone' })),
      JSON.stringify(base({ type: 'conversationUpdate', membersAdded: [null] })),
      JSON.stringify(base({})).replace('"conversation":{"id":"attack-bodies"', '"conversation":{"id":"attack-bodies\\ud800"'),
    ];
    for (const body of bodies) {
      const response = await raw(body);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: expect.stringMatching(/^invalid activity: /) });
    }
    expect(alive(bot)).toBe(true);
    expect(bot.output()).not.toContain(SECRET_TEXT);
    expect(bot.output()).not.toContain('eyJhbGciOiJub25lIn0');
    // Nothing wiped: the calculation still waits for its first value.
    expect(await say('865')).toMatch(/Bestand/);
  });
});
