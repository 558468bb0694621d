import type { Activity } from 'botbuilder';
import { conversation } from '../helpers/bot-harness';

/** Texts of a card's TextBlocks and facts, wherever they sit. */
function cardTexts(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => cardTexts(v, out));
  else if (value && typeof value === 'object') {
    const node = value as Record<string, unknown>;
    if (node['type'] === 'TextBlock' && typeof node['text'] === 'string') out.push(node['text']);
    if (Array.isArray(node['facts'])) for (const f of node['facts'] as { title: string; value: string }[]) out.push(`${f.title} ${f.value}`);
    for (const [k, v] of Object.entries(node)) if (k !== 'fallbackText' && typeof v === 'object') cardTexts(v, out);
  }
  return out;
}

/** A message whose text repeats a sentence of its card (or the card repeats the text). */
function doubled(activities: readonly Partial<Activity>[]): string[] {
  const found: string[] = [];
  for (const a of activities) {
    const card = a.attachments?.[0]?.content;
    if (!card || !a.text) continue;
    const text = a.text.toLowerCase();
    const texts = cardTexts(card).map((t) => t.toLowerCase());
    for (const t of texts) if (t.length >= 25 && text.includes(t)) found.push(t);
    if (text.length >= 25 && texts.some((t) => t.includes(text))) found.push(text);
    // A sentence of the text (longer than a lead) found on the card.
    for (const sentence of text.split(/(?<=[.!?:])\s+/)) if (sentence.length >= 40 && texts.some((t) => t.includes(sentence))) found.push(sentence);
  }
  return found;
}

const say = async (c: ReturnType<typeof conversation>, text: string) => c.sayRaw({ type: 'message', text });

describe('a card carries its content once', () => {
  it('tour steps and self-check questions', async () => {
    const c = conversation();
    expect(doubled(await say(c, 'Einführung'))).toEqual([]);
    for (let i = 0; i < 6; i++) expect(doubled(await say(c, 'Weiter'))).toEqual([]);
    expect(doubled(await say(c, 'Weiter'))).toEqual([]);
  });

  it('a calculation result', async () => {
    const replies = await say(conversation(), 'Integrationsquote bei 378 Integrationen und 2.207 ELB');
    expect(replies.some((a) => a.attachments?.length)).toBe(true);
    expect(doubled(replies)).toEqual([]);
  });

  it('the data check', async () => {
    const replies = await say(conversation(), 'Datenprüfung');
    expect(doubled(replies)).toEqual([]);
    expect(replies[0]!.text).toMatch(/^Datenprüfung: \d+ Werte nachgerechnet, \d+ stimmen, \d+ weich\w+ ab\.$/);
  });
});
