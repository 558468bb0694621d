import { createMemoryInsightsStore } from '../../src/insights-log/insights-store';
import { createUserHasher } from '../../src/privacy/user-hash';
import { conversation, flatten, sharedBrain } from '../helpers/bot-harness';

/** What the bot says when the programme does not support an answer: one recognisable opening. */
const NOT_IN_PROGRAMME = /^Das steht so nicht im Programm/;

describe('the bot answers only what the programme supports', () => {
  const { programme } = sharedBrain().knowledge;

  it('says so for another jobcenter, another year and a measure the programme lacks, and logs each as unanswered', async () => {
    const store = createMemoryInsightsStore();
    const c = conversation({ insights: { store, hashUser: createUserHasher('salt') } });
    const questions = [`Integrationsquote im Jobcenter Musterstadt ${programme.year}`, `Wie hoch ist das Budget ${programme.year + 3}?`, 'Wie hoch ist die Arbeitslosenquote?'];
    for (const q of questions) expect(await c.say(q)).toMatch(NOT_IN_PROGRAMME);
    expect(store.readInsights().map((r) => (r.kind === 'unanswered' ? r.text : ''))).toEqual(questions);
  });

  it('asks back with buttons when two different figures fit equally, logs the question, and a button gives the figure', async () => {
    const store = createMemoryInsightsStore();
    const c = conversation({ insights: { store, hashUser: createUserHasher('salt') } });
    // The programme gives the September quota only for women and for men, not in all.
    const dated = sharedBrain().knowledge.proseFigures.filter((f) => f.stand && /integrationsquote/i.test(f.label));
    expect(dated.length).toBeGreaterThanOrEqual(2);
    const month = new Intl.DateTimeFormat('de-DE', { month: 'long' }).format(new Date(dated[0]!.stand!));
    const [reply] = await c.sayRaw({ type: 'message', text: `integrationsquote ${month} ${dated[0]!.stand!.slice(0, 4)}` });
    expect(reply?.text).toMatch(/^Meinten Sie „.+“ oder „.+“\?/);
    expect(store.readInsights()).toHaveLength(1);
    const buttons = flatten([reply!]);
    for (const f of dated.slice(0, 2)) expect(buttons).toContain(f.label.slice(0, 30));
    const picked = dated[0]!;
    expect(await c.say(picked.label)).toContain(picked.printed ?? String(picked.value).replace('.', ','));
  });

  it('answers both when the question names both genders, never one side', async () => {
    const answer = sharedBrain().answerer.answer(`Integrationsquote Frauen und Männer ${programme.year}`);
    const rows = sharedBrain().knowledge.tables.flatMap((t) => t.rows).filter((r) => /integrationsquote (frauen|männer)/i.test(r.label));
    for (const r of rows) expect(answer.text).toContain(r.cells.find((x) => x.year === programme.year)!.raw);
  });

  it('keeps the conversation in a channel too: a follow-up after a mention is read with the previous question', async () => {
    const c = conversation({ conversationType: 'channel' });
    const bot = c.adapter.conversation.bot!;
    const mention = (text: string) => ({
      type: 'message',
      text: `<at>AMIP-Bot</at> ${text}`,
      entities: [{ type: 'mention', text: '<at>AMIP-Bot</at>', mentioned: { id: bot.id, name: 'AMIP-Bot' } }],
    });
    const women = flatten(await c.sayRaw(mention(`Wie hoch ist die Integrationsquote der Frauen ${programme.year}?`)));
    const men = flatten(await c.sayRaw(mention('und bei den Männern?')));
    const row = (label: RegExp) => sharedBrain().knowledge.tables.flatMap((t) => t.rows).find((r) => label.test(r.label))!;
    const cell = (label: RegExp) => row(label).cells.find((x) => x.year === programme.year)!.raw;
    expect(women).toContain(cell(/Integrationsquote Frauen/));
    expect(men).toContain(cell(/Integrationsquote Männer/));
    expect(men).toMatch(/Männer/);
  });
});

describe('a target group asked for its offers', () => {
  it.each(['Maßnahmen für', 'Welche Angebote gibt es für', 'Was gibt es für'])('"%s <Gruppe>" lists the group’s instruments from the programme', (lead) => {
    const { knowledge } = sharedBrain();
    const group = knowledge.targetGroups.find((g) => g.instrumentIds.length >= 2)!;
    const answer = sharedBrain().answerer.answer(`${lead} ${group.name}?`);
    expect(answer.kind).toBe('target-group');
    for (const id of group.instrumentIds) expect(answer.text).toContain(knowledge.instruments.find((i) => i.id === id)!.name);
  });
});
