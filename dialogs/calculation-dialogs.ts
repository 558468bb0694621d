import type { Dialog } from 'botbuilder-dialogs';
import { z } from 'zod';
import { defined } from '../src/figures/defined';
import { calculationRequestReader, type CalculationKind, type CalculationRequest } from '../src/figures/calculation-request';
import type { CalculationDialogDeps } from './calculation-dialog';
import { TWO_VALUE_CALCULATIONS } from './calculation-specs';
import { LzbCheckDialog, LZB_CHECK_DIALOG_ID, type LzbCheckOptions } from './lzb-check-dialog';
import { TwoValueDialog, type TwoValueOptions } from './two-value-dialog';

/** What the bot supplies once: the programme's reference values, "today", and its question answering. */
export type CalculationDeps = Omit<CalculationDialogDeps, 'switchTo'>;

const CALCULATION_DIALOG_IDS: Record<CalculationKind, string> = {
  quota: TWO_VALUE_CALCULATIONS.quota.dialogId,
  share: TWO_VALUE_CALCULATIONS.share.dialogId,
  change: TWO_VALUE_CALCULATIONS.change.dialogId,
  lzb: LZB_CHECK_DIALOG_ID,
};

/** The dialog a calculation request starts, with the values it already gives. */
export interface CalculationStart {
  dialogId: string;
  options: TwoValueOptions | LzbCheckOptions;
}

/** The calculation dialogs for the bot's DialogSet, and how a message starts one of them. */
export interface CalculationDialogs {
  dialogs: Dialog[];
  /**
   * The dialog for a calculation request — a submitted calculation form (`value`)
   * or typed text — or undefined for anything else (the bot then answers the text
   * as a question). Begun with these options, a dialog given every valid value
   * sends the result at once and ends in the same turn; otherwise it asks only
   * for what is missing.
   */
  startFor(value: unknown, text: string): CalculationStart | undefined;
}

/**
 * The four calculation dialogs. Their state lives in ConversationState through
 * the bot's Storage, so a durable store keeps a dialog across a restart. A new
 * calculation request typed mid-dialog switches to it.
 */
export function createCalculationDialogs(deps: CalculationDeps): CalculationDialogs {
  const read = calculationRequestReader(deps.cues);
  const withSwitch: CalculationDialogDeps = { ...deps, switchTo: (text) => startOf(read(text)) };
  return {
    dialogs: [...Object.values(TWO_VALUE_CALCULATIONS).map((spec) => new TwoValueDialog(spec, withSwitch)), new LzbCheckDialog(withSwitch)],
    startFor: (value, text) => {
      const submitted = requestFromSubmit(value);
      const start = startOf(submitted ?? read(text));
      // "Wie viel Prozent sind 60 von 4.383?" names no money: a share of counts, printed without €.
      if (start && !submitted && start.dialogId === CALCULATION_DIALOG_IDS.share && typeof (start.options as Record<string, unknown>)['total'] === 'number' && !deps.cues.mentions(text, 'euro') && !/€|\b(mio|tsd|millionen|tausend)\b/i.test(text)) {
        return { ...start, options: { ...start.options, unit: 'count' } };
      }
      return start;
    },
  };
}

function startOf(request: CalculationRequest | SubmittedRequest | null | undefined): CalculationStart | undefined {
  if (!request) return undefined;
  const dialogId = CALCULATION_DIALOG_IDS[request.kind];
  const year = 'year' in request ? request.year : undefined;
  switch (request.kind) {
    case 'quota':
      return { dialogId, options: defined({ integrations: request.integrations, stock: request.stock, year }) };
    case 'share':
      return { dialogId, options: defined({ amount: request.amount, total: request.total ?? ('totalName' in request ? request.totalName : undefined), year }) };
    case 'change':
      return { dialogId, options: defined({ oldValue: request.oldValue, newValue: request.newValue, year }) };
    case 'lzb':
      return { dialogId, options: defined({ months: request.months, periods: request.periods, year }) };
  }
}

/** A form field as submitted: Teams sends strings ("" when empty), other clients may send numbers. */
const Field = z
  .union([z.string(), z.number()])
  .optional()
  .transform((v) => (typeof v === 'string' ? v.trim() || undefined : v));

/** Forms sent before the fields had names used v0, v1 in slot order. */
const SubmitSchema = z.discriminatedUnion('calculation', [
  z.object({ calculation: z.literal('quota'), integrations: Field, stock: Field, v0: Field, v1: Field }),
  z.object({ calculation: z.literal('share'), amount: Field, total: Field, v0: Field, v1: Field }),
  z.object({ calculation: z.literal('change'), oldValue: Field, newValue: Field, v0: Field, v1: Field }),
  z.object({ calculation: z.literal('lzb'), months: Field, periods: Field, v0: Field }),
]);

type Submitted = number | string | undefined;
const asText = (value: Submitted): string | undefined => (value === undefined ? undefined : String(value));

/**
 * A submitted calculation form (Action.Submit / Action.Execute data) as a
 * request; its values are checked by the dialog like typed ones.
 */
export function requestFromSubmit(value: unknown): SubmittedRequest | undefined {
  // Nearly every turn is typed text without a value: no schema run (and no error built) for it.
  if (typeof value !== 'object' || value === null) return undefined;
  const parsed = SubmitSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const data = parsed.data;
  switch (data.calculation) {
    case 'quota':
      return { kind: 'quota', ...defined({ integrations: data.integrations ?? data.v0, stock: data.stock ?? data.v1 }) };
    case 'share':
      return { kind: 'share', ...defined({ amount: data.amount ?? data.v0, total: asText(data.total ?? data.v1) }) };
    case 'change':
      return { kind: 'change', ...defined({ oldValue: data.oldValue ?? data.v0, newValue: data.newValue ?? data.v1 }) };
    case 'lzb':
      return { kind: 'lzb', ...defined({ months: data.months ?? data.v0, periods: asText(data.periods) }) };
  }
}

/** A request from a form: like a typed one, but values may still be text to check ("1,2 Mio", "EGL 2024"). */
export type SubmittedRequest =
  | { kind: 'quota'; integrations?: number | string; stock?: number | string }
  | { kind: 'share'; amount?: number | string; total?: string }
  | { kind: 'change'; oldValue?: number | string; newValue?: number | string }
  | { kind: 'lzb'; months?: number | string; periods?: string };

/** True for a submitted calculation form, which replaces a calculation still waiting for typed values. */
export function isCalculationSubmit(value: unknown): boolean {
  return typeof value === 'object' && value !== null && SubmitSchema.safeParse(value).success;
}
