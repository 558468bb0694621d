import { CueTable, loadCues, CuesFileSchema, CueError } from '../../src/knowledge/cues';

const table = new CueTable(
  CuesFileSchema.parse({
    fillers: ['bitte'],
    concepts: {
      cancel: ['abbrechen', 'vergiss es'],
      help: ['hilfe', '?'],
      continue: ['weiter'],
      skip: ['überspringen'],
      plan: ['geplant*', 'plan'],
      nouns: ['*ung', '*quote', 'gehalt'],
      greeting: ['hallo', 'guten morgen', 'moin', 'moin moin'],
      addressee: ['zusammen', 'alle'],
    },
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
  it('matches endings marked with a leading *', () => {
    expect(table.isExactly('Planung', 'nouns')).toBe(true);
    expect(table.isExactly('Arbeitslosenquote', 'nouns')).toBe(true);
    expect(table.isExactly('Gehalt', 'nouns')).toBe(true);
    expect(table.isExactly('Ungarn', 'nouns')).toBe(false);
    expect(table.mentions('Wie hoch ist die Quote der Frauen?', 'nouns')).toBe(true);
    expect(table.mentions('Wie hoch ist sie?', 'nouns')).toBe(false);
  });
  it('names an unknown concept in its error', () => {
    expect(() => table.mentions('x', 'nope')).toThrow(/nope/);
  });
});

describe('CueTable.isSequence', () => {
  it('accepts a message made of one phrase per concept, in order, optional ones left out', () => {
    expect(table.isSequence('Hallo', ['greeting', 'addressee?'])).toBe(true);
    expect(table.isSequence('Guten Morgen, zusammen!', ['greeting', 'addressee?'])).toBe(true);
    expect(table.isSequence('moin moin alle', ['greeting', 'addressee?'])).toBe(true);
    expect(table.isSequence('zusammen', ['addressee?', 'greeting'])).toBe(false);
  });
  it('skips no fillers and allows no other word', () => {
    expect(table.isSequence('Hallo bitte', ['greeting', 'addressee?'])).toBe(false);
    expect(table.isSequence('Hallo zusammen, wie hoch ist die Quote?', ['greeting', 'addressee?'])).toBe(false);
    expect(table.isSequence('', ['greeting?'])).toBe(false);
  });
  it('names an unknown concept in its error', () => {
    expect(() => table.isSequence('Hallo', ['greeting', 'nope?'])).toThrow(/nope/);
  });
});

describe('CueTable.entries', () => {
  it('gives the entries as written', () => {
    expect(table.entries('plan')).toEqual(['geplant*', 'plan']);
  });
});

describe('CuesFileSchema', () => {
  it.each([['*'], ['*zahl*'], ['wie *']])('refuses the cue word in "%s"', (phrase) => {
    expect(CuesFileSchema.safeParse({ concepts: { x: [phrase] } }).success).toBe(false);
  });
  it('accepts prefixes, endings and a star inside a word', () => {
    expect(CuesFileSchema.safeParse({ concepts: { x: ['plan*', '*ung', 'kund*innen', 'leiter* des jobcenters'] } }).success).toBe(true);
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

describe('CueTable.withChatSpellingsWrittenOut', () => {
  const spelled = new CueTable(CuesFileSchema.parse({ chatSpellings: { nich: 'nicht' }, concepts: { cancel: ['abbrechen'], help: ['hilfe'], continue: ['weiter'], skip: ['überspringen'] } }));

  it('writes a chat spelling out as a whole word, whatever its case', () => {
    expect(spelled.withChatSpellingsWrittenOut('wieviele kunden sind nich marktnah')).toBe('wieviele kunden sind nicht marktnah');
    expect(spelled.withChatSpellingsWrittenOut('Nich marktnah?')).toBe('nicht marktnah?');
  });

  it('leaves words that only contain one alone', () => {
    expect(spelled.withChatSpellingsWrittenOut('Nichte und nicht')).toBe('Nichte und nicht');
  });

  it('rejects a spelling that is no single lower-case word', () => {
    expect(() => CuesFileSchema.parse({ chatSpellings: { 'gibt s': 'gibt es' }, concepts: {} })).toThrow();
  });
});
