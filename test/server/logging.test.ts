import { TestAdapter } from 'botbuilder';
import { Writable } from 'node:stream';
import { createLogger, createTurnLogger, flushLogger, newCorrelationId } from '../../src/logger';
import { turnLogging, turnLogOf } from '../../src/server/turn-logging';

const CLIENT_DATA = 'IBAN DE89 3704 0044 0532 0130 00 – Was bedeutet ELB?';

function collected(logMessageText: boolean): { logger: ReturnType<typeof createLogger>; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger('info', { logMessageText, destination }), lines };
}

describe('createLogger', () => {
  it('writes JSON lines and drops any field named text unless enabled', () => {
    const { logger, lines } = collected(false);
    logger.info({ text: CLIENT_DATA, activity: { type: 'message', text: CLIENT_DATA }, deep: { a: { text: CLIENT_DATA } } }, 'something');
    expect(lines).toEqual([expect.objectContaining({ msg: 'something', service: 'amip-bot', activity: { type: 'message' }, deep: { a: {} } })]);
    expect(JSON.stringify(lines)).not.toMatch(/ELB|DE89/);
  });

  it('keeps text redacted and cut when enabled', () => {
    const { logger, lines } = collected(true);
    logger.info({ activity: { text: CLIENT_DATA }, text: 'x'.repeat(2_000) }, 'something');
    expect(lines[0]).toMatchObject({ activity: { text: 'IBAN [IBAN] – Was bedeutet ELB?' } });
    expect(String(lines[0]?.['text'])).toHaveLength(500);
  });

  it('gives each turn a child logger whose lines carry its correlation id', () => {
    const { logger, lines } = collected(false);
    const turn = createTurnLogger(logger);
    turn.logger.info('inside the turn');
    expect(turn.correlationId).toMatch(/^[0-9a-f]{8}$/);
    expect(lines[0]).toMatchObject({ turnId: turn.correlationId, msg: 'inside the turn' });
    expect(newCorrelationId()).not.toBe(newCorrelationId());
  });

  it('flushes, also the default asynchronous destination', async () => {
    await expect(flushLogger(collected(false).logger)).resolves.toBeUndefined();
    const stderrLogger = createLogger('silent');
    await expect(flushLogger(stderrLogger)).resolves.toBeUndefined();
  });
});

describe('turnLogging', () => {
  const run = async (logMessageText: boolean): Promise<{ line: Record<string, unknown>; seenTurnId: string | undefined }> => {
    const { logger, lines } = collected(logMessageText);
    let seenTurnId: string | undefined;
    const adapter = new TestAdapter(async (context) => {
      seenTurnId = turnLogOf(context)?.correlationId;
    }).use(turnLogging(logger, logMessageText));
    await adapter.receiveActivity(CLIENT_DATA);
    return { line: lines[0]!, seenTurnId };
  };

  it('logs one line per turn, with the turn id the bot sees, and no message text by default', async () => {
    const { line, seenTurnId } = await run(false);
    expect(line).toMatchObject({ msg: 'turn', activityType: 'message', textLength: CLIENT_DATA.length, turnId: seenTurnId });
    expect(JSON.stringify(line)).not.toMatch(/ELB|DE89/);
  });

  it('logs the redacted text only when enabled', async () => {
    expect((await run(true)).line['text']).toBe('IBAN [IBAN] – Was bedeutet ELB?');
  });

  it('strips the text even from a plain pino logger when disabled', async () => {
    const lines: string[] = [];
    const { default: pino } = await import('pino');
    const adapter = new TestAdapter(async () => undefined).use(turnLogging(pino({}, { write: (l: string) => lines.push(l) }), false));
    await adapter.receiveActivity(CLIENT_DATA);
    expect(lines.join('')).not.toMatch(/ELB|DE89/);
  });
});
