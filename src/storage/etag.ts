import type { StoreItem } from 'botbuilder';

/** A write carried an eTag that no longer matches the stored item (someone else wrote in between). */
export class ETagConflictError extends Error {
  override readonly name = 'ETagConflictError';

  constructor(readonly key: string) {
    // Same wording as botbuilder's own stores, so callers matching on it see one message for all of them.
    super(`[storage] Storage: error writing "${key}" due to eTag conflict.`);
  }
}

/** The eTag a write carries: undefined for none, "*" for "overwrite whatever is there". */
export function eTagOf(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const eTag: unknown = (item as StoreItem).eTag;
  return typeof eTag === 'string' && eTag !== '' ? eTag : undefined;
}

/**
 * botbuilder's optimistic concurrency: a write with no eTag or "*" always wins;
 * otherwise it must carry the eTag currently stored (a missing item accepts any,
 * as botbuilder's MemoryStorage does).
 */
export function assertWritable(key: string, storedETag: string | undefined, change: unknown): void {
  const expected = eTagOf(change);
  if (storedETag !== undefined && expected !== undefined && expected !== '*' && expected !== storedETag) {
    throw new ETagConflictError(key);
  }
}

/** The item as JSON without its eTag (the store keeps its own beside it); throws on values JSON cannot hold. */
export function serialiseItem(key: string, change: unknown): string {
  if (typeof change !== 'object' || change === null || Array.isArray(change)) {
    throw new TypeError(`[storage] item "${key}" must be an object, got ${change === null ? 'null' : Array.isArray(change) ? 'an array' : typeof change}`);
  }
  const { eTag: _eTag, ...value } = change as StoreItem;
  return JSON.stringify(value);
}
