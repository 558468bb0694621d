import { ActivityTypes, MessageFactory, type Activity } from 'botbuilder';
import type { DialogContext, DialogTurnResult, PromptValidatorContext, WaterfallStepContext } from 'botbuilder-dialogs';
import { TextPrompt } from './dialog-classes';
import type { DateTime } from 'luxon';
import { cardAttachment, type AdaptiveCard } from '../src/cards/adaptive-card';
import type { CalculationResult } from '../src/figures/calculation-result';
import type { ReferenceBook } from '../src/figures/reference-book';
import type { CueTable } from '../src/knowledge/cues';
import type { Result } from '../src/german/result';
import { CancelAndHelpDialog, currentStep, type AnswerQuestion, type Cancelled, type StepInfo } from './cancel-and-help-dialog';
import { calculationReply } from './reply-activity';

/** What every calculation dialog is built with; the bot supplies it once. */
export interface CalculationDialogDeps {
  /** The loaded programmes' values the results compare with (from their tables): those of the year asked, else the current programme's. */
  references: ReferenceBook;
  /** "Today" for the LZB check; injected so tests and the dialogs never read the system clock. */
  clock: () => DateTime;
  /** The shared cue table, for "abbrechen" and "hilfe" at any step. */
  cues: CueTable;
  answerQuestion?: AnswerQuestion;
  /** A new calculation request typed in the middle of a dialog: the dialog to switch to, with its options. */
  switchTo?: (text: string) => { dialogId: string; options: object } | undefined;
}

/** One value a dialog asks for: its question, help, how its text is read, and buttons to offer. */
export interface ValueSlot<T> {
  /** The prompt's id. */
  id: string;
  /** Name of the value in messages ("Durchschnittlicher Bestand ELB"). */
  name: string;
  prompt: string;
  help: string;
  read: (text: string) => Result<T, { message: string }>;
  /** Offered as buttons with the question; `value` is what the button sends. */
  choices?: readonly { title: string; value: string }[];
}

/** What a calculation dialog ends with (its parent, if any, reads it). */
export type CalculationOutcome =
  | { outcome: 'computed'; result: CalculationResult }
  | { outcome: 'not-computable'; message: string }
  | { outcome: 'gave-up' }
  | Cancelled;

/** Three invalid answers to one question end the dialog. */
const MAX_ATTEMPTS = 3;
/** What a prompt returns after the last failed attempt; no user can type it. */
const GAVE_UP = '\u0000gave-up';

const TEXT = {
  gaveUp: (command: string) => `Ich konnte den Wert auch beim dritten Versuch nicht verwenden und beende die Berechnung. Starten Sie sie jederzeit neu mit **${command}** – oder schreiben Sie **Hilfe**.`,
  givenButInvalid: (name: string, message: string) => `${name}: ${message}`,
  cannotCompute: (message: string) => `${message} Bitte starten Sie die Berechnung mit anderen Werten neu.`,
} as const;

/**
 * What the calculation dialogs share: one TextPrompt per value, validated by our
 * German parser (never NumberPrompt, which misreads German numbers), a retry
 * that says what was wrong and what is wanted, a polite end after three failed
 * tries, and values given in advance taken without asking.
 */
export abstract class CalculationDialog extends CancelAndHelpDialog {
  private readonly slots = new Map<string, ValueSlot<unknown>>();

  protected constructor(
    id: string,
    protected readonly deps: CalculationDialogDeps,
    /** The command that starts this calculation, named when the dialog gives up. */
    private readonly command: string,
  ) {
    super(id, deps.cues, deps.answerQuestion);
  }

  /** A new calculation request in the middle of this one replaces it (before any step sees the text). */
  override async continueDialog(outerDc: DialogContext): Promise<DialogTurnResult> {
    const activity = outerDc.context.activity;
    const target = activity.type === ActivityTypes.Message && typeof activity.text === 'string' ? this.deps.switchTo?.(activity.text) : undefined;
    if (target && !this.acceptsCurrentValue(outerDc, activity.text ?? '')) return outerDc.replaceDialog(target.dialogId, target.options);
    return super.continueDialog(outerDc);
  }

  private acceptsCurrentValue(outerDc: DialogContext, text: string): boolean {
    const step = currentStep(outerDc.child);
    return step !== undefined && this.acceptsValue(step.slot, text);
  }

  protected override acceptsValue(slot: string, text: string): boolean {
    return this.slots.get(slot)?.read(text).ok ?? false;
  }

  /** Registers the prompt for a value, validated by the slot's reader. */
  protected addValuePrompt<T>(slot: ValueSlot<T>): void {
    this.slots.set(slot.id, slot);
    this.addDialog(new TextPrompt(slot.id, (prompt) => this.validate(prompt, slot)));
  }

  /**
   * Asks for the slot's value — unless `given` (from the user's sentence or a
   * form) already reads as one: then the step moves on without asking.
   */
  protected async askFor<T>(step: WaterfallStepContext, slot: ValueSlot<T>, given: string | undefined, form?: AdaptiveCard): Promise<DialogTurnResult> {
    let intro = '';
    if (given !== undefined) {
      const read = slot.read(given);
      if (read.ok) return step.next(given);
      intro = `${TEXT.givenButInvalid(slot.name, read.error.message)}\n\n`;
    }
    const prompt = this.question(`${intro}${slot.prompt}`, slot);
    if (form) prompt.attachments = [cardAttachment(form)];
    const validations: StepInfo = { slot: slot.id, help: slot.help };
    return step.prompt(slot.id, { prompt, validations });
  }

  /** The value the previous step's prompt accepted; undefined after three failed tries. */
  protected answerTo<T>(step: WaterfallStepContext, slot: ValueSlot<T>): T | undefined {
    const text: unknown = step.result;
    if (typeof text !== 'string' || text === GAVE_UP) return undefined;
    const read = slot.read(text);
    return read.ok ? read.value : undefined;
  }

  /** Keeps an accepted value for the later steps (in dialog state, so it survives a restart with durable storage). */
  protected remember(step: WaterfallStepContext, key: string, value: number): void {
    (step.values as Record<string, unknown>)[key] = value;
  }

  /** A value kept by `remember`. */
  protected recall(step: WaterfallStepContext, key: string): number | undefined {
    const value = (step.values as Record<string, unknown>)[key];
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
  }

  /** Ends the dialog politely after too many invalid answers. */
  protected async giveUp(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await step.context.sendActivity(TEXT.gaveUp(this.command));
    const outcome: CalculationOutcome = { outcome: 'gave-up' };
    return step.endDialog(outcome);
  }

  /** Sends the result (card plus text) and ends the dialog with it. */
  protected async finish(step: WaterfallStepContext, outcome: Result<CalculationResult, { message: string }>): Promise<DialogTurnResult> {
    if (!outcome.ok) {
      await step.context.sendActivity(TEXT.cannotCompute(outcome.error.message));
      const failed: CalculationOutcome = { outcome: 'not-computable', message: outcome.error.message };
      return step.endDialog(failed);
    }
    await step.context.sendActivity(calculationReply(outcome.value));
    const computed: CalculationOutcome = { outcome: 'computed', result: outcome.value };
    return step.endDialog(computed);
  }

  private question(text: string, slot: ValueSlot<unknown>): Partial<Activity> {
    return slot.choices?.length ? MessageFactory.suggestedActions(slot.choices.map((c) => ({ type: 'imBack', title: c.title, value: c.value })), text) : MessageFactory.text(text);
  }

  /** Valid when the reply reads as the slot's value; otherwise the retry says what was wrong and asks again. */
  private async validate<T>(prompt: PromptValidatorContext<string>, slot: ValueSlot<T>): Promise<boolean> {
    const read = slot.read(prompt.recognized.value ?? '');
    if (read.ok) return true;
    if (prompt.attemptCount >= MAX_ATTEMPTS) {
      prompt.recognized.value = GAVE_UP;
      return true;
    }
    // The prompt re-asks only when the turn has not replied yet, so the reason goes into the retry itself.
    prompt.options.retryPrompt = this.question(`${read.error.message}\n\n${slot.prompt}`, slot);
    return false;
  }
}

/** A value given in advance: a number from a sentence, or text from a form. */
export type GivenValue = number | string;

/** A given value as text our parser reads back exactly (1.234 → "1,234", 1200000 → "1200000"). */
export function asInput(value: GivenValue | undefined): string | undefined {
  return typeof value === 'number' ? String(value).replace('.', ',') : value;
}

/** A result with the note on where its comparison values come from. */
export function withNote(result: CalculationResult, note: string | undefined): CalculationResult {
  return note ? { ...result, notes: [...result.notes, note] } : result;
}
