import type { EventEmitter } from 'node:events';
import { flushLogger, type Logger } from '../logger';

export interface SignalHandlerOptions {
  logger?: Logger;
  /** Exit anyway after this long, should stopping or flushing hang. */
  hardTimeoutMs?: number;
  signals?: readonly NodeJS.Signals[];
  /** Injected in tests; the process otherwise. */
  signalSource?: EventEmitter;
  exit?: (code: number) => void;
}

/**
 * On SIGTERM or SIGINT: stop the server (no new requests, turns in flight
 * finish), run `onShutdown` (flush storage and the insights log), flush the
 * log, exit 0 — or 1 if any of it failed or took longer than the hard
 * timeout. A second signal exits at once. Returns a function that removes the
 * handlers.
 */
export function installSignalHandlers(
  server: { stop(): Promise<void> },
  onShutdown: () => Promise<void> | void,
  options: SignalHandlerOptions = {},
): () => void {
  const { logger, hardTimeoutMs = 20_000, signals = ['SIGTERM', 'SIGINT'], signalSource = process } = options;
  let shuttingDown = false;
  let exited = false;
  const exit = (code: number): void => {
    if (exited) return;
    exited = true;
    (options.exit ?? ((c: number) => process.exit(c)))(code);
  };

  const shutdown = async (signal: NodeJS.Signals): Promise<void> => {
    if (shuttingDown) {
      logger?.warn({ signal }, 'second signal: exiting without waiting');
      exit(1);
      return;
    }
    shuttingDown = true;
    logger?.info({ signal }, 'shutting down');
    const hardStop = setTimeout(() => {
      logger?.error({ signal, hardTimeoutMs }, 'shutdown took too long: exiting');
      exit(1);
    }, hardTimeoutMs);
    hardStop.unref();
    let code = 0;
    try {
      await server.stop();
      await onShutdown();
      logger?.info({ signal }, 'stopped');
    } catch (error) {
      code = 1;
      logger?.error({ signal, err: error instanceof Error ? error.message : String(error) }, 'shutdown failed');
    }
    if (logger) await flushLogger(logger);
    clearTimeout(hardStop);
    exit(code);
  };

  const listeners = signals.map((signal) => {
    const listener = (): void => void shutdown(signal);
    signalSource.on(signal, listener);
    return { signal, listener };
  });
  return () => {
    for (const { signal, listener } of listeners) signalSource.off(signal, listener);
  };
}
