import { join, resolve } from 'node:path';
import type { Storage } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { BoundedMemoryStorage } from './bounded-memory-storage';
import { FileStorage } from './file-storage';

/** STORAGE=memory (bounded, default), file (DATA_DIR, survives restarts) or blob (several instances). */
export function createStorage(config: Config, logger: Logger): Storage {
  switch (config.STORAGE) {
    case 'memory':
      return new BoundedMemoryStorage({ ttlMs: config.STORAGE_TTL_HOURS * 3_600_000, maxItems: config.STORAGE_MAX_CONVERSATIONS });
    case 'file':
      return new FileStorage(join(resolve(config.DATA_DIR), 'state'), (file, error) => logger.error({ file, error }, 'corrupted state file skipped'));
    case 'blob':
      return new BlobsStorage(config.BLOB_CONNECTION_STRING!, config.BLOB_CONTAINER);
  }
}
