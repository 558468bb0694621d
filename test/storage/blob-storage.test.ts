import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { projectRoot } from '../../src/knowledge/paths';
import { conversation } from '../helpers/bot-harness';

/** Azurite's well-known development account (public, documented; not a secret). */
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });

let azurite: ChildProcess;
let connection: string;

beforeAll(async () => {
  const port = await freePort();
  azurite = spawn(join(projectRoot(), 'node_modules/.bin/azurite-blob'), ['--blobHost', '127.0.0.1', '--blobPort', String(port), '--inMemoryPersistence', '--skipApiVersionCheck', '--silent'], { stdio: 'ignore' });
  connection = `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${DEV_KEY};BlobEndpoint=http://127.0.0.1:${port}/devstoreaccount1;`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      await new BlobsStorage(connection, 'probe').read(['x']);
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}, 30_000);

afterAll(() => {
  azurite.kill('SIGTERM');
});

let containers = 0;
const containerName = () => `amip-test-${process.pid}-${++containers}`;
const storage = (name = containerName()) => new BlobsStorage(connection, name);

describe('Blob storage on Azurite (STORAGE=blob)', () => {
  it('keeps the storage contract: round trip, eTag conflicts, "*", delete', async () => {
    const s = storage();
    expect(await s.read(['nope'])).toEqual({});
    await s.write({ a: { v: 1, text: 'Grüße' } });
    const first = (await s.read(['a']))['a'];
    expect(first).toMatchObject({ v: 1, text: 'Grüße' });
    await s.write({ a: { ...first, v: 2 } });
    await expect(s.write({ a: { ...first, v: 3 } })).rejects.toThrow(/eTag conflict/);
    await s.write({ a: { v: 4, eTag: '*' } });
    expect((await s.read(['a']))['a']).toMatchObject({ v: 4 });
    await s.delete(['a']);
    expect(await s.read(['a'])).toEqual({});
  }, 20_000);

  it('lets a dialog started on one bot instance finish on another over the same container', async () => {
    const name = containerName();
    const first = conversation({ storage: storage(name) });
    const second = conversation({ storage: storage(name) });
    expect(await first.say('Veränderung berechnen')).toMatch(/alte Wert/);
    expect(await first.say('2.844')).toMatch(/neue Wert/);
    expect(await second.say('2.985')).toContain('+5,0 %');
  }, 20_000);
});
