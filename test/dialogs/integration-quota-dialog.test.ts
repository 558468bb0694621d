import { TWO_VALUE_CALCULATIONS } from '../../dialogs/calculation-specs';
import { TwoValueDialog } from '../../dialogs/two-value-dialog';
import { DialogConversation, fakeAnswerer, TECHNICAL_WORDS, testDeps } from './dialog-test-kit';

const start = (options?: object, deps = testDeps()) => new DialogConversation(new TwoValueDialog(TWO_VALUE_CALCULATIONS.quota, deps), options);

describe('IntegrationQuotaDialog', () => {
  it('asks for the Integrationen, then the Bestand ELB, and shows the quota with its working and the programme', async () => {
    const c = start();
    const first = await c.sayRaw('Integrationsquote berechnen');
    expect(first).toHaveLength(1);
    expect(first[0]?.text).toMatch(/Wie viele \*\*Integrationen\*\*/);
    expect(JSON.stringify(first[0]?.attachments)).toContain('Input.Number');
    expect(await c.say('865')).toMatch(/durchschnittliche Bestand an ELB/);
    expect(c.status).toBe('waiting');
    const result = await c.say('4.521');
    expect(result).toContain('19,1 %');
    expect(result).toContain('865 ÷ 4.521 × 100 = 19,1 %');
    expect(result).toContain('Plan 2024 gesamt');
    expect(result).toContain('19,1 % → 0,0 Prozentpunkte');
    expect(result).toContain('Abschnitt 3.1 Geschäftspolitische Ziele, S. 10');
    expect(result).not.toMatch(TECHNICAL_WORDS);
    expect(c.status).toBe('complete');
    expect(c.result).toMatchObject({ outcome: 'computed', result: { kind: 'quota', figure: '19,1 %' } });
  });

  it.each<[string, RegExp]>([
    ['viele', /^Das habe ich nicht als Zahl erkannt\. Bitte eine ganze Zahl ≥ 0 angeben, z\. B\. 865\./],
    ['19,5', /^Hier ist eine ganze Zahl ohne Nachkommastellen gefragt\./],
    ['-5', /^Negative Werte sind hier nicht möglich\./],
    ['NaN', /^Das habe ich nicht als Zahl erkannt\./],
    ['1e400', /^Das habe ich nicht als Zahl erkannt\./],
    ['12.34.5', /^Das habe ich nicht als Zahl erkannt\./],
  ])('re-asks the Integrationen after "%s", saying what was wrong', async (input, message) => {
    const c = start();
    await c.say('Integrationsquote berechnen');
    const retry = await c.say(input);
    expect(retry).toMatch(message);
    expect(retry).toMatch(/Wie viele \*\*Integrationen\*\*/);
    expect(retry).not.toMatch(TECHNICAL_WORDS);
    expect(c.status).toBe('waiting');
    expect(await c.say('865')).toMatch(/Bestand an ELB/);
  });

  it.each<[string, RegExp]>([
    ['0', /^0 ist hier nicht möglich\. Bitte eine ganze Zahl > 0 angeben, z\. B\. 4\.521\./],
    ['abc', /^Das habe ich nicht als Zahl erkannt\./],
    ['4521,7', /ganze Zahl ohne Nachkommastellen/],
  ])('re-asks the Bestand after "%s"', async (input, message) => {
    const c = start();
    await c.say('Integrationsquote berechnen');
    await c.say('865');
    const retry = await c.say(input);
    expect(retry).toMatch(message);
    expect(retry).toMatch(/durchschnittliche Bestand an ELB/);
    expect(await c.say('4521')).toContain('19,1 %');
  });

  it('accepts 0 Integrationen', async () => {
    const c = start();
    await c.say('Integrationsquote berechnen');
    await c.say('0');
    expect(await c.say('4.521')).toContain('0,0 %');
  });

  it('ends politely after three invalid answers to one question', async () => {
    const c = start();
    await c.say('Integrationsquote berechnen');
    await c.say('865');
    await c.say('abc');
    await c.say('xyz');
    expect(c.status).toBe('waiting');
    const end = await c.say('zzz');
    expect(end).toMatch(/beende die Berechnung/);
    expect(end).toMatch(/Integrationsquote berechnen/);
    expect(c.status).toBe('complete');
    expect(c.result).toEqual({ outcome: 'gave-up' });
  });

  it.each(['abbrechen', 'Abbrechen!', 'stopp', 'abbruch', 'Berechnung abbrechen'])('"%s" cancels at any step', async (word) => {
    const c = start();
    await c.say('Integrationsquote berechnen');
    await c.say('865');
    expect(await c.say(word)).toMatch(/abgebrochen/);
    expect(c.status).toBe('complete');
    expect(c.result).toEqual({ outcome: 'cancelled' });
  });

  it('"hilfe" explains the step and asks again, without counting as a failed try', async () => {
    const c = start();
    await c.say('Integrationsquote berechnen');
    const help = await c.say('hilfe');
    expect(help).toMatch(/Anteil der in Erwerbstätigkeit oder Ausbildung integrierten ELB/);
    expect(help).toMatch(/Wie viele \*\*Integrationen\*\*/);
    await c.say('865');
    expect(await c.say('Hilfe')).toMatch(/im selben Zeitraum wie die Integrationen/);
    await c.say('x');
    await c.say('y');
    await c.say('hilfe');
    expect(await c.say('4.521')).toContain('19,1 %');
  });

  it('answers a question in between through the hook and asks the same step again', async () => {
    const fake = fakeAnswerer();
    const c = start(undefined, testDeps({ answerQuestion: fake.answerQuestion }));
    await c.say('Integrationsquote berechnen');
    await c.say('865');
    const answer = await c.say('Was bedeutet ELB?');
    expect(fake.asked).toEqual(['Was bedeutet ELB?']);
    expect(answer).toMatch(/ELB sind erwerbsfähige Leistungsberechtigte/);
    expect(answer).toMatch(/Ihre Berechnung wartet noch/);
    expect(c.status).toBe('waiting');
    expect(await c.say('weiter')).toMatch(/durchschnittliche Bestand an ELB/);
    expect(await c.say('4.521')).toContain('19,1 %');
  });

  it('treats a question the bot cannot answer as an invalid value', async () => {
    const fake = fakeAnswerer();
    const c = start(undefined, testDeps({ answerQuestion: fake.answerQuestion }));
    await c.say('Integrationsquote berechnen');
    expect(await c.say('Wie spät ist es?')).toMatch(/^Das habe ich nicht als Zahl erkannt/);
    expect(fake.asked).toEqual(['Wie spät ist es?']);
  });

  it('with both values given, answers at once', async () => {
    const c = start({ integrations: 378, stock: 2207 });
    const result = await c.sayRaw('Integrationsquote bei 378 Integrationen und 2.207 ELB');
    expect(result).toHaveLength(1);
    expect(result[0]?.text).toContain('17,1 %');
    expect(c.status).toBe('complete');
  });

  it('with some values given, asks only for what is missing, without the form', async () => {
    const c = start({ integrations: 378 });
    const ask = await c.sayRaw('Integrationsquote bei 378 Integrationen');
    expect(ask[0]?.text).toMatch(/Bestand an ELB/);
    expect(ask[0]?.attachments ?? []).toEqual([]);
    expect(await c.say('2.207')).toContain('17,1 %');
  });

  it('a given value that is not valid is named and asked for', async () => {
    const c = start({ integrations: 5, stock: 0 });
    const ask = await c.say('Integrationsquote bei 5 Integrationen und 0 ELB');
    expect(ask).toMatch(/^Durchschnittlicher Bestand ELB: 0 ist hier nicht möglich/);
    expect(ask).toMatch(/Bestand an ELB/);
    expect(await c.say('50')).toContain('10,0 %');
  });

  it('takes text values from a form', async () => {
    const c = start({ integrations: '865', stock: '4.521' });
    expect(await c.say('')).toContain('19,1 %');
  });
});
