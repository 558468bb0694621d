import { DateTime } from 'luxon';
import { LzbCheckDialog } from '../../dialogs/lzb-check-dialog';
import { DialogConversation, fakeAnswerer, TECHNICAL_WORDS, testDeps } from './dialog-test-kit';

const start = (options?: object, deps = testDeps()) => new DialogConversation(new LzbCheckDialog(deps), options);

describe('LzbCheckDialog', () => {
  it('asks for months or periods, with a form', async () => {
    const c = start();
    const [ask] = await c.sayRaw('LZB prüfen');
    expect(ask?.text).toMatch(/letzten 24 Monate/);
    expect(JSON.stringify(ask?.attachments)).toMatch(/Input\.Number.*"max":24/);
  });

  it('offers example periods counted back from today, and the example typed back is checked', async () => {
    const deps = testDeps();
    const c = start(undefined, deps);
    const [ask] = await c.sayRaw('LZB prüfen');
    const example = /z\. B\. „(\d\d\.\d\d\.\d{4}–\d\d\.\d\d\.\d{4}, \d\d\.\d\d\.\d{4}–heute)“/.exec(ask?.text ?? '')?.[1];
    expect(example).toBeDefined();
    // Every date of the example lies within the last 24 months of the dialog's clock.
    const today = deps.clock();
    for (const date of example!.match(/\d\d\.\d\d\.\d{4}/g)!) {
      const day = DateTime.fromFormat(date, 'dd.MM.yyyy', { zone: 'Europe/Berlin' });
      expect(day <= today && day >= today.minus({ months: 24 })).toBe(true);
    }
    expect(await c.say(example!)).toMatch(/^(Ja|Nein) – die Person/);
  });

  it('23 months: yes', async () => {
    const c = start();
    await c.say('LZB prüfen');
    const result = await c.say('23');
    expect(result).toMatch(/^Ja – die Person gilt als Langzeitleistungsbeziehende\/r \(LZB\): 23 von 24 Monaten/);
    expect(result).toContain('23 Monate ≥ 21 von 24');
    expect(result).toContain('LZB Ist 2023');
    expect(result).not.toMatch(TECHNICAL_WORDS);
    expect(c.result).toMatchObject({ outcome: 'computed', result: { figure: 'Ja' } });
  });

  it('15 months: no, 6 missing, at the earliest in 6 months', async () => {
    const c = start();
    await c.say('LZB prüfen');
    const result = await c.say('15');
    expect(result).toMatch(/^Nein – die Person gilt nicht als/);
    expect(result).toContain('es fehlen 6 Monate bis 21');
    expect(result).toContain('frühestens in 6 Monaten');
  });

  it('counts benefit periods against the injected today', async () => {
    const c = start();
    await c.say('LZB prüfen');
    const result = await c.say('01.03.2022–31.10.2023, 01.01.2024–heute');
    expect(result).toMatch(/^Ja/);
    expect(result).toContain('22 von 24 Monaten');
    expect(result).toContain('Stichtag 15.06.2024');
    expect(result).toContain('Gezählte Zeiträume: 01.03.2022–31.10.2023; 01.01.2024–15.06.2024');
  });

  it('a different today gives a different count', async () => {
    const c = start(undefined, testDeps({ clock: () => DateTime.fromISO('2025-03-01T09:00:00', { zone: 'Europe/Berlin' }) }));
    await c.say('LZB prüfen');
    // Window Apr 2023 – Mar 2025: Apr–Oct 2023 (7) + Jan 2024 – Mar 2025 (15) = 22.
    expect(await c.say('01.03.2022–31.10.2023, 01.01.2024–heute')).toContain('22 von 24 Monaten');
  });

  it('says when continuing benefits make the person LZB', async () => {
    const c = start();
    await c.say('LZB prüfen');
    const result = await c.say('seit 01.01.2024');
    expect(result).toMatch(/^Nein/);
    expect(result).toContain('6 von 24 Monaten');
    expect(result).toContain('ab September 2025 als LZB (in 15 Monaten)');
  });

  it.each<[string, RegExp]>([
    ['30', /^Höchstens 24 ist möglich\. Bitte eine ganze Zahl von 0 bis 24 angeben, z\. B\. 23\. Oder die Zeiträume/],
    ['viele', /^Das habe ich nicht als Zahl erkannt/],
    ['31.10.2023–01.03.2022', /^Im Zeitraum liegt das Ende vor dem Beginn\./],
    ['31.02.2023–heute', /^Im Zeitraum ist der Beginn kein gültiges Datum/],
    ['01.01.2024–heute, 01.07.2024–31.12.2024', /^Der 2\. Zeitraum beginnt nach dem Stichtag 15\.06\.2024/],
  ])('re-asks after "%s"', async (input, message) => {
    const c = start();
    await c.say('LZB prüfen');
    const retry = await c.say(input);
    expect(retry).toMatch(message);
    expect(retry).toMatch(/letzten 24 Monate/);
    expect(c.status).toBe('waiting');
  });

  it('ends politely after three invalid answers', async () => {
    const c = start();
    await c.say('LZB prüfen');
    await c.say('25');
    await c.say('99');
    expect(await c.say('nie')).toMatch(/beende die Berechnung[\s\S]*LZB prüfen/);
    expect(c.result).toEqual({ outcome: 'gave-up' });
  });

  it('helps, answers a question in between, and cancels', async () => {
    const fake = fakeAnswerer();
    const c = start(undefined, testDeps({ answerQuestion: fake.answerQuestion }));
    await c.say('LZB prüfen');
    expect(await c.say('hilfe')).toMatch(/mindestens 21 Monate[\s\S]*ohne Namen oder Kundennummer/);
    expect(await c.say('Was bedeutet ELB?')).toMatch(/erwerbsfähige[\s\S]*Ihre Berechnung wartet noch/);
    expect(await c.say('abbrechen')).toMatch(/abgebrochen/);
    expect(c.result).toEqual({ outcome: 'cancelled' });
  });

  it('one-shot with months or periods', async () => {
    const months = start({ months: 23 });
    expect(await months.say('Ist jemand mit 23 Monaten Leistungsbezug LZB?')).toMatch(/^Ja/);
    expect(months.status).toBe('complete');
    const periods = start({ periods: 'seit 01.07.2022' });
    expect(await periods.say('LZB seit 01.07.2022?')).toContain('24 von 24 Monaten');
  });
});
