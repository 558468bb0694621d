import { ActivityTypes, CardFactory, MessageFactory, type Activity } from 'botbuilder';
import { TextPrompt, WaterfallDialog, type PromptValidatorContext, type WaterfallStepContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { calculationFormCard, calculationResultCard } from '../src/cards/calculation-result-card';
import type { CalculationKind } from '../src/figures/calculation-request';
import type { CalculationResult } from '../src/figures/calculation-result';
import { parseGermanNumber, type NumberRules } from '../src/figures/german-number';
import { CancelAndHelpDialog, type AnswerQuestion, type StepHelp } from './cancel-and-help-dialog';

/** One value the dialog asks for. */
export interface SlotSpec {
  /** Short name of the value for the form card ("Integrationen"). */
  label: string;
  placeholder: string;
  prompt: string;
  help: string;
  rules: NumberRules;
  /** Values offered as buttons (e.g. the programme's budget totals). */
  choices?: { title: string; value: string }[];
  /** Reads the reply in other forms than a number (e.g. LZB benefit periods); falls back to the number rules. */
  read?: (text: string) => { ok: true; value: number; result?: CalculationResult } | { ok: false; message: string } | undefined;
}

export interface CalculationSpec {
  id: string;
  kind: CalculationKind;
  title: string;
  slots: SlotSpec[];
  compute: (values: number[]) => { ok: true; result: CalculationResult } | { ok: false; message: string };
}

/** Options for beginDialog: values already given in the user's sentence, in slot order. */
export interface CalculationOptions {
  values?: (number | null | undefined)[];
}

const MAX_TRIES = 3;
const GIVE_UP = '\u0000give-up';

/** Result as a Teams message: the summary as text (fallback and evaluator), the card with the working. */
export function resultActivity(result: CalculationResult): Partial<Activity> {
  return { ...MessageFactory.attachment(CardFactory.adaptiveCard(calculationResultCard(result)), result.summary), type: ActivityTypes.Message };
}

/**
 * A guided calculation: one TextPrompt per value (German numbers, parsed by our
 * own parser, never NumberPrompt), skipping values given in advance, then the
 * result card. Three invalid answers end the dialog politely.
 */
export class CalculationDialog extends CancelAndHelpDialog {
  constructor(
    private readonly spec: CalculationSpec,
    answerQuestion?: AnswerQuestion,
  ) {
    super(spec.id, answerQuestion);
    const steps = spec.slots.flatMap((_, index) => [(step: WaterfallStepContext) => this.askValue(step, index), (step: WaterfallStepContext) => this.storeValue(step, index)]);
    this.addDialog(new TextPrompt(this.promptId, (prompt) => this.validate(prompt)));
    this.addDialog(new WaterfallDialog(`${spec.id}.steps`, [...steps, (step: WaterfallStepContext) => this.showResult(step)]));
    this.initialDialogId = `${spec.id}.steps`;
  }

  private get promptId(): string {
    return `${this.spec.id}.value`;
  }

  /** Asks for value `index` unless the user's sentence already gave it. */
  private async askValue(step: WaterfallStepContext, index: number): Promise<DialogTurnResult> {
    // Stored state is JSON: a value not given comes back as null.
    const given = (step.options as CalculationOptions | undefined)?.values?.[index];
    if (typeof given === 'number') return step.next(given);
    const slot = this.spec.slots[index]!;
    const prompt = slot.choices?.length ? MessageFactory.suggestedActions(slot.choices.map((c) => ({ type: 'imBack', title: c.title, value: c.value })), slot.prompt) : MessageFactory.text(slot.prompt);
    const nothingGiven = !(step.options as CalculationOptions | undefined)?.values?.some((v) => typeof v === 'number');
    if (index === 0 && nothingGiven && this.spec.slots.length > 1) {
      const fields = this.spec.slots.map((s) => ({ label: s.label, placeholder: s.placeholder, numeric: s.rules.integer === true }));
      prompt.attachments = [CardFactory.adaptiveCard(calculationFormCard(this.spec.title, this.spec.kind, fields))];
    }
    const validations: StepHelp & { index: number } = { help: slot.help, index };
    return step.prompt(this.promptId, { prompt, validations });
  }

  /** Keeps the parsed value, or ends the dialog after too many invalid answers. */
  private async storeValue(step: WaterfallStepContext, index: number): Promise<DialogTurnResult> {
    if (step.result === GIVE_UP) {
      await step.context.sendActivity('Ich konnte den Wert leider nicht erkennen und beende die Berechnung. Starten Sie sie jederzeit neu – oder schreiben Sie **Hilfe**.');
      return step.endDialog();
    }
    const read = typeof step.result === 'number' ? { ok: true as const, value: step.result } : this.read(String(step.result), index);
    if (!read || !read.ok) return step.endDialog();
    (step.values as Record<string, number>)[`v${index}`] = read.value;
    if ('result' in read && read.result) {
      await step.context.sendActivity(resultActivity(read.result));
      return step.endDialog(read.result);
    }
    return step.next();
  }

  private async showResult(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const values = this.spec.slots.map((_, i) => Number((step.values as Record<string, number>)[`v${i}`]));
    const outcome = this.spec.compute(values);
    if (!outcome.ok) {
      await step.context.sendActivity(`${outcome.message} Bitte starten Sie die Berechnung mit anderen Werten neu.`);
      return step.endDialog();
    }
    await step.context.sendActivity(resultActivity(outcome.result));
    return step.endDialog(outcome.result);
  }

  private read(text: string, index: number): ReturnType<NonNullable<SlotSpec['read']>> {
    const slot = this.spec.slots[index]!;
    const special = slot.read?.(text);
    if (special) return special;
    const parsed = parseGermanNumber(text, slot.rules);
    return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, message: parsed.message };
  }

  /** Valid when the reply reads as the slot's value; otherwise says exactly what is wanted. */
  private async validate(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const index = (prompt.options.validations as { index: number }).index;
    const text = prompt.recognized.value ?? '';
    const read = this.read(text, index);
    if (read?.ok) return true;
    if (prompt.attemptCount >= MAX_TRIES) {
      prompt.recognized.value = GIVE_UP;
      return true;
    }
    // The prompt re-asks only if the turn has not responded yet: the reason goes into the retry itself.
    const ask = prompt.options.prompt as Partial<Activity>;
    prompt.options.retryPrompt = { ...ask, text: `${read?.message ?? 'Bitte einen gültigen Wert angeben.'}\n\n${ask.text ?? ''}` };
    return false;
  }
}
