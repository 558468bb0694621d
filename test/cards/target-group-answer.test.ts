import { conversation } from '../helpers/bot-harness';

describe('a target-group answer', () => {
  it('names the group\'s instruments once, then at most three buttons', async () => {
    const replies = await conversation().sayRaw({ type: 'message', text: 'Was tut das Jobcenter für Alleinerziehende?' });
    const message = replies.find((a) => a.type === 'message')!;
    expect(message.text).toMatch(/Spezialisten-Teams/);
    const card = message.attachments?.[0]?.content as { body: { type: string; facts?: unknown[] }[]; actions?: unknown[] } | undefined;
    const cardJson = JSON.stringify(card?.body ?? []);
    expect(cardJson).not.toMatch(/Spezialisten-Teams/);
    expect(cardJson).not.toMatch(/"value":"Abschnitt/);
    expect(card?.actions?.length ?? 0).toBeLessThanOrEqual(3);
    // The approach: the paragraph before the offers has at most two sentences.
    const approach = message.text!.split('\n\n')[1]!;
    expect(approach.split(/(?<=[.!?])\s+/).length).toBeLessThanOrEqual(2);
  });
});
