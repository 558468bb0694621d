import { TWO_VALUE_CALCULATIONS } from '../../dialogs/calculation-specs';
import { TwoValueDialog } from '../../dialogs/two-value-dialog';
import { DialogConversation, fakeAnswerer, TECHNICAL_WORDS, testDeps } from './dialog-test-kit';

const start = (options?: object, deps = testDeps()) => new DialogConversation(new TwoValueDialog(TWO_VALUE_CALCULATIONS.share, deps), options);

describe('BudgetShareDialog', () => {
  it('asks for the amount, then the total, offering the programme budgets as buttons', async () => {
    const c = start();
    expect(await c.say('Budgetanteil berechnen')).toMatch(/Um welchen \*\*Betrag\*\*/);
    const [ask] = await c.sayRaw('983.675');
    expect(ask?.text).toMatch(/\*\*Gesamtbetrag\*\*/);
    expect(ask?.suggestedActions?.actions.map((a) => [a.title, a.value])).toEqual([
      ['EGL 2024: 4.706.577 €', 'EGL 2024'],
      ['VK 2024: 6.812.570 €', 'VK 2024'],
      ['Gesamtbudget 2024: 11.519.147 €', 'Gesamtbudget 2024'],
      ['EGL 2023: 5.368.734 €', 'EGL 2023'],
      ['VK 2023: 7.584.949 €', 'VK 2023'],
      ['Gesamtbudget 2023: 12.953.683 €', 'Gesamtbudget 2023'],
    ]);
    const result = await c.say('4.706.577');
    expect(result).toContain('20,9 %');
    expect(result).toContain('983.675 ÷ 4.706.577 × 100 = 20,9 %');
    expect(result).toContain('Gesamt = EGL 2024');
    expect(result).not.toMatch(TECHNICAL_WORDS);
    expect(c.result).toMatchObject({ outcome: 'computed', result: { figure: '20,9 %' } });
  });

  it('takes a chosen programme budget by its name', async () => {
    const c = start();
    await c.say('Budgetanteil berechnen');
    await c.say('6.812.570 €');
    const result = await c.say('Gesamtbudget 2024');
    expect(result).toContain('59,1 %');
    expect(result).toContain('Gesamt = Gesamtbudget 2024');
    expect(result).toContain('Betrag = VK 2024');
  });

  it('reads amounts with Mio, Tsd and €', async () => {
    const c = start();
    await c.say('Budgetanteil berechnen');
    await c.say('1,2 Mio');
    expect(await c.say('4,7 Mio. €')).toContain('25,5 %');
  });

  it.each<[string, RegExp]>([
    ['viel', /^Das habe ich nicht als Zahl erkannt\. Bitte eine Zahl ≥ 0 angeben, z\. B\. 983\.675 oder 1,2 Mio\./],
    ['-100', /^Negative Werte sind hier nicht möglich\./],
    ['', /^Bitte eine Zahl ≥ 0 angeben/],
  ])('re-asks the amount after "%s"', async (input, message) => {
    const c = start();
    await c.say('Budgetanteil berechnen');
    const retry = await c.say(input);
    expect(retry).toMatch(message);
    expect(retry).toMatch(/Um welchen \*\*Betrag\*\*/);
  });

  it.each<[string, RegExp]>([
    ['0', /^0 ist hier nicht möglich\. Bitte eine Zahl > 0 angeben, z\. B\. 4\.706\.577 oder EGL\./],
    ['EGL 2019', /^Das habe ich nicht als Zahl erkannt/],
    ['alles', /^Das habe ich nicht als Zahl erkannt/],
  ])('re-asks the total after "%s", with the buttons again', async (input, message) => {
    const c = start();
    await c.say('Budgetanteil berechnen');
    await c.say('1.000');
    const [retry] = await c.sayRaw(input);
    expect(retry?.text).toMatch(message);
    expect(retry?.suggestedActions?.actions).toHaveLength(6);
  });

  it('notes an amount larger than the total', async () => {
    const c = start({ amount: 5, total: 4 });
    expect(await c.say('x')).toMatch(/125,0 %[\s\S]*Betrag ist größer als der Gesamtbetrag/);
  });

  it('ends politely after three invalid totals', async () => {
    const c = start({ amount: 1000 });
    await c.say('Budgetanteil für 1.000');
    await c.say('a');
    await c.say('b');
    expect(await c.say('c')).toMatch(/beende die Berechnung[\s\S]*Budgetanteil berechnen/);
    expect(c.result).toEqual({ outcome: 'gave-up' });
  });

  it('cancels and helps', async () => {
    const c = start();
    await c.say('Budgetanteil berechnen');
    await c.say('1.000');
    expect(await c.say('hilfe')).toMatch(/„EGL“ \(Eingliederungsleistungen\)/);
    expect(await c.say('stopp')).toMatch(/abgebrochen/);
    expect(c.result).toEqual({ outcome: 'cancelled' });
  });

  it('answers a question in between', async () => {
    const fake = fakeAnswerer();
    const c = start(undefined, testDeps({ answerQuestion: fake.answerQuestion }));
    await c.say('Budgetanteil berechnen');
    expect(await c.say('Wer zählt zu den ELB?')).toMatch(/erwerbsfähige Leistungsberechtigte[\s\S]*Ihre Berechnung wartet noch/);
    await c.say('983.675');
    expect(await c.say('EGL 2024')).toContain('20,9 %');
  });

  it('one-shot with a named budget as total', async () => {
    const c = start({ amount: 983675, total: 'EGL 2024' });
    expect(await c.say('Budgetanteil von 983.675 € am EGL 2024')).toContain('20,9 %');
    expect(c.status).toBe('complete');
  });

  it('partial: asks only for the total', async () => {
    const c = start({ amount: 1200000 });
    expect(await c.say('Budgetanteil für 1,2 Mio berechnen')).toMatch(/Gesamtbetrag/);
    expect(await c.say('4,7 Mio')).toContain('25,5 %');
  });
});
