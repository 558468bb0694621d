import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const AZURITE_BIN = resolve(__dirname, '../../node_modules/.bin/azurite-blob');

/** Azurite's published development account (https://learn.microsoft.com/azure/storage/common/storage-use-azurite). */
const DEV_ACCOUNT = 'devstoreaccount1';
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface RunningAzurite {
  connectionString: string;
  stop(): Promise<void>;
}

export function azuriteInstalled(): boolean {
  return existsSync(AZURITE_BIN);
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

function listening(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/** Starts Azurite's Blob service on a free loopback port with a temp folder; resolves once the port accepts connections. */
export async function startAzurite(timeoutMs = 60_000): Promise<RunningAzurite> {
  const location = mkdtempSync(join(tmpdir(), 'amip-azurite-'));
  const port = await freePort();
  const child: ChildProcess = spawn(
    AZURITE_BIN,
    ['--blobHost', '127.0.0.1', '--blobPort', String(port), '--skipApiVersionCheck', '--location', location],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const collect = (chunk: Buffer): void => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  let exited = false;
  const exit = new Promise<void>((done) => child.once('exit', () => {
    exited = true;
    done();
  }));

  const stop = async (): Promise<void> => {
    if (!exited) {
      child.kill('SIGTERM');
      await Promise.race([exit, sleep(10_000)]);
      if (!exited) child.kill('SIGKILL');
    }
    rmSync(location, { recursive: true, force: true });
  };

  const deadline = Date.now() + timeoutMs;
  while (!(await listening(port))) {
    if (exited || Date.now() > deadline) {
      await stop();
      throw new Error(`[test] Azurite did not listen on 127.0.0.1:${port} within ${timeoutMs} ms${exited ? ' (it exited)' : ''}. Output:\n${output}`);
    }
    await sleep(100);
  }
  return {
    connectionString: `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};BlobEndpoint=http://127.0.0.1:${port}/${DEV_ACCOUNT};`,
    stop,
  };
}
