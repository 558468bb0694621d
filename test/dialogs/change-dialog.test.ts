import { TWO_VALUE_CALCULATIONS } from '../../dialogs/calculation-specs';
import { TwoValueDialog } from '../../dialogs/two-value-dialog';
import { DialogConversation, fakeAnswerer, TECHNICAL_WORDS, testDeps } from './dialog-test-kit';

const start = (options?: object, deps = testDeps()) => new DialogConversation(new TwoValueDialog(TWO_VALUE_CALCULATIONS.change, deps), options);

describe('ChangeDialog', () => {
  it('asks for the old, then the new value, and shows the change with sign and absolute difference', async () => {
    const c = start();
    expect(await c.say('Veränderung berechnen')).toMatch(/\*\*alte Wert\*\*/);
    expect(await c.say('2.844')).toMatch(/\*\*neue Wert\*\*/);
    const result = await c.say('2.985');
    expect(result).toContain('+5,0 %');
    expect(result).toContain('+141 (Anstieg)');
    expect(result).toContain('(2.985 − 2.844) ÷ 2.844 × 100 = +5,0 %');
    // The programme states the same change for the LZB.
    expect(result).toContain('Programm: LZB Ist 2023 → Plan 2024');
    expect(result).toContain('+5,0 % → stimmt überein');
    expect(result).not.toMatch(TECHNICAL_WORDS);
    expect(c.result).toMatchObject({ outcome: 'computed', result: { figure: '+5,0 %' } });
  });

  it('shows a decrease with its sign', async () => {
    const c = start({ oldValue: 5368734, newValue: 4706577 });
    const result = await c.say('Veränderung von 5.368.734 auf 4.706.577');
    expect(result).toContain('-12,3 %');
    expect(result).toContain('-662.157 (Rückgang)');
    expect(result).toContain('Programm: EGL 2023 → 2024');
  });

  it('from 0: the absolute difference, and why there is no per cent', async () => {
    const c = start({ oldValue: 0, newValue: 5 });
    const result = await c.say('Veränderung von 0 auf 5');
    expect(result).toMatch(/absolut \+5 \(Anstieg\)/);
    expect(result).toMatch(/Ausgangswert 0/);
    expect(result).not.toMatch(TECHNICAL_WORDS);
    expect(c.status).toBe('complete');
  });

  it('accepts decimals and per cent values', async () => {
    const c = start();
    await c.say('Veränderung berechnen');
    await c.say('17,1 %');
    expect(await c.say('19,1 %')).toContain('+11,7 %');
  });

  it.each<[string, RegExp]>([
    ['irgendwas', /^Das habe ich nicht als Zahl erkannt\. Bitte eine Zahl ≥ 0 angeben, z\. B\. 2\.844\./],
    ['-3', /^Negative Werte/],
  ])('re-asks the old value after "%s"', async (input, message) => {
    const c = start();
    await c.say('Veränderung berechnen');
    const retry = await c.say(input);
    expect(retry).toMatch(message);
    expect(retry).toMatch(/\*\*alte Wert\*\*/);
  });

  it('re-asks the new value after an invalid one', async () => {
    const c = start();
    await c.say('Veränderung berechnen');
    await c.say('2.844');
    expect(await c.say('mehr')).toMatch(/^Das habe ich nicht als Zahl erkannt\. Bitte eine Zahl ≥ 0 angeben, z\. B\. 2\.985\.[\s\S]*\*\*neue Wert\*\*/);
  });

  it('ends politely after three invalid answers', async () => {
    const c = start();
    await c.say('Veränderung berechnen');
    await c.say('a');
    await c.say('b');
    expect(await c.say('c')).toMatch(/beende die Berechnung/);
    expect(c.result).toEqual({ outcome: 'gave-up' });
  });

  it('helps, answers a question in between, and cancels', async () => {
    const fake = fakeAnswerer();
    const c = start(undefined, testDeps({ answerQuestion: fake.answerQuestion }));
    await c.say('Veränderung berechnen');
    expect(await c.say('hilfe')).toMatch(/Ausgangswert[\s\S]*\*\*alte Wert\*\*/);
    expect(await c.say('Was sind ELB?')).toMatch(/erwerbsfähige[\s\S]*Ihre Berechnung wartet noch/);
    expect(await c.say('abbruch')).toMatch(/abgebrochen/);
    expect(c.result).toEqual({ outcome: 'cancelled' });
  });

  it('partial: asks only for the new value', async () => {
    const c = start({ oldValue: 2844 });
    expect(await c.say('Veränderung von 2.844 berechnen')).toMatch(/\*\*neue Wert\*\*/);
    expect(await c.say('2.985')).toContain('+5,0 %');
  });
});
