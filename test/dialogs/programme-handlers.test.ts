import { MemoryStorage } from 'botbuilder';
import { conversation } from '../helpers/bot-harness';

describe('KPI snapshot', () => {
  it('shows Integrationsquote, LZB, budget, ELB and text figures with Stand and source', async () => {
    const [activity] = await conversation().sayRaw({ type: 'message', text: 'Kennzahlen' });
    expect(activity?.text).toBe('Kennzahlen aus dem AMIP 2024 – Überblick');
    const card = JSON.stringify(activity?.attachments?.[0]?.content).replace(/\u00ad/g, '');
    expect(activity?.attachments?.[0]?.content.fallbackText).toMatch(/Integrationsquote gesamt 19,1 %/);
    for (const expected of ['Integrationsquote Frauen', 'Langzeitleistungsbeziehende', 'Gesamtbudget', '11.519.147 €', 'nicht marktnah', 'Stand 28.09.2023', 'Abschnitt 3.1, S. 10', 'Plan 2024 gegenüber Ist 2023: +5,0 %']) {
      expect(card).toContain(expected);
    }
    expect(Buffer.byteLength(card, 'utf8')).toBeLessThan(80 * 1024);
  });

  it('a topic adds one chart with its values in German; the text figures name every section they come from', async () => {
    const budget = JSON.stringify((await conversation().sayRaw({ type: 'message', text: 'KPI Budget' }))[0]?.attachments?.[0]?.content);
    expect(budget.match(/"type":"Chart\./g)).toHaveLength(1);
    expect(budget).toMatch(/"legend":"Eingliederungsleistungen \(EGL\): 4\.706\.577 €"/);
    const more = JSON.stringify((await conversation().sayRaw({ type: 'message', text: 'KPI weitere' }))[0]?.attachments?.[0]?.content);
    expect(more).toContain('627');
    expect(more).toMatch(/Abschnitte 5\.2, S\. \d+; 3\.1, S\. \d+; 5\.3\.2, S\. \d+/);
  });

  it.each([
    ['KPI Budget', 'Budget', 'Gesamtbudget', 'Integrationsquote gesamt'],
    ['KPI Integration', 'Integrationsquote', 'Integrationsquote Männer', 'Gesamtbudget'],
    ['KPI LZB', 'Langzeitleistungsbeziehende', 'Langzeitleistungsbeziehende', 'Gesamtbudget'],
    ['KPI Frauen', 'Frauen', 'Integrationsquote Frauen', 'Integrationsquote Männer'],
  ])('"%s" shows only its part, named in German', async (command, lead, shown, hidden) => {
    const [activity] = await conversation().sayRaw({ type: 'message', text: command });
    expect(activity?.text).toBe(`Kennzahlen aus dem AMIP 2024 – ${lead}`);
    const card = JSON.stringify(activity?.attachments?.[0]?.content).replace(/\u00ad/g, '');
    expect(card).toContain(shown);
    expect(card).not.toContain(hidden);
  });

  it('does not take ordinary questions', async () => {
    expect(await conversation().say('Wie hoch ist die Integrationsquote 2024?')).not.toMatch(/^Kennzahlen aus dem AMIP 2024/);
  });
});

describe('Glossar and Datenprüfung', () => {
  it('lists every abbreviation', async () => {
    const reply = await conversation().say('Glossar');
    for (const abbreviation of ['ELB', 'BG', 'LZB', 'EGL', 'VK', 'BCA', 'IKS', 'SGB II']) expect(reply).toContain(abbreviation);
  });

  it('reports the discrepancies of the shipped tables', async () => {
    const reply = await conversation().say('Datenprüfung');
    expect(reply).toMatch(/3 weichen ab/);
    expect(reply).toMatch(/Insgesamt \(Veränderung zum Vorjahresstichtag\): gedruckt -303, nachgerechnet -284/);
    expect(reply).toMatch(/sonstige Dienstleistungen, Private Haushalte.*gedruckt -41, nachgerechnet -22/);
    expect(reply).toMatch(/Bestand ELB \(Ist 2023\): gedruckt 4\.521, nachgerechnet 4\.520/);
  });

  it('mentions a discrepancy under a figure answer that touches it', async () => {
    expect(await conversation().say('Wie hat sich die Zahl der Beschäftigten insgesamt verändert?')).toMatch(/Hinweis: Im Programm steht bei „Insgesamt“.*-303.*-284/);
  });
});

describe('Einführung', () => {
  it('walks forwards and backwards and ends with a self-check', async () => {
    const c = conversation();
    expect(await c.say('Einführung')).toMatch(/Einführung 1\/7[\s\S]*Präambel/);
    expect(await c.say('Weiter')).toMatch(/2\/7\nGrundsicherung für Arbeitsuchende/);
    expect(await c.say('Zurück')).toMatch(/1\/7/);
    for (let i = 0; i < 6; i++) await c.say('Weiter');
    expect(await c.say('Weiter')).toMatch(/Selbsttest 1\/3/);
    expect(await c.say('2')).toMatch(/Richtig!/);
    expect(await c.say('1')).toMatch(/Leider nicht – richtig ist: 19,1 %/);
    expect(await c.say('1')).toMatch(/Geschafft! 2 von 3 Fragen richtig/);
  });

  it('remembers where the user stopped and offers to continue', async () => {
    const storage = new MemoryStorage();
    const first = conversation({ storage });
    await first.say('Einführung');
    await first.say('Weiter');
    await first.say('Weiter');
    expect(await first.say('Beenden')).toMatch(/Einführung beendet/);
    const later = conversation({ storage });
    expect(await later.say('Einführung')).toMatch(/bei Schritt 3 von 7 unterbrochen/);
    expect(await later.say('Fortsetzen')).toMatch(/3\/7/);
  });

  it('lets any other message leave the tour and answers it', async () => {
    const c = conversation();
    await c.say('Einführung');
    expect(await c.say('Was bedeutet ELB?')).toMatch(/erwerbsfähige Leistungsberechtigte/);
  });
});
