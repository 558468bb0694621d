import { MemoryStorage } from 'botbuilder';
import { conversation } from '../helpers/bot-harness';

describe('the tour survives side steps', () => {
  it('answers a side question, offers "Weiter mit der Einführung?" once, and goes on', async () => {
    const c = conversation();
    await c.say('Einführung');
    const first = await c.say('Was bedeutet ELB?');
    expect(first).toMatch(/erwerbsfähige Leistungsberechtigte/);
    expect(first).toMatch(/Weiter mit der Einführung\?/);
    const second = await c.say('Was bedeutet LZB?');
    expect(second).toMatch(/Langzeitleistungsbezieh/);
    expect(second).not.toMatch(/Weiter mit der Einführung\?/);
    expect(await c.say('Weiter')).toMatch(/Einführung 2\/7/);
  });

  it('explains itself on "hilfe" and stays', async () => {
    const c = conversation();
    await c.say('Einführung');
    expect(await c.say('hilfe')).toMatch(/Sie sind in der Einführung \(Schritt 1 von 7\)/);
    expect(await c.say('Weiter')).toMatch(/Einführung 2\/7/);
  });

  it('takes typed button labels and a self-check "weiter" / "überspringen"', async () => {
    const c = conversation();
    await c.say('Einführung');
    for (let i = 0; i < 6; i++) await c.say('Weiter');
    expect(await c.say('Zum Selbsttest')).toMatch(/Selbsttest 1\/3/);
    expect(await c.say('weiter')).toMatch(/Übersprungen – richtig ist[\s\S]*Selbsttest 2\/3/);
    expect(await c.say('überspringen')).toMatch(/Übersprungen[\s\S]*Selbsttest 3\/3/);
  });

  it('pauses with a word on a message it cannot answer there, and routes it', async () => {
    const c = conversation();
    await c.say('Einführung');
    const reply = await c.say('Glossar');
    expect(reply).toMatch(/Die Einführung pausiert bei Schritt 1 von 7/);
    expect(reply).toMatch(/Glossar/);
  });
});

describe('the offer to resume', () => {
  it('answers a question instead of taking it for "Fortsetzen"', async () => {
    const storage = new MemoryStorage();
    const first = conversation({ storage });
    await first.say('Einführung');
    await first.say('Weiter');
    await first.say('Beenden');
    const later = conversation({ storage });
    expect(await later.say('Einführung')).toMatch(/bei Schritt 2 von 7 unterbrochen/);
    const answer = await later.say('Was bedeutet ELB?');
    expect(answer).toMatch(/erwerbsfähige Leistungsberechtigte/);
    expect(answer).not.toMatch(/Einführung 2\/7/);
    expect(await later.say('Fortsetzen')).toMatch(/Einführung 2\/7/);
  });
});

describe('"weiter" outside the tour', () => {
  it('is not a search for Weiterbildung', async () => {
    const reply = await conversation().say('weiter');
    expect(reply).toMatch(/nichts offen, womit ich weitermachen könnte/);
    expect(reply).not.toMatch(/Weiterbildung/);
  });

  it('resumes an unfinished tour', async () => {
    const c = conversation();
    await c.say('Einführung');
    await c.say('Weiter');
    await c.say('Beenden');
    expect(await c.say('weiter')).toMatch(/Einführung 2\/7/);
  });
});
