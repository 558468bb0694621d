import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileStorage, fileNameForKey, type CorruptFileReport } from '../../src/storage/file-storage';
import { describeStorageContract } from './storage-contract';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'amip-file-storage-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describeStorageContract('FileStorage', () => new FileStorage({ dir: tempDir() }));

describe('FileStorage', () => {
  it('survives a restart: a new instance over the same directory reads what the old one wrote', async () => {
    const dir = tempDir();
    const before = new FileStorage({ dir });
    await before.write({ 'msteams/conversations/a:1/': { dialogState: { dialogStack: [{ id: 'calc', state: { step: 1 } }] } } });
    const after = new FileStorage({ dir });
    expect((await after.read(['msteams/conversations/a:1/']))['msteams/conversations/a:1/']).toMatchObject({ dialogState: { dialogStack: [{ id: 'calc' }] } });
  });

  it('keeps eTags across a restart: a stale eTag from before is still rejected after', async () => {
    const dir = tempDir();
    const before = new FileStorage({ dir });
    await before.write({ a: { v: 1 } });
    const stale = (await before.read(['a']))['a'];
    await before.write({ a: { ...stale, v: 2 } });
    const after = new FileStorage({ dir });
    await expect(after.write({ a: { ...stale, v: 3 } })).rejects.toThrow(/eTag conflict/);
    const current = (await after.read(['a']))['a'];
    await after.write({ a: { ...current, v: 4 } });
    expect((await new FileStorage({ dir }).read(['a']))['a']).toMatchObject({ v: 4 });
  });

  describe('corrupted files', () => {
    it.each([
      ['broken JSON', '{ "eTag": "1", "value": {', /invalid JSON/],
      ['an empty file', '', /invalid JSON/],
      ['JSON of the wrong shape', '{"value":{"v":1}}', /unexpected shape: eTag/],
      ['a value that is not an object', '{"eTag":"1","value":[1,2]}', /unexpected shape: value/],
    ])('reports %s once, reads it as missing and lets the next write replace it', async (_name, content, reason) => {
      const dir = tempDir();
      const reports: CorruptFileReport[] = [];
      const storage = new FileStorage({ dir, onCorruptFile: (report) => reports.push(report) });
      await storage.write({ 'conv/a': { v: 1 }, 'conv/b': { v: 2 } });
      writeFileSync(join(dir, fileNameForKey('conv/a')), content);

      expect(await storage.read(['conv/a', 'conv/b'])).toEqual({ 'conv/b': expect.objectContaining({ v: 2 }) });
      expect(await storage.read(['conv/a'])).toEqual({});
      expect(reports).toEqual([{ key: 'conv/a', file: join(dir, fileNameForKey('conv/a')), reason: expect.stringMatching(reason) }]);

      await storage.write({ 'conv/a': { v: 3, eTag: 'whatever-the-turn-read-before' } });
      expect((await storage.read(['conv/a']))['conv/a']).toMatchObject({ v: 3 });

      writeFileSync(join(dir, fileNameForKey('conv/a')), content);
      await storage.read(['conv/a']);
      expect(reports).toHaveLength(2);
    });
  });

  describe('atomic writes', () => {
    it('never shows a reader half a file while large values are rewritten', async () => {
      const dir = tempDir();
      const reports: CorruptFileReport[] = [];
      const storage = new FileStorage({ dir, onCorruptFile: (report) => reports.push(report) });
      const big = (n: number): { n: number; text: string } => ({ n, text: String(n).repeat(200_000) });
      await storage.write({ a: big(0) });
      let writing = true;
      const writer = (async () => {
        for (let n = 1; n <= 15; n++) await storage.write({ a: { ...big(n), eTag: '*' } });
        writing = false;
      })();
      let reads = 0;
      while (writing) {
        const item = (await storage.read(['a']))['a'];
        expect(item.text).toBe(String(item.n).repeat(200_000));
        reads++;
      }
      await writer;
      expect(reads).toBeGreaterThan(0);
      expect(reports).toEqual([]);
      expect(readdirSync(dir).filter((f) => !f.endsWith('.json'))).toEqual([]);
    });

    it('serialises concurrent writes to one key and leaves no temp files', async () => {
      const dir = tempDir();
      const storage = new FileStorage({ dir });
      await Promise.all(Array.from({ length: 50 }, (_, i) => storage.write({ a: { i, eTag: '*' } })));
      expect(readdirSync(dir)).toEqual([fileNameForKey('a')]);
      expect((await storage.read(['a']))['a']).toMatchObject({ i: 49 });
    });

    it('keeps the old file and removes its temp file when the rename fails', async () => {
      const dir = tempDir();
      const storage = new FileStorage({ dir });
      // A directory where the item's file belongs makes the rename fail after the temp file was written.
      mkdirSync(join(dir, fileNameForKey('blocked')));
      await expect(storage.write({ blocked: { v: 1 } })).rejects.toThrow();
      expect(readdirSync(dir)).toEqual([fileNameForKey('blocked')]);
    });
  });

  describe('fileNameForKey', () => {
    it('keeps every key inside the directory, in one flat file name', () => {
      for (const key of ['../../etc/passwd', '..', '.', 'a/b\\c', 'msteams/conversations/19:abc@thread.tacv2;messageid=1/']) {
        const name = fileNameForKey(key);
        expect(name).toMatch(/^[A-Za-z0-9%_~-]+\.json$/);
        expect(name.startsWith('.')).toBe(false);
      }
    });

    it('gives distinct keys distinct names, also for keys too long for a file name', () => {
      const long = 'x'.repeat(1000);
      const keys = ['a', 'A', 'a/', 'a%2F', 'a.b', 'a%2Eb', `${long}1`, `${long}2`, '~', '%7E'];
      const names = keys.map(fileNameForKey);
      expect(new Set(names).size).toBe(keys.length);
      for (const name of names) expect(Buffer.byteLength(name)).toBeLessThanOrEqual(205);
    });

    it('stores and reads back keys longer than a file name allows', async () => {
      const storage = new FileStorage({ dir: tempDir() });
      const key = `msteams/conversations/${'a:1'.repeat(200)}/`;
      await storage.write({ [key]: { v: 1 } });
      expect((await storage.read([key]))[key]).toMatchObject({ v: 1 });
    });
  });

  it('carries a dialog of the real bot across a restart', async () => {
    const { conversation } = await import('../helpers/bot-harness');
    const dir = tempDir();
    const before = conversation({ storage: new FileStorage({ dir }) });
    await before.say('Integrationsquote berechnen');
    await before.say('865');
    const after = conversation({ storage: new FileStorage({ dir }) });
    expect(await after.say('4.521')).toContain('19,1 %');
  });
});

describe('fileNameForKey with a lone surrogate (issue 15, fault 8)', () => {
  it('names the file by a hash instead of throwing, distinct for distinct keys', () => {
    const a = fileNameForKey('msteams/conversations/\uD800/');
    const b = fileNameForKey('msteams/conversations/\uDBFF/');
    expect(a).toMatch(/^~[0-9a-f]{32}\.json$/);
    expect(b).not.toBe(a);
  });
});

describe('temp files left by a crash (issue 15, fault 9)', () => {
  it('are removed when the store starts; state files stay', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'amip-tmp-files-'));
    try {
      await new FileStorage({ dir }).write({ k: { v: 1 } });
      const kept = readdirSync(dir);
      writeFileSync(join(dir, `${fileNameForKey('k')}.5f0c7a1e-0000-4000-8000-000000000000.tmp`), '{"eTag":"x","val');
      new FileStorage({ dir });
      expect(readdirSync(dir)).toEqual(kept);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
