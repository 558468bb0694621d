import type { Storage, StoreItems } from 'botbuilder';
import { applyWrite, copy } from './etag';

export interface BoundedMemoryOptions {
  /** Idle time after which a conversation's state is forgotten (default 24 h). */
  ttlMs?: number;
  /** Most keys held; the least recently used go first (default 10 000). */
  maxItems?: number;
  /** Injected clock for tests. */
  now?: () => number;
}

/**
 * Like botbuilder's MemoryStorage (eTag optimistic concurrency) but bounded:
 * idle entries expire and the number held is capped, so memory does not grow
 * with every conversation ever seen. A Map keeps insertion order, which makes
 * "least recently used" the first key: touching an entry re-inserts it.
 */
export class BoundedMemoryStorage implements Storage {
  private readonly items = new Map<string, { value: string; eTag: string; touched: number }>();
  private readonly ttlMs: number;
  private readonly maxItems: number;
  private readonly now: () => number;
  private eTagCounter = 0;

  constructor(options: BoundedMemoryOptions = {}) {
    this.ttlMs = options.ttlMs ?? 24 * 60 * 60 * 1000;
    this.maxItems = options.maxItems ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.items.size;
  }

  async read(keys: string[]): Promise<StoreItems> {
    const result: StoreItems = {};
    const now = this.now();
    for (const key of keys) {
      const entry = this.items.get(key);
      if (!entry) continue;
      this.items.delete(key);
      if (now - entry.touched > this.ttlMs) continue;
      entry.touched = now;
      this.items.set(key, entry);
      result[key] = { ...(JSON.parse(entry.value) as object), eTag: entry.eTag };
    }
    return result;
  }

  async write(changes: StoreItems): Promise<void> {
    const now = this.now();
    for (const [key, change] of Object.entries(changes)) {
      const current = this.items.get(key);
      const eTag = applyWrite(key, current && now - current.touched <= this.ttlMs ? current.eTag : undefined, change, () => String(++this.eTagCounter));
      this.items.delete(key);
      this.items.set(key, { value: JSON.stringify(copy(change)), eTag, touched: now });
    }
    this.evict(now);
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.items.delete(key);
  }

  /** Expired entries sit at the front (oldest touch first), so the sweep stops at the first live one. */
  private evict(now: number): void {
    for (const [key, entry] of this.items) {
      if (this.items.size <= this.maxItems && now - entry.touched <= this.ttlMs) break;
      this.items.delete(key);
    }
  }
}
