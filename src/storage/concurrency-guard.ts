import type { Storage, StoreItems } from 'botbuilder';
import { ETagConflictError } from './etag';
import { StateStorageError } from './errors';

/** The eTag an item had when it was read, kept on the object itself (a symbol: JSON and the stores never see it). */
const READ_ETAG = Symbol('amip.readETag');

type Marked = Record<string | symbol, unknown> & { [READ_ETAG]?: string };

export interface GuardOptions {
  /** Told after every store operation whether it worked (conflicts count as working): /healthz's storage signal. */
  onOutcome?: (ok: boolean) => void;
}

/**
 * Real optimistic concurrency under botbuilder's BotState, whose saveChanges
 * always writes with eTag "*" (last writer wins): each item read remembers its
 * eTag, and a "*" write of that same object goes out with the remembered eTag,
 * so a turn that read stale state fails with ETagConflictError instead of
 * silently overwriting what another turn (or instance) saved in between.
 * After a successful write the object writes unconditionally for the rest of
 * the turn (the store does not say the new eTag). Items that did not exist
 * when read are created unconditionally, as botbuilder does.
 *
 * Failures of the store come out as StateStorageError, conflicts as
 * ETagConflictError, whatever the store behind it throws.
 */
export class ConcurrencyGuard implements Storage {
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(
    /** The store behind the guard. */
    readonly inner: Storage,
    private readonly options: GuardOptions = {},
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items = await this.run('read', () => this.inner.read(keys));
    for (const item of Object.values(items) as unknown[]) {
      if (typeof item !== 'object' || item === null) continue;
      const eTag = (item as { eTag?: unknown }).eTag;
      if (typeof eTag === 'string' && eTag !== '' && eTag !== '*') {
        Object.defineProperty(item, READ_ETAG, { value: eTag, writable: true, configurable: true, enumerable: false });
      }
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const outgoing: StoreItems = {};
    for (const [key, change] of Object.entries(changes) as [string, unknown][]) {
      const marked = typeof change === 'object' && change !== null ? (change as Marked) : undefined;
      const readETag = marked?.[READ_ETAG];
      outgoing[key] = marked && readETag !== undefined && (marked['eTag'] === '*' || marked['eTag'] === undefined) ? { ...marked, eTag: readETag } : change;
    }
    await this.run('write', () => this.inner.write(outgoing), Object.keys(changes)[0]);
    for (const change of Object.values(changes) as unknown[]) {
      if (typeof change === 'object' && change !== null && READ_ETAG in change) delete (change as Marked)[READ_ETAG];
    }
  }

  async delete(keys: string[]): Promise<void> {
    await this.run('delete', () => this.inner.delete(keys));
  }

  /** Resolves once every read, write and delete started so far has settled (shutdown: a turn cut off by the drain timeout may still be writing). */
  async flush(): Promise<void> {
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
  }

  private async run<T>(operation: StateStorageError['operation'], work: () => Promise<T>, key = ''): Promise<T> {
    const pending = work();
    this.inFlight.add(pending);
    void pending.then(
      () => this.inFlight.delete(pending),
      () => this.inFlight.delete(pending),
    );
    try {
      const result = await pending;
      this.options.onOutcome?.(true);
      return result;
    } catch (error) {
      if (isConflict(error)) {
        this.options.onOutcome?.(true);
        throw error instanceof ETagConflictError ? error : new ETagConflictError(key);
      }
      this.options.onOutcome?.(false);
      throw new StateStorageError(operation, error);
    }
  }
}

/** Our stores throw ETagConflictError; botbuilder's say "eTag conflict"; Azure answers 412. */
function isConflict(error: unknown): boolean {
  if (error instanceof ETagConflictError) return true;
  if (typeof error !== 'object' || error === null) return false;
  const { message, statusCode } = error as { message?: unknown; statusCode?: unknown };
  return statusCode === 412 || (typeof message === 'string' && /eTag conflict/i.test(message));
}
