// Builders for the quality corpus. Every expectation is a JS regex source string,
// matched case-insensitively by the shared evaluator against the flattened reply.

/** The shared evaluator's abstention pattern (../shared/eval/wrong-rate.mjs), verbatim. */
export const ABSTAIN =
  'leider|keine Aussage|nennt (das Programm|es) (sie |diese |das )?nicht|steht (so )?nicht|nicht im Programm|enthält .{0,60}nicht|nicht enthalten|Meinten Sie|meinen Sie|Welche(s|n)? .{0,40} meinen|bitte genauer|präzisier';

/**
 * A printed German figure as a format-tolerant regex that does not match inside a longer number:
 * "4.706.577" → 4[.]?706[.]?577, "19,1" → 19[,.]1; a leading sign is dropped (replies say "minus" or "−").
 */
export function num(printed) {
  const digits = printed.replace(/^[-−+]/, '');
  const isDecimal = digits.includes(',');
  const body = [...digits].map((ch) => (ch === '.' ? '[.]?' : ch === ',' ? '[,.]' : ch)).join('');
  // An integer may be followed by ",00" (a Euro amount), never by another digit group.
  const after = isDecimal ? '(?!\\d)' : '(?![.]?\\d)(?!,[1-9])';
  return `(?<!\\d[.,]?)${body}${after}`;
}

/** A Euro amount printed in full, or any of its short forms in millions ("4,7" → "4,7 Mio"). */
export function mio(full, ...shorts) {
  const short = shorts.map((s) => `(?<!\\d[.,]?)${s.replace(',', '[,.]')}\\s?(Mio|Million)`);
  return [num(full), ...short].join('|');
}

/** A section number of the outline ("5.3.1"), not inside a longer number or date. */
export const sec = (no) => `(?<![\\d.])${no.replaceAll('.', '[.]')}(?![.]?\\d)`;

/** "Yes, that person counts as LZB" — and its negations, which a yes-answer never contains. */
export const LZB_YES =
  '\\bja\\b|gilt (er |sie |die Person |der Kunde )?(damit )?als|zählt (er |sie )?(damit )?(als|zu)|erfüllt|ist (er |sie )?(damit )?(ein |eine )?(LZB|Langzeitleistungsbezieh)';
export const LZB_NOT_YES = ['\\bnein\\b', 'nicht (als |zu den )?(LZB|Langzeitleistungsbezieh)|kein(e|en)? (LZB|Langzeitleistungsbezieh)'];

/** A date printed as 13.11.2023, also "13. November 2023". */
export function date(printed) {
  const [d, m, y] = printed.split('.');
  const months = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
  const month = months[Number(m) - 1];
  const dd = String(Number(d));
  return `(?<!\\d)0?${dd}[.] ?0?${Number(m)}[.] ?${y}|(?<!\\d)0?${dd}[.] ?${month} ${y}`;
}

const list = (x) => (x === undefined ? undefined : Array.isArray(x) ? x : [x]);

function turn(say, expect, expectNot) {
  const t = { say, expect: list(expect) };
  if (expectNot) t.expectNot = list(expectNot);
  return t;
}

function options(o = {}) {
  const extra = {};
  if (o.conv) extra.conversationType = o.conv;
  if (o.why) extra.why = o.why;
  if (o.tricky) extra.tricky = true;
  return extra;
}

/** A one-turn question case. */
export function q(cls, topic, say, expect, o = {}) {
  return { kind: o.kind ?? 'qa', class: cls, topic, turns: [turn(say, expect, o.not)], ...options(o) };
}

/** A question the programme does not answer: the reply must abstain. */
export function un(topic, say, o = {}) {
  return { kind: 'qa', class: 'unanswerable', topic, turns: [turn(say, ABSTAIN)], ...options(o) };
}

/** Small talk: a friendly reply that is not the no-answer text. */
export function st(say, expect, o = {}) {
  return { kind: 'robust', class: 'smalltalk', topic: 'smalltalk', turns: [turn(say, expect, ABSTAIN)], ...options(o) };
}

/** A conversation of several turns: [say, expect, expectNot?] per turn. */
export function fu(topic, turns, o = {}) {
  return { kind: 'followup', class: 'followup', topic, turns: turns.map(([s, e, n]) => turn(s, e, n)), ...options(o) };
}

/** The bot mentioned at the start of a message, as in a group chat or channel. */
export const at = (text) => `<at>AMIP-Bot</at> ${text}`;
