import type { AnswerQuestion } from '../../dialogs/cancel-and-help-dialog';
import type { QuestionAnswerer } from '../answers/programme-library';
import { answerActivity } from './answer-activity';

/**
 * A question asked in the middle of a dialog, answered like a typed one — or
 * undefined when the programme has no answer, so the dialog's step replies instead.
 */
export function questionAnswerer(answerer: QuestionAnswerer, documentTitle: string): AnswerQuestion {
  return (text) => {
    const answer = answerer.answer(text);
    if (answer.kind === 'no-answer' || answer.kind === 'unclear' || answer.kind === 'too-long') return undefined;
    return answerActivity(answer, documentTitle);
  };
}
