import { nextContext, resolveFollowUp, type FollowUpTools, type QuestionContext } from '../../src/answers/follow-up';
import { loadCues, normaliseForCues } from '../../src/knowledge/cues';
import { DEFAULT_RANKING_WEIGHTS } from '../../src/search/ranking-weights';

/**
 * resolveFollowUp completes an elliptic turn from the previous question; a turn
 * that names its own topic starts afresh. The cue table is the shipped one; a
 * topic word here is simply a word of three letters or more that is no cue,
 * no question word and no article.
 */
const cues = loadCues();
const NOT_TOPIC = new Set(['macht', 'wie', 'was', 'wer', 'wo', 'wann', 'warum', 'welche', 'gibt', 'hoch', 'viele', 'heißt', 'bedeutet', 'der', 'die', 'das', 'den', 'dem', 'für', 'mit', 'gab', 'hat', 'ist', 'sind', 'steht', 'bei', 'beim', 'und', 'von', 'vom', 'auch']);
const CUE_CONCEPTS = ['slot-words', 'women', 'men', 'plan', 'actual', 'change', 'percent', 'count', 'euro', 'follow-up', 'refers-back', 'meta-words'];
const isTopicWord = (w: string): boolean => w.length > 2 && !/^\d/.test(w) && !NOT_TOPIC.has(w.toLowerCase()) && !CUE_CONCEPTS.some((c) => cues.isExactly(w, c));
/** Every topic word here names a thing of the programme (newer engines ask that separately). */
const namesThing = isTopicWord;
const tools = { cues, isTopicWord, namesThing } satisfies Omit<FollowUpTools, 'namesThing'> & { namesThing: (w: string) => boolean };
const at = 1_000;
const previous = (text: string, subject?: string): QuestionContext => ({ text, at, ...(subject ? { subject } : {}) });
const words = (text: string | undefined): string[] => normaliseForCues(text ?? '');

describe('resolveFollowUp', () => {
  it('continues nothing without a previous question', () => {
    expect(resolveFollowUp('und 2023?', undefined, tools)).toBeUndefined();
  });

  it('"und 2023?" asks the previous question for another year: the old year goes, the rest stays', () => {
    const resolved = resolveFollowUp('und 2023?', previous('Wie hoch ist die Integrationsquote der Frauen 2024?', 'Integrationsquote Frauen'), tools);
    expect(words(resolved)).toEqual(expect.arrayContaining(['integrationsquote', 'frauen', '2023']));
    expect(words(resolved)).not.toContain('2024');
    expect(words(resolved)).not.toContain('und');
  });

  it('"und im Oktober?" asks the previous question for another month: the old month goes, the year stays', () => {
    const resolved = resolveFollowUp('und im Oktober?', previous('Integrationen im September 2024', 'Integrationen je Monat 2024'), tools);
    expect(words(resolved)).toEqual(expect.arrayContaining(['oktober', '2024']));
    expect(words(resolved)).not.toContain('september');
  });

  it('"und wie hoch ist ihre Integrationsquote?": the possessive makes the old subject the owner of the new topic', () => {
    const resolved = resolveFollowUp('und wie hoch ist ihre Integrationsquote?', previous('wie viele alleinerziehende ELB gibt es', 'Alleinerziehende'), tools);
    expect(words(resolved)).toEqual(expect.arrayContaining(['integrationsquote', 'alleinerziehende']));
    expect(words(resolved)).not.toContain('ihre');
  });

  it('"wie viele Integrationen sind das?": a closing "sind das" asks the new measure of the old subject, with its slots', () => {
    const resolved = resolveFollowUp('wie viele Integrationen sind das?', previous('wie hoch ist die Integrationsquote der Frauen 2023?', 'Integrationsquote Frauen'), tools);
    expect(words(resolved)).toEqual(expect.arrayContaining(['integrationen', 'integrationsquote', 'frauen', '2023']));
  });

  it('"und zusammen?" after a change of topic adds both subjects, in the year asked', () => {
    const first = nextContext(undefined, 'EGL 2024', 'Eingliederungsleistungen (EGL)', at, 300);
    const second = nextContext(first, 'EGL 2024 die VK?', 'Verwaltungskosten (VK)', at, 300);
    expect(second.earlierSubject).toBe('Eingliederungsleistungen (EGL)');
    expect(resolveFollowUp('und zusammen?', second, tools)).toBe('Eingliederungsleistungen (EGL) und Verwaltungskosten (VK) 2024 zusammen?');
    // The same topic again keeps no earlier one: there is nothing to add it to.
    expect(nextContext(second, 'VK 2023', 'Verwaltungskosten (VK)', at, 300).earlierSubject).toBeUndefined();
  });

  it('"davon Frauen?" narrows the previous question to women', () => {
    const resolved = resolveFollowUp('davon Frauen?', previous('Wie viele LZB gab es 2023?', 'Langzeitleistungsbeziehende'), tools);
    expect(words(resolved)).toEqual(expect.arrayContaining(['lzb', '2023', 'frauen']));
  });

  it('"und bei den Männern?" replaces the gender asked before', () => {
    const resolved = resolveFollowUp('und bei den Männern?', previous('Integrationsquote Frauen Plan 2024', 'Integrationsquote Frauen'), tools);
    expect(words(resolved)).toEqual(expect.arrayContaining(['integrationsquote', 'plan', '2024', 'männern']));
    expect(words(resolved)).not.toContain('frauen');
  });

  it('"und für Alleinerziehende?" swaps the topic and keeps the frame of the question', () => {
    const resolved = resolveFollowUp('und für Alleinerziehende?', previous('Wie viele Integrationen gab es 2023?', 'Integrationen'), tools);
    expect(words(resolved)).toEqual(expect.arrayContaining(['wie', 'viele', '2023', 'alleinerziehende']));
    expect(words(resolved)).not.toContain('integrationen');
  });

  it('a turn that points back for sure ("davon") may be longer than an elliptic one and still continues', () => {
    const turn = 'wie viel davon geht in den zweiten Arbeitsmarkt?';
    expect(words(turn).length).toBeGreaterThan(DEFAULT_RANKING_WEIGHTS.followUp.maxWords);
    expect(words(resolveFollowUp(turn, previous('EGL 2024 wie viel', 'Eingliederungsleistungen'), tools))).toEqual(expect.arrayContaining(['eingliederungsleistungen', 'arbeitsmarkt', '2024']));
    expect(resolveFollowUp('wie viel geht in den zweiten Arbeitsmarkt im Jahr?', previous('EGL 2024 wie viel', 'Eingliederungsleistungen'), tools)).toBeUndefined();
  });

  it('"wie viel Prozent davon …", "der Frauenanteil daran": a share of the previous subject, its year kept, the reference read as its preposition', () => {
    const before = previous('Wie viele LZB gibt es 2023?', 'Langzeitleistungsbeziehende');
    expect(resolveFollowUp('wie viel prozent davon sind frauen?', before, tools)).toBe('wie viel prozent von den Langzeitleistungsbeziehende 2023 sind frauen?');
    expect(resolveFollowUp('und der frauenanteil daran in prozent?', before, tools)).toBe('und der frauenanteil an den Langzeitleistungsbeziehende 2023?');
    // Without a share asked, "davon" narrows as before.
    expect(resolveFollowUp('davon Frauen?', before, tools)).not.toMatch(/von den/);
  });

  it('"was macht die?": a last "die" points back, so the subject is put in', () => {
    expect(words(resolveFollowUp('was macht die?', previous('Wofür steht BCA?', 'BCA'), tools))).toEqual(['was', 'macht', 'die', 'bca']);
  });

  it('"was heißt das?" asks for the definition of what the answer was about', () => {
    expect(resolveFollowUp('was heißt das?', previous('Wie viele LZB gab es 2023?', 'LZB'), tools)).toBe('Was bedeutet LZB?');
  });

  it('"wo?" asks the previous question again with the new question word', () => {
    const resolved = resolveFollowUp('wo?', previous('Was bedeutet LZB?', 'LZB'), tools);
    expect(words(resolved)[0]).toBe('wo');
    expect(words(resolved)).toEqual(expect.arrayContaining(['bedeutet', 'lzb']));
  });

  it('"warum?" asks for the reason of what was asked before', () => {
    const resolved = resolveFollowUp('warum?', previous('Wie stark steigen die LZB 2024?', 'Langzeitleistungsbeziehende'), tools);
    expect(words(resolved)[0]).toBe('warum');
    expect(words(resolved)).toEqual(expect.arrayContaining(['steigen', 'lzb', '2024']));
  });

  it('"wie viele gibt es davon?" brings its own frame: only the subject is added', () => {
    const resolved = resolveFollowUp('Wie viele gibt es davon?', previous('Was bedeutet LZB?', 'Langzeitleistungsbeziehende'), tools);
    expect(words(resolved)).toEqual(['wie', 'viele', 'gibt', 'es', 'davon', 'langzeitleistungsbeziehende']);
  });

  it.each([
    ['a new question with its own topic', 'Wie hoch ist die Eingliederungsquote?'],
    ['a long question', 'und wie hoch ist eigentlich die geplante Integrationsquote der Männer im Jahr 2024?'],
    ['a topic without a follow-up cue', 'Alleinerziehende'],
  ])('starts afresh with %s', (_what, text) => {
    expect(resolveFollowUp(text, previous('Wie viele LZB gab es 2023?', 'Langzeitleistungsbeziehende'), tools)).toBeUndefined();
  });

  // Was a bug: "das", "die", "es" counted as refers-back cues, so a new question that merely has an article
  // ("Wie hoch ist das Gesamtbudget?" after a question about LZB) is read as referring back and
  // gets the old subject appended: "Wie hoch ist das Gesamtbudget Langzeitleistungsbeziehende?".
  it('starts afresh with a new question whose topic carries an article ("das Gesamtbudget")', () => {
    expect(resolveFollowUp('Wie hoch ist das Gesamtbudget?', previous('Wie viele LZB gab es 2023?', 'Langzeitleistungsbeziehende'), tools)).toBeUndefined();
  });
});
