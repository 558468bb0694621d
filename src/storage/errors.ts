/** The state store failed (full disk, unreadable file, network): the turn's state was not read or not saved. */
export class StateStorageError extends Error {
  override readonly name = 'StateStorageError';

  constructor(
    readonly operation: 'read' | 'write' | 'delete',
    override readonly cause: unknown,
  ) {
    super(`[storage] ${operation} failed: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}
