import { conversation } from '../helpers/bot-harness';

describe('units follow what was asked', () => {
  it('a share of two counts carries no €', async () => {
    const reply = await conversation().say('Wie viel Prozent sind 60 von 4.383?');
    expect(reply).toMatch(/1,4 %/);
    expect(reply).toMatch(/60 von 4\.383/);
    expect(reply).not.toMatch(/€/);
  });

  it('a share of amounts keeps €', async () => {
    const reply = await conversation().say('Wie viel Prozent sind 983.675 € von 4.706.577 €?');
    expect(reply).toMatch(/20,9 %/);
    expect(reply).toMatch(/983\.675 € von 4\.706\.577 €/);
  });

  it('the quota result compares with the matching programme row only', async () => {
    const replies = await conversation().sayRaw({ type: 'message', text: 'Integrationsquote bei 378 Integrationen und 2.207 ELB' });
    const card = replies.flatMap((a) => a.attachments ?? [])[0]!.content as { body: { type: string; facts?: { title: string }[] }[] };
    const facts = card.body.filter((b) => b.type === 'FactSet').flatMap((b) => b.facts ?? []);
    expect(facts).toHaveLength(1);
    expect(facts[0]!.title).toMatch(/^Plan \d{4} gesamt$/);
  });
});
