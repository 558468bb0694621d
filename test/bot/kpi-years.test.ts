import { MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { buildLibrary, composeBot } from '../../src/compose';
import { ingestFile } from '../../src/knowledge/ingest-file';
import { loadProgrammes } from '../../src/knowledge/programmes';
import { shippedDocument, tempProgrammes, writeTemp } from '../programmes/helpers';
import { compose, scaleTableFigures, shiftYears } from '../programmes/variants';
import { flatten } from '../helpers/bot-harness';
import { cardProblems } from '../helpers/validate-card';

/** Two programme years in one bot: the KPI card switches between them. */
const dir = tempProgrammes(true);
ingestFile(writeTemp('naechstes-jahr.md', compose(shiftYears(1), scaleTableFigures(1.03))(shippedDocument())), { programmesDir: dir });
const [older, newer] = loadProgrammes({ programmesDir: dir });
const { bot } = composeBot(buildLibrary([older!, newer!]), { storage: new MemoryStorage() });

async function say(text: string): Promise<Partial<Activity>[]> {
  const adapter = new TestAdapter(async (context) => bot.run(context));
  await adapter.receiveActivity({ type: 'message', text });
  return adapter.activeQueue.splice(0);
}

const buttons = (replies: Partial<Activity>[]): string => JSON.stringify(replies.map((r) => r.attachments?.[0]?.content));

describe('the KPI card with two programme years', () => {
  it('shows the current year and offers the other one as a button that sends "Kennzahlen <year>"', async () => {
    const replies = await say('Kennzahlen');
    expect(flatten(replies)).toContain(`${newer!.programme.year} · ${newer!.programme.jobcenter}`);
    expect(buttons(replies)).toContain(`"value":"Kennzahlen ${older!.programme.year}"`);
  });

  it('switches to the year asked, offering the current one back', async () => {
    const replies = await say(`Kennzahlen ${older!.programme.year}`);
    expect(flatten(replies)).toContain(`${older!.programme.year} · ${older!.programme.jobcenter}`);
    expect(buttons(replies)).toContain(`"value":"Kennzahlen ${newer!.programme.year}"`);
    expect(cardProblems(replies[0]!.attachments![0]!.content)).toEqual([]);
  });
});
