import { randomUUID } from 'node:crypto';
import { mkdirSync, promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { Storage, StoreItems } from 'botbuilder';
import { applyWrite, copy } from './etag';

interface StoredFile {
  eTag: string;
  value: object;
}

/**
 * One JSON file per key in a directory: survives a restart. Writes go to a temp
 * file and are renamed into place, so a reader never sees half a file; a
 * corrupted file is reported and treated as missing, never crashed on.
 */
export class FileStorage implements Storage {
  /** Per-key write chains: the eTag check and the rename happen one at a time per key. */
  private readonly locks = new Map<string, Promise<void>>();

  constructor(
    private readonly dir: string,
    private readonly onCorrupt: (file: string, error: string) => void = () => undefined,
  ) {
    mkdirSync(dir, { recursive: true });
  }

  async read(keys: string[]): Promise<StoreItems> {
    const result: StoreItems = {};
    for (const key of keys) {
      const stored = await this.load(key);
      if (stored) result[key] = { ...stored.value, eTag: stored.eTag };
    }
    return result;
  }

  async write(changes: StoreItems): Promise<void> {
    await Promise.all(Object.entries(changes).map(([key, change]) => this.serialise(key, async () => {
      const current = await this.load(key);
      const eTag = applyWrite(key, current?.eTag, change, () => randomUUID());
      const file = this.fileOf(key);
      const temp = `${file}.${process.pid}.${randomUUID()}.tmp`;
      await fs.writeFile(temp, JSON.stringify({ eTag, value: copy(change) } satisfies StoredFile));
      await fs.rename(temp, file);
    })));
  }

  async delete(keys: string[]): Promise<void> {
    await Promise.all(keys.map((key) => fs.rm(this.fileOf(key), { force: true })));
  }

  private async load(key: string): Promise<StoredFile | undefined> {
    const file = this.fileOf(key);
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch {
      return undefined;
    }
    try {
      const parsed = JSON.parse(text) as Partial<StoredFile>;
      if (typeof parsed.eTag !== 'string' || typeof parsed.value !== 'object' || parsed.value === null) throw new Error('missing eTag or value');
      return parsed as StoredFile;
    } catch (error) {
      this.onCorrupt(file, String(error));
      return undefined;
    }
  }

  private fileOf(key: string): string {
    return join(this.dir, `${encodeURIComponent(key).replace(/\./g, '%2E')}.json`);
  }

  private async serialise(key: string, work: () => Promise<void>): Promise<void> {
    const previous = this.locks.get(key) ?? Promise.resolve();
    const next = previous.then(work, work);
    this.locks.set(key, next.catch(() => undefined));
    return next;
  }
}
