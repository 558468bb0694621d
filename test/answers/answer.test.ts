import { copyAnswer, type Answer } from '../../src/answers/answer';
import { sharedBrain } from '../helpers/bot-harness';

describe('copyAnswer', () => {
  const answers: Answer[] = ['Was tut das Jobcenter für Alleinerziehende?', 'Wie hoch ist die Integrationsquote 2024?', 'Hallo'].map((q) => sharedBrain().answerer.answerUncached(q));

  it('copies every field, facts included', () => {
    expect(answers.some((a) => a.facts?.length)).toBe(true);
    for (const answer of answers) expect(copyAnswer(answer)).toEqual(structuredClone(answer));
  });

  it('shares nothing with the original', () => {
    for (const answer of answers) {
      const copy = copyAnswer(answer);
      copy.sources.forEach((s) => (s.title = 'geändert'));
      copy.related.forEach((r) => (r.label = 'geändert'));
      copy.facts?.forEach((f) => (f.value = 'geändert'));
      copy.notes.push('neu');
      expect(JSON.stringify(answer)).not.toContain('geändert');
      expect(answer.notes).not.toContain('neu');
    }
  });

  it('hands out cached answers that a caller cannot change', () => {
    const first = sharedBrain().answerer.answer('Was tut das Jobcenter für Alleinerziehende?');
    first.related.length = 0;
    first.text = '';
    const second = sharedBrain().answerer.answer('Was tut das Jobcenter für Alleinerziehende?');
    expect(second.related.length).toBeGreaterThan(0);
    expect(second.text).not.toBe('');
  });
});
