import { MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { buildLibrary, composeBot } from '../../src/compose';
import { referencesFromTables } from '../../src/figures/programme-references';
import { ingestFile } from '../../src/knowledge/ingest-file';
import { loadProgrammes } from '../../src/knowledge/programmes';
import type { Knowledge } from '../../src/knowledge/schema';
import { formatEuro } from '../../src/german/number';
import { euro } from '../../src/figures/units';
import { flatten } from '../helpers/bot-harness';
import { shippedDocument, tempProgrammes, writeTemp } from '../programmes/helpers';
import { compose, scaleTableFigures, shiftYears } from '../programmes/variants';

/** This programme and next year's (years +1, table figures +3 %) in one bot: the calculators compare with the year asked. */
const dir = tempProgrammes(true);
ingestFile(writeTemp('naechstes-jahr.md', compose(shiftYears(1), scaleTableFigures(1.03))(shippedDocument())), { programmesDir: dir });
const [older, newer] = loadProgrammes({ programmesDir: dir }) as [Knowledge, Knowledge];
const { bot } = composeBot(buildLibrary([older, newer]), { storage: new MemoryStorage() });

async function say(text: string): Promise<string> {
  const adapter = new TestAdapter(async (context) => bot.run(context));
  await adapter.receiveActivity({ type: 'message', text });
  return flatten(adapter.activeQueue.splice(0) as Partial<Activity>[]);
}

const planQuota = (k: Knowledge) => referencesFromTables(k.tables).quotas.find((q) => q.group === 'gesamt' && q.period === 'Plan')!;
const egl = (k: Knowledge, year: number) => referencesFromTables(k.tables).budgetTotals.find((b) => b.budget === 'EGL' && b.year === year)!;
const [oldYear, newYear] = [older.programme.year, newer.programme.year];

describe('calculators with two programme years loaded', () => {
  it('the two programmes differ where the tests look', () => {
    expect(planQuota(older).printed).not.toBe(planQuota(newer).printed);
    expect(egl(older, oldYear).value).not.toBe(egl(newer, oldYear).value);
  });

  it('a quota without a year compares with the current programme’s plan, and says which programme', async () => {
    const reply = await say('Integrationsquote berechnen: 865 Integrationen bei 4.521 ELB');
    expect(reply).toContain(`Plan ${newYear} gesamt`);
    expect(reply).toContain(`${planQuota(newer).printed} %`);
    expect(reply).toContain(`Vergleichswerte aus dem Arbeitsmarkt- und Integrationsprogramm ${newYear}.`);
  });

  it('a quota naming the older year compares with that year’s programme', async () => {
    const reply = await say(`Integrationsquote ${oldYear} berechnen: 865 Integrationen bei 4.521 ELB`);
    expect(reply).toContain(`Plan ${oldYear} gesamt`);
    expect(reply).toContain(`${planQuota(older).printed} % → 0,0 Prozentpunkte`);
    expect(reply).not.toContain(`Plan ${newYear} gesamt`);
    expect(reply).toContain(`Vergleichswerte aus dem Arbeitsmarkt- und Integrationsprogramm ${oldYear}.`);
  });

  it('a year only an older programme reports (its Ist year) compares with that row', async () => {
    const reply = await say(`Integrationsquote ${oldYear - 1} berechnen: 865 Integrationen bei 4.521 ELB`);
    expect(reply).toContain(`Ist ${oldYear - 1} gesamt`);
    expect(reply).not.toMatch(/Plan \d{4} gesamt/);
  });

  it('a year no programme holds gives the result without a comparison, and says so', async () => {
    const reply = await say('Integrationsquote 2011 berechnen: 865 Integrationen bei 4.521 ELB');
    expect(reply).toContain('19,1 %');
    expect(reply).not.toMatch(/(Plan|Ist) \d{4} gesamt/);
    expect(reply).toContain('Für 2011 nennt kein geladenes Programm Vergleichswerte');
  });

  it('a budget named with the older year is that year’s programme’s amount', async () => {
    const reply = await say(`Budgetanteil von 983.675 € am EGL ${oldYear}`);
    expect(reply).toContain(formatEuro(euro(egl(older, oldYear).value)));
    expect(reply).not.toContain(formatEuro(euro(egl(newer, oldYear).value)));
  });

  it('the LZB check shows the LZB figures of the programme of the year asked', async () => {
    const lzbPlan = (k: Knowledge) => referencesFromTables(k.tables).lzb.find((r) => r.period === 'Plan')!;
    const current = await say('LZB prüfen: 23 Monate');
    expect(current).toContain(`${lzbPlan(newer).label}: ${lzbPlan(newer).printed}`);
    const asked = await say(`LZB prüfen ${oldYear}: 23 Monate`);
    expect(asked).toContain(`${lzbPlan(older).label}: ${lzbPlan(older).printed}`);
    expect(asked).not.toContain(lzbPlan(newer).label);
  });
});
