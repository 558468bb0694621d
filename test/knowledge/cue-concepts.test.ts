import { loadCues } from '../../src/knowledge/cues';
import { classifySmalltalk } from '../../src/answers/smalltalk';
import { framingTerms, readQuestion } from '../../src/answers/question-features';
import { createGermanAnalyser } from '../../src/search/analyser';
import { endsLikeNoun } from '../../src/answers/programme-answerer';
import { asksAboutDocument } from '../../src/answers/document-info';
import { sharedBrain } from '../helpers/bot-harness';

/**
 * The shipped cue concepts, each through the function that reads it: a concept's
 * entries removed from knowledge/common/cues.json make its test fail.
 */
const cues = loadCues();

describe('smalltalk concepts (classifySmalltalk)', () => {
  it.each([
    ['help-asked', 'Wobei kannst du mir helfen?', 'help'],
    ['help-asked', 'Ich brauche Hilfe, was kannst du?', 'help'],
    ['who-are-you', 'Bist du ein Roboter?', 'who'],
    ['who-are-you', 'Wer bist du und was kannst du?', 'who'],
    ['greeting', 'Moin moin!', 'greeting'],
    ['greeting-addressee', 'Guten Morgen, zusammen!', 'greeting'],
    ['thanks-alone', 'Alles klar.', 'thanks'],
    ['goodbye', "Das war's!", 'bye'],
    ['goodbye', 'Bis später', 'bye'],
  ])('%s: "%s" → %s', (_concept, text, kind) => {
    expect(classifySmalltalk(text, cues)).toBe(kind);
  });

  it('takes the whole message, without fillers, as the cue', () => {
    expect(classifySmalltalk('Hilfe bitte', cues)).toBeNull();
    expect(classifySmalltalk('Hallo, wie hoch ist die Integrationsquote?', cues)).toBeNull();
    expect(classifySmalltalk('Was sind Sieben-Tage-Werte?', cues)).toBeNull();
    expect(classifySmalltalk('ok, und die Quote?', cues)).toBeNull();
  });
});

describe('explanation concepts (readQuestion: a figure cue in a question for a reason, way or thing asks no figure)', () => {
  it.each([
    ['explanation-lead', 'Warum steigt der Bestand?'],
    ['explanation-lead', 'Wer betreut den Bestand?'],
    ['how-passive-lead + how-passive-participle', 'Wie wird der Bestand gemessen?'],
    ['which-lead', 'Welche Branchen haben den höchsten Bestand?'],
  ])('%s: "%s"', (_concept, question) => {
    expect(readQuestion(question, cues).asksFigure).toBe(false);
  });
  it.each([
    ['which-figure', 'Welche Quote gilt für Frauen?'],
    ['how-passive-participle (no participle)', 'Wie ist der Bestand 2024?'],
  ])('%s: "%s" still asks a figure', (_concept, question) => {
    expect(readQuestion(question, cues).asksFigure).toBe(true);
  });
});

describe('reason-noun (readQuestion.asksReason)', () => {
  it('reads a question naming a cause as asking for it', () => {
    expect(readQuestion('Welchen Grund hat der Anstieg?', cues).asksReason).toBe(true);
    expect(readQuestion('Ursachen des Rückgangs?', cues).asksReason).toBe(true);
  });
  it('needs the question mark', () => {
    expect(readQuestion('Ursachen des Rückgangs', cues).asksReason).toBe(false);
  });
});

describe('framing-stems (framingTerms)', () => {
  const analyser = createGermanAnalyser({ vocabulary: [] });
  const isFraming = framingTerms(cues);
  it.each(['Rolle', 'Landkreis', 'stark', 'höchste', 'Dezember', 'gekürzt'])('"%s" frames a question', (word) => {
    expect(isFraming(analyser.stem(word))).toBe(true);
  });
  it.each(['Integrationsquote', 'Alleinerziehende', 'Budget'])('"%s" names its topic', (word) => {
    expect(isFraming(analyser.stem(word))).toBe(false);
  });
});

describe('verb-endings and noun-endings (endsLikeNoun, and the answerer through it)', () => {
  it.each(['misst', 'gezählt', 'organisiert', 'zusammenfassen'])('"%s" is typed as a verb', (word) => {
    expect(endsLikeNoun(word, cues)).toBe(false);
  });
  it.each(['arbeitslosenquote', 'durchschnittsalter', 'gehalt', 'kosten', 'förderung'])('"%s" ends like a noun', (word) => {
    expect(endsLikeNoun(word, cues)).toBe(true);
  });
  it('keeps a lower-case question naming a cost the programme has no figure for from another figure', () => {
    const answer = sharedBrain().answerer.answer('kosten der unterkunft 2024');
    expect(answer.kind).toBe('no-answer');
    expect(answer.text).toMatch(/„(kosten|unterkunft)“ nennt das Programm nicht/);
  });
});

describe('document concepts (asksAboutDocument)', () => {
  it.each([
    ['document-self + document-fact + document-frame', 'Von wann ist das Programm genau?'],
    ['document-self (prefix) + document-fact', 'Wann wurde das Programmpapier aktualisiert?'],
    ['who-asked + signer', 'Wer hat das Papier verfasst?'],
    ['who-asked + signer (phrase)', 'Wer ist die Leiterin des Jobcenters?'],
    ['manager-alone', 'Die Geschäftsführerin?'],
  ])('%s: "%s" asks about the document', (_concepts, question) => {
    expect(asksAboutDocument(question, cues)).toBe(true);
  });
  it('reads a word outside the three lists as content', () => {
    expect(asksAboutDocument('Was steht im Programm zum Stand der LZB?', cues)).toBe(false);
    expect(asksAboutDocument('Die Geschäftsführerin und das Budget?', cues)).toBe(false);
  });
});
