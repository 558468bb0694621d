import { ActivityTypes, ConversationState, MemoryStorage, TestAdapter, type Activity, type Storage } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogState } from 'botbuilder-dialogs';
import { createCalculationDialogs, isCalculationSubmit, requestFromSubmit } from '../../dialogs/calculation-dialogs';
import { fakeAnswerer, readable, TECHNICAL_WORDS, testDeps } from './dialog-test-kit';

const NOT_MINE = 'Das beantworte ich als Frage.';

/**
 * A minimal bot around the entry point, routed like the real one: an active
 * dialog continues; otherwise the dialog `startFor` names begins; otherwise a stand-in answer.
 * State goes through the given Storage, so a second "bot" on the same storage is a restart.
 */
function botOn(storage: Storage) {
  const conversationState = new ConversationState(storage);
  const dialogs = new DialogSet(conversationState.createProperty<DialogState>('dialogState'));
  const fake = fakeAnswerer();
  const calculations = createCalculationDialogs(testDeps({ answerQuestion: fake.answerQuestion }));
  for (const dialog of calculations.dialogs) dialogs.add(dialog);
  const handled: boolean[] = [];
  const adapter = new TestAdapter(async (context) => {
    const dc = await dialogs.createContext(context);
    if (isCalculationSubmit(context.activity.value)) await dc.cancelAllDialogs();
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) {
      const start = calculations.startFor(context.activity.value, context.activity.text ?? '');
      handled.push(start !== undefined);
      if (start) await dc.beginDialog(start.dialogId, start.options);
      else await context.sendActivity(NOT_MINE);
    }
    await conversationState.saveChanges(context);
  });
  const send = async (activity: Partial<Activity>): Promise<string> => {
    await adapter.receiveActivity({ type: ActivityTypes.Message, ...activity });
    return readable(adapter.activeQueue.splice(0));
  };
  return { adapter, handled, say: (text: string) => send({ text }), submit: (value: object) => send({ value }) };
}

const bot = () => botOn(new MemoryStorage());

describe('createCalculationDialogs().startFor', () => {
  it.each<[string, string]>([
    ['Integrationsquote bei 378 Integrationen und 2.207 ELB', '17,1 %'],
    ['Wie viel Prozent sind 983.675 von 4.706.577?', '20,9 %'],
    ['Veränderung von 2.844 auf 2.985', '+5,0 %'],
    ['Veränderung von 5.368.734 auf 4.706.577', '-12,3 %'],
    ['Anteil von 1,2 Mio an 4,7 Mio', '25,5 %'],
    ['Ist jemand mit 23 Monaten Leistungsbezug LZB?', 'Ja – die Person gilt als'],
    ['Budgetanteil von 983.675 € am EGL 2024', '20,9 %'],
  ])('answers "%s" at once', async (text, figure) => {
    const b = bot();
    const reply = await b.say(text);
    expect(reply).toContain(figure);
    expect(reply).not.toMatch(TECHNICAL_WORDS);
    // Nothing is left waiting: the next message is not taken for a value.
    expect(await b.say('Was ist die Integrationsquote?')).toBe(NOT_MINE);
  });

  it('starts the dialog for a command and asks for what is missing in a partial request', async () => {
    const b = bot();
    expect(await b.say('Integrationsquote berechnen')).toMatch(/Integrationen/);
    expect(await b.say('865')).toMatch(/Bestand an ELB/);
    expect(await b.say('4.521')).toContain('19,1 %');
    expect(await b.say('Integrationsquote bei 378 Integrationen')).toMatch(/^Wie hoch war der \*\*durchschnittliche Bestand/);
    expect(await b.say('2.207')).toContain('17,1 %');
  });

  it('an invalid value in a one-shot request is named and asked for again', async () => {
    const b = bot();
    expect(await b.say('Integrationsquote bei 5 Integrationen und 0 ELB')).toMatch(/^Durchschnittlicher Bestand ELB: 0 ist hier nicht möglich/);
    expect(await b.say('50')).toContain('10,0 %');
  });

  it.each(['Wie hoch ist die Integrationsquote 2024?', 'Was bedeutet LZB?', 'Hallo', ''])('leaves "%s" to the bot', async (text) => {
    const b = bot();
    expect(await b.say(text)).toBe(NOT_MINE);
    expect(b.handled).toEqual([false]);
  });

  it('a new calculation request in the middle of a dialog replaces it', async () => {
    const b = bot();
    await b.say('Integrationsquote berechnen');
    expect(await b.say('Veränderung von 2.844 auf 2.985')).toContain('+5,0 %');
    expect(await b.say('865')).toBe(NOT_MINE);
    await b.say('LZB prüfen');
    expect(await b.say('Budgetanteil berechnen')).toMatch(/\*\*Betrag\*\*/);
    expect(await b.say('1,2 Mio')).toMatch(/Gesamtbetrag/);
  });

  it.each(['Integrationsquote berechnen', 'Budgetanteil berechnen', 'Veränderung berechnen', 'LZB prüfen'])('"%s": prompts, help, retries and the end never show technical words', async (command) => {
    const b = bot();
    const transcript = [await b.say(command), await b.say('hilfe'), await b.say('NaN'), await b.say('undefined'), await b.say('x')].join('\n');
    expect(transcript).toMatch(/beende die Berechnung/);
    expect(transcript).not.toMatch(TECHNICAL_WORDS);
  });

  it('after "abbrechen" the bot answers normally again', async () => {
    const b = bot();
    await b.say('Budgetanteil berechnen');
    expect(await b.say('abbrechen')).toMatch(/abgebrochen/);
    expect(await b.say('Hallo')).toBe(NOT_MINE);
  });

  it('a dialog survives a restart: its state lives in the storage', async () => {
    const storage = new MemoryStorage();
    const before = botOn(storage);
    await before.say('Integrationsquote berechnen');
    await before.say('865');
    const after = botOn(storage);
    expect(await after.say('4.521')).toContain('19,1 %');
  });

  it('keeps two conversations apart', async () => {
    const storage = new MemoryStorage();
    const alice = botOn(storage);
    const bob = botOn(storage);
    bob.adapter.conversation.conversation = { ...bob.adapter.conversation.conversation!, id: 'other-conversation' };
    await alice.say('Integrationsquote berechnen');
    await bob.say('Veränderung berechnen');
    await alice.say('865');
    await bob.say('2.844');
    expect(await alice.say('4.521')).toContain('19,1 %');
    expect(await bob.say('2.985')).toContain('+5,0 %');
  });
});

describe('calculation forms', () => {
  it('the first prompt carries a form; a complete submit is answered at once', async () => {
    const b = bot();
    expect(await b.say('Integrationsquote berechnen')).toContain('Integrationsquote berechnen – oder alle Werte auf einmal:');
    expect(await b.submit({ calculation: 'quota', integrations: '865', stock: '4521' })).toContain('19,1 %');
    expect(await b.say('Hallo')).toBe(NOT_MINE);
  });

  it('reads German amounts and named budgets, and asks for what is empty or invalid', async () => {
    const b = bot();
    expect(await b.submit({ calculation: 'share', amount: '1,2 Mio', total: '' })).toMatch(/Gesamtbetrag/);
    expect(await b.say('4,7 Mio')).toContain('25,5 %');
    expect(await b.submit({ calculation: 'share', amount: '983.675 €', total: 'EGL 2024' })).toContain('20,9 %');
    expect(await b.submit({ calculation: 'change', oldValue: 'viel', newValue: '2.985' })).toMatch(/^Alter Wert: Das habe ich nicht als Zahl erkannt/);
    expect(await b.say('2.844')).toContain('+5,0 %');
  });

  it('takes numbers as numbers, months or periods for the LZB, and the old v0/v1 keys', async () => {
    const b = bot();
    expect(await b.submit({ calculation: 'quota', integrations: 865, stock: 4521 })).toContain('19,1 %');
    expect(await b.submit({ calculation: 'lzb', months: '15', periods: '' })).toMatch(/^Nein/);
    expect(await b.submit({ calculation: 'lzb', months: '', periods: '01.03.2022–31.10.2023, 01.01.2024–heute' })).toContain('22 von 24 Monaten');
    expect(await b.submit({ calculation: 'share', v0: '1,2 Mio', v1: '4,7 Mio' })).toContain('25,5 %');
  });

  it('a submit replaces a dialog that waits for typed values', async () => {
    const b = bot();
    await b.say('Veränderung berechnen');
    expect(await b.submit({ calculation: 'quota', integrations: '378', stock: '2207' })).toContain('17,1 %');
    expect(await b.say('2.844')).toBe(NOT_MINE);
  });

  it('recognises only its own forms', () => {
    expect(isCalculationSubmit({ calculation: 'quota', integrations: '1' })).toBe(true);
    expect(isCalculationSubmit({ calculation: 'tour' })).toBe(false);
    expect(isCalculationSubmit({ msteams: { type: 'imBack', value: 'x' } })).toBe(false);
    expect(isCalculationSubmit(undefined)).toBe(false);
    expect(requestFromSubmit({ calculation: 'lzb', months: 23, periods: '  ' })).toEqual({ kind: 'lzb', months: 23 });
    expect(requestFromSubmit({ calculation: 'quota', integrations: { nested: true } })).toBeUndefined();
  });
});
