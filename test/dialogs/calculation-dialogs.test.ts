import { conversation, flatten } from '../helpers/bot-harness';

// Case-insensitive like the shared evaluator: German words must not contain these either ("nacheinander").
const NO_LEAKS = /undefined|NaN|exception|stack|TypeError/i;

describe('Integrationsquote berechnen', () => {
  it.each(['Integrationsquote berechnen', 'Budgetanteil berechnen', 'Veränderung berechnen', 'LZB prüfen'])('"%s" never shows technical words in its first prompt', async (command) => {
    expect(await conversation().say(command)).not.toMatch(NO_LEAKS);
  });

  it('asks for Integrationen, then Bestand, then shows the result with its working', async () => {
    const c = conversation();
    expect(await c.say('Integrationsquote berechnen')).toMatch(/Integrationen/);
    expect(await c.say('865')).toMatch(/Bestand an ELB/);
    const result = await c.say('4.521');
    expect(result).toContain('19,1 %');
    expect(result).toContain('865 ÷ 4.521 × 100 = 19,1 %');
    // The bot passes the tables only, so the source names the table (with sections: "Abschnitt 3.1 Geschäftspolitische Ziele, S. 10").
    expect(result).toMatch(/Plan 2024 gesamt: 19,1 % \(Abschnitt 3\.1\b.*\) → 0,0 Prozentpunkte/);
    expect(result).not.toMatch(NO_LEAKS);
  });

  it('re-asks the same value with a specific message on invalid input', async () => {
    const c = conversation();
    await c.say('Integrationsquote berechnen');
    const retry = await c.say('viele');
    expect(retry).toContain('Das habe ich nicht als Zahl erkannt. Bitte eine ganze Zahl ≥ 0 angeben, z. B. 865.');
    expect(retry).toMatch(/Integrationen/);
    expect(await c.say('19,5')).toMatch(/ganze Zahl/);
    expect(await c.say('865')).toMatch(/Bestand/);
    expect(await c.say('0')).toMatch(/0 ist hier nicht möglich/);
    expect(await c.say('4521')).toContain('19,1 %');
  });

  it('ends politely after three invalid answers', async () => {
    const c = conversation();
    await c.say('Integrationsquote berechnen');
    await c.say('abc');
    await c.say('xyz');
    expect(await c.say('zzz')).toMatch(/beende die Berechnung/);
    expect(await c.say('865')).not.toMatch(/Bestand an ELB/);
  });

  it('explains the step on "hilfe" and asks again', async () => {
    const c = conversation();
    await c.say('Integrationsquote berechnen');
    const help = await c.say('hilfe');
    expect(help).toMatch(/Anteil der in Erwerbstätigkeit oder Ausbildung integrierten ELB/);
    expect(help).toMatch(/Wie viele \*\*Integrationen\*\*/);
    await c.say('865');
    expect(await c.say('4.521')).toContain('19,1 %');
  });

  it('answers a programme question in between without losing the dialog', async () => {
    const c = conversation();
    await c.say('Integrationsquote berechnen');
    const answer = await c.say('Was bedeutet ELB?');
    expect(answer).toMatch(/erwerbsfähige Leistungsberechtigte/);
    expect(answer).toMatch(/Ihre Berechnung wartet noch/);
    await c.say('865');
    expect(await c.say('4.521')).toContain('19,1 %');
  });

  it('mentions a pending calculation once after an interruption, with weiter and abbrechen, then leaves it alone', async () => {
    const c = conversation();
    await c.say('Integrationsquote berechnen');
    const first = await c.sayRaw({ type: 'message', text: 'Was bedeutet ELB?' });
    const mention = first.filter((a) => /Ihre Berechnung wartet noch/.test(a.text ?? ''));
    expect(mention).toHaveLength(1);
    expect(mention[0]!.suggestedActions?.actions.map((a) => a.value)).toEqual(['weiter', 'abbrechen']);
    expect(JSON.stringify(first)).not.toMatch(/Wie viele \*\*Integrationen/);
    for (const question of ['Was bedeutet LZB?', 'Was bedeutet EGL?']) {
      const later = await c.say(question);
      expect(later).not.toMatch(/Ihre Berechnung wartet noch|Wie viele \*\*Integrationen|Berechnen/);
    }
    expect(await c.say('weiter')).toMatch(/Wie viele \*\*Integrationen/);
    await c.say('865');
    expect(await c.say('4.521')).toContain('19,1 %');
  });

  it('answers at once when the sentence holds both values, and asks only for what is missing', async () => {
    expect(await conversation().say('Integrationsquote bei 378 Integrationen und 2.207 ELB')).toContain('17,1 %');
    const c = conversation();
    expect(await c.say('Integrationsquote bei 378 Integrationen berechnen')).toMatch(/Bestand an ELB/);
    expect(await c.say('2.207')).toContain('17,1 %');
  });
});

describe('Budgetanteil berechnen', () => {
  it('asks for the amount, then the total, offering the programme budgets', async () => {
    const c = conversation();
    expect(await c.say('Budgetanteil berechnen')).toMatch(/Betrag/);
    const total = await c.say('1,2 Mio');
    expect(total).toMatch(/Gesamtbetrag/);
    expect(total).toContain('EGL 2024: 4.706.577 €');
    expect(await c.say('4,7 Mio')).toContain('25,5 %');
  });

  it('accepts a chosen programme total', async () => {
    const c = conversation();
    await c.say('Budgetanteil berechnen');
    await c.say('983.675 €');
    const result = await c.say('4.706.577 €');
    expect(result).toContain('20,9 %');
    expect(result).toMatch(/Gesamt = EGL 2024/);
  });

  it('cancels on "abbrechen" and then answers normally', async () => {
    const c = conversation();
    await c.say('Budgetanteil berechnen');
    expect(await c.say('abbrechen')).toMatch(/abgebrochen/);
    expect(await c.say('Hallo')).toMatch(/Arbeitsmarkt- und Integrationsprogramm/);
  });

  it('answers a complete sentence at once', async () => {
    expect(await conversation().say('Wie viel Prozent sind 983.675 von 4.706.577?')).toContain('20,9 %');
  });
});

describe('Veränderung berechnen', () => {
  it('asks for the old, then the new value and shows sign and absolute change', async () => {
    const c = conversation();
    expect(await c.say('Veränderung berechnen')).toMatch(/alte Wert/);
    expect(await c.say('2.844')).toMatch(/neue Wert/);
    const result = await c.say('2.985');
    expect(result).toContain('+5,0 %');
    expect(result).toContain('+141');
    expect(result).toMatch(/Anstieg/);
  });

  it('answers "von … auf …" at once', async () => {
    expect(await conversation().say('Veränderung von 5.368.734 auf 4.706.577')).toContain('-12,3 %');
  });

  it('refuses a change from zero without crashing', async () => {
    expect(await conversation().say('Veränderung von 0 auf 5')).toMatch(/Ausgangswert 0/);
  });
});

describe('LZB prüfen', () => {
  it('says yes for 23 months', async () => {
    const c = conversation();
    expect(await c.say('LZB prüfen')).toMatch(/letzten 24 Monate/);
    expect(await c.say('23')).toMatch(/Ja – die Person gilt als/);
  });

  it('says no for 15 months and how many are missing', async () => {
    const c = conversation();
    await c.say('LZB prüfen');
    const result = await c.say('15');
    expect(result).toMatch(/Nein/);
    expect(result).toMatch(/es fehlen 6 Monate/);
  });

  it('counts benefit periods against today', async () => {
    const c = conversation();
    await c.say('LZB prüfen');
    const result = await c.say('01.03.2022–31.10.2023, 01.01.2024–heute');
    expect(result).toMatch(/Ja/);
    expect(result).toMatch(/22 von 24 Monaten/);
    expect(result).toMatch(/Stichtag 15\.06\.2024/);
  });

  it('refuses more than 24 months and malformed periods with a clear message', async () => {
    const c = conversation();
    await c.say('LZB prüfen');
    expect(await c.say('30')).toMatch(/Höchstens 24/);
    expect(await c.say('31.10.2023–01.03.2022')).toMatch(/Ende vor dem Beginn/);
  });
});

describe('calculation forms', () => {
  it('offer a form with the first question and compute a submitted form at once', async () => {
    const c = conversation();
    const [prompt] = await c.sayRaw({ type: 'message', text: 'Integrationsquote berechnen' });
    const form = JSON.stringify(prompt?.attachments?.[0]?.content);
    expect(form).toContain('Input.Number');
    expect(form).toContain('Durchschnittlicher Bestand ELB');
    const reply = flatten(await c.sayRaw({ type: 'message', value: { calculation: 'quota', v0: '865', v1: '4521' } }));
    expect(reply).toContain('19,1 %');
    expect(await c.say('Hallo')).toMatch(/Arbeitsmarkt- und Integrationsprogramm/);
  });

  it('take German amounts and ask for what is missing or invalid', async () => {
    const c = conversation();
    await c.say('Budgetanteil berechnen');
    expect(flatten(await c.sayRaw({ type: 'message', value: { calculation: 'share', v0: '1,2 Mio', v1: 'viel' } }))).toMatch(/Gesamtbetrag/);
    expect(await c.say('4,7 Mio')).toContain('25,5 %');
  });
});
