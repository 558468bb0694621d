import type { DialogContext } from 'botbuilder-dialogs';
import type { DateTime } from 'luxon';
import { parseCalculationRequest, type CalculationKind } from '../src/figures/calculation-request';
import { computeResult, lzbResult } from '../src/figures/calculation-result';
import { formatEuro } from '../src/figures/format';
import { checkPeriods, parsePeriods } from '../src/figures/lzb';
import type { ProgrammeReferences } from '../src/figures/programme-references';
import { CalculationDialog, resultActivity, type CalculationSpec } from './calculation-dialog';
import type { AnswerQuestion } from './cancel-and-help-dialog';
import type { TurnHandler } from './turn-handler';
import { z } from 'zod';
import { parseGermanNumber } from '../src/figures/german-number';
import type { CalculationRequest } from '../src/figures/calculation-request';

const FormSubmitSchema = z.object({ calculation: z.enum(['quota', 'share', 'change', 'lzb']) }).catchall(z.unknown());

/** A submitted calculation form: values that parse are used, the rest are asked for. */
export function formSubmit(value: unknown, deps: CalculationDeps): CalculationRequest | undefined {
  const parsed = FormSubmitSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const spec = calculationSpecs(deps).find((s) => s.kind === parsed.data.calculation)!;
  const values = spec.slots.map((slot, i) => {
    const raw = parsed.data[`v${i}`];
    const result = parseGermanNumber(typeof raw === 'number' ? String(raw).replace('.', ',') : typeof raw === 'string' ? raw : '', slot.rules);
    return result.ok ? result.value : undefined;
  });
  return { kind: parsed.data.calculation, values };
}

/** True for a form submit, which replaces whatever calculation was in progress. */
export function isCalculationSubmit(value: unknown): boolean {
  return FormSubmitSchema.safeParse(value).success;
}

export interface CalculationDeps {
  references: ProgrammeReferences;
  /** "Today" for the LZB check, injected so tests are not tied to the calendar. */
  clock: () => DateTime;
  answerQuestion?: AnswerQuestion;
}

export const CALCULATION_DIALOG_IDS: Record<CalculationKind, string> = {
  quota: 'integrationQuotaDialog',
  share: 'budgetShareDialog',
  change: 'changeDialog',
  lzb: 'lzbCheckDialog',
};

/** The four calculations: what each asks, in the order of the dialog contract, and how it computes. */
export function calculationSpecs(deps: CalculationDeps): CalculationSpec[] {
  const compute = (kind: CalculationKind) => (values: number[]) => computeResult(kind, values, deps.references);
  return [
    {
      id: CALCULATION_DIALOG_IDS.quota,
      kind: 'quota',
      title: 'Integrationsquote berechnen',
      slots: [
        { label: 'Integrationen', placeholder: 'z. B. 865', prompt: 'Integrationsquote berechnen: Wie viele **Integrationen** gab es im Zeitraum? (z. B. 865)', help: 'Die Integrationsquote ist der Anteil der in Erwerbstätigkeit oder Ausbildung integrierten ELB am durchschnittlichen Bestand der ELB. Geben Sie zuerst die Zahl der Integrationen ein, z. B. 865 – oder **abbrechen**.', rules: { integer: true, allowZero: true } },
        { label: 'Durchschnittlicher Bestand ELB', placeholder: 'z. B. 4521', prompt: 'Wie hoch war der **durchschnittliche Bestand an ELB** im selben Zeitraum? (z. B. 4.521)', help: 'Gefragt ist der durchschnittliche Bestand erwerbsfähiger Leistungsberechtigter (ELB) im selben Zeitraum, z. B. 4.521. Die Quote ist Integrationen ÷ Bestand × 100.', rules: { integer: true } },
      ],
      compute: compute('quota'),
    },
    {
      id: CALCULATION_DIALOG_IDS.share,
      kind: 'share',
      title: 'Budgetanteil berechnen',
      slots: [
        { label: 'Betrag (€)', placeholder: 'z. B. 983.675 oder 1,2 Mio', prompt: 'Budgetanteil berechnen: Welcher **Betrag** (in €)? (z. B. 983.675 oder 1,2 Mio)', help: 'Geben Sie den Teilbetrag ein, dessen Anteil Sie wissen möchten, z. B. 983.675 oder 1,2 Mio. Danach frage ich nach dem Gesamtbetrag.', rules: { allowZero: true } },
        {
          label: 'Gesamtbetrag (€)',
          placeholder: 'z. B. 4.706.577',
          prompt: 'Und der **Gesamtbetrag** (in €)? Sie können auch ein Budget des Programms wählen.',
          help: 'Der Gesamtbetrag, auf den sich der Anteil bezieht – z. B. das Eingliederungsbudget 2024. Anteil = Betrag ÷ Gesamt × 100.',
          rules: {},
          choices: deps.references.budgetTotals.slice(0, 6).map((r) => ({ title: `${r.label}: ${formatEuro(r.value)}`, value: formatEuro(r.value) })),
        },
      ],
      compute: compute('share'),
    },
    {
      id: CALCULATION_DIALOG_IDS.change,
      kind: 'change',
      title: 'Veränderung berechnen',
      slots: [
        { label: 'Alter Wert', placeholder: 'z. B. 2.844', prompt: 'Veränderung berechnen: Wie lautet der **alte Wert** (Ausgangswert)? (z. B. 2.844)', help: 'Geben Sie den Ausgangswert ein, z. B. den Ist-Wert 2023. Danach frage ich nach dem neuen Wert. Veränderung = (neu − alt) ÷ alt × 100.', rules: { allowZero: true } },
        { label: 'Neuer Wert', placeholder: 'z. B. 2.985', prompt: 'Und der **neue Wert**? (z. B. 2.985)', help: 'Geben Sie den neuen Wert ein, z. B. den Plan-Wert 2024.', rules: { allowZero: true } },
      ],
      compute: compute('change'),
    },
    {
      id: CALCULATION_DIALOG_IDS.lzb,
      kind: 'lzb',
      title: 'LZB prüfen',
      slots: [
        {
          label: 'Monate mit Leistungsbezug (von 24)',
          placeholder: 'z. B. 23',
          prompt: 'LZB prüfen: In wie vielen der **letzten 24 Monate** hat die Person Leistungen bezogen? (0–24) – oder geben Sie Zeiträume an, z. B. „01.03.2022–31.10.2023, 01.01.2024–heute“.',
          help: 'LZB sind ELB, die in den vergangenen 24 Monaten mindestens 21 Monate Leistungen bezogen haben. Geben Sie die Zahl der Monate (0–24) oder die Bezugszeiträume ein – bitte ohne Namen oder Kundennummer.',
          rules: { integer: true, allowZero: true, max: 24 },
          read: (text) => {
            if (!/\d{1,2}\.\d{1,2}\.\d{2,4}/.test(text)) return undefined;
            const today = deps.clock();
            const periods = parsePeriods(text, today);
            if (!periods.ok) return periods;
            const result = checkPeriods(periods.periods, today);
            return { ok: true, value: result.months, result: lzbResult(result, today) };
          },
        },
      ],
      compute: compute('lzb'),
    },
  ];
}

export function createCalculationDialogs(deps: CalculationDeps): CalculationDialog[] {
  return calculationSpecs(deps).map((spec) => new CalculationDialog(spec, deps.answerQuestion));
}

/**
 * The bot's entry to the calculations: a complete request is answered at once,
 * a partial one starts its dialog asking only for what is missing.
 */
export function calculationHandler(deps: CalculationDeps): TurnHandler {
  return {
    async tryHandle(dc: DialogContext, text: string): Promise<boolean> {
      const request = formSubmit(dc.context.activity.value, deps) ?? parseCalculationRequest(text);
      if (!request) return false;
      if (request.values.every((v) => v !== undefined)) {
        const outcome = computeResult(request.kind, request.values as number[], deps.references);
        if (outcome.ok) {
          await dc.context.sendActivity(resultActivity(outcome.result));
          return true;
        }
        await dc.context.sendActivity(outcome.message);
      }
      await dc.beginDialog(CALCULATION_DIALOG_IDS[request.kind], { values: request.values });
      return true;
    },
  };
}
