import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { composeBot } from '../../src/compose';
import { loadConfig } from '../../src/config';
import { createFileInsightsStore } from '../../src/insights-log/insights-store';
import { createUserHasher } from '../../src/privacy/user-hash';
import { createLogger } from '../../src/logger';
import { createAdapter } from '../../src/server/create-adapter';
import { configureAdapter } from '../../src/server/pipeline';
import { createServer, type RunningServer } from '../../src/server/server';
import { createStorage } from '../../src/storage/create-storage';
import { sharedBrain, TODAY } from '../helpers/bot-harness';
import { CLIENT_DATA_SAMPLES } from '../privacy/client-data-samples';
import { messageActivity, postActivity } from './echo-server';

/** Every file under dir, concatenated. */
function everything(dir: string): string {
  const out: string[] = [];
  const walk = (path: string): void => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(readFileSync(full, 'utf8'));
    }
  };
  walk(dir);
  return out.join('\n');
}

/**
 * The attack of issue 15 (2): client data through every input path — typed
 * text, typed text read as an LZB request, a value typed into a running
 * dialog, calculation forms (Action.Submit), Action.Execute, feedback — and
 * then looked for in the replies, the state files, the insights log and the
 * log (LOG_MESSAGE_TEXT=true).
 */
describe('the privacy boundary over HTTP, with file storage', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'amip-privacy-'));
  let logged = '';
  let server: RunningServer;
  let url: string;

  beforeAll(async () => {
    const config = loadConfig({ PORT: '0', STORAGE: 'file', DATA_DIR: dataDir, LOG_MESSAGE_TEXT: 'true', LOG_LEVEL: 'debug' });
    const destination = new Writable({ write: (chunk: Buffer, _encoding, done) => void ((logged += chunk.toString()), done()) });
    const logger = createLogger('debug', { logMessageText: true, destination });
    const brain = sharedBrain();
    const storage = createStorage({ kind: 'file', dataDir });
    const insights = { store: createFileInsightsStore(dataDir), hashUser: createUserHasher('test-salt') };
    const { bot, conversationState } = composeBot(brain, { storage, insights, clock: () => TODAY });
    const adapter = configureAdapter(createAdapter(config), { logger, logMessageText: true, conversationState });
    server = await createServer({ config, adapter, bot, logger, readiness: () => ({ ready: true }) }).start(0);
    url = `http://127.0.0.1:${server.port}`;
  });
  afterAll(async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const turn = async (conversation: string, extra: Record<string, unknown>): Promise<string> => {
    const response = await postActivity(url, messageActivity('', { conversation: { id: conversation }, ...extra }));
    expect(response.status).toBe(200);
    return response.text();
  };

  it.each(CLIENT_DATA_SAMPLES.map((s, i) => [i, s.sample, s.needle] as const))('#%i %s reaches no reply, state, insights or log', async (i, sample, needle) => {
    const replies: string[] = [];
    const c = (path: string): string => `privacy-${i}-${path}`;
    replies.push(await turn(c('question'), { text: `${sample} Wie hoch ist die Integrationsquote 2024?` }));
    replies.push(await turn(c('unanswered'), { text: `${sample} Quarkfrage ohne Antwort xyz` }));
    replies.push(await turn(c('lzb-typed'), { text: `LZB prüfen ${sample} 01.03.2022–31.10.2023` }));
    await turn(c('lzb-dialog'), { text: 'LZB prüfen' });
    replies.push(await turn(c('lzb-dialog'), { text: sample }));
    replies.push(await turn(c('lzb-form'), { value: { calculation: 'lzb', periods: `${sample} 01.03.2022–31.10.2023` } }));
    replies.push(await turn(c('quota-form'), { value: { calculation: 'quota', integrations: sample, stock: '4521' } }));
    replies.push(await turn(c('nested'), { value: { calculation: 'lzb', periods: '01.03.2022–31.10.2023', extra: [{ deep: { deeper: sample } }], [sample]: 1 } }));
    replies.push(await turn(c('execute'), { type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'calc', data: { calculation: 'lzb', periods: sample } } } }));
    replies.push(await turn(c('feedback'), { type: 'invoke', name: 'message/submitAction', replyToId: 'x', value: { actionName: 'feedback', actionValue: { reaction: 'dislike', feedback: JSON.stringify({ feedbackText: `falsch für ${sample}` }) } } }));

    const all = replies.join('\n');
    expect(all).not.toContain(needle);
    // Every reply that came back in the HTTP response carries the hint (invokes answer 200 with their own body).
    for (const reply of replies.slice(0, 7)) expect(reply).toMatch(/keine personenbezogenen Kundendaten/);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(everything(dataDir)).not.toContain(needle);
    expect(logged).not.toContain(needle);
  });

  it('writes state files 0600 in a 0700 folder', () => {
    const stateDir = join(dataDir, 'state');
    expect(statSync(stateDir).mode & 0o777).toBe(0o700);
    const files = readdirSync(stateDir);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(statSync(join(stateDir, file)).mode & 0o777).toBe(0o600);
  });
});
