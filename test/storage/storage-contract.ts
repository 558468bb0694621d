import type { Storage } from 'botbuilder';

/**
 * What every state store must do, whatever is behind it: botbuilder's Storage
 * contract with eTag optimistic concurrency. Each test gets a fresh, empty store.
 */
export function describeStorageContract(name: string, createEmpty: () => Storage | Promise<Storage>): void {
  describe(`${name}: storage contract`, () => {
    it('reads nothing for unknown keys or no keys', async () => {
      const storage = await createEmpty();
      expect(await storage.read(['unknown', 'msteams/conversations/x/'])).toEqual({});
      expect(await storage.read([])).toEqual({});
    });

    it('round-trips JSON values and hands out a non-empty eTag', async () => {
      const storage = await createEmpty();
      const value = { count: 3, ratio: 19.1, ok: true, none: null, list: [1, 'zwei', { drei: 3 }], text: 'Grüße aus Herzberg – Maßnahme 4.706.577 €' };
      await storage.write({ a: value });
      const read = await storage.read(['a', 'missing']);
      expect(Object.keys(read)).toEqual(['a']);
      expect(read['a']).toEqual({ ...value, eTag: expect.any(String) });
      expect(read['a'].eTag).not.toBe('');
    });

    it('hands out copies: changing what was read or written does not change the store', async () => {
      const storage = await createEmpty();
      const written = { nested: { n: 1 } };
      await storage.write({ a: written });
      written.nested.n = 2;
      const first = await storage.read(['a']);
      first['a'].nested.n = 3;
      expect((await storage.read(['a']))['a']).toMatchObject({ nested: { n: 1 } });
    });

    it('accepts a write carrying the current eTag and gives the item a new eTag', async () => {
      const storage = await createEmpty();
      await storage.write({ a: { v: 1 } });
      const first = (await storage.read(['a']))['a'];
      await storage.write({ a: { ...first, v: 2 } });
      const second = (await storage.read(['a']))['a'];
      expect(second).toMatchObject({ v: 2 });
      expect(second.eTag).not.toBe(first.eTag);
    });

    it('rejects a write with a stale eTag and keeps the stored value', async () => {
      const storage = await createEmpty();
      await storage.write({ a: { v: 1 } });
      const stale = (await storage.read(['a']))['a'];
      await storage.write({ a: { ...stale, v: 2 } });
      await expect(storage.write({ a: { ...stale, v: 3 } })).rejects.toThrow(/eTag conflict/);
      expect((await storage.read(['a']))['a']).toMatchObject({ v: 2 });
    });

    it('overwrites with eTag "*" or without an eTag', async () => {
      const storage = await createEmpty();
      await storage.write({ a: { v: 1 } });
      await storage.write({ a: { v: 2, eTag: '*' } });
      expect((await storage.read(['a']))['a']).toMatchObject({ v: 2 });
      await storage.write({ a: { v: 3 } });
      expect((await storage.read(['a']))['a']).toMatchObject({ v: 3 });
    });

    it('lets exactly one of two writers holding the same eTag win', async () => {
      const storage = await createEmpty();
      await storage.write({ a: { v: 0 } });
      const seen = (await storage.read(['a']))['a'];
      const results = await Promise.allSettled([storage.write({ a: { ...seen, v: 1 } }), storage.write({ a: { ...seen, v: 2 } })]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const winner = results.findIndex((r) => r.status === 'fulfilled') + 1;
      expect((await storage.read(['a']))['a']).toMatchObject({ v: winner });
    });

    it('deletes items, ignores unknown keys and can write a deleted key again', async () => {
      const storage = await createEmpty();
      await storage.write({ a: { v: 1 }, b: { v: 2 } });
      await storage.delete(['a', 'never-written']);
      expect(Object.keys(await storage.read(['a', 'b']))).toEqual(['b']);
      await storage.write({ a: { v: 3 } });
      expect((await storage.read(['a']))['a']).toMatchObject({ v: 3 });
    });

    it('holds many keys shaped like Teams conversation and user ids', async () => {
      const storage = await createEmpty();
      const key = (i: number): string => `msteams/conversations/a:1Xy-Z_${i}.q?w=1;messageid=${i}/users/29:1AbC-${i}`;
      const items = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [key(i), { i }]));
      await storage.write(items);
      const read = await storage.read(Object.keys(items));
      expect(Object.keys(read).sort()).toEqual(Object.keys(items).sort());
      for (let i = 0; i < 150; i++) expect(read[key(i)]).toMatchObject({ i });
    });
  });
}
