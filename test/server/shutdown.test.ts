import { EventEmitter } from 'node:events';
import { installSignalHandlers } from '../../src/server/shutdown';

function harness(options: { stop?: () => Promise<void>; flush?: () => Promise<void>; hardTimeoutMs?: number } = {}) {
  const steps: string[] = [];
  const signals = new EventEmitter();
  let resolveExit: (code: number) => void = () => undefined;
  const exited = new Promise<number>((resolve) => (resolveExit = resolve));
  const server = {
    stop: async () => {
      steps.push('stop');
      await options.stop?.();
    },
  };
  const flush = async () => {
    steps.push('flush');
    await options.flush?.();
  };
  const uninstall = installSignalHandlers(server, flush, {
    signalSource: signals,
    hardTimeoutMs: options.hardTimeoutMs ?? 1_000,
    exit: (code) => {
      steps.push(`exit ${code}`);
      resolveExit(code);
    },
  });
  return { steps, signals, exited, uninstall };
}

describe('installSignalHandlers', () => {
  it.each(['SIGTERM', 'SIGINT'])('on %s stops the server, then flushes, then exits 0', async (signal) => {
    const { steps, signals, exited } = harness();
    signals.emit(signal);
    expect(await exited).toBe(0);
    expect(steps).toEqual(['stop', 'flush', 'exit 0']);
  });

  it('waits for the server to drain before flushing', async () => {
    const { steps, signals, exited } = harness({ stop: () => new Promise((resolve) => setTimeout(resolve, 50)) });
    signals.emit('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(steps).toEqual(['stop']);
    await exited;
    expect(steps).toEqual(['stop', 'flush', 'exit 0']);
  });

  it('exits 1 when flushing fails', async () => {
    const { signals, exited } = harness({ flush: () => Promise.reject(new Error('disk full')) });
    signals.emit('SIGTERM');
    expect(await exited).toBe(1);
  });

  it('exits 1 when stopping hangs past the hard timeout', async () => {
    const { steps, signals, exited } = harness({ stop: () => new Promise(() => undefined), hardTimeoutMs: 30 });
    signals.emit('SIGTERM');
    expect(await exited).toBe(1);
    expect(steps).toEqual(['stop', 'exit 1']);
  });

  it('exits at once on a second signal', async () => {
    const { steps, signals, exited } = harness({ stop: () => new Promise(() => undefined) });
    signals.emit('SIGTERM');
    signals.emit('SIGINT');
    expect(await exited).toBe(1);
    expect(steps).toEqual(['stop', 'exit 1']);
  });

  it('can be uninstalled', () => {
    const { signals, uninstall } = harness();
    expect(signals.listenerCount('SIGTERM')).toBe(1);
    uninstall();
    expect(signals.listenerCount('SIGTERM') + signals.listenerCount('SIGINT')).toBe(0);
  });
});
