import { CueTable, loadCues, CuesFileSchema, CueError } from '../../src/knowledge/cues';

const table = new CueTable(
  CuesFileSchema.parse({
    fillers: ['bitte'],
    concepts: { cancel: ['abbrechen', 'vergiss es'], help: ['hilfe', '?'], continue: ['weiter'], skip: ['überspringen'], plan: ['geplant*', 'plan'] },
  }),
);

describe('CueTable.isExactly', () => {
  it('accepts the phrase alone, with fillers and punctuation', () => {
    expect(table.isExactly('Abbrechen!', 'cancel')).toBe(true);
    expect(table.isExactly('bitte abbrechen', 'cancel')).toBe(true);
    expect(table.isExactly('Vergiss es.', 'cancel')).toBe(true);
    expect(table.isExactly('??', 'help')).toBe(true);
  });
  it('rejects a message that only contains the phrase', () => {
    expect(table.isExactly('Wann muss ich abbrechen?', 'cancel')).toBe(false);
    expect(table.isExactly('Weiterbildung', 'continue')).toBe(false);
  });
});

describe('CueTable.mentions', () => {
  it('matches prefixes marked with * and whole words otherwise', () => {
    expect(table.mentions('Wie viele sind für 2024 geplant?', 'plan')).toBe(true);
    expect(table.mentions('Planung', 'plan')).toBe(false);
    expect(table.mentions('Was ist der Plan?', 'plan')).toBe(true);
  });
  it('names an unknown concept in its error', () => {
    expect(() => table.mentions('x', 'nope')).toThrow(/nope/);
  });
});

describe('loadCues', () => {
  it('loads the shipped table with the concepts every caller relies on', () => {
    const cues = loadCues();
    for (const concept of ['cancel', 'help', 'continue', 'skip']) expect(cues.has(concept)).toBe(true);
    expect(cues.isExactly('stopp', 'cancel')).toBe(true);
  });
  it('refuses a table without a required concept', () => {
    expect(() => new CueTable(CuesFileSchema.parse({ concepts: { cancel: ['abbrechen'] } }))).toThrow(CueError);
  });
});
