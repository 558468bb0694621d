import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { WaterfallDialog } from './dialog-classes';
import { calculationFormCard } from '../src/cards/calculation-result-card';
import { COMMANDS, lzbResult } from '../src/figures/calculation-result';
import { checkBenefitText, LZB_WINDOW_MONTHS, periodExample, type LzbVerdict } from '../src/figures/lzb';
import { success } from '../src/german/result';
import { CalculationDialog, asInput, withNote, type CalculationDialogDeps, type GivenValue, type ValueSlot } from './calculation-dialog';

export const LZB_CHECK_DIALOG_ID = 'lzbCheckDialog';
const STEPS_ID = `${LZB_CHECK_DIALOG_ID}.steps`;
const BENEFIT_PROMPT_ID = `${LZB_CHECK_DIALOG_ID}.benefit`;

/** Given in advance: a number of months, or benefit periods as typed. */
export interface LzbCheckOptions {
  months?: GivenValue;
  periods?: string;
  /** The programme year whose LZB figures the verdict is shown with. */
  year?: number;
}

/** The dialog's texts; the example periods are counted back from the day the dialog is built. */
function texts(example: { periods: string }) {
  return {
    title: COMMANDS.lzb,
    benefit: {
      name: 'Leistungsbezug',
      prompt: `LZB prüfen: In wie vielen der **letzten 24 Monate** hat die Person Leistungen bezogen? (0–24) – oder nennen Sie die Zeiträume, z. B. „${example.periods}“.`,
      help: `LZB (Langzeitleistungsbeziehende) sind ELB, die in den vergangenen 24 Monaten mindestens 21 Monate Leistungen der Grundsicherung bezogen haben. Geben Sie die Zahl der Monate mit Leistungsbezug ein (0–24, z. B. 23) oder die Bezugszeiträume, z. B. „${example.periods}“ – bitte ohne Namen oder Kundennummer.`,
    },
    form: {
      months: 'Monate mit Leistungsbezug (von 24)',
      monthsPlaceholder: 'z. B. 23',
      periods: 'oder Zeiträume',
      periodsPlaceholder: `z. B. ${example.periods}`,
    },
  } as const;
}

/**
 * LZB-Prüfung: one question — months with benefits in the last 24, or the
 * benefit periods, counted against today (the injected clock) in Berlin time.
 */
export class LzbCheckDialog extends CalculationDialog {
  private readonly benefit: ValueSlot<LzbVerdict>;
  private readonly text: ReturnType<typeof texts>;

  constructor(deps: CalculationDialogDeps) {
    super(LZB_CHECK_DIALOG_ID, deps, COMMANDS.lzb);
    this.text = texts(periodExample(deps.clock()));
    this.benefit = { id: BENEFIT_PROMPT_ID, ...this.text.benefit, read: (text) => checkBenefitText(text, deps.clock()) };
    this.addValuePrompt(this.benefit);
    this.addDialog(new WaterfallDialog(STEPS_ID, [(s) => this.askBenefit(s), (s) => this.showVerdict(s)]));
    this.initialDialogId = STEPS_ID;
  }

  /** Asks for months or periods (with the form as an alternative), unless given. */
  private async askBenefit(step: WaterfallStepContext<LzbCheckOptions>): Promise<DialogTurnResult> {
    const { months, periods } = step.options;
    const given = periods ?? asInput(months);
    return this.askFor(step, this.benefit, given, given === undefined ? this.form() : undefined);
  }

  /** Says whether the person counts as LZB, how many months count and what is missing. */
  private async showVerdict(step: WaterfallStepContext<LzbCheckOptions>): Promise<DialogTurnResult> {
    const verdict = this.answerTo(step, this.benefit);
    if (verdict === undefined) return this.giveUp(step);
    const chosen = this.deps.references.forYear(step.options.year);
    return this.finish(step, success(withNote(lzbResult(verdict, chosen.references, chosen.year), chosen.note)));
  }

  private form() {
    return calculationFormCard(this.text.title, 'lzb', [
      { id: 'months', label: this.text.form.months, placeholder: this.text.form.monthsPlaceholder, numeric: true, max: LZB_WINDOW_MONTHS },
      { id: 'periods', label: this.text.form.periods, placeholder: this.text.form.periodsPlaceholder, numeric: false },
    ]);
  }
}
