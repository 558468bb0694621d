import { MessageFactory, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import { Dialog, DialogTurnStatus } from './dialog-classes';
import type { SectionLookup } from '../src/answers/source';
import type { QuizQuestion, TourStep } from '../src/answers/tour';
import { quizCard, tourStepCard } from '../src/cards/programme-cards';
import { cardReply } from './reply-activity';
import type { CueTable } from '../src/knowledge/cues';
import { markdownText } from '../src/cards/render-text';
import type { AnswerQuestion } from './cancel-and-help-dialog';

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
  /** "Weiter mit der Einführung?" was offered after a side question since the last step: not again. */
  offered?: boolean;
}

/** How the tour is started: by "Einführung", or by a lone "weiter" that resumes it only when there is something to resume. */
export interface TourOptions {
  resumeOnly?: boolean;
}

const TEXT = {
  ended: 'Einführung beendet. Mit **Einführung** machen Sie später an dieser Stelle weiter.',
  paused: (step: number, count: number) => `Die Einführung pausiert bei Schritt ${step} von ${count} – mit **Einführung** geht es dort weiter.`,
  offer: 'Weiter mit der Einführung?',
  nothingToResume: 'Gerade ist nichts offen, womit ich weitermachen könnte. Fragen Sie mich etwas zum Programm – oder starten Sie die **Einführung**.',
  help: (where: string) =>
    `Sie sind in der Einführung (${where}). **Weiter** zeigt den nächsten Schritt, **Zurück** den vorigen, **Beenden** hört auf – Sie machen später mit **Einführung** an derselben Stelle weiter. Fragen zum Programm beantworte ich zwischendurch.`,
  quizHelp: (count: number) => `Im Selbsttest wählen Sie eine der ${count} Antworten (Knopf, Text oder Nummer). **Überspringen** geht zur nächsten Frage, **Beenden** hört auf.`,
} as const;

/**
 * The onboarding tour: Weiter / Zurück / Beenden through the steps, then a short
 * self-check with feedback on each answer. A question on the side is answered and
 * the tour offered again once; a message it cannot answer pauses the tour with a
 * word and goes on as a normal message, so nobody gets stuck in it.
 */
export class TourDialog extends Dialog<TourOptions> {
  constructor(
    private readonly steps: readonly TourStep[],
    private readonly quiz: readonly QuizQuestion[],
    private readonly sections: SectionLookup,
    private readonly progress: StatePropertyAccessor<TourProgress>,
    /** Weiter, Zurück, Beenden, Hilfe, Überspringen and Neu starten are the shared cue table's continue, back, cancel, help, skip and restart. */
    private readonly cues: CueTable,
    /** Answers a side question like a typed one; undefined when the programme has none. */
    private readonly answerQuestion?: AnswerQuestion,
  ) {
    super(TOUR_DIALOG_ID);
  }

  override async beginDialog(dc: DialogContext, options?: TourOptions): Promise<DialogTurnResult> {
    const saved = await this.progress.get(dc.context, { step: 0, finished: false });
    const state = this.state(dc);
    const unfinished = saved.step > 0 && !saved.finished && saved.step < this.steps.length;
    if (options?.resumeOnly) {
      if (!unfinished) {
        await dc.context.sendActivity(TEXT.nothingToResume);
        return dc.endDialog();
      }
      Object.assign(state, { phase: 'step', step: saved.step, question: 0, correct: 0 });
      await this.showStep(dc.context, saved.step);
      return Dialog.EndOfTurn;
    }
    if (unfinished) {
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
      await dc.context.sendActivity(TEXT.ended);
      return dc.endDialog();
    }
    if (this.cues.isExactly(text, 'help')) {
      const help = state.phase === 'quiz' ? TEXT.quizHelp(this.quiz[state.question]?.choices.length ?? 3) : TEXT.help(`Schritt ${state.step + 1} von ${this.steps.length}`);
      await dc.context.sendActivity(MessageFactory.suggestedActions(state.phase === 'quiz' ? ['Überspringen', 'Beenden'] : ['Weiter', 'Beenden'], help));
      return Dialog.EndOfTurn;
    }
    if (state.phase === 'offer') {
      const restart = this.cues.isExactly(text, 'restart');
      // Neither "Fortsetzen" nor "Neu starten": a side question, answered without losing the offer.
      if (!restart && !this.cues.isExactly(text, 'continue')) return this.sideStep(dc, state, text);
      state.phase = 'step';
      state.offered = false;
      if (restart) state.step = 0;
      await this.showStep(dc.context, state.step);
      return Dialog.EndOfTurn;
    }
    if (state.phase === 'quiz') return this.answerQuiz(dc, state, text);
    if (this.cues.isExactly(text, 'back')) state.step = Math.max(0, state.step - 1);
    else if (this.cues.isExactly(text, 'continue')) state.step += 1;
    else return this.sideStep(dc, state, text);
    state.offered = false;
    if (state.step >= this.steps.length) return this.startQuiz(dc, state);
    await this.showStep(dc.context, state.step);
    return Dialog.EndOfTurn;
  }

  private async showStep(context: TurnContext, index: number): Promise<void> {
    await this.progress.set(context, { step: index, finished: false });
    const step = this.steps[index]!;
    // The card carries the step; the text only says where in the tour it is.
    await context.sendActivity(cardReply(tourStepCard(step, index, this.steps.length, this.sections), `Einführung ${index + 1}/${this.steps.length}`));
  }

  private async startQuiz(dc: DialogContext, state: TourState): Promise<DialogTurnResult> {
    await this.progress.set(dc.context, { step: this.steps.length, finished: true });
    if (this.quiz.length === 0) return this.finish(dc, state);
    Object.assign(state, { phase: 'quiz', question: 0, correct: 0 });
    await this.ask(dc.context, 0);
    return Dialog.EndOfTurn;
  }

  private async ask(context: TurnContext, index: number): Promise<void> {
    await context.sendActivity(cardReply(quizCard(this.quiz[index]!, index, this.quiz.length), `Selbsttest ${index + 1}/${this.quiz.length}`));
  }

  private async answerQuiz(dc: DialogContext, state: TourState, text: string): Promise<DialogTurnResult> {
    const question = this.quiz[state.question]!;
    if (state.offered && this.cues.isExactly(text, 'continue')) {
      // "Weiter mit dem Selbsttest?" answered: the same question again, not skipped.
      state.offered = false;
      await this.ask(dc.context, state.question);
      return Dialog.EndOfTurn;
    }
    const choice = /^[1-9]$/.test(text) ? Number(text) - 1 : question.choices.findIndex((c) => c.toLowerCase() === text.toLowerCase());
    const skipped = choice < 0 && (this.cues.isExactly(text, 'skip') || this.cues.isExactly(text, 'continue'));
    if (!skipped && (choice < 0 || choice >= question.choices.length)) {
      if (await this.answerAside(dc, state, text)) return Dialog.EndOfTurn;
      await dc.context.sendActivity(
        MessageFactory.suggestedActions(['Überspringen', 'Beenden'], `Bitte wählen Sie eine Antwort (1–${question.choices.length}), **Überspringen** oder **Beenden**.`),
      );
      return Dialog.EndOfTurn;
    }
    const right = !skipped && choice === question.correct;
    if (right) state.correct += 1;
    const verdict = skipped ? `Übersprungen – richtig ist: ${question.choices[question.correct]}.` : right ? '✅ Richtig!' : `❌ Leider nicht – richtig ist: ${question.choices[question.correct]}.`;
    await dc.context.sendActivity(markdownText(`${verdict} ${question.explanation}`));
    state.question += 1;
    state.offered = false;
    if (state.question >= this.quiz.length) return this.finish(dc, state);
    await this.ask(dc.context, state.question);
    return Dialog.EndOfTurn;
  }

  private async finish(dc: DialogContext, state: TourState): Promise<DialogTurnResult> {
    await dc.context.sendActivity(`Geschafft! ${this.quiz.length ? `${state.correct} von ${this.quiz.length} Fragen richtig. ` : ''}Fragen Sie mich jederzeit zum Programm – z. B. „Kennzahlen“ oder „Was bedeutet LZB?“.`);
    return dc.endDialog();
  }

  /**
   * Not a tour word: a question the programme answers is answered and the tour
   * stays (offered again once); anything else pauses the tour with a word and goes
   * on as a normal message (the bot routes it after this turn's dialog ends).
   */
  private async sideStep(dc: DialogContext, state: TourState, text: string): Promise<DialogTurnResult> {
    if (await this.answerAside(dc, state, text)) return Dialog.EndOfTurn;
    await dc.context.sendActivity(TEXT.paused(state.step + 1, this.steps.length));
    await dc.endDialog();
    return { status: DialogTurnStatus.empty };
  }

  /** Answers a side question; the first one after a step or question offers the tour again. */
  private async answerAside(dc: DialogContext, state: TourState, text: string): Promise<boolean> {
    const answer = text && this.answerQuestion ? await this.answerQuestion(text) : undefined;
    if (!answer) return false;
    await dc.context.sendActivity(answer);
    if (!state.offered) {
      state.offered = true;
      await dc.context.sendActivity(MessageFactory.suggestedActions(['Weiter', 'Beenden'], state.phase === 'quiz' ? 'Weiter mit dem Selbsttest?' : TEXT.offer));
    }
    return true;
  }

  private state(dc: DialogContext): TourState {
    return dc.activeDialog!.state as TourState;
  }
}
