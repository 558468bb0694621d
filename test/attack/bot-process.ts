import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { freePort } from '../e2e/processes';

export const BUILT_SERVER = resolve(__dirname, '../../dist/src/index.js');

export interface BotProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code (or signal) once the process has ended. */
  exited: Promise<number | NodeJS.Signals | null>;
  stop(): Promise<void>;
}

/** The built server (npm run build) as its own process on a free loopback port; resolves once /healthz answers 200. */
export async function startBot(env: Record<string, string> = {}, options: { require?: string; timeoutMs?: number } = {}): Promise<BotProcess> {
  if (!existsSync(BUILT_SERVER)) throw new Error(`[attack] ${BUILT_SERVER} is missing: run "npm run build" (npm run attack does)`);
  const port = await freePort();
  const args = [...(options.require ? ['--require', options.require] : []), BUILT_SERVER];
  const child = spawn(process.execPath, args, { env: { PATH: process.env['PATH'] ?? '', LOG_LEVEL: 'warn', ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | NodeJS.Signals | null>((done) => child.once('exit', (code, signal) => done(code ?? signal)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 20_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`[attack] the bot exited with ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`[attack] the bot did not become healthy:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    port,
    child,
    output: () => output,
    exited,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export const alive = (bot: BotProcess): boolean => bot.child.exitCode === null && bot.child.signalCode === null;

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
