import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { WaterfallDialog } from './dialog-classes';
import { calculationFormCard } from '../src/cards/calculation-result-card';
import { COMMANDS, shareResult } from '../src/figures/calculation-result';
import { formatEuro, parseAmount } from '../src/german/number';
import { findBudget, type BudgetReference } from '../src/figures/programme-references';
import { success, type Result } from '../src/german/result';
import { CalculationDialog, asInput, type CalculationDialogDeps, type GivenValue, type ValueSlot } from './calculation-dialog';

export const BUDGET_SHARE_DIALOG_ID = 'budgetShareDialog';
const STEPS_ID = `${BUDGET_SHARE_DIALOG_ID}.steps`;
const AMOUNT_PROMPT_ID = `${BUDGET_SHARE_DIALOG_ID}.amount`;
const TOTAL_PROMPT_ID = `${BUDGET_SHARE_DIALOG_ID}.total`;

/** Values already given; the total may name a programme budget instead of a number ("EGL 2024"). */
export interface BudgetShareOptions {
  amount?: GivenValue;
  total?: GivenValue;
}

const TEXT = {
  title: COMMANDS.share,
  amount: {
    name: 'Betrag',
    prompt: 'Budgetanteil berechnen: Um welchen **Betrag** (in €) geht es? (z. B. 983.675 oder 1,2 Mio)',
    help: 'Geben Sie den Teilbetrag ein, dessen Anteil Sie wissen möchten, z. B. 983.675 €, 1,2 Mio oder 250 Tsd. Danach frage ich nach dem Gesamtbetrag. Anteil = Betrag ÷ Gesamt × 100.',
    placeholder: 'z. B. 983.675 oder 1,2 Mio',
    example: '983.675 oder 1,2 Mio',
  },
  total: {
    name: 'Gesamtbetrag',
    prompt: 'Und der **Gesamtbetrag** (in €)? Geben Sie eine Zahl ein oder wählen Sie ein Budget des Programms.',
    help: 'Der Gesamtbetrag, auf den sich der Anteil bezieht – eine Zahl wie 4.706.577 oder 4,7 Mio, oder ein Budget des Programms: „EGL 2024“ (Eingliederungsleistungen), „VK 2024“ (Verwaltungskosten), „Gesamtbudget 2024“ oder dieselben für 2023.',
    placeholder: 'z. B. 4.706.577 oder EGL 2024',
    example: '4.706.577 oder EGL 2024',
  },
} as const;

/** Budgetanteil: asks for the amount, then the total (a number or one of the programme's budgets), and shows the share. */
export class BudgetShareDialog extends CalculationDialog {
  private readonly amount: ValueSlot<number> = {
    id: AMOUNT_PROMPT_ID,
    ...TEXT.amount,
    read: (text) => parseAmount(text, { allowZero: true, example: TEXT.amount.example }),
  };
  private readonly total: ValueSlot<number>;

  constructor(deps: CalculationDialogDeps) {
    super(BUDGET_SHARE_DIALOG_ID, deps, COMMANDS.share);
    this.total = {
      id: TOTAL_PROMPT_ID,
      ...TEXT.total,
      read: (text) => this.readTotal(text),
      choices: deps.references.budgetTotals.map((b) => ({ title: `${b.label}: ${formatEuro(b.value)}`, value: b.label })),
    };
    this.addValuePrompt(this.amount);
    this.addValuePrompt(this.total);
    this.addDialog(new WaterfallDialog(STEPS_ID, [(s) => this.askAmount(s), (s) => this.askTotal(s), (s) => this.showShare(s)]));
    this.initialDialogId = STEPS_ID;
  }

  /** Asks for the amount (with the form as an alternative), unless given. */
  private async askAmount(step: WaterfallStepContext<BudgetShareOptions>): Promise<DialogTurnResult> {
    const { amount, total } = step.options;
    const form = amount === undefined && total === undefined ? this.form() : undefined;
    return this.askFor(step, this.amount, asInput(amount), form);
  }

  /** Keeps the amount and asks for the total, offering the programme's budgets, unless given. */
  private async askTotal(step: WaterfallStepContext<BudgetShareOptions>): Promise<DialogTurnResult> {
    const amount = this.answerTo(step, this.amount);
    if (amount === undefined) return this.giveUp(step);
    this.remember(step, 'amount', amount);
    return this.askFor(step, this.total, asInput(step.options.total));
  }

  /** Computes the share; a programme budget as total is named in the result. */
  private async showShare(step: WaterfallStepContext<BudgetShareOptions>): Promise<DialogTurnResult> {
    const amount = this.recall(step, 'amount');
    const total = this.answerTo(step, this.total);
    if (amount === undefined || total === undefined) return this.giveUp(step);
    return this.finish(step, shareResult(amount, total, this.deps.references));
  }

  /** A programme budget by name ("EGL 2024", "Gesamtbudget") or an amount ("4,7 Mio"). */
  private readTotal(text: string): Result<number, { message: string }> {
    const budget: BudgetReference | undefined = findBudget(this.deps.references, text);
    if (budget) return success(budget.value);
    const parsed = parseAmount(text, { example: TEXT.total.example });
    return parsed.ok ? success(parsed.value) : parsed;
  }

  private form() {
    return calculationFormCard(TEXT.title, 'share', [
      { id: 'amount', label: `${TEXT.amount.name} (€)`, placeholder: TEXT.amount.placeholder, numeric: false },
      { id: 'total', label: `${TEXT.total.name} (€ oder Budget)`, placeholder: TEXT.total.placeholder, numeric: false },
    ]);
  }
}
