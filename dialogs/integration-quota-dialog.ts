import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { WaterfallDialog } from './dialog-classes';
import { calculationFormCard } from '../src/cards/calculation-result-card';
import { COMMANDS, quotaResult } from '../src/figures/calculation-result';
import { parseCount } from '../src/german/number';
import { CalculationDialog, asInput, type CalculationDialogDeps, type GivenValue, type ValueSlot } from './calculation-dialog';

export const INTEGRATION_QUOTA_DIALOG_ID = 'integrationQuotaDialog';
const STEPS_ID = `${INTEGRATION_QUOTA_DIALOG_ID}.steps`;
const INTEGRATIONS_PROMPT_ID = `${INTEGRATION_QUOTA_DIALOG_ID}.integrations`;
const STOCK_PROMPT_ID = `${INTEGRATION_QUOTA_DIALOG_ID}.stock`;

/** Values already given (from the user's sentence or the form); the dialog asks only for the others. */
export interface IntegrationQuotaOptions {
  integrations?: GivenValue;
  stock?: GivenValue;
}

const TEXT = {
  title: COMMANDS.quota,
  integrations: {
    name: 'Integrationen',
    prompt: 'Integrationsquote berechnen: Wie viele **Integrationen** gab es im Zeitraum? (z. B. 865)',
    help: 'Die Integrationsquote ist der Anteil der in Erwerbstätigkeit oder Ausbildung integrierten ELB am durchschnittlichen Bestand der ELB: Integrationen ÷ Bestand ELB × 100. Geben Sie zuerst die Zahl der Integrationen im Zeitraum ein, z. B. 865 – oder **abbrechen**.',
    placeholder: 'z. B. 865',
    example: '865',
  },
  stock: {
    name: 'Durchschnittlicher Bestand ELB',
    prompt: 'Wie hoch war der **durchschnittliche Bestand an ELB** im selben Zeitraum? (z. B. 4.521)',
    help: 'Gefragt ist der durchschnittliche Bestand an erwerbsfähigen Leistungsberechtigten (ELB) im selben Zeitraum wie die Integrationen, z. B. 4.521. Die Integrationsquote ist Integrationen ÷ Bestand × 100.',
    placeholder: 'z. B. 4.521',
    example: '4.521',
  },
} as const;

/** Integrationsquote: asks for the Integrationen, then the average Bestand ELB, and shows the quota against the programme. */
export class IntegrationQuotaDialog extends CalculationDialog {
  private readonly integrations: ValueSlot<number> = {
    id: INTEGRATIONS_PROMPT_ID,
    ...TEXT.integrations,
    read: (text) => parseCount(text, { allowZero: true, example: TEXT.integrations.example }),
  };
  private readonly stock: ValueSlot<number> = {
    id: STOCK_PROMPT_ID,
    ...TEXT.stock,
    read: (text) => parseCount(text, { example: TEXT.stock.example }),
  };

  constructor(deps: CalculationDialogDeps) {
    super(INTEGRATION_QUOTA_DIALOG_ID, deps, COMMANDS.quota);
    this.addValuePrompt(this.integrations);
    this.addValuePrompt(this.stock);
    this.addDialog(new WaterfallDialog(STEPS_ID, [(s) => this.askIntegrations(s), (s) => this.askStock(s), (s) => this.showQuota(s)]));
    this.initialDialogId = STEPS_ID;
  }

  /** Asks for the Integrationen (with the form as an alternative), unless given. */
  private async askIntegrations(step: WaterfallStepContext<IntegrationQuotaOptions>): Promise<DialogTurnResult> {
    const { integrations, stock } = step.options;
    const form = integrations === undefined && stock === undefined ? this.form() : undefined;
    return this.askFor(step, this.integrations, asInput(integrations), form);
  }

  /** Keeps the Integrationen and asks for the Bestand ELB, unless given. */
  private async askStock(step: WaterfallStepContext<IntegrationQuotaOptions>): Promise<DialogTurnResult> {
    const integrations = this.answerTo(step, this.integrations);
    if (integrations === undefined) return this.giveUp(step);
    this.remember(step, 'integrations', integrations);
    return this.askFor(step, this.stock, asInput(step.options.stock));
  }

  /** Computes the quota and compares it with the programme's quotas. */
  private async showQuota(step: WaterfallStepContext<IntegrationQuotaOptions>): Promise<DialogTurnResult> {
    const integrations = this.recall(step, 'integrations');
    const stock = this.answerTo(step, this.stock);
    if (integrations === undefined || stock === undefined) return this.giveUp(step);
    return this.finish(step, quotaResult(integrations, stock, this.deps.references));
  }

  private form() {
    return calculationFormCard(TEXT.title, 'quota', [
      { id: 'integrations', label: TEXT.integrations.name, placeholder: TEXT.integrations.placeholder, numeric: true },
      { id: 'stock', label: TEXT.stock.name, placeholder: TEXT.stock.placeholder, numeric: true },
    ]);
  }
}
