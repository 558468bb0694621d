import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Storage } from 'botbuilder';
import { BoundedMemoryStorage } from '../../src/storage/bounded-memory-storage';
import { FileStorage } from '../../src/storage/file-storage';

/** The contract every store must keep, whatever is behind it. */
function storageContract(name: string, create: () => Storage): void {
  describe(`${name} storage contract`, () => {
    it('reads nothing for unknown keys', async () => {
      expect(await create().read(['nope'])).toEqual({});
    });

    it('round-trips values and hands out an eTag', async () => {
      const s = create();
      await s.write({ a: { count: 1, nested: { text: 'Grüße' } } });
      const read = await s.read(['a']);
      expect(read['a']).toMatchObject({ count: 1, nested: { text: 'Grüße' } });
      expect(typeof read['a'].eTag).toBe('string');
    });

    it('rejects a write with a stale eTag and accepts "*"', async () => {
      const s = create();
      await s.write({ a: { v: 1 } });
      const first = (await s.read(['a']))['a'];
      await s.write({ a: { ...first, v: 2 } });
      await expect(s.write({ a: { ...first, v: 3 } })).rejects.toThrow(/eTag conflict/);
      await s.write({ a: { v: 4, eTag: '*' } });
      expect((await s.read(['a']))['a']).toMatchObject({ v: 4 });
    });

    it('deletes', async () => {
      const s = create();
      await s.write({ a: { v: 1 }, b: { v: 2 } });
      await s.delete(['a']);
      expect(Object.keys(await s.read(['a', 'b']))).toEqual(['b']);
    });

    it('holds many keys', async () => {
      const s = create();
      const items = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`msteams/conversations/c${i}/`, { i }]));
      await s.write(items);
      const read = await s.read(Object.keys(items));
      expect(Object.keys(read)).toHaveLength(200);
      expect(read['msteams/conversations/c199/']).toMatchObject({ i: 199 });
    });
  });
}

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'amip-storage-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

storageContract('memory', () => new BoundedMemoryStorage());
storageContract('file', () => new FileStorage(tempDir()));

describe('BoundedMemoryStorage', () => {
  it('forgets conversations idle longer than the TTL', async () => {
    let now = 0;
    const s = new BoundedMemoryStorage({ ttlMs: 1000, now: () => now });
    await s.write({ a: { v: 1 } });
    now = 999;
    expect(await s.read(['a'])).toHaveProperty('a');
    now = 2000;
    expect(await s.read(['a'])).toEqual({});
  });

  it('caps the number held, dropping the least recently used', async () => {
    const s = new BoundedMemoryStorage({ maxItems: 3 });
    await s.write({ a: { v: 1 }, b: { v: 2 }, c: { v: 3 } });
    await s.read(['a']);
    await s.write({ d: { v: 4 } });
    expect(s.size).toBe(3);
    expect(Object.keys(await s.read(['a', 'b', 'c', 'd'])).sort()).toEqual(['a', 'c', 'd']);
  });

  it('does not grow past its cap with 20 000 conversations', async () => {
    const s = new BoundedMemoryStorage({ maxItems: 1000 });
    for (let i = 0; i < 20_000; i++) await s.write({ [`c${i}`]: { i } });
    expect(s.size).toBe(1000);
  });
});

describe('FileStorage', () => {
  it('survives a restart: a new instance reads what the old one wrote', async () => {
    const dir = tempDir();
    await new FileStorage(dir).write({ 'msteams/conversations/a/': { dialogState: { step: 2 } } });
    expect((await new FileStorage(dir).read(['msteams/conversations/a/']))['msteams/conversations/a/']).toMatchObject({ dialogState: { step: 2 } });
  });

  it('reports a corrupted file and treats it as missing', async () => {
    const dir = tempDir();
    const reported: string[] = [];
    const s = new FileStorage(dir, (file) => reported.push(file));
    await s.write({ a: { v: 1 } });
    const [file] = readdirSync(dir);
    writeFileSync(join(dir, file!), '{ broken');
    expect(await s.read(['a'])).toEqual({});
    expect(reported).toHaveLength(1);
    await s.write({ a: { v: 2 } });
    expect((await s.read(['a']))['a']).toMatchObject({ v: 2 });
  });

  it('leaves no temp files and never a half-written file under concurrent writes', async () => {
    const dir = tempDir();
    const s = new FileStorage(dir);
    await Promise.all(Array.from({ length: 50 }, (_, i) => s.write({ a: { i, eTag: '*' } })));
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect((await s.read(['a']))['a']).toHaveProperty('i');
  });
});

describe('a dialog across a restart', () => {
  it('started on one bot instance, finished on a new one over the same file store', async () => {
    const { conversation } = await import('../helpers/bot-harness');
    const dir = tempDir();
    const before = conversation({ storage: new FileStorage(dir) });
    await before.say('Integrationsquote berechnen');
    await before.say('865');
    const after = conversation({ storage: new FileStorage(dir) });
    expect(await after.say('4.521')).toContain('19,1 %');
  });
});
