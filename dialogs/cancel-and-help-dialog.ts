import { ActivityTypes, MessageFactory, type Activity } from 'botbuilder';
import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import type { CueTable } from '../src/knowledge/cues';
import { ComponentDialog, DialogTurnStatus } from './dialog-classes';

/**
 * The bot's answer to a question about the programme, or undefined when it has
 * none. Supplied by the bot; dialogs use it for questions asked mid-dialog.
 */
export type AnswerQuestion = (text: string) => Partial<Activity> | undefined | Promise<Partial<Activity> | undefined>;

/** What every prompt of these dialogs carries in its `validations`: its value's name and help text. */
export interface StepInfo {
  /** The prompt's id: which value the step asks for. */
  slot: string;
  /** Explains the step ("hilfe"). */
  help: string;
}

/** What a dialog cancelled with "abbrechen" ends with, so a parent can tell it from a result. */
export interface Cancelled {
  outcome: 'cancelled';
}

const TEXT = {
  cancelled: 'Alles klar, ich habe die Berechnung abgebrochen. Fragen Sie mich gern etwas zum Programm – oder schreiben Sie **Hilfe**.',
  helpFallback: 'Geben Sie den erfragten Wert ein oder schreiben Sie **abbrechen**.',
  pending: 'Ihre Berechnung wartet noch. **weiter** stellt die offene Frage wieder, **abbrechen** beendet die Berechnung.',
} as const;

const QUESTION = /\?\s*$|^(was|wie|wer|wo|wann|warum|wieso|weshalb|welche\p{L}*|wozu|wofür|gibt es|erkläre?|bedeutet)(?![\p{L}])/iu;

/**
 * Base of the calculation dialogs. Before any step sees the text: "abbrechen"
 * (every "cancel" cue: "stopp", "abbruch" …) ends the dialog, "hilfe" explains the current step
 * and asks again, and a question that is not a valid value for the step is
 * answered through `answerQuestion` — then the same step is asked again, so the
 * dialog is not lost.
 */
export abstract class CancelAndHelpDialog extends ComponentDialog {
  constructor(
    id: string,
    /** The shared cue table: "abbrechen" and "hilfe" mean here what they mean everywhere. */
    private readonly cues: CueTable,
    private readonly answerQuestion?: AnswerQuestion,
  ) {
    super(id);
  }

  /** True when `text` is a valid answer to the step `slot` (then it is never taken for a question). */
  protected abstract acceptsValue(slot: string, text: string): boolean;

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    return (await this.interrupt(innerDc)) ?? super.onContinueDialog(innerDc);
  }

  private async interrupt(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    const activity = innerDc.context.activity;
    if (activity.type !== ActivityTypes.Message || typeof activity.text !== 'string') return undefined;
    const text = activity.text.trim();
    const step = currentStep(innerDc);
    if (this.cues.isExactly(text, 'cancel')) return this.cancel(innerDc);
    if (this.cues.isExactly(text, 'help')) return this.explainStep(innerDc, step);
    if (this.cues.isExactly(text, 'continue') && !(step && this.acceptsValue(step.slot, text))) return this.resume(innerDc);
    if (this.answerQuestion && QUESTION.test(text) && !(step && this.acceptsValue(step.slot, text))) return this.answerInBetween(innerDc, text, this.answerQuestion);
    return undefined;
  }

  /** "abbrechen": confirms and ends the whole dialog. */
  private async cancel(innerDc: DialogContext): Promise<DialogTurnResult> {
    await innerDc.context.sendActivity(TEXT.cancelled);
    await innerDc.cancelAllDialogs();
    const result: Cancelled = { outcome: 'cancelled' };
    return { status: DialogTurnStatus.cancelled, result };
  }

  /** "hilfe": the step's help, then the step's question again. */
  private async explainStep(innerDc: DialogContext, step: StepInfo | undefined): Promise<DialogTurnResult> {
    await innerDc.context.sendActivity(step?.help ?? TEXT.helpFallback);
    await innerDc.repromptDialog();
    return { status: DialogTurnStatus.waiting };
  }

  /**
   * A question in the middle: the bot's answer; the first time, a word that the
   * calculation waits (with "weiter" and "abbrechen"), later answers alone — the
   * dialog is left alone until the user returns to it. Without an answer the step's validator replies.
   */
  private async answerInBetween(innerDc: DialogContext, text: string, answerQuestion: AnswerQuestion): Promise<DialogTurnResult | undefined> {
    const answer = await answerQuestion(text);
    if (!answer) return undefined;
    await innerDc.context.sendActivity(answer);
    const prompt = promptState(innerDc);
    if (prompt && !prompt[MENTIONED]) {
      prompt[MENTIONED] = true;
      await innerDc.context.sendActivity(MessageFactory.suggestedActions(['weiter', 'abbrechen'], TEXT.pending));
    }
    return { status: DialogTurnStatus.waiting };
  }

  /** "weiter": the waiting step's question again. */
  private async resume(innerDc: DialogContext): Promise<DialogTurnResult> {
    const prompt = promptState(innerDc);
    if (prompt) delete prompt[MENTIONED];
    await innerDc.repromptDialog();
    return { status: DialogTurnStatus.waiting };
  }
}

/** Kept in the waiting prompt's own state, so the next step starts without it. */
const MENTIONED = 'pendingMentioned';

function promptState(innerDc: DialogContext): Record<string, unknown> | undefined {
  const state: unknown = innerDc.activeDialog?.state;
  return state && typeof state === 'object' ? (state as Record<string, unknown>) : undefined;
}

/** The step a component's inner dialog context is waiting on, read from its prompt's options. */
export function currentStep(innerDc: DialogContext | undefined): StepInfo | undefined {
  const options: unknown = innerDc?.activeDialog?.state?.['options'];
  if (!options || typeof options !== 'object' || !('validations' in options)) return undefined;
  const info = options.validations;
  return info && typeof info === 'object' && 'slot' in info && 'help' in info && typeof info.slot === 'string' && typeof info.help === 'string' ? { slot: info.slot, help: info.help } : undefined;
}
