import { join, resolve } from 'node:path';
import type { Storage } from 'botbuilder';
import { createBlobStorage } from './blob-storage';
import { ConcurrencyGuard } from './concurrency-guard';
import { BoundedMemoryStorage } from './bounded-memory-storage';
import { FileStorage } from './file-storage';

export type StorageKind = 'memory' | 'file' | 'blob';

/** What the stores need from a logger; a pino Logger fits. */
export interface StorageLogger {
  warn(details: object, message: string): void;
}

export interface CreateStorageOptions {
  /** memory: bounded, lost on restart · file: survives a restart (one instance) · blob: shared by several instances. */
  kind: StorageKind;
  /** memory: idle time after which a conversation's state is forgotten (default 24 h). */
  ttlMs?: number;
  /** memory: most conversations held, least recently used evicted first (default 10 000). */
  maxItems?: number;
  /** file: the data directory; state goes to `<dataDir>/state/`. */
  dataDir?: string;
  /** blob: Azure Storage connection string ("UseDevelopmentStorage=true" for Azurite on its default port). */
  blobConnectionString?: string;
  /** blob: container name, created on first use. */
  blobContainer?: string;
  /** Where corrupted state files are reported. */
  logger?: StorageLogger;
  /** memory: milliseconds clock for tests. */
  now?: () => number;
  /** Told after every store operation whether it worked: the storage signal of /healthz. */
  onOutcome?: (ok: boolean) => void;
}

/** The settings as src/config.ts names them. */
export interface StorageConfig {
  STORAGE: StorageKind;
  STORAGE_TTL_HOURS: number;
  STORAGE_MAX_CONVERSATIONS: number;
  DATA_DIR: string;
  BLOB_CONNECTION_STRING?: string | undefined;
  BLOB_CONTAINER: string;
}

/** Maps validated configuration onto createStorage's options. */
export function storageOptionsFromConfig(config: StorageConfig, logger?: StorageLogger): CreateStorageOptions {
  return {
    kind: config.STORAGE,
    ttlMs: config.STORAGE_TTL_HOURS * 3_600_000,
    maxItems: config.STORAGE_MAX_CONVERSATIONS,
    dataDir: config.DATA_DIR,
    ...(config.BLOB_CONNECTION_STRING !== undefined ? { blobConnectionString: config.BLOB_CONNECTION_STRING } : {}),
    blobContainer: config.BLOB_CONTAINER,
    ...(logger ? { logger } : {}),
  };
}

/**
 * The conversation/user state store selected by STORAGE, behind the
 * ConcurrencyGuard (real eTags under BotState, one error type per failure).
 */
export function createStorage(options: CreateStorageOptions): ConcurrencyGuard {
  return new ConcurrencyGuard(createStore(options), options.onOutcome ? { onOutcome: options.onOutcome } : {});
}

function createStore(options: CreateStorageOptions): Storage {
  switch (options.kind) {
    case 'memory':
      return new BoundedMemoryStorage({
        ...(options.ttlMs !== undefined ? { ttlMs: options.ttlMs } : {}),
        ...(options.maxItems !== undefined ? { maxItems: options.maxItems } : {}),
        ...(options.now ? { now: options.now } : {}),
      });
    case 'file': {
      if (!options.dataDir) throw new Error('[storage] DATA_DIR: required for STORAGE=file');
      const logger = options.logger;
      return new FileStorage({
        dir: join(resolve(options.dataDir), 'state'),
        onCorruptFile: ({ key, file, reason }) => logger?.warn({ key, file, reason }, '[storage] corrupted state file treated as missing'),
      });
    }
    case 'blob':
      if (!options.blobConnectionString) throw new Error('[storage] BLOB_CONNECTION_STRING: required for STORAGE=blob');
      if (!options.blobContainer) throw new Error('[storage] BLOB_CONTAINER: required for STORAGE=blob');
      return createBlobStorage(options.blobConnectionString, options.blobContainer);
  }
}
