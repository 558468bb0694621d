import { loadCues } from '../../src/knowledge/cues';
import { classifySmalltalk } from '../../src/answers/smalltalk';

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
