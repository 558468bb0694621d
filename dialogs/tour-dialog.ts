import { MessageFactory, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import { Dialog, DialogTurnStatus } from './dialog-classes';
import type { SectionLookup } from '../src/answers/source';
import type { QuizQuestion, TourStep } from '../src/answers/tour';
import { quizCard, tourStepCard } from '../src/cards/programme-cards';
import { cardReply } from './reply-activity';
import type { CueTable } from '../src/knowledge/cues';

export const TOUR_DIALOG_ID = 'tourDialog';

/** Where a user stopped in the tour; kept in user state so "Einführung" can resume days later. */
export interface TourProgress {
  step: number;
  finished: boolean;
}

interface TourState {
  /** 'offer' = asked whether to resume; 'step' = showing a step; 'quiz' = self-check. */
  phase: 'offer' | 'step' | 'quiz';
  step: number;
  question: number;
  correct: number;
}

/**
 * The onboarding tour: Weiter / Zurück / Beenden through the steps, then a short
 * self-check with feedback on each answer. Anything else ends the tour and is
 * answered as a normal message, so nobody gets stuck in it.
 */
export class TourDialog extends Dialog<TourState> {
  constructor(
    private readonly steps: readonly TourStep[],
    private readonly quiz: readonly QuizQuestion[],
    private readonly sections: SectionLookup,
    private readonly progress: StatePropertyAccessor<TourProgress>,
    /** Weiter, Zurück, Beenden and Neu starten are the shared cue table's continue, back, cancel and restart. */
    private readonly cues: CueTable,
  ) {
    super(TOUR_DIALOG_ID);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const saved = await this.progress.get(dc.context, { step: 0, finished: false });
    const state = this.state(dc);
    if (saved.step > 0 && !saved.finished && saved.step < this.steps.length) {
      Object.assign(state, { phase: 'offer', step: saved.step, question: 0, correct: 0 });
      await dc.context.sendActivity(
        MessageFactory.suggestedActions(['Fortsetzen', 'Neu starten', 'Beenden'], `Sie hatten die Einführung bei Schritt ${saved.step + 1} von ${this.steps.length} unterbrochen. Fortsetzen oder neu starten?`),
      );
      return Dialog.EndOfTurn;
    }
    Object.assign(state, { phase: 'step', step: 0, question: 0, correct: 0 });
    await this.showStep(dc.context, 0);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = this.state(dc);
    const text = (dc.context.activity.text ?? '').trim();
    if (this.cues.isExactly(text, 'cancel')) {
      await dc.context.sendActivity('Einführung beendet. Mit **Einführung** machen Sie später an dieser Stelle weiter.');
      return dc.endDialog();
    }
    if (state.phase === 'offer') {
      state.phase = 'step';
      if (this.cues.isExactly(text, 'restart')) state.step = 0;
      await this.showStep(dc.context, state.step);
      return Dialog.EndOfTurn;
    }
    if (state.phase === 'quiz') return this.answerQuiz(dc, state, text);
    if (this.cues.isExactly(text, 'back')) state.step = Math.max(0, state.step - 1);
    else if (this.cues.isExactly(text, 'continue')) state.step += 1;
    else return this.leave(dc);
    if (state.step >= this.steps.length) return this.startQuiz(dc, state);
    await this.showStep(dc.context, state.step);
    return Dialog.EndOfTurn;
  }

  private async showStep(context: TurnContext, index: number): Promise<void> {
    await this.progress.set(context, { step: index, finished: false });
    const step = this.steps[index]!;
    await context.sendActivity(cardReply(tourStepCard(step, index, this.steps.length, this.sections), `${step.title}: ${step.text}`));
  }

  private async startQuiz(dc: DialogContext, state: TourState): Promise<DialogTurnResult> {
    await this.progress.set(dc.context, { step: this.steps.length, finished: true });
    if (this.quiz.length === 0) return this.finish(dc, state);
    Object.assign(state, { phase: 'quiz', question: 0, correct: 0 });
    await this.ask(dc.context, 0);
    return Dialog.EndOfTurn;
  }

  private async ask(context: TurnContext, index: number): Promise<void> {
    const question = this.quiz[index]!;
    await context.sendActivity(cardReply(quizCard(question, index, this.quiz.length), `${question.question} ${question.choices.map((c, i) => `${i + 1}) ${c}`).join('  ')}`));
  }

  private async answerQuiz(dc: DialogContext, state: TourState, text: string): Promise<DialogTurnResult> {
    const question = this.quiz[state.question]!;
    const choice = /^[1-9]$/.test(text) ? Number(text) - 1 : question.choices.findIndex((c) => c.toLowerCase() === text.toLowerCase());
    if (choice < 0 || choice >= question.choices.length) {
      await dc.context.sendActivity(`Bitte wählen Sie eine Antwort (1–${question.choices.length}) oder **Beenden**.`);
      return Dialog.EndOfTurn;
    }
    const right = choice === question.correct;
    if (right) state.correct += 1;
    await dc.context.sendActivity(`${right ? '✅ Richtig!' : `❌ Leider nicht – richtig ist: ${question.choices[question.correct]}.`} ${question.explanation}`);
    state.question += 1;
    if (state.question >= this.quiz.length) return this.finish(dc, state);
    await this.ask(dc.context, state.question);
    return Dialog.EndOfTurn;
  }

  private async finish(dc: DialogContext, state: TourState): Promise<DialogTurnResult> {
    await dc.context.sendActivity(`Geschafft! ${this.quiz.length ? `${state.correct} von ${this.quiz.length} Fragen richtig. ` : ''}Fragen Sie mich jederzeit zum Programm – z. B. „Kennzahlen“ oder „Was bedeutet LZB?“.`);
    return dc.endDialog();
  }

  /** Any other text ends the tour and goes on as a normal message (the bot routes it after this turn's dialog ends). */
  private async leave(dc: DialogContext): Promise<DialogTurnResult> {
    await dc.endDialog();
    return { status: DialogTurnStatus.empty };
  }

  private state(dc: DialogContext): TourState {
    return dc.activeDialog!.state as TourState;
  }
}
