import fc from 'fast-check';
import { BoundedMemoryStorage } from '../../src/storage/bounded-memory-storage';
import { describeStorageContract } from './storage-contract';

describeStorageContract('BoundedMemoryStorage', () => new BoundedMemoryStorage());

describe('BoundedMemoryStorage', () => {
  const HOUR = 3_600_000;

  it('keeps an item through 24 h of idleness by default and forgets it after', async () => {
    let now = 0;
    const storage = new BoundedMemoryStorage({ now: () => now });
    await storage.write({ a: { v: 1 } });
    now = 24 * HOUR;
    expect(await storage.read(['a'])).toHaveProperty('a');
    now += 24 * HOUR + 1;
    expect(await storage.read(['a'])).toEqual({});
    expect(storage.size).toBe(0);
  });

  it('counts idleness from the last read or write', async () => {
    let now = 0;
    const storage = new BoundedMemoryStorage({ ttlMs: 1000, now: () => now });
    await storage.write({ a: { v: 1 }, b: { v: 2 } });
    now = 900;
    await storage.read(['a']);
    now = 1500;
    expect(Object.keys(await storage.read(['a', 'b']))).toEqual(['a']);
  });

  it('treats an expired item as missing for eTag checks', async () => {
    let now = 0;
    const storage = new BoundedMemoryStorage({ ttlMs: 1000, now: () => now });
    await storage.write({ a: { v: 1 } });
    now = 5000;
    await storage.write({ a: { v: 2, eTag: 'from-a-forgotten-read' } });
    expect((await storage.read(['a']))['a']).toMatchObject({ v: 2 });
  });

  it('sweeps expired items on later writes, not only when they are read', async () => {
    let now = 0;
    const storage = new BoundedMemoryStorage({ ttlMs: 1000, now: () => now });
    await storage.write(Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`old${i}`, { i }])));
    now = 2000;
    await storage.write({ fresh: { v: 1 } });
    expect(storage.size).toBe(1);
  });

  it('caps the number held, evicting the least recently used', async () => {
    const storage = new BoundedMemoryStorage({ maxItems: 3 });
    await storage.write({ a: { v: 1 }, b: { v: 2 }, c: { v: 3 } });
    await storage.read(['a']);
    await storage.write({ d: { v: 4 } });
    expect(storage.size).toBe(3);
    expect(Object.keys(await storage.read(['a', 'b', 'c', 'd'])).sort()).toEqual(['a', 'c', 'd']);
  });

  it('stays at its cap over 20 000 conversations, each write cheap', async () => {
    const storage = new BoundedMemoryStorage({ maxItems: 1000 });
    const started = process.hrtime.bigint();
    for (let i = 0; i < 20_000; i++) await storage.write({ [`msteams/conversations/c${i}/`]: { dialogState: { step: i } } });
    const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
    expect(storage.size).toBe(1000);
    expect(Object.keys(await storage.read(['msteams/conversations/c19999/', 'msteams/conversations/c0/']))).toEqual(['msteams/conversations/c19999/']);
    // A full scan per write would be 20 000 × 1000 steps; this bound only catches that, not ordinary slowness.
    expect(elapsedMs).toBeLessThan(5000);
  });

  it('changes nothing when one item of a batch has a stale eTag', async () => {
    const storage = new BoundedMemoryStorage();
    await storage.write({ a: { v: 1 } });
    const stale = (await storage.read(['a']))['a'];
    await storage.write({ a: { v: 2 } });
    await expect(storage.write({ b: { v: 1 }, a: { ...stale, v: 3 } })).rejects.toThrow(/eTag conflict/);
    expect(Object.keys(await storage.read(['a', 'b']))).toEqual(['a']);
  });

  it('rejects values that are not objects and nonsensical limits', async () => {
    await expect(new BoundedMemoryStorage().write({ a: 'text' })).rejects.toThrow(/\[storage\] item "a" must be an object/);
    expect(() => new BoundedMemoryStorage({ maxItems: 0 })).toThrow(/maxItems/);
    expect(() => new BoundedMemoryStorage({ ttlMs: -1 })).toThrow(/ttlMs/);
  });

  describe('behaves like an obvious list-based LRU with expiry (property)', () => {
    type Command =
      | { op: 'advance'; ms: number }
      | { op: 'read'; keys: string[] }
      | { op: 'write'; key: string; v: number; eTag: 'none' | 'star' | 'last-read' | 'bogus' }
      | { op: 'delete'; key: string };

    const TTL = 100;
    const MAX = 3;
    const keyArb = fc.constantFrom('a', 'b', 'c', 'd', 'e');
    const commandArb: fc.Arbitrary<Command> = fc.oneof(
      fc.record({ op: fc.constant('advance' as const), ms: fc.oneof(fc.constantFrom(1, TTL - 1, TTL, TTL + 1), fc.integer({ min: 0, max: 2 * TTL })) }),
      fc.record({ op: fc.constant('read' as const), keys: fc.uniqueArray(keyArb, { maxLength: 5 }) }),
      fc.record({ op: fc.constant('write' as const), key: keyArb, v: fc.integer(), eTag: fc.constantFrom('none' as const, 'star' as const, 'last-read' as const, 'bogus' as const) }),
      fc.record({ op: fc.constant('delete' as const), key: keyArb }),
    );

    /** Scans everything on every call: slow and obviously right. */
    class ObviousModel {
      private items: { key: string; v: number; eTag: string; touched: number }[] = [];
      private counter = 1;
      now = 0;

      private expire(): void {
        this.items = this.items.filter((i) => this.now - i.touched <= TTL);
      }

      read(keys: string[]): Record<string, { v: number; eTag: string }> {
        this.expire();
        const out: Record<string, { v: number; eTag: string }> = {};
        for (const key of keys) {
          const item = this.items.find((i) => i.key === key);
          if (!item) continue;
          this.items = [...this.items.filter((i) => i !== item), { ...item, touched: this.now }];
          out[key] = { v: item.v, eTag: item.eTag };
        }
        return out;
      }

      write(key: string, v: number, eTag: string | undefined): 'ok' | 'conflict' {
        this.expire();
        const current = this.items.find((i) => i.key === key);
        if (current && eTag !== undefined && eTag !== '*' && eTag !== current.eTag) return 'conflict';
        this.items = [...this.items.filter((i) => i.key !== key), { key, v, eTag: String(this.counter++), touched: this.now }];
        while (this.items.length > MAX) this.items.shift();
        return 'ok';
      }

      delete(key: string): void {
        this.items = this.items.filter((i) => i.key !== key);
      }
    }

    it('gives the same reads and the same conflicts for any command sequence', async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(commandArb, { maxLength: 60 }), async (commands) => {
          const model = new ObviousModel();
          const storage = new BoundedMemoryStorage({ ttlMs: TTL, maxItems: MAX, now: () => model.now });
          const lastRead = new Map<string, string>();
          for (const command of commands) {
            switch (command.op) {
              case 'advance':
                model.now += command.ms;
                break;
              case 'read': {
                const expected = model.read(command.keys);
                const actual = await storage.read(command.keys);
                expect(actual).toEqual(expected);
                for (const [key, item] of Object.entries(expected)) lastRead.set(key, item.eTag);
                break;
              }
              case 'write': {
                const eTag = { none: undefined, star: '*', 'last-read': lastRead.get(command.key), bogus: 'bogus' }[command.eTag];
                const expected = model.write(command.key, command.v, eTag);
                const actual = await storage.write({ [command.key]: { v: command.v, ...(eTag !== undefined ? { eTag } : {}) } }).then(
                  () => 'ok',
                  () => 'conflict',
                );
                expect(actual).toBe(expected);
                break;
              }
              case 'delete':
                model.delete(command.key);
                await storage.delete([command.key]);
                break;
            }
          }
        }),
        { numRuns: 300 },
      );
    });
  });
});
