import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { WaterfallDialog } from './dialog-classes';
import { calculationFormCard } from '../src/cards/calculation-result-card';
import { changeResult, COMMANDS } from '../src/figures/calculation-result';
import { parseGermanNumber } from '../src/german/number';
import { success, type Result } from '../src/german/result';
import { CalculationDialog, asInput, type CalculationDialogDeps, type GivenValue, type ValueSlot } from './calculation-dialog';

export const CHANGE_DIALOG_ID = 'changeDialog';
const STEPS_ID = `${CHANGE_DIALOG_ID}.steps`;
const OLD_PROMPT_ID = `${CHANGE_DIALOG_ID}.old`;
const NEW_PROMPT_ID = `${CHANGE_DIALOG_ID}.new`;

/** Values already given (from "Veränderung von 2.844 auf 2.985" or the form). */
export interface ChangeOptions {
  oldValue?: GivenValue;
  newValue?: GivenValue;
}

const TEXT = {
  title: COMMANDS.change,
  oldValue: {
    name: 'Alter Wert',
    prompt: 'Veränderung berechnen: Wie lautet der **alte Wert** (Ausgangswert)? (z. B. 2.844)',
    help: 'Geben Sie den Ausgangswert ein, z. B. den Ist-Wert 2023 (2.844) oder ein Budget (5.368.734 €). Danach frage ich nach dem neuen Wert. Veränderung = (neu − alt) ÷ alt × 100.',
    placeholder: 'z. B. 2.844',
    example: '2.844',
  },
  newValue: {
    name: 'Neuer Wert',
    prompt: 'Und der **neue Wert**? (z. B. 2.985)',
    help: 'Geben Sie den neuen Wert ein, z. B. den Plan-Wert 2024 (2.985). Ich rechne (neu − alt) ÷ alt × 100 und nenne auch die Differenz.',
    placeholder: 'z. B. 2.985',
    example: '2.985',
  },
} as const;

/** Veränderung: asks for the old, then the new value, and shows the change in per cent with sign and absolute. */
export class ChangeDialog extends CalculationDialog {
  private readonly oldValue: ValueSlot<number> = { id: OLD_PROMPT_ID, ...TEXT.oldValue, read: (text) => readValue(text, TEXT.oldValue.example) };
  private readonly newValue: ValueSlot<number> = { id: NEW_PROMPT_ID, ...TEXT.newValue, read: (text) => readValue(text, TEXT.newValue.example) };

  constructor(deps: CalculationDialogDeps) {
    super(CHANGE_DIALOG_ID, deps, COMMANDS.change);
    this.addValuePrompt(this.oldValue);
    this.addValuePrompt(this.newValue);
    this.addDialog(new WaterfallDialog(STEPS_ID, [(s) => this.askOldValue(s), (s) => this.askNewValue(s), (s) => this.showChange(s)]));
    this.initialDialogId = STEPS_ID;
  }

  /** Asks for the old value (with the form as an alternative), unless given. */
  private async askOldValue(step: WaterfallStepContext<ChangeOptions>): Promise<DialogTurnResult> {
    const { oldValue, newValue } = step.options;
    const form = oldValue === undefined && newValue === undefined ? this.form() : undefined;
    return this.askFor(step, this.oldValue, asInput(oldValue), form);
  }

  /** Keeps the old value and asks for the new one, unless given. */
  private async askNewValue(step: WaterfallStepContext<ChangeOptions>): Promise<DialogTurnResult> {
    const oldValue = this.answerTo(step, this.oldValue);
    if (oldValue === undefined) return this.giveUp(step);
    this.remember(step, 'oldValue', oldValue);
    return this.askFor(step, this.newValue, asInput(step.options.newValue));
  }

  /** Computes the change (an old value of 0 gives the absolute difference only). */
  private async showChange(step: WaterfallStepContext<ChangeOptions>): Promise<DialogTurnResult> {
    const oldValue = this.recall(step, 'oldValue');
    const newValue = this.answerTo(step, this.newValue);
    if (oldValue === undefined || newValue === undefined) return this.giveUp(step);
    return this.finish(step, success(changeResult(oldValue, newValue, this.deps.references)));
  }

  private form() {
    return calculationFormCard(TEXT.title, 'change', [
      { id: 'oldValue', label: TEXT.oldValue.name, placeholder: TEXT.oldValue.placeholder, numeric: false },
      { id: 'newValue', label: TEXT.newValue.name, placeholder: TEXT.newValue.placeholder, numeric: false },
    ]);
  }
}

/** Counts, amounts or per-cent values ≥ 0 ("2.844", "4,7 Mio", "19,1 %"). */
function readValue(text: string, example: string): Result<number, { message: string }> {
  const parsed = parseGermanNumber(text, { allowZero: true, example });
  return parsed.ok ? success(parsed.value.value) : parsed;
}
