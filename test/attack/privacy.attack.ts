import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLIENT_DATA_SAMPLES } from '../privacy/client-data-samples';
import { messageActivity, postActivity } from '../server/echo-server';
import { startBot, type BotProcess } from './bot-process';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));
}

/**
 * Faults 2 and 3: client data through every input path of the built server
 * (file storage, insights log, LOG_MESSAGE_TEXT=true at debug), then looked
 * for in the replies, every file it wrote and everything it printed.
 */
describe('attack: client data through every input path', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'amip-attack-privacy-'));
  let bot: BotProcess;
  beforeAll(async () => {
    bot = await startBot({ STORAGE: 'file', DATA_DIR: dataDir, LOG_MESSAGE_TEXT: 'true', LOG_LEVEL: 'debug' });
  });
  afterAll(async () => {
    await bot.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stores, logs and quotes none of the samples, and gives the hint', async () => {
    const replies: string[] = [];
    const turn = async (conversation: string, extra: Record<string, unknown>): Promise<string> => {
      const response = await postActivity(bot.url, messageActivity('', { conversation: { id: conversation }, ...extra }));
      expect(response.status).toBe(200);
      const text = await response.text();
      replies.push(text);
      return text;
    };
    for (const [i, { sample }] of CLIENT_DATA_SAMPLES.entries()) {
      expect(await turn(`p${i}-text`, { text: `${sample} Wie hoch ist die Integrationsquote 2024?` })).toMatch(/keine personenbezogenen Kundendaten/);
      await turn(`p${i}-unanswered`, { text: `${sample} Quarkfrage xyz` });
      await turn(`p${i}-lzb`, { text: `LZB prüfen ${sample} 01.03.2022–31.10.2023` });
      await turn(`p${i}-dialog`, { text: 'LZB prüfen' });
      await turn(`p${i}-dialog`, { text: `${sample} 32.13.2023–01.01.2024` });
      expect(await turn(`p${i}-form`, { value: { calculation: 'lzb', periods: `${sample}` } })).toMatch(/keine personenbezogenen Kundendaten/);
      await turn(`p${i}-quota`, { value: { calculation: 'quota', integrations: sample, stock: sample } });
      await turn(`p${i}-execute`, { type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', data: { calculation: 'lzb', periods: sample } } } });
      await turn(`p${i}-feedback`, { type: 'invoke', name: 'message/submitAction', value: { actionName: 'feedback', actionValue: { reaction: 'dislike', feedback: JSON.stringify({ feedbackText: sample }) } } });
    }
    const files = filesUnder(dataDir);
    const stored = files.map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(files.some((f) => f.includes(`${join(dataDir, 'insights')}`))).toBe(true);
    for (const { needle } of CLIENT_DATA_SAMPLES) {
      expect(replies.join('\n')).not.toContain(needle);
      expect(stored).not.toContain(needle);
      expect(bot.output()).not.toContain(needle);
    }
  });

  it('keeps its files 0600 in folders 0700', () => {
    for (const file of filesUnder(dataDir)) expect(statSync(file).mode & 0o777).toBe(0o600);
    for (const dir of [join(dataDir, 'state'), join(dataDir, 'insights')]) expect(statSync(dir).mode & 0o777).toBe(0o700);
  });
});
