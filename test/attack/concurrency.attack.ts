import { CONFLICT_TEXT } from '../../src/server/turn-error';
import { messageActivity, postActivity, replyTexts } from '../server/echo-server';
import { azuriteInstalled, startAzurite, type RunningAzurite } from '../storage/azurite';
import { startBot, type BotProcess } from './bot-process';

const describeWithAzurite = azuriteInstalled() ? describe : describe.skip;

/**
 * Fault 5: two bot processes on one Blob container (Azurite); the same
 * conversation answers on both at once. BotState wrote with eTag "*" and the
 * last writer silently won. Now, in every conversation, either the two turns
 * ran one after the other (the second answer became the next value) or one
 * was refused and its user asked to send it again — never two turns that both
 * acted as if alone.
 */
describeWithAzurite('attack: two instances on Azurite, one conversation, two answers at once', () => {
  let azurite: RunningAzurite;
  let a: BotProcess;
  let b: BotProcess;
  beforeAll(async () => {
    azurite = await startAzurite();
    const env = { STORAGE: 'blob', BLOB_CONNECTION_STRING: azurite.connectionString, BLOB_CONTAINER: 'amip-attack-state' };
    [a, b] = await Promise.all([startBot(env), startBot(env)]);
  }, 90_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await azurite?.stop();
  }, 30_000);

  const say = async (bot: BotProcess, conversation: string, text: string): Promise<string> => {
    const response = await postActivity(bot.url, messageActivity(text, { conversation: { id: conversation } }));
    expect(response.status).toBe(200);
    return (await replyTexts(response)).join('\n');
  };

  it('never lets two turns both act as if alone', async () => {
    const conversations = Array.from({ length: 12 }, (_, i) => `race-${i}`);
    await Promise.all(conversations.map(async (id) => expect(await say(a, id, 'Integrationsquote berechnen')).toMatch(/Integrationen/)));
    let conflicts = 0;
    await Promise.all(
      conversations.map(async (id) => {
        const replies = await Promise.all([say(a, id, '865'), say(b, id, '900')]);
        const askedForStock = replies.filter((r) => /Bestand/.test(r)).length;
        const refused = replies.filter((r) => r === CONFLICT_TEXT).length;
        conflicts += refused;
        // Both asking for the stock would mean both took their number as the first value: a lost update.
        expect(askedForStock).toBeLessThanOrEqual(1);
        expect(refused === 1 ? askedForStock : 1).toBe(1);
      }),
    );
    // Log how often the race was actually hit (timing-dependent); the assertions above hold either way.
    process.stdout.write(`[attack] concurrency: ${conflicts} of ${conversations.length} races ended in a conflict\n`);
  });
});
