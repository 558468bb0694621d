import { InputHints, MessageFactory, type Activity } from 'botbuilder';
import { cardAttachment, type AdaptiveCard } from '../src/cards/adaptive-card';
import { calculationResultCard } from '../src/cards/calculation-result-card';
import { markdownText } from '../src/cards/render-text';
import type { CalculationResult } from '../src/figures/calculation-result';

/**
 * A message with a card — the one way the bot attaches a card outside answers (which
 * add citations around the same `cardAttachment`). `text` stays as the fallback for
 * clients without cards (and what the evaluator reads first).
 */
export function cardReply(card: AdaptiveCard, text: string): Partial<Activity> {
  return MessageFactory.attachment(cardAttachment(card), markdownText(text), undefined, InputHints.AcceptingInput);
}

/**
 * A calculation result as one activity: the statement (with the figure) as text,
 * the card with the working, the programme's values and the next steps.
 */
export function calculationReply(result: CalculationResult): Partial<Activity> {
  return cardReply(calculationResultCard(result), result.statement);
}
