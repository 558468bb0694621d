import type { Storage } from 'botbuilder';

/** Azure's rule for container names: 3–63 of a-z, 0-9 and single hyphens, starting and ending with a letter or digit. */
const CONTAINER_NAME = /^(?=.{3,63}$)[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * STORAGE=blob: botbuilder-azure-blobs' BlobsStorage, shared by several bot
 * instances. It creates the container on first use and rejects stale eTags
 * (HTTP 412 → "eTag conflict"), so the contract matches the other stores.
 */
export function createBlobStorage(connectionString: string, container: string): Storage {
  if (!connectionString.trim()) throw new Error('[storage] BLOB_CONNECTION_STRING: must not be empty for STORAGE=blob');
  if (!CONTAINER_NAME.test(container)) {
    throw new Error(`[storage] BLOB_CONTAINER: expected 3–63 lower-case letters, digits and single hyphens, got "${container}"`);
  }
  // Required here, not at the top: the Azure SDK costs ~60 ms of every start, and the default store is memory.
  const { BlobsStorage } = require('botbuilder-azure-blobs') as typeof import('botbuilder-azure-blobs');
  return new BlobsStorage(connectionString, container);
}
