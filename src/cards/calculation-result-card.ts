import type { CalculationResult } from '../figures/calculation-result';
import { adaptiveCard, messageBackAction, type AdaptiveCard } from './adaptive-card';

/** The result large, the working with the user's inputs, the comparison, and what to do next. */
export function calculationResultCard(result: CalculationResult): AdaptiveCard {
  return adaptiveCard(
    [
      { type: 'TextBlock', text: result.title, weight: 'Bolder', size: 'Medium', wrap: true },
      { type: 'TextBlock', text: result.figure, size: 'ExtraLarge', weight: 'Bolder', color: 'Accent', wrap: true },
      { type: 'TextBlock', text: result.formula, isSubtle: true, wrap: true, fontType: 'Monospace' },
      ...result.comparisons.map((line) => ({ type: 'TextBlock', text: line, wrap: true, spacing: 'Small' })),
    ],
    {
      actions: [messageBackAction('Neu berechnen', result.command), messageBackAction('Andere Kennzahl', 'Hilfe')],
      fallbackText: result.summary,
    },
  );
}

/** One field of a calculation form. Counts use Input.Number; amounts take German text ("1,2 Mio"). */
export interface FormField {
  label: string;
  placeholder: string;
  numeric: boolean;
}

/** The calculation as a form: all values at once, as an alternative to answering prompt by prompt. */
export function calculationFormCard(title: string, calculation: string, fields: readonly FormField[]): AdaptiveCard {
  return adaptiveCard(
    [
      { type: 'TextBlock', text: `${title} – oder alles auf einmal:`, weight: 'Bolder', wrap: true },
      ...fields.map((field, i) =>
        field.numeric
          ? { type: 'Input.Number', id: `v${i}`, label: field.label, placeholder: field.placeholder, min: 0 }
          : { type: 'Input.Text', id: `v${i}`, label: field.label, placeholder: field.placeholder },
      ),
    ],
    { actions: [{ type: 'Action.Submit', title: 'Berechnen', data: { calculation } }], fallbackText: `${title}: bitte die Werte einzeln eingeben.` },
  );
}
