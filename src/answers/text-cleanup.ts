/** Longest message the bot analyses; longer ones get a polite request to shorten. */
export const MAX_QUESTION_LENGTH = 1000;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * What a user typed, without what Teams or a paste added: HTML tags, entities,
 * control characters, repeated whitespace.
 */
export function cleanUserText(raw: string): string {
  return raw
    .replace(/<[^>]{0,200}>/g, ' ')
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, name: string) => ENTITIES[name] ?? ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when the text has at least one letter or digit worth analysing. */
export function hasContent(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
