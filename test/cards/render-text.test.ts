import { markdownText, plainText } from '../../src/cards/render-text';
import { adaptiveCard } from '../../src/cards/adaptive-card';
import { conversation, sharedBrain } from '../helpers/bot-harness';
import { buildTour } from '../../src/answers/tour';

/** What a Markdown reader would take as emphasis: an unescaped * or _ that is not part of the bot's **bold**. */
function strayMarks(markdown: string): string[] {
  const withoutEscapes = markdown.replace(/\\[*_]/g, '');
  return [...withoutEscapes.replace(/\*\*(?=\S)[^*\n]*?\S\*\*/g, '').matchAll(/[*_]/g)].map((m) => m[0]);
}

describe('markdownText', () => {
  it('keeps gender stars as stars and the bold the bot means', () => {
    const out = markdownText('**Zielgruppen:** Migrant*innen, Rehabilitand*innen und Kund_innen');
    expect(out).toBe('**Zielgruppen:** Migrant\\*innen, Rehabilitand\\*innen und Kund\\_innen');
    expect(strayMarks(out)).toEqual([]);
  });

  it('is idempotent', () => {
    const once = markdownText('Migrant*innen **19,1 %** Kund*innen');
    expect(markdownText(once)).toBe(once);
  });

  it('gives the terminal plain text', () => {
    expect(plainText(markdownText('**19,1 %** für Migrant*innen'))).toBe('19,1 % für Migrant*innen');
  });

  it('is applied to every TextBlock and fact of a card', () => {
    const card = adaptiveCard([{ type: 'Container', items: [{ type: 'TextBlock', text: 'Migrant*innen und Rehabilitand*innen' }] }, { type: 'FactSet', facts: [{ title: 'Kund*innen', value: 'a_b' }] }]);
    expect(strayMarks(JSON.stringify(card.body).replace(/\\\\/g, '\\'))).toEqual([]);
  });
});

describe('gender stars reach Teams intact', () => {
  it('in the tour step on the target groups, text and card', async () => {
    const steps = buildTour(sharedBrain().knowledge);
    const index = steps.findIndex((s) => /\*innen[\s\S]*\*innen/.test(s.text));
    expect(index).toBeGreaterThanOrEqual(0);
    const c = conversation();
    let replies = await c.sayRaw({ type: 'message', text: 'Einführung' });
    for (let i = 0; i < index; i++) replies = await c.sayRaw({ type: 'message', text: 'Weiter' });
    const card = replies.flatMap((a) => a.attachments ?? [])[0]!.content as { body: { text?: string }[] };
    const texts = card.body.map((b) => b.text ?? '');
    expect(texts.some((t) => t.includes('\\*innen'))).toBe(true);
    for (const t of texts) expect(strayMarks(t)).toEqual([]);
  });

  it('in an answer about a target group', async () => {
    const replies = await conversation().sayRaw({ type: 'message', text: 'Was tut das Jobcenter für Menschen mit Behinderungen?' });
    for (const a of replies) expect(strayMarks(a.text ?? '')).toEqual([]);
  });
});

describe('bold that holds a gender star', () => {
  it('stays bold in Markdown and loses only its marks in the terminal', () => {
    const md = markdownText('**Menschen mit Behinderung und Rehabilitand*innen**\n\nText für Kund*innen');
    expect(md).toBe('**Menschen mit Behinderung und Rehabilitand\\*innen**\n\nText für Kund\\*innen');
    expect(markdownText(md)).toBe(md);
    expect(plainText(md)).toBe('Menschen mit Behinderung und Rehabilitand*innen\n\nText für Kund*innen');
  });
});
