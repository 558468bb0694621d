import { ConversationState, MemoryStorage, TestAdapter } from 'botbuilder';
import pino from 'pino';
import { createTurnErrorHandler } from '../../src/server/turn-error';
import { turnLogging } from '../../src/server/turn-logging';
import { ETagConflictError } from '../../src/storage/etag';
import { StateStorageError } from '../../src/storage/errors';

interface LogLine {
  msg: string;
  level: number;
  turnId?: string;
  errorId?: string;
  failed?: boolean;
  err?: { message: string; stack?: string };
}

function collectingLogger(): { logger: pino.Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line) as LogLine) });
  return { logger, lines };
}

const stateKey = (context: { channelId?: string; conversation?: { id: string } }): string => `${context.channelId}/conversations/${context.conversation?.id}/`;

describe('createTurnErrorHandler', () => {
  it('apologises with an error id, shows no error detail and deletes the conversation state', async () => {
    const storage = new MemoryStorage();
    const state = new ConversationState(storage);
    const dialogState = state.createProperty<{ step: number }>('dialogState');
    let savedBeforeError = 0;
    const adapter = new TestAdapter(async (context) => {
      await dialogState.set(context, { step: 3 });
      await state.saveChanges(context);
      savedBeforeError = Object.keys(await storage.read([stateKey(context.activity)])).length;
      throw new TypeError('boom at dialogs/x.ts:12');
    });
    adapter.onTurnError = createTurnErrorHandler(pino({ level: 'silent' }), state);

    await adapter.receiveActivity('hallo');
    const replies = adapter.activeQueue.splice(0);
    expect(replies.map((r) => r.text)).toEqual([expect.stringMatching(/^Entschuldigung, da ist etwas schiefgelaufen\. Bitte versuchen Sie es noch einmal\. \(Fehler-ID [0-9a-f]{8}\)$/)]);
    expect(JSON.stringify(replies)).not.toMatch(/boom|TypeError|\.ts:/);
    expect(savedBeforeError).toBe(1);
    expect(await storage.read([stateKey(adapter.conversation)])).toEqual({});
  });

  it('shows the user the correlation id of the turn log, and logs the stack under it', async () => {
    const { logger, lines } = collectingLogger();
    const adapter = new TestAdapter(async () => {
      throw new Error('boom');
    }).use(turnLogging(logger, false));
    adapter.onTurnError = createTurnErrorHandler(logger, new ConversationState(new MemoryStorage()));

    await adapter.receiveActivity('hallo');
    const errorId = /Fehler-ID ([0-9a-f]{8})/.exec(adapter.activeQueue.splice(0)[0]?.text ?? '')?.[1];
    expect(errorId).toBeDefined();
    expect(lines.find((l) => l.msg === 'turn')).toMatchObject({ turnId: errorId, failed: true });
    expect(lines.find((l) => l.msg === 'turn failed')).toMatchObject({ turnId: errorId, errorId, err: { message: 'boom', stack: expect.stringContaining('Error: boom') } });
  });

  it('sends no apology for activities the user did not write', async () => {
    const adapter = new TestAdapter(async () => {
      throw new Error('boom');
    });
    adapter.onTurnError = createTurnErrorHandler(pino({ level: 'silent' }), new ConversationState(new MemoryStorage()));
    await adapter.processActivity({ type: 'conversationUpdate', membersAdded: [{ id: 'user', name: 'Nutzer' }] });
    expect(adapter.activeQueue).toEqual([]);
  });

  it('never rejects, even when the apology and the cleanup fail', async () => {
    const { logger, lines } = collectingLogger();
    const storageDown = new MemoryStorage();
    storageDown.delete = () => Promise.reject(new Error('storage down'));
    class ConnectorDown extends TestAdapter {
      override sendActivities(): Promise<never> {
        return Promise.reject(new Error('connector down'));
      }
    }
    const adapter = new ConnectorDown(async () => {
      throw 'not even an Error';
    });
    adapter.onTurnError = createTurnErrorHandler(logger, new ConversationState(storageDown));

    await expect(adapter.receiveActivity('hallo')).resolves.toBeUndefined();
    expect(lines.map((l) => l.msg)).toEqual(['turn failed', 'turn error: apology not sent', 'turn error: conversation state not cleared']);
    expect(lines[0]?.err).toMatchObject({ message: 'not even an Error' });
  });
});

describe('createTurnErrorHandler and the state store (issue 15, faults 5 and 7)', () => {
  it.each([
    ['a failed write', new StateStorageError('write', new Error('ENOSPC')), /^Ihr letzter Schritt wurde nicht gespeichert, .*\(Fehler-ID [0-9a-f]{8}\)$/],
    ['a conflict', new ETagConflictError('k'), /^Ihre Nachricht kam gleichzeitig mit einer anderen/],
  ])('after %s keeps the saved state and tells the user in one line', async (_name, error, text) => {
    const storage = new MemoryStorage();
    const state = new ConversationState(storage);
    const dialogState = state.createProperty<{ step: number }>('dialogState');
    const adapter = new TestAdapter(async (context) => {
      await dialogState.set(context, { step: 3 });
      await state.saveChanges(context);
      throw error;
    });
    adapter.onTurnError = createTurnErrorHandler(pino({ level: 'silent' }), state);
    await adapter.receiveActivity('865');
    expect(adapter.activeQueue.splice(0).map((r) => r.text)).toEqual([expect.stringMatching(text)]);
    expect(Object.keys(await storage.read([stateKey(adapter.conversation)]))).toHaveLength(1);
  });
});
