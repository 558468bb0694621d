/**
 * German sentence splitting for passages. A full stop ends a sentence only when
 * the next word starts a new one and the word before it is no abbreviation
 * ("z.B.", "ca.", "Mio.", "u.a.") — the programme uses many of those.
 */
const ABBREVIATIONS = new Set([
  'z.b', 'u.a', 'ca', 'mio', 'bzw', 'v.a', 'o.g', 'dez', 'nr', 'ggf', 'usw', 'inkl', 'evtl', 'd.h', 'bzgl', 'bez',
  'vgl', 'ggü', 'tsd', 'mrd', 'abs', 'ff', 'sog', 'jan', 'feb', 'aug', 'sept', 'okt', 'nov', 'dr', 'st', 'etc', 'i.d.r',
]);

export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  const boundary = /[.!?](?=\s+["„(]?[A-ZÄÖÜ0-9])/g;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const end = match.index + 1;
    const before = text.slice(start, match.index);
    const lastWord = (before.match(/(\S+)$/)?.[1] ?? '').toLowerCase().replace(/^[("„]+/, '');
    if (match[0] === '.' && (ABBREVIATIONS.has(lastWord) || /^\d+$/.test(lastWord) || /^[a-zäöü]$/.test(lastWord))) continue;
    sentences.push(text.slice(start, end).trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}
