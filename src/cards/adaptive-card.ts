/**
 * Minimal typing for the Adaptive Card JSON we send. Teams renders schema 1.5;
 * elements stay open records so builders can use any documented property.
 */
import { markdownText } from './render-text';

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
export const ADAPTIVE_CARD_VERSION = '1.5';

export type CardElement = { type: string } & Record<string, unknown>;
export type CardAction = { type: 'Action.Submit' | 'Action.Execute' | 'Action.OpenUrl' | 'Action.ShowCard' | 'Action.ToggleVisibility'; title: string } & Record<string, unknown>;

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: typeof ADAPTIVE_CARD_VERSION;
  body: CardElement[];
  actions?: CardAction[];
  /** Shown by clients that cannot render the card. */
  fallbackText?: string;
  /** Teams: let the card use the full message width. */
  msteams?: { width: 'Full' };
}

export interface CardAttachment {
  contentType: typeof ADAPTIVE_CARD_CONTENT_TYPE;
  content: AdaptiveCard;
}

export function adaptiveCard(body: CardElement[], options: { actions?: CardAction[]; fallbackText?: string; fullWidth?: boolean } = {}): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: ADAPTIVE_CARD_VERSION,
    body: body.map(renderMarkdown),
    ...(options.actions && options.actions.length > 0 ? { actions: options.actions.map(renderMarkdown) } : {}),
    ...(options.fallbackText ? { fallbackText: options.fallbackText } : {}),
    ...(options.fullWidth ? { msteams: { width: 'Full' as const } } : {}),
  };
}

export function cardAttachment(card: AdaptiveCard): CardAttachment {
  return { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card };
}

/** A button that sends `text` back as if the user had typed it (Teams: imBack-like submit). */
export function messageBackAction(title: string, text: string, extra: Record<string, unknown> = {}): CardAction {
  return { type: 'Action.Submit', title, data: { msteams: { type: 'imBack', value: text }, ...extra } };
}

/** A button that opens a further card below this one (e.g. a choice of follow-ups). */
export function showCardAction(title: string, body: CardElement[], actions: CardAction[] = []): CardAction {
  return { type: 'Action.ShowCard', title, card: { type: 'AdaptiveCard', body, ...(actions.length > 0 ? { actions } : {}) } };
}

/** Label/value pairs in two aligned columns. */
export function factSet(facts: readonly { title: string; value: string }[]): CardElement {
  return { type: 'FactSet', facts: facts.map(({ title, value }) => ({ title, value })) };
}

/**
 * Every text a card shows as Markdown (TextBlock, Fact title and value) through the
 * one Markdown renderer, wherever it sits (containers, tables, shown cards, fallbacks).
 * Chart titles, legends, inputs and button titles are plain text and stay as they are.
 */
function renderMarkdown<T>(value: T): T {
  if (Array.isArray(value)) return value.map(renderMarkdown) as T;
  if (!value || typeof value !== 'object') return value;
  const node = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(node)) out[key] = typeof child === 'object' ? renderMarkdown(child) : child;
  if (node['type'] === 'TextBlock' && typeof node['text'] === 'string') out['text'] = markdownText(node['text']);
  if (node['type'] === 'FactSet' && Array.isArray(node['facts'])) {
    out['facts'] = (node['facts'] as { title: string; value: string }[]).map((f) => ({ title: markdownText(f.title), value: markdownText(f.value) }));
  }
  return out as T;
}
