import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/knowledge/paths';
import { runLoad } from './load-run';
import { waitUntilHealthy } from '../../src/tools/wait-healthy';

/** `npm run load`: 50 conversations for 20 s against the built bot on loopback; prints figures, asserts nothing. */
const rssMb = (pid: number): number => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

async function main(): Promise<void> {
  const port = 5100 + Math.floor(Math.random() * 500);
  const bot = spawn(process.execPath, [join(projectRoot(), 'dist/src/index.js')], { env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn' }, stdio: 'ignore' });
  await waitUntilHealthy(port);
  const before = rssMb(bot.pid!);
  const started = Date.now();
  const stats = await runLoad(`http://127.0.0.1:${port}/api/messages`, { conversations: 50, durationMs: 20_000 });
  const seconds = (Date.now() - started) / 1000;
  console.log(`turns ${stats.turns} (${(stats.turns / seconds).toFixed(0)}/s), dialogs checked ${stats.dialogs}, wrong results ${stats.wrongResults}, errors ${stats.errors.length}, 5xx ${stats.status5xx}`);
  console.log(`RSS ${before.toFixed(0)} MB → ${rssMb(bot.pid!).toFixed(0)} MB`);
  if (stats.errors.length) console.log(`first errors: ${stats.errors.slice(0, 3).join(' | ')}`);
  bot.kill('SIGTERM');
}

void main();
