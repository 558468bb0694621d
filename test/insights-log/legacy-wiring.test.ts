import { hashUserId } from '../../src/privacy/user-hash';
import { MemoryInsightsLog } from '../../src/insights-log/insights-log';
import { conversation } from '../helpers/bot-harness';

// The bot still talks to the deprecated InsightsLog API; this pins what that wiring guarantees today.
// Replace with the bot's own test once it records through InsightsStore.
describe('the bot through the deprecated InsightsLog adapter', () => {
  it('records unanswered questions and feedback without user ids or client data', async () => {
    const insights = new MemoryInsightsLog('salt');
    const c = conversation({ insights });
    await c.say('Wie wird das Wetter morgen?');
    await c.say('Wie hoch ist die Integrationsquote 2024?');
    await c.sayRaw({
      type: 'invoke',
      name: 'message/submitAction',
      from: { id: 'user-42', name: 'U' },
      value: { actionName: 'feedback', actionValue: { reaction: 'like', feedback: '{"feedbackText":"Hilfreich, Tel. 03531 123456"}' } },
    });
    const records = insights.read();
    expect(records.filter((r) => r.kind === 'unanswered').map((r) => (r.kind === 'unanswered' ? r.text : ''))).toEqual(['Wie wird das Wetter morgen?']);
    expect(records.find((r) => r.kind === 'feedback')).toMatchObject({ reaction: 'like', comment: '[entfernt: personenbezogene Daten]', userHash: hashUserId('user-42', 'salt') });
    expect(JSON.stringify(records)).not.toContain('user-42');
  });
});
