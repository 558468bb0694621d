import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { RecreatingBlobStorage } from '../../src/storage/blob-storage';
import { BoundedMemoryStorage } from '../../src/storage/bounded-memory-storage';
import { createStorage, storageOptionsFromConfig, type StorageLogger } from '../../src/storage/create-storage';
import { FileStorage, fileNameForKey } from '../../src/storage/file-storage';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'amip-create-storage-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

describe('createStorage', () => {
  it('builds a bounded memory store with the given TTL and cap', async () => {
    let now = 0;
    const storage = createStorage({ kind: 'memory', ttlMs: 1000, maxItems: 2, now: () => now });
    expect(storage.inner).toBeInstanceOf(BoundedMemoryStorage);
    await storage.write({ a: { v: 1 }, b: { v: 2 }, c: { v: 3 } });
    expect(Object.keys(await storage.read(['a', 'b', 'c']))).toEqual(['b', 'c']);
    now = 2000;
    expect(await storage.read(['b', 'c'])).toEqual({});
  });

  it('builds a file store under <dataDir>/state and reports corrupted files to the logger', async () => {
    const warnings: { details: object; message: string }[] = [];
    const logger: StorageLogger = { warn: (details, message) => warnings.push({ details, message }) };
    const storage = createStorage({ kind: 'file', dataDir, logger });
    expect(storage.inner).toBeInstanceOf(FileStorage);
    await storage.write({ 'conv/a': { v: 1 } });
    expect(readdirSync(join(dataDir, 'state'))).toEqual([fileNameForKey('conv/a')]);
    writeFileSync(join(dataDir, 'state', fileNameForKey('conv/a')), 'kaputt');
    expect(await storage.read(['conv/a'])).toEqual({});
    expect(warnings).toEqual([{ details: expect.objectContaining({ key: 'conv/a', reason: expect.stringMatching(/invalid JSON/) }), message: expect.stringMatching(/corrupted state file/) }]);
  });

  it('builds a Blob store without contacting the service', () => {
    const storage = createStorage({ kind: 'blob', blobConnectionString: 'UseDevelopmentStorage=true', blobContainer: 'amip-bot-state' });
    expect(storage.inner).toBeInstanceOf(RecreatingBlobStorage);
  });

  it.each([
    [{ kind: 'file' as const }, /\[storage\] DATA_DIR: required for STORAGE=file/],
    [{ kind: 'blob' as const, blobContainer: 'amip' }, /\[storage\] BLOB_CONNECTION_STRING: required/],
    [{ kind: 'blob' as const, blobConnectionString: 'UseDevelopmentStorage=true' }, /\[storage\] BLOB_CONTAINER: required/],
    [{ kind: 'blob' as const, blobConnectionString: 'UseDevelopmentStorage=true', blobContainer: 'Bad_Name' }, /\[storage\] BLOB_CONTAINER: expected .*"Bad_Name"/],
    [{ kind: 'memory' as const, maxItems: 0 }, /\[storage\] maxItems/],
  ])('names the missing or bad setting: %j', (options, message) => {
    expect(() => createStorage(options)).toThrow(message);
  });

  it('maps the configuration variables onto its options', async () => {
    const config = { STORAGE: 'file' as const, STORAGE_TTL_HOURS: 2, STORAGE_MAX_CONVERSATIONS: 50, DATA_DIR: dataDir, BLOB_CONNECTION_STRING: undefined, BLOB_CONTAINER: 'amip-bot-state' };
    expect(storageOptionsFromConfig(config)).toEqual({ kind: 'file', ttlMs: 7_200_000, maxItems: 50, dataDir, blobContainer: 'amip-bot-state' });
    const storage = createStorage(storageOptionsFromConfig(config, pino({ level: 'silent' })));
    await storage.write({ a: { v: 1 } });
    expect(readdirSync(join(dataDir, 'state'))).toHaveLength(1);
  });
});
