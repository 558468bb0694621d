import { COMMANDS, type CalculationResult, type Comparison } from '../figures/calculation-result';
import type { CalculationKind } from '../figures/calculation-request';
import { formatSource } from '../figures/programme-references';
import { adaptiveCard, factSet, messageBackAction, showCardAction, type AdaptiveCard, type CardElement } from './adaptive-card';

const COMPARISON_HEADING = 'Vergleich mit dem Programm';

/**
 * The result large, the working with the user's inputs, the programme's values with
 * their source, and what to do next. The statement is not on the card: it is the
 * message's text above it (`calculationReply`), so Teams shows it once.
 */
export function calculationResultCard(result: CalculationResult): AdaptiveCard {
  const body: CardElement[] = [
    { type: 'TextBlock', text: result.title, weight: 'Bolder', size: 'Medium', wrap: true },
    { type: 'TextBlock', text: result.figure, size: 'ExtraLarge', weight: 'Bolder', color: 'Accent', spacing: 'None', wrap: true },
    { type: 'TextBlock', text: result.formula, fontType: 'Monospace', isSubtle: true, wrap: true },
    ...comparisonElements(result.comparisons),
    ...result.notes.map((note) => ({ type: 'TextBlock', text: note, size: 'Small', wrap: true, spacing: 'Small' })),
  ];
  return adaptiveCard(body, { actions: resultActions(result.kind), fallbackText: calculationResultText(result) });
}

function comparisonElements(comparisons: readonly Comparison[]): CardElement[] {
  if (comparisons.length === 0) return [];
  const sources = [...new Set(comparisons.map((c) => formatSource(c.source)))];
  return [
    { type: 'TextBlock', text: COMPARISON_HEADING, weight: 'Bolder', spacing: 'Medium', wrap: true },
    factSet(comparisons.map((c) => ({ title: c.label, value: c.difference ? `${c.value} → ${c.difference}` : c.value }))),
    { type: 'TextBlock', text: `Quelle: ${sources.join('; ')}`, size: 'Small', isSubtle: true, wrap: true },
  ];
}

const OTHER_CALCULATIONS: Record<CalculationKind, string> = {
  quota: 'Integrationsquote',
  share: 'Budgetanteil',
  change: 'Veränderung',
  lzb: 'LZB-Prüfung',
};

/** "Neu berechnen" starts the same calculation; "Andere Kennzahl" opens the choice of the others. */
function resultActions(kind: CalculationKind) {
  const others = (Object.keys(COMMANDS) as CalculationKind[]).filter((k) => k !== kind);
  return [
    messageBackAction('Neu berechnen', COMMANDS[kind]),
    showCardAction(
      'Andere Kennzahl',
      [{ type: 'TextBlock', text: 'Was möchten Sie berechnen?', wrap: true }],
      others.map((k) => messageBackAction(OTHER_CALCULATIONS[k], COMMANDS[k])),
    ),
  ];
}

/**
 * The same result as plain text, for clients without cards: statement, working,
 * the programme's values (the source named once per source) and the notes.
 */
export function calculationResultText(result: CalculationResult): string {
  const lines = [result.statement, result.formula];
  if (result.comparisons.length > 0) {
    const named = new Set<string>();
    lines.push(
      `${COMPARISON_HEADING}:`,
      ...result.comparisons.map((c) => {
        const source = formatSource(c.source);
        const where = named.has(source) ? '' : ` (${source})`;
        named.add(source);
        return `- ${c.label}: ${c.value}${where}${c.difference ? ` → ${c.difference}` : ''}`;
      }),
    );
  }
  lines.push(...result.notes);
  return lines.join('\n');
}

/** One field of a calculation form. Counts use Input.Number; amounts and periods take German text ("1,2 Mio"). */
export interface FormField {
  /** Key of the value in the submitted data; `v0`, `v1` … when not given. */
  id?: string;
  label: string;
  placeholder: string;
  numeric: boolean;
  max?: number;
}

/**
 * The calculation as a form, an alternative to answering prompt by prompt. The
 * submit carries `{ calculation, <field ids>: … }`; the dialogs read it.
 */
export function calculationFormCard(title: string, calculation: CalculationKind, fields: readonly FormField[]): AdaptiveCard {
  return adaptiveCard(
    [
      { type: 'TextBlock', text: `${title} – oder alle Werte auf einmal:`, weight: 'Bolder', wrap: true },
      ...fields.map((field, i) => {
        const id = field.id ?? `v${i}`;
        return field.numeric
          ? { type: 'Input.Number', id, label: field.label, placeholder: field.placeholder, min: 0, ...(field.max !== undefined ? { max: field.max } : {}) }
          : { type: 'Input.Text', id, label: field.label, placeholder: field.placeholder };
      }),
    ],
    { actions: [{ type: 'Action.Submit', title: 'Berechnen', data: { calculation } }], fallbackText: `${title}: bitte die Werte einzeln eingeben.` },
  );
}
