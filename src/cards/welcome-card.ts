import { adaptiveCard, messageBackAction, type AdaptiveCard } from './adaptive-card';

/** The welcome's example questions as buttons that ask them, plus the tour and the KPI snapshot. */
export function welcomeCard(examples: readonly string[]): AdaptiveCard {
  return adaptiveCard([{ type: 'TextBlock', text: 'Zum Beispiel:', weight: 'Bolder', size: 'Small', wrap: true }], {
    actions: [...examples.slice(0, 3).map((q) => messageBackAction(q, q)), messageBackAction('Einführung', 'Einführung'), messageBackAction('Kennzahlen', 'Kennzahlen')],
    fallbackText: `Zum Beispiel: ${examples.map((q) => `„${q}“`).join(' · ')}`,
  });
}
