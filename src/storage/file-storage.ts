import { createHash, randomUUID } from 'node:crypto';
import { chmodSync, mkdirSync, readdirSync, rmSync, promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { Storage, StoreItems } from 'botbuilder';
import { z } from 'zod';
import { assertWritable, serialiseItem } from './etag';

export interface CorruptFileReport {
  key: string;
  file: string;
  reason: string;
}

export interface FileStorageOptions {
  /** Directory holding one JSON file per key; created if missing. */
  dir: string;
  /** Told once per broken file (until the key is written again); the item then reads as missing. */
  onCorruptFile?: (report: CorruptFileReport) => void;
}

const StoredFileSchema = z.object({
  eTag: z.string().min(1),
  value: z.record(z.string(), z.unknown()),
});

type StoredFile = z.infer<typeof StoredFileSchema>;

/** Longest encoded key kept readable in a file name; longer ones are shortened and made unique by a hash. */
const MAX_READABLE_NAME = 200;

/**
 * The file name of a key: percent-encoded so "/", ":" and "." in conversation ids
 * cannot leave the directory or clash; names beyond the file system's limit get a
 * hash suffix ("~" never occurs in the encoded form, so the two forms cannot collide).
 */
export function fileNameForKey(key: string): string {
  const hash = (): string => createHash('sha256').update(key).digest('hex').slice(0, 32);
  let encoded: string;
  try {
    encoded = encodeURIComponent(key).replace(/[!'()*.~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  } catch {
    // A lone surrogate (URIError) has no UTF-8 form: the hash of its UTF-16 units alone names the file.
    return `~${createHash('sha256').update(Buffer.from(key, 'utf16le')).digest('hex').slice(0, 32)}.json`;
  }
  if (encoded.length <= MAX_READABLE_NAME) return `${encoded}.json`;
  return `${encoded.slice(0, MAX_READABLE_NAME - 40)}~${hash()}.json`;
}

/**
 * STORAGE=file: one JSON file per key, so state survives a restart. A write goes
 * to a temp file that is renamed into place (a reader sees the old or the new
 * file, never half of one). eTags are checked under a per-key lock; that makes
 * it safe for one process — several instances need the Blob store.
 */
export class FileStorage implements Storage {
  private readonly dir: string;
  private readonly onCorruptFile: (report: CorruptFileReport) => void;
  /** Tail of each key's chain of writes/deletes; removed when the chain runs dry, so it never grows with keys seen. */
  private readonly locks = new Map<string, Promise<unknown>>();
  private readonly reportedCorrupt = new Set<string>();

  constructor(options: FileStorageOptions) {
    this.dir = options.dir;
    this.onCorruptFile = options.onCorruptFile ?? (() => undefined);
    // State holds what staff typed: readable by the bot's user only.
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    try {
      chmodSync(this.dir, 0o700);
    } catch (error) {
      throw new Error(`[storage] ${this.dir}: cannot make the state folder private (0700): ${error instanceof Error ? error.message : String(error)}`);
    }
    removeLeftoverTempFiles(this.dir);
  }

  async read(keys: string[]): Promise<StoreItems> {
    const loaded = await Promise.all(keys.map(async (key) => [key, await this.load(key)] as const));
    const items: StoreItems = {};
    for (const [key, stored] of loaded) {
      if (stored) items[key] = { ...stored.value, eTag: stored.eTag };
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    await Promise.all(
      Object.entries(changes).map(([key, change]: [string, unknown]) =>
        this.serialised(key, async () => {
          const json = serialiseItem(key, change);
          assertWritable(key, (await this.load(key))?.eTag, change);
          const eTag = randomUUID();
          const file = this.fileOf(key);
          const temp = `${file}.${randomUUID()}.tmp`;
          try {
            await fs.writeFile(temp, `{"eTag":${JSON.stringify(eTag)},"value":${json}}`, { mode: 0o600 });
            await fs.rename(temp, file);
          } catch (error) {
            await fs.rm(temp, { force: true });
            throw error;
          }
          this.reportedCorrupt.delete(file);
        }),
      ),
    );
  }

  async delete(keys: string[]): Promise<void> {
    await Promise.all(keys.map((key) => this.serialised(key, () => fs.rm(this.fileOf(key), { force: true }))));
  }

  private async load(key: string): Promise<StoredFile | undefined> {
    const file = this.fileOf(key);
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    let reason: string;
    try {
      const parsed = StoredFileSchema.safeParse(JSON.parse(text));
      if (parsed.success) return parsed.data;
      reason = `unexpected shape: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join('; ')}`;
    } catch (error) {
      reason = `invalid JSON: ${error instanceof Error ? error.message : String(error)}`;
    }
    if (!this.reportedCorrupt.has(file)) {
      this.reportedCorrupt.add(file);
      this.onCorruptFile({ key, file, reason });
    }
    return undefined;
  }

  private fileOf(key: string): string {
    return join(this.dir, fileNameForKey(key));
  }

  /** Runs work after every earlier write/delete of the same key has settled. */
  private serialised<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.locks.get(key) ?? Promise.resolve();
    const result = previous.then(work);
    const tail = result.catch(() => undefined);
    this.locks.set(key, tail);
    void tail.then(() => {
      if (this.locks.get(key) === tail) this.locks.delete(key);
    });
    return result;
  }
}

/** Temp files of writes cut off by a crash (kill -9) before their rename: never read, so removed at start. */
function removeLeftoverTempFiles(dir: string): void {
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.tmp')) rmSync(join(dir, name), { force: true });
  }
}
