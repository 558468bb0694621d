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

/** The cleaned text of a Markdown heading line, whatever its level; undefined for other lines. */
export function headingOf(line: string): string | undefined {
  const match = /^#{1,6}\s+(.*)$/.exec(line);
  return match ? cleanInline(match[1]!) : undefined;
}

export function isBlank(line: string): boolean {
  return line.trim() === '';
}

/** "14.09.2023" anywhere in the text → "2023-09-14". */
export function germanDateToIso(text: string): string | undefined {
  const match = /\b(\d{2})\.(\d{2})\.(\d{4})\b/.exec(text);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : undefined;
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
