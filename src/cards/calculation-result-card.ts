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
