import type { Storage, StoreItems } from 'botbuilder';
import type { BlobsStorage } from 'botbuilder-azure-blobs';

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
  const { BlobsStorage: Blobs } = require('botbuilder-azure-blobs') as typeof import('botbuilder-azure-blobs');
  return new RecreatingBlobStorage(() => new Blobs(connectionString, container));
}

/**
 * BlobsStorage creates its container once per instance and remembers that
 * promise, even a failed one: a container deleted while the bot runs (or an
 * unreachable service at the first call) used to fail every dialog until a
 * restart. This makes a fresh instance after any failure — which creates the
 * container again — and retries a write that failed because the container was gone.
 */
export class RecreatingBlobStorage implements Storage {
  private store: BlobsStorage;

  constructor(private readonly make: () => BlobsStorage) {
    this.store = make();
  }

  read(keys: string[]): Promise<StoreItems> {
    return this.attempt((store) => store.read(keys), false);
  }

  write(changes: StoreItems): Promise<void> {
    return this.attempt((store) => store.write(changes), true);
  }

  delete(keys: string[]): Promise<void> {
    return this.attempt((store) => store.delete(keys), true);
  }

  private async attempt<T>(operation: (store: BlobsStorage) => Promise<T>, retryWhenContainerMissing: boolean): Promise<T> {
    const store = this.store;
    try {
      return await operation(store);
    } catch (error) {
      if (isConflict(error)) throw error;
      if (this.store === store) this.store = this.make();
      if (retryWhenContainerMissing && containerMissing(error)) return operation(this.store);
      throw error;
    }
  }
}

function containerMissing(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { statusCode, code, details, message } = error as { statusCode?: unknown; code?: unknown; details?: { errorCode?: unknown }; message?: unknown };
  return statusCode === 404 && (code === 'ContainerNotFound' || details?.errorCode === 'ContainerNotFound' || (typeof message === 'string' && /container does not exist|ContainerNotFound/i.test(message)));
}

function isConflict(error: unknown): boolean {
  return error instanceof Error && /eTag conflict/i.test(error.message);
}
