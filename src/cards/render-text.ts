/**
 * One renderer per surface for text that reaches a user. The bot writes its own
 * emphasis as `**bold**`; everything else is the programme's German, where a `*`
 * or `_` is typography ("Migrant*innen", "Kund*innen") and must not be read as
 * Markdown — two gender stars in one sentence would otherwise turn the words
 * between them italic and lose both stars.
 */

/** `**…**` the bot means as bold: no blank just inside the marks, no line break; a lone (or escaped) `*` inside is typography ("**Rehabilitand*innen**"). */
const BOLD = /(?<!\\)\*\*(?=[^\s*])((?:\\[*_]|[^*\n\\]|\\(?![*_])|\*(?!\*))*?[^\s\\])\*\*/g;
/** A mark not yet escaped (so rendering twice changes nothing). */
const MARK = /(?<!\\)[*_]/g;

const escapeMarks = (text: string): string => text.replace(MARK, (mark) => `\\${mark}`);

/**
 * For surfaces that read Markdown — Teams message text (`textFormat: markdown`)
 * and Adaptive Card TextBlocks: every lone `*` and `_` escaped, the bot's `**bold**`
 * kept. Idempotent.
 */
export function markdownText(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(BOLD)) {
    out += escapeMarks(text.slice(last, match.index)) + `**${escapeMarks(match[1]!)}**`;
    last = match.index + match[0].length;
  }
  return out + escapeMarks(text.slice(last));
}

/** For a terminal or any plain-text surface: the bold marks and soft hyphens dropped, escapes undone, the typography kept. */
export function plainText(text: string): string {
  return text
    .replace(/\u00ad/g, '').replace(BOLD, '$1').replace(/\\([*_\\])/g, '$1');
}
