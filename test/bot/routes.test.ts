import { MemoryStorage, TestAdapter } from 'botbuilder';
import { composeBot } from '../../src/compose';
import { CueTable, CuesFileSchema, loadCues } from '../../src/knowledge/cues';
import { flatten, sharedBrain, TODAY } from '../helpers/bot-harness';

/** The bot built on a cue table whose command words differ from the shipped ones. */
function botWithCues(change: (concepts: Record<string, string[]>) => void) {
  const file = JSON.parse(JSON.stringify(CuesFileSchema.parse(require('../../knowledge/common/cues.json')))) as { fillers: string[]; concepts: Record<string, string[]> };
  change(file.concepts);
  const { bot } = composeBot({ ...sharedBrain(), cues: new CueTable(CuesFileSchema.parse(file)) }, { storage: new MemoryStorage(), clock: () => TODAY });
  const adapter = new TestAdapter(async (context) => bot.run(context));
  return async (text: string): Promise<string> => {
    await adapter.receiveActivity({ type: 'message', text });
    return flatten(adapter.activeQueue.splice(0));
  };
}

describe('routing by the shared cue table', () => {
  it('takes the command words of every route from the table', async () => {
    const say = botWithCues((c) => {
      c['glossary'] = ['wörterbuch'];
      c['data-check'] = ['zahlenkontrolle'];
    });
    expect(await say('Wörterbuch')).toMatch(/^Glossar: \d+ Abkürzungen/);
    expect(await say('Glossar')).not.toMatch(/^Glossar: \d+ Abkürzungen/);
    expect(await say('bitte Zahlenkontrolle')).toMatch(/^Datenprüfung: \d+ Werte nachgerechnet/);
  });

  it('gives the dialogs their cancel and help words from the table', async () => {
    const say = botWithCues((c) => {
      c['cancel'] = ['halt'];
      c['help'] = ['erklär mal'];
    });
    await say('Integrationsquote berechnen');
    expect(await say('erklär mal')).toMatch(/Geben Sie zuerst die Zahl der Integrationen/);
    expect(await say('halt')).toMatch(/Berechnung abgebrochen/);
    expect(await say('865')).not.toMatch(/Bestand an ELB/);
  });

  it('keeps the shipped words working', async () => {
    const shipped = loadCues();
    expect(shipped.isExactly('Datenprüfung', 'data-check')).toBe(true);
    const say = botWithCues(() => undefined);
    expect(await say('KPI Budget')).toMatch(/^Kennzahlen aus dem AMIP 2024 – Budget/);
    expect(await say('Einführung')).toMatch(/Schritt|Einführung/);
  });
});
