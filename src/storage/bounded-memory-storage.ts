import type { Storage, StoreItems } from 'botbuilder';
import { assertWritable, serialiseItem } from './etag';

export const DEFAULT_TTL_MS = 24 * 60 * 60 * 1000;
export const DEFAULT_MAX_ITEMS = 10_000;

export interface BoundedMemoryStorageOptions {
  /** Idle time (no read, no write) after which an item is forgotten. Default 24 h. */
  ttlMs?: number;
  /** Most items held; beyond it the least recently used go first. Default 10 000. */
  maxItems?: number;
  /** Milliseconds clock, injected by tests. Default Date.now. */
  now?: () => number;
}

interface Entry {
  json: string;
  eTag: string;
  touched: number;
}

/**
 * botbuilder's MemoryStorage semantics (JSON copies, eTag optimistic concurrency)
 * with bounded memory: idle items expire and the number held is capped.
 *
 * A Map iterates in insertion order and every touch re-inserts its key, so the
 * front is always the least recently used entry: expiry and eviction both only
 * ever look at the front, which keeps every operation amortised O(1) per key.
 */
export class BoundedMemoryStorage implements Storage {
  private readonly entries = new Map<string, Entry>();
  private readonly ttlMs: number;
  private readonly maxItems: number;
  private readonly now: () => number;
  private nextETag = 1;

  constructor(options: BoundedMemoryStorageOptions = {}) {
    this.ttlMs = options.ttlMs ?? DEFAULT_TTL_MS;
    this.maxItems = options.maxItems ?? DEFAULT_MAX_ITEMS;
    this.now = options.now ?? Date.now;
    if (!(this.ttlMs > 0)) throw new RangeError(`[storage] ttlMs must be a positive number, got ${String(options.ttlMs)}`);
    if (!Number.isInteger(this.maxItems) || this.maxItems < 1) throw new RangeError(`[storage] maxItems must be a positive integer, got ${String(options.maxItems)}`);
  }

  /** Items currently held, expired ones not yet swept included. */
  get size(): number {
    return this.entries.size;
  }

  async read(keys: string[]): Promise<StoreItems> {
    const now = this.now();
    const items: StoreItems = {};
    for (const key of keys) {
      const entry = this.live(key, now);
      if (!entry) continue;
      this.touch(key, entry, now);
      items[key] = { ...(JSON.parse(entry.json) as object), eTag: entry.eTag };
    }
    this.sweep(now);
    return items;
  }

  /** All eTags are checked before anything is written, so a conflicting batch changes nothing. */
  async write(changes: StoreItems): Promise<void> {
    const now = this.now();
    const prepared = Object.entries(changes).map(([key, change]: [string, unknown]) => {
      assertWritable(key, this.live(key, now)?.eTag, change);
      return [key, serialiseItem(key, change)] as const;
    });
    for (const [key, json] of prepared) {
      this.touch(key, { json, eTag: String(this.nextETag++), touched: now }, now);
    }
    this.sweep(now);
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.entries.delete(key);
  }

  /** The entry if present and not idle too long; an expired one is dropped on the way. */
  private live(key: string, now: number): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && now - entry.touched > this.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private touch(key: string, entry: Entry, now: number): void {
    this.entries.delete(key);
    entry.touched = now;
    this.entries.set(key, entry);
  }

  /** Drops from the front while it is over the cap or expired; stops at the first entry that may stay. */
  private sweep(now: number): void {
    for (const [key, entry] of this.entries) {
      if (this.entries.size <= this.maxItems && now - entry.touched <= this.ttlMs) return;
      this.entries.delete(key);
    }
  }
}
