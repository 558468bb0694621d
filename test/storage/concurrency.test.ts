import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryStorage } from 'botbuilder';
import { BoundedMemoryStorage } from '../../src/storage/bounded-memory-storage';
import { ConcurrencyGuard } from '../../src/storage/concurrency-guard';
import { createStorage } from '../../src/storage/create-storage';
import { ETagConflictError } from '../../src/storage/etag';
import { StateStorageError } from '../../src/storage/errors';
import { FileStorage } from '../../src/storage/file-storage';
import { describeLostUpdateAttack, withSlowWrites } from './lost-update';

describeLostUpdateAttack('memory', () => {
  const shared = new BoundedMemoryStorage();
  return [shared, shared];
});

const dir = mkdtempSync(join(tmpdir(), 'amip-lost-update-'));
// One FileStorage for both: its eTag check is atomic within a process (several processes need the Blob store).
describeLostUpdateAttack(
  'file',
  () => {
    const shared = new FileStorage({ dir });
    return [shared, shared];
  },
  () => rmSync(dir, { recursive: true, force: true }),
);

describe('ConcurrencyGuard', () => {
  it('turns a "*" write of an item read earlier into a conditional one (as BotState writes)', async () => {
    const storage = createStorage({ kind: 'memory' });
    await storage.write({ k: { v: 1 } });
    const first = (await storage.read(['k']))['k'];
    const second = (await storage.read(['k']))['k'];
    await storage.write({ k: { ...second, v: 2, eTag: '*' } });
    first.v = 3;
    first.eTag = '*';
    await expect(storage.write({ k: first })).rejects.toBeInstanceOf(ETagConflictError);
    expect((await storage.read(['k']))['k']).toMatchObject({ v: 2 });
  });

  it('maps botbuilder conflicts and store failures onto one error type each', async () => {
    const conflicting = new MemoryStorage();
    await conflicting.write({ k: { v: 1 } });
    const guard = new ConcurrencyGuard(conflicting);
    const item = (await guard.read(['k']))['k'];
    await conflicting.write({ k: { v: 2 } });
    item.eTag = '*';
    await expect(guard.write({ k: item })).rejects.toBeInstanceOf(ETagConflictError);
    // Only the object that was read remembers its eTag: a copy written with "*" still wins, as botbuilder's contract says.
    await guard.write({ k: { v: 4, eTag: '*' } });
    expect((await guard.read(['k']))['k']).toMatchObject({ v: 4 });

    const outcomes: boolean[] = [];
    const broken = new ConcurrencyGuard({ read: () => Promise.reject(new Error('EIO')), write: () => Promise.reject(new Error('ENOSPC')), delete: () => Promise.resolve() }, { onOutcome: (ok) => outcomes.push(ok) });
    await expect(broken.read(['k'])).rejects.toBeInstanceOf(StateStorageError);
    await expect(broken.write({ k: {} })).rejects.toThrow(/write failed: ENOSPC/);
    await broken.delete(['k']);
    expect(outcomes).toEqual([false, false, true]);
  });

  it('flush() waits for writes still in flight (shutdown)', async () => {
    const inner = new BoundedMemoryStorage();
    const guard = new ConcurrencyGuard(withSlowWrites(inner, 100));
    const writing = guard.write({ k: { v: 1 } });
    await guard.flush();
    expect(await inner.read(['k'])).toEqual({ k: expect.objectContaining({ v: 1 }) });
    await writing;
  });
});
