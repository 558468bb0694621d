/** Text cleaning shared by the ingest steps: the export's bold tags, escapes and stray whitespace go. */
export function cleanInline(text: string): string {
  return text
    .replace(/<\/?b>/g, '')
    .replace(/\*\*/g, '')
    .replace(/\\([*_#\\\-[\]()`.!>+])/g, '$1')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** A table cell or label printed in bold (`<b>…</b>` in tables, `**…**` elsewhere). */
export function isBold(text: string): boolean {
  const t = text.trim();
  return /^<b>.*<\/b>$/.test(t) || /^\*\*.*\*\*$/.test(t);
}

/**
 * The cleaned text of a heading line: a Markdown heading of any level, or a
 * line that is bold as a whole ("**1. Vorwort**", "**Tabelle 2: Budget**"), as
 * other exports print headings. Undefined for other lines.
 */
export function headingOf(line: string): string | undefined {
  const match = /^#{1,6}\s+(.*)$/.exec(line);
  if (match) return cleanInline(match[1]!);
  const bold = /^\s*(?:\*\*([^*]+?)\*\*|<b>([^<]+?)<\/b>)\s*$/.exec(line);
  const text = bold ? cleanInline(bold[1] ?? bold[2]!) : '';
  return text && text.length <= 160 && !/[.!?]$/.test(text) ? text : undefined;
}

export function isBlank(line: string): boolean {
  return line.trim() === '';
}

const MONTHS = ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'];

/** "14.09.2023", "1.9.2023" or "27. Januar 2020" anywhere in the text → "2023-09-14". */
export function germanDateToIso(text: string): string | undefined {
  const numeric = /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b/.exec(text);
  if (numeric) return iso(numeric[3]!, numeric[2]!, numeric[1]!);
  const named = new RegExp(`(?<![\\d.])(\\d{1,2})\\.\\s*(${MONTHS.join('|')})\\s+(\\d{4})\\b`, 'i').exec(text);
  if (named) return iso(named[3]!, String(MONTHS.indexOf(named[2]!.toLowerCase()) + 1), named[1]!);
  return undefined;
}

function iso(year: string, month: string, day: string): string | undefined {
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** Lower-case ASCII id from a German title: "Verteilung der Beschäftigung" → "verteilung-der-beschaeftigung". */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
}
