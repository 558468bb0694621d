import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline/promises';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../knowledge/paths';
import { waitUntilHealthy } from './wait-healthy';
import { QUIET } from './node-flags';
import { terminalLines, type TerminalActivity } from '../cards/render-terminal';

/**
 * `npm run chat`: talk to the bot in the terminal. It starts the real server and
 * posts Teams-shaped activities with deliveryMode expectReplies — the same
 * adapter, routing and storage as in Teams, no copy of the logic.
 */
async function main(): Promise<void> {
  const port = 3978 + Math.floor(Math.random() * 1000) + 1000;
  const server = spawn(process.execPath, [...QUIET, join(projectRoot(), 'dist/src/index.js')], { env: { ...process.env, PORT: String(port), LOG_LEVEL: 'error' }, stdio: 'ignore' });
  await waitUntilHealthy(port);
  const conversation = `chat-${randomUUID()}`;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  console.log('AMIP-Bot im Terminal. Schreiben Sie eine Frage, „hilfe“ – oder „exit“ zum Beenden.\n');
  try {
    rl.setPrompt('Sie: ');
    rl.prompt();
    for await (const line of rl) {
      const text = line.trim();
      if (/^(exit|quit|tschüss)$/i.test(text)) break;
      if (!text) {
        rl.prompt();
        continue;
      }
      const response = await fetch(`http://127.0.0.1:${port}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', id: randomUUID(), text, locale: 'de-DE', from: { id: 'terminal-user', name: 'Sie' }, recipient: { id: 'amip-bot' }, conversation: { id: conversation, conversationType: 'personal' }, channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/', deliveryMode: 'expectReplies' }),
      });
      const body = (await response.json()) as { activities?: TerminalActivity[] };
      for (const activity of body.activities ?? []) {
        if (activity.type !== 'message') continue;
        const lines = terminalLines(activity);
        console.log(`\nAMIP-Bot: ${lines.filter(Boolean).join('\n  ')}\n`);
      }
      rl.prompt();
    }
  } finally {
    rl.close();
    server.kill('SIGTERM');
  }
}

void main();
