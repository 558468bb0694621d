import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../knowledge/paths';
import { busyPortMessage } from './port-check';
import { QUIET } from './node-flags';

/**
 * `npm run playground`: the bot plus Microsoft's Agents Playground (a local Teams
 * look-alike, works offline) pointed at it. Open http://localhost:56150 in a browser.
 */
const root = projectRoot();
const port = process.env['PORT'] ?? '3978';
const playgroundPort = process.env['PLAYGROUND_PORT'] ?? '56150';

async function main(): Promise<void> {
  // A taken port is said in one line instead of an EADDRINUSE stack from one of the two children.
  const busy = await busyPortMessage([
    { port: Number(port), what: 'Bot', variable: 'PORT' },
    { port: Number(playgroundPort), what: 'Agents Playground', variable: 'PLAYGROUND_PORT' },
  ]);
  if (busy) {
    console.error(busy);
    process.exit(1);
  }
  run();
}

function run(): void {
  const bot = spawn(process.execPath, [...QUIET, join(root, 'dist/src/index.js')], { env: { ...process.env, PORT: port }, stdio: 'inherit' });
  const playground = spawn(join(root, 'node_modules/.bin/agentsplayground'), ['start', '--disable-telemetry', '-c', 'msteams', '-p', playgroundPort, '-e', `http://127.0.0.1:${port}/api/messages`], {
    // Without a browser setting it tries to open one and exits; the URL is printed instead.
    env: { TEAMSAPPTESTER_BROWSER: 'none', ...process.env, BOT_ENDPOINT: `http://127.0.0.1:${port}/api/messages` },
    stdio: 'inherit',
  });
  console.log(`AMIP-Bot on http://127.0.0.1:${port}/api/messages · Agents Playground on http://localhost:${playgroundPort} (Ctrl+C stops both)`);
  const stop = (): void => {
    bot.kill('SIGTERM');
    playground.kill('SIGTERM');
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  bot.on('exit', (code) => {
    console.log(`[playground] bot exited (${String(code)})`);
    playground.kill('SIGTERM');
  });
  playground.on('exit', (code) => {
    console.log(`[playground] Agents Playground exited (${String(code)})`);
    bot.kill('SIGTERM');
  });
}

void main();
