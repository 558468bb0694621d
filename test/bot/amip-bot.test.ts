import { MemoryStorage } from 'botbuilder';
import { conversation, flatten } from '../helpers/bot-harness';

describe('AmipBot', () => {
  it('answers a programme question with the figure first and its source', async () => {
    const reply = await conversation().say('Wie hoch ist die geplante Integrationsquote der Frauen 2024?');
    expect(reply).toMatch(/^\*\*17,1 %\*\* – Integrationsquote Frauen, Plan 2024/);
    // The question pins year and gender: the row's other values, which could be quoted by mistake, stay out.
    expect(reply).not.toContain('Ist 2023');
    expect(reply).toContain('Quelle: Abschnitt 3.1 Geschäftspolitische Ziele, S. 10 [1]');
  });

  it('shows the row’s other values beside the figure when the question pins no cell', async () => {
    const reply = await conversation().say('Wie hoch ist die Integrationsquote?');
    expect(reply).toMatch(/Ist 2023: 19,1 %/);
  });

  it('adds a Teams citation for [1], the feedback loop and related topics in a card', async () => {
    const [activity] = await conversation().sayRaw({ type: 'message', text: 'Was tut das Jobcenter für Alleinerziehende?' });
    expect(activity?.entities?.[0]).toMatchObject({ type: 'https://schema.org/Message', citation: [{ '@type': 'Claim', position: 1 }] });
    expect(activity?.channelData).toMatchObject({ feedbackLoopEnabled: true });
    const card = activity?.attachments?.[0]?.content as { actions: { title: string }[] };
    expect(card.actions.length).toBeGreaterThan(0);
    expect(card.actions.length).toBeLessThanOrEqual(3);
  });

  it('in a channel answers only when mentioned, without the mention', async () => {
    const c = conversation({ conversationType: 'channel' });
    expect(await c.sayRaw({ type: 'message', text: 'Was ist die Integrationsquote?' })).toEqual([]);
    const mentioned = await c.sayRaw({
      type: 'message',
      text: '<at>AMIP-Bot</at> Was ist die Integrationsquote?',
      entities: [{ type: 'mention', text: '<at>AMIP-Bot</at>', mentioned: { id: c.adapter.conversation.bot!.id, name: 'AMIP-Bot' } }],
    });
    expect(flatten(mentioned)).toContain('19,1 %');
  });

  it('says honestly when the programme does not answer', async () => {
    for (const question of ['Wie wird das Wetter morgen?', 'Wer gewinnt die Bundesliga?', 'Rezept für Apfelkuchen']) {
      expect(await conversation().say(question)).toMatch(/enthält das Arbeitsmarkt- und Integrationsprogramm 2024 des Jobcenters Elbe-Elster leider keine Aussage/);
    }
  });

  it('greets, thanks and helps briefly', async () => {
    const c = conversation();
    expect(await c.say('Hallo')).toMatch(/Integrationsquote berechnen/);
    expect(await c.say('Danke')).toMatch(/Gern geschehen/);
    expect(await c.say('hilfe')).toMatch(/Kennzahlen/);
  });

  it('refuses a very long message politely and survives markup and control characters', async () => {
    const c = conversation();
    expect(await c.say('Budget '.repeat(800))).toMatch(/zu lang/);
    expect(await c.say('<b>Integrationsquote</b> & Co.\u0000\u0007')).toContain('19,1 %');
    expect(await c.say('🙂🙂🙂')).toMatch(/nicht verstanden/);
  });

  it('welcomes once in a personal chat', async () => {
    const c = conversation();
    const added = { type: 'conversationUpdate', membersAdded: [{ id: c.adapter.conversation.bot!.id, name: 'AMIP-Bot' }, { id: 'user', name: 'User' }] };
    expect(flatten(await c.sayRaw(added))).toMatch(/Willkommen/);
    expect(await c.sayRaw(added)).toEqual([]);
  });

  it('takes 👍/👎 feedback from Teams with a 200 and no chat message (Teams acknowledges it itself)', async () => {
    const c = conversation();
    const replies = await c.sayRaw({ type: 'invoke', name: 'message/submitAction', value: { actionName: 'feedback', actionValue: { reaction: 'dislike', feedback: '{"feedbackText":"zu lang"}' } } });
    expect(replies.filter((a) => a.type === 'message')).toEqual([]);
    expect(replies.find((a) => a.type === 'invokeResponse')?.value).toMatchObject({ status: 200 });
  });

  it('takes a card button press that arrives as value', async () => {
    const reply = await conversation().sayRaw({ type: 'message', value: { msteams: { value: 'Was bedeutet BG?' } } });
    expect(flatten(reply)).toMatch(/Bedarfsgemeinschaft/);
  });
});

describe('client data (Sozialdatenschutz)', () => {
  it('answers the programme part and adds a hint, without the data in any reply', async () => {
    const reply = await conversation().say('Kunde 123D456789, Tel. 03531 123456: Wie hoch ist die Integrationsquote 2024?');
    expect(reply).toContain('19,1 %');
    expect(reply).toMatch(/keine personenbezogenen Kundendaten/);
    expect(reply).not.toContain('123D456789');
    expect(reply).not.toContain('03531');
  });

  it('never stores the data of a question it answers', async () => {
    const memory: Record<string, string> = {};
    const c = conversation({ storage: new MemoryStorage(memory) });
    expect(await c.say('Kunde 123D456789: Wie hoch ist die Integrationsquote 2024?')).toContain('19,1 %');
    expect(JSON.stringify(memory)).not.toContain('123D456789');
  });

  it('keeps a running dialog and never stores the number', async () => {
    const memory: Record<string, string> = {};
    const c = conversation({ storage: new MemoryStorage(memory) });
    await c.say('LZB prüfen');
    const reply = await c.say('Max Mustermann, geb. 01.02.1980');
    expect(reply).toMatch(/keine personenbezogenen Kundendaten/);
    expect(reply).not.toMatch(/Mustermann|1980/);
    // Nothing of the date reached the conversation's stored state …
    expect(JSON.stringify(memory)).not.toMatch(/1980|01\.02\./);
    // … and the LZB check still waits for its value.
    expect(await c.say('23')).toMatch(/Ja – die Person gilt als Langzeitleistungsbeziehende/);
  });
});

describe('card actions and installation', () => {
  it('handles Action.Execute invokes like a typed message', async () => {
    const c = conversation();
    const replies = await c.sayRaw({ type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'ask', data: { query: 'Was bedeutet EGL?' } } } });
    expect(flatten(replies)).toMatch(/Eingliederungsleistungen/);
  });

  it('welcomes once in a group chat and a channel, with the examples as buttons', async () => {
    for (const conversationType of ['groupChat', 'channel']) {
      const c = conversation({ conversationType });
      const bot = { id: c.adapter.conversation.bot!.id, name: 'AMIP-Bot' };
      const first = [...(await c.sayRaw({ type: 'installationUpdate', action: 'add' })), ...(await c.sayRaw({ type: 'conversationUpdate', membersAdded: [bot] }))];
      const welcomes = first.filter((a) => a.type === 'message');
      expect(welcomes).toHaveLength(1);
      expect(welcomes[0]!.text).toMatch(/Hallo zusammen/);
      const actions = (welcomes[0]!.attachments![0]!.content as { actions: { title: string; data: { msteams: { value: string } } }[] }).actions;
      expect(actions.map((a) => a.title)).toContain('Was bedeutet LZB?');
      expect(actions.every((a) => a.data.msteams.value === a.title)).toBe(true);
    }
  });

  it('welcomes once on installationUpdate and membersAdded together', async () => {
    const c = conversation();
    const bot = { id: c.adapter.conversation.bot!.id, name: 'AMIP-Bot' };
    expect(flatten(await c.sayRaw({ type: 'installationUpdate', action: 'add' }))).toMatch(/Willkommen/);
    expect(await c.sayRaw({ type: 'conversationUpdate', membersAdded: [bot] })).toEqual([]);
  });

  it('welcomes once when installationUpdate and membersAdded arrive at the same moment (as the Playground and Teams send them)', async () => {
    const c = conversation();
    const bot = { id: c.adapter.conversation.bot!.id, name: 'AMIP-Bot' };
    await Promise.all([c.adapter.receiveActivity({ type: 'installationUpdate', action: 'add' }), c.adapter.receiveActivity({ type: 'conversationUpdate', membersAdded: [bot] })]);
    const welcomes = c.adapter.activeQueue.splice(0).filter((a) => /Willkommen/.test(a.text ?? ''));
    expect(welcomes).toHaveLength(1);
  });
});

describe('client data in card actions', () => {
  it('checks Action.Execute data for client data like typed text', async () => {
    const replies = await conversation().sayRaw({ type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', data: { query: 'IBAN DE89 3704 0044 0532 0130 00 Was bedeutet EGL?' } } } });
    const text = flatten(replies);
    expect(text).toMatch(/Eingliederungsleistungen/);
    expect(text).toMatch(/personenbezogenen Kundendaten/);
    expect(text).not.toContain('DE89');
  });
});

describe('conversation state', () => {
  /** A MemoryStorage that counts the writes the bot makes. */
  function countingStorage(): { storage: MemoryStorage; writes: () => number } {
    const storage = new MemoryStorage();
    let writes = 0;
    const write = storage.write.bind(storage);
    storage.write = async (changes) => {
      writes++;
      await write(changes);
    };
    return { storage, writes: () => writes };
  }

  it('keeps only the last question understood, so a follow-up can refer to it', async () => {
    const { storage } = countingStorage();
    const c = conversation({ storage });
    expect(await c.say('Wie hoch ist die Integrationsquote der Frauen 2024?')).toContain('17,1 %');
    const stored = JSON.stringify(await storage.read(Object.keys((storage as unknown as { memory: Record<string, unknown> }).memory)));
    expect(stored).toContain('Integrationsquote der Frauen 2024');
    expect(stored).not.toContain('17,1');
    expect(await c.say('und bei den Männern?')).toContain('21,1 %');
    expect(await c.say('und 2023?')).toMatch(/21,1 %.*Ist 2023/s);
  });

  it('continues a question it asked back about: "und davon Frauen?" after "Meinten Sie …?"', async () => {
    const c = conversation();
    expect(await c.say('wie viele ELB gibt es')).toMatch(/Meinten Sie/);
    expect(await c.say('und davon frauen?')).toContain('2.115');
  });

  it('keeps the subject before a change of topic, so "und zusammen?" adds both', async () => {
    const c = conversation();
    expect(await c.say('EGL 2024')).toContain('4.706.577 €');
    expect(await c.say('und die VK?')).toContain('6.812.570 €');
    expect(await c.say('und zusammen?')).toContain('11.519.147 €');
  });

  it('does not carry a topic into a question that names its own', async () => {
    const c = conversation();
    await c.say('Integrationsquote Frauen');
    expect(await c.say('Was bedeutet BG?')).toMatch(/Bedarfsgemeinschaft/);
  });

  it('is not written for a command that answers nothing from the programme', async () => {
    const { storage, writes } = countingStorage();
    const c = conversation({ storage });
    expect(await c.say('Glossar')).toMatch(/Abkürzungen/);
    expect(writes()).toBe(0);
  });

  it('is written once a dialog starts, and the dialog continues on the next turn', async () => {
    const { storage, writes } = countingStorage();
    const c = conversation({ storage });
    await c.say('Integrationsquote berechnen');
    expect(writes()).toBeGreaterThan(0);
    expect(await c.say('378')).toMatch(/Bestand/);
  });
});
