import { createMemoryInsightsStore, REMOVED_PERSONAL_DATA } from '../../src/insights-log/insights-store';
import { createUserHasher, hashUserId } from '../../src/privacy/user-hash';
import { conversation } from '../helpers/bot-harness';

const setup = () => {
  const store = createMemoryInsightsStore();
  return { store, c: conversation({ insights: { store, hashUser: createUserHasher('salt') } }) };
};

const feedbackInvoke = (replyToId: string | undefined, feedbackText: string) => ({
  type: 'invoke',
  name: 'message/submitAction',
  from: { id: 'user-42', name: 'U' },
  ...(replyToId ? { replyToId } : {}),
  value: { actionName: 'feedback', actionValue: { reaction: 'like', feedback: JSON.stringify({ feedbackText }) } },
});

describe('the bot records insights through the InsightsStore', () => {
  it('keeps unanswered questions, not answered ones', async () => {
    const { store, c } = setup();
    await c.say('Wie wird das Wetter morgen?');
    await c.say('Wie hoch ist die Integrationsquote 2024?');
    expect(store.readInsights().map((r) => (r.kind === 'unanswered' ? r.text : r.kind))).toEqual(['Wie wird das Wetter morgen?']);
  });

  it('keeps only the placeholder for an unanswered question that held client data, not even its redacted rest', async () => {
    const { store, c } = setup();
    await c.say('Wie wird das Wetter für Kundennummer 123D456789 morgen?');
    expect(store.readInsights()).toMatchObject([{ kind: 'unanswered', text: REMOVED_PERSONAL_DATA }]);
  });

  it('records feedback with the salted user hash and the kind of the rated answer', async () => {
    const { store, c } = setup();
    const [answer] = await c.sayRaw({ type: 'message', text: 'Wie hoch ist die Integrationsquote 2024?' });
    await c.sayRaw(feedbackInvoke(answer?.id, 'Hilfreich, Tel. 03531 123456'));
    const records = store.readInsights();
    expect(records).toMatchObject([{ kind: 'feedback', reaction: 'like', answerKind: 'figure', comment: REMOVED_PERSONAL_DATA, userHash: hashUserId('user-42', 'salt') }]);
    expect(JSON.stringify(records)).not.toContain('user-42');
  });

  it('leaves the answer kind out when the rated message is not known', async () => {
    const { store, c } = setup();
    await c.sayRaw(feedbackInvoke('unknown-id', 'gut'));
    expect(store.readInsights()[0]).not.toHaveProperty('answerKind');
  });
});
