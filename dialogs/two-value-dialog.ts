import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { WaterfallDialog } from './dialog-classes';
import { calculationFormCard } from '../src/cards/calculation-result-card';
import type { CalculationResult } from '../src/figures/calculation-result';
import type { ProgrammeReferences } from '../src/figures/programme-references';
import type { ReferenceBook } from '../src/figures/reference-book';
import { success, type Result } from '../src/german/result';
import { CalculationDialog, asInput, withNote, type CalculationDialogDeps, type GivenValue, type ValueSlot } from './calculation-dialog';

/** One of the two values: what it is called, how it is asked for and explained, and how its text is read. */
export interface ValueSpec {
  /** Its name in dialog options and form fields ("integrations"); also the key it is remembered under. */
  key: string;
  /** The last part of its prompt's id ("integrationQuotaDialog.integrations"). */
  promptKey: string;
  /** Name in messages ("Durchschnittlicher Bestand ELB"). */
  name: string;
  prompt: string;
  help: string;
  /** What the form's field shows when empty. */
  placeholder: string;
  /** The form's label, when it differs from the name ("Betrag (€)"). */
  formLabel?: string;
  /** A number field in the form (counts); amounts are text fields so "1,2 Mio" fits. */
  numeric: boolean;
  read(text: string, references: ReferenceBook): Result<number, { message: string }>;
  /** Offered as buttons with the question ("EGL 2024: 4.706.577 €"): the current programme's. */
  choices?(references: ProgrammeReferences): readonly { title: string; value: string }[];
}

/** A calculation from two values, asked one after the other (quota, share, change). */
export interface TwoValueSpec {
  dialogId: string;
  kind: 'quota' | 'share' | 'change';
  /** The command that starts it ("Integrationsquote berechnen"): the form's title, named when the dialog gives up. */
  command: string;
  values: readonly [ValueSpec, ValueSpec];
  /**
   * `references` are the values of the programme of the year asked (`year`, when narrowed to it);
   * `options` the dialog's start options (e.g. `unit: 'count'` when the sentence named no money).
   */
  compute(first: number, second: number, references: ProgrammeReferences, options: TwoValueOptions & { year?: number }): Result<CalculationResult, { message: string }>;
}

/** Values already given (from the user's sentence or the form), by value key, and the year asked (`year`); the dialog asks only for the values missing. */
export type TwoValueOptions = Partial<Record<string, GivenValue>>;

/**
 * Asks for the first value (with the form as an alternative), then the second,
 * and shows the result against the programme — as its spec says.
 */
export class TwoValueDialog extends CalculationDialog {
  private readonly first: ValueSlot<number>;
  private readonly second: ValueSlot<number>;

  constructor(
    private readonly spec: TwoValueSpec,
    deps: CalculationDialogDeps,
  ) {
    super(spec.dialogId, deps, spec.command);
    [this.first, this.second] = spec.values.map((value) => this.slotFor(value)) as [ValueSlot<number>, ValueSlot<number>];
    this.addValuePrompt(this.first);
    this.addValuePrompt(this.second);
    this.addDialog(new WaterfallDialog(`${spec.dialogId}.steps`, [(s) => this.askFirst(s), (s) => this.askSecond(s), (s) => this.showResult(s)]));
    this.initialDialogId = `${spec.dialogId}.steps`;
  }

  /** Asks for the first value (with the form when nothing was given), unless given. */
  private async askFirst(step: WaterfallStepContext<TwoValueOptions>): Promise<DialogTurnResult> {
    const [first, second] = this.spec.values.map((v) => step.options[v.key]);
    const form = first === undefined && second === undefined ? this.form() : undefined;
    return this.askFor(step, this.first, asInput(first), form);
  }

  /** Keeps the first value and asks for the second, unless given. */
  private async askSecond(step: WaterfallStepContext<TwoValueOptions>): Promise<DialogTurnResult> {
    const first = this.answerTo(step, this.first);
    if (first === undefined) return this.giveUp(step);
    this.remember(step, this.spec.values[0].key, first);
    return this.askFor(step, this.second, asInput(step.options[this.spec.values[1].key]));
  }

  /** Computes the result and compares it with the programme's values. */
  private async showResult(step: WaterfallStepContext<TwoValueOptions>): Promise<DialogTurnResult> {
    const first = this.recall(step, this.spec.values[0].key);
    const second = this.answerTo(step, this.second);
    if (first === undefined || second === undefined) return this.giveUp(step);
    const year = step.options['year'];
    const chosen = this.deps.references.forYear(typeof year === 'number' ? year : undefined);
    const result = this.spec.compute(first, second, chosen.references, { ...step.options, ...(chosen.year !== undefined ? { year: chosen.year } : {}) });
    return this.finish(step, result.ok ? success(withNote(result.value, chosen.note)) : result);
  }

  private slotFor(value: ValueSpec): ValueSlot<number> {
    const references = this.deps.references;
    const choices = value.choices?.(references.current);
    return {
      id: `${this.spec.dialogId}.${value.promptKey}`,
      name: value.name,
      prompt: value.prompt,
      help: value.help,
      read: (text) => value.read(text, references),
      ...(choices ? { choices } : {}),
    };
  }

  private form() {
    return calculationFormCard(
      this.spec.command,
      this.spec.kind,
      this.spec.values.map((v) => ({ id: v.key, label: v.formLabel ?? v.name, placeholder: v.placeholder, numeric: v.numeric })),
    );
  }
}
