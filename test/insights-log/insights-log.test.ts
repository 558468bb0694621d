import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileInsightsLog, formatReport, hashUser, MemoryInsightsLog } from '../../src/insights-log/insights-log';
import { conversation } from '../helpers/bot-harness';

const at = new Date('2024-06-15T10:00:00Z');

describe('insights log', () => {
  it('records unanswered questions and feedback from the bot, without user ids or client data', async () => {
    const insights = new MemoryInsightsLog('salt');
    const c = conversation({ insights });
    await c.say('Wie wird das Wetter morgen?');
    await c.say('Wie hoch ist die Integrationsquote 2024?');
    await c.sayRaw({ type: 'invoke', name: 'message/submitAction', from: { id: 'user-42', name: 'U' }, value: { actionName: 'feedback', actionValue: { reaction: 'like', feedback: '{"feedbackText":"Hilfreich, Tel. 03531 123456"}' } } });
    const records = insights.read();
    expect(records.filter((r) => r.kind === 'unanswered').map((r) => r.kind === 'unanswered' && r.text)).toEqual(['Wie wird das Wetter morgen?']);
    const feedback = records.find((r) => r.kind === 'feedback');
    expect(feedback).toMatchObject({ reaction: 'like', comment: '[entfernt: personenbezogene Daten]', userHash: hashUser('user-42', 'salt') });
    expect(JSON.stringify(records)).not.toContain('user-42');
  });

  it('appends JSON lines to DATA_DIR that a new instance reads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'amip-insights-'));
    try {
      new FileInsightsLog(dir, 's').recordUnanswered('Gibt es Jobrad?', at);
      new FileInsightsLog(dir, 's').recordUnanswered('gibt es  jobrad?', at);
      expect(readFileSync(join(dir, 'insights.jsonl'), 'utf8').trim().split('\n')).toHaveLength(2);
      expect(formatReport(new FileInsightsLog(dir, 's').read())).toContain('2 × gibt es jobrad?');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports the most frequent unanswered questions first and sums up feedback in German', () => {
    const log = new MemoryInsightsLog('s');
    for (const q of ['A?', 'B?', 'B?', 'C?', 'C?', 'C?']) log.recordUnanswered(q, at);
    log.recordFeedback({ reaction: 'like', userId: 'u1' }, at);
    log.recordFeedback({ reaction: 'dislike', comment: 'zu lang', userId: 'u2' }, at);
    const report = formatReport(log.read());
    expect(report.indexOf('3 × c?')).toBeLessThan(report.indexOf('2 × b?'));
    expect(report).toContain('Feedback: 1 × 👍, 1 × 👎');
    expect(report).toContain('👎 2024-06-15: zu lang');
  });
});
