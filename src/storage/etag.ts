import type { StoreItem } from 'botbuilder';

export class ETagConflictError extends Error {
  override readonly name = 'ETagConflictError';
}

/**
 * botbuilder's storage contract: a write carrying an eTag must match the stored
 * one ("*" or none always wins). Returns the new eTag or throws on a stale write.
 */
export function applyWrite(key: string, currentETag: string | undefined, change: StoreItem, nextETag: () => string): string {
  const expected = (change as { eTag?: string }).eTag;
  if (currentETag !== undefined && expected !== undefined && expected !== '*' && expected !== currentETag) {
    throw new ETagConflictError(`[storage] eTag conflict for "${key}": stored ${currentETag}, write carried ${expected}`);
  }
  return nextETag();
}

/** The stored value without its eTag (it is kept beside it). */
export function copy(change: StoreItem): object {
  const { eTag: _eTag, ...rest } = change as StoreItem & { eTag?: string };
  return rest;
}
