import { ConversationState, MemoryStorage, TestAdapter, type Storage } from 'botbuilder';
import { DialogSet, DialogTurnStatus, TextPrompt, WaterfallDialog, type DialogState, type WaterfallStepContext } from 'botbuilder-dialogs';
import { createBlobStorage } from '../../src/storage/blob-storage';
import { azuriteInstalled, AZURITE_BIN, startAzurite, type RunningAzurite } from './azurite';
import { describeStorageContract } from './storage-contract';
import { describeLostUpdateAttack } from './lost-update';

// Starting Azurite and talking HTTP to it is slow on a busy 2-core machine.
jest.setTimeout(60_000);

if (!azuriteInstalled()) {
  console.warn(`Blob storage tests SKIPPED: Azurite not found at ${AZURITE_BIN} (it is a devDependency; run npm ci).`);
}
const describeWithAzurite = azuriteInstalled() ? describe : describe.skip;

describeWithAzurite('Blob storage on Azurite', () => {
  let azurite: RunningAzurite | undefined;
  let containers = 0;
  const connectionString = (): string => {
    if (!azurite) throw new Error('[test] Azurite did not start');
    return azurite.connectionString;
  };
  const freshContainer = (): string => `amip-test-${process.pid}-${++containers}`;

  beforeAll(async () => {
    azurite = await startAzurite();
  }, 90_000);

  afterAll(async () => {
    await azurite?.stop();
  }, 30_000);

  describeStorageContract('BlobsStorage', () => createBlobStorage(connectionString(), freshContainer()));

  // Two BlobsStorage clients on one container: two processes of a scaled-out bot.
  describeLostUpdateAttack('Azurite', () => {
    const container = freshContainer();
    return [createBlobStorage(connectionString(), container), createBlobStorage(connectionString(), container)];
  });

  it('creates the container again when it disappeared while the bot ran (issue 15, fault 7)', async () => {
    const container = freshContainer();
    const storage = createBlobStorage(connectionString(), container);
    await storage.write({ k: { v: 1 } });
    const { ContainerClient } = require('@azure/storage-blob') as typeof import('@azure/storage-blob');
    await new ContainerClient(connectionString(), container).delete();
    await storage.write({ k: { v: 2 } });
    expect((await storage.read(['k']))['k']).toMatchObject({ v: 2 });
  });

  it('refuses a container name Azure would reject, naming the setting', () => {
    expect(() => createBlobStorage(connectionString(), 'AMIP_State')).toThrow(/\[storage\] BLOB_CONTAINER: .*"AMIP_State"/);
    expect(() => createBlobStorage(' ', 'amip-state')).toThrow(/BLOB_CONNECTION_STRING/);
  });

  describe('two bot instances over one container', () => {
    const ASK = 'Wie heißt die Maßnahme?';

    /** A minimal bot instance: its own ConversationState over the given store, a two-step waterfall (ask, then echo). */
    function botInstance(storage: Storage): TestAdapter {
      const conversationState = new ConversationState(storage);
      const dialogs = new DialogSet(conversationState.createProperty<DialogState>('dialogState'));
      dialogs.add(new TextPrompt('text'));
      dialogs.add(
        new WaterfallDialog('ask-then-echo', [
          async (step: WaterfallStepContext) => step.prompt('text', ASK),
          async (step: WaterfallStepContext) => {
            await step.context.sendActivity(`Sie sagten: ${String(step.result)}`);
            return step.endDialog();
          },
        ]),
      );
      return new TestAdapter(async (context) => {
        const dc = await dialogs.createContext(context);
        const result = await dc.continueDialog();
        if (result.status === DialogTurnStatus.empty) await dc.beginDialog('ask-then-echo');
        await conversationState.saveChanges(context, false);
      });
    }

    it('finishes on instance B a dialog started on instance A', async () => {
      const container = freshContainer();
      const instanceA = botInstance(createBlobStorage(connectionString(), container));
      const instanceB = botInstance(createBlobStorage(connectionString(), container));

      await instanceA.send('Hallo').assertReply(ASK).startTest();
      await instanceB.send('Bürgerarbeit – Grüße').assertReply('Sie sagten: Bürgerarbeit – Grüße').startTest();
      // The dialog ended on B, so A starts a new one instead of echoing.
      await instanceA.send('Noch einmal').assertReply(ASK).startTest();
    });

    it('finishes a calculation dialog of the real bot on the second instance', async () => {
      const { conversation } = await import('../helpers/bot-harness');
      const container = freshContainer();
      const first = conversation({ storage: createBlobStorage(connectionString(), container) });
      const second = conversation({ storage: createBlobStorage(connectionString(), container) });
      expect(await first.say('Veränderung berechnen')).toMatch(/alte Wert/);
      expect(await first.say('2.844')).toMatch(/neue Wert/);
      expect(await second.say('2.985')).toContain('+5,0 %');
    });

    it('does not finish it when B has its own store (the control case)', async () => {
      const instanceA = botInstance(createBlobStorage(connectionString(), freshContainer()));
      const instanceB = botInstance(new MemoryStorage());

      await instanceA.send('Hallo').assertReply(ASK).startTest();
      await instanceB.send('Bürgerarbeit').assertReply(ASK).startTest();
    });
  });
});
