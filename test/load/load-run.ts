import { randomUUID } from 'node:crypto';
import { integrationQuota, budgetShare } from '../../src/figures/formulas';
import { formatPercent } from '../../src/german/number';

export interface LoadStats {
  turns: number;
  dialogs: number;
  errors: string[];
  status5xx: number;
  wrongResults: number;
}

const QUESTIONS = ['Wie hoch ist die Integrationsquote 2024?', 'Was bedeutet ELB?', 'Kennzahlen', 'Was tut das Jobcenter für Alleinerziehende?', 'Gesamtbudget 2024', 'Wie viele Langzeitleistungsbeziehende sind für 2024 geplant?'];

/**
 * Conversations running side by side against a bot over HTTP (expectReplies).
 * Each dialog uses its own random inputs and checks its own result, so state
 * leaking between conversations shows up as a wrong figure.
 */
export async function runLoad(url: string, options: { conversations: number; durationMs: number }): Promise<LoadStats> {
  const stats: LoadStats = { turns: 0, dialogs: 0, errors: [], status5xx: 0, wrongResults: 0 };
  const deadline = Date.now() + options.durationMs;

  const say = async (conversation: string, text: string): Promise<string> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', id: randomUUID(), text, from: { id: `user-${conversation}` }, recipient: { id: 'bot' }, conversation: { id: conversation }, channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/', deliveryMode: 'expectReplies' }),
    });
    stats.turns++;
    if (response.status >= 500) stats.status5xx++;
    if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
    const body = (await response.json()) as { activities?: { text?: string }[] };
    return (body.activities ?? []).map((a) => a.text ?? '').join('\n');
  };

  const worker = async (n: number): Promise<void> => {
    const conversation = `load-${n}-${randomUUID().slice(0, 8)}`;
    let round = 0;
    while (Date.now() < deadline) {
      round++;
      try {
        if (round % 3 === 0) {
          const integrations = 1 + Math.floor(Math.random() * 900);
          const stock = integrations + Math.floor(Math.random() * 5000);
          await say(conversation, 'Integrationsquote berechnen');
          await say(conversation, integrations.toLocaleString('de-DE'));
          const result = await say(conversation, stock.toLocaleString('de-DE'));
          const expected = integrationQuota(integrations, stock);
          stats.dialogs++;
          if (!expected.ok || !result.includes(formatPercent(expected.value))) stats.wrongResults++;
        } else if (round % 3 === 1) {
          const amount = 1000 + Math.floor(Math.random() * 100_000);
          const total = amount + Math.floor(Math.random() * 1_000_000);
          const result = await say(conversation, `Wie viel Prozent sind ${amount.toLocaleString('de-DE')} von ${total.toLocaleString('de-DE')}?`);
          const expected = budgetShare(amount, total);
          stats.dialogs++;
          if (!expected.ok || !result.includes(formatPercent(expected.value))) stats.wrongResults++;
        } else {
          const reply = await say(conversation, QUESTIONS[(n + round) % QUESTIONS.length]!);
          if (!reply) stats.errors.push('empty reply');
        }
      } catch (error) {
        stats.errors.push(String(error));
      }
    }
  };
  await Promise.all(Array.from({ length: options.conversations }, (_, n) => worker(n)));
  return stats;
}
