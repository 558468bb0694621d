// The package's `main` is an ES module build that Node cannot resolve; its UMD bundle parses cards without a DOM.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js') as {
  AdaptiveCard: new () => { parse(json: unknown, context: unknown): void; validateProperties(): { validationEvents: { message: string }[] } };
  SerializationContext: new () => { eventCount: number; getEventAt(i: number): { message: string } };
};

/**
 * Problems the Adaptive Cards parser reports for a card. Teams' Chart.* elements
 * are not in the parser's schema; they are accepted when they carry a fallback.
 */
export function cardProblems(card: unknown): string[] {
  const problems: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record['type'] === 'string' && record['type'].startsWith('Chart.') && !record['fallback']) problems.push(`${record['type']} without fallback`);
      Object.values(record).forEach(walk);
    }
  };
  walk(card);
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  parsed.parse(card, context);
  for (let i = 0; i < context.eventCount; i++) {
    const message = context.getEventAt(i).message;
    if (!/Unknown element type "Chart\./.test(message)) problems.push(message);
  }
  problems.push(...parsed.validateProperties().validationEvents.map((e) => e.message));
  return problems;
}
