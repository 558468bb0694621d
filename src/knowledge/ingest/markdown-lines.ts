/** Text cleaning shared by the ingest steps: the export's bold tags, escapes and stray whitespace go. */
export function cleanInline(text: string): string {
  return text
    .replace(/<\/?b>/g, '')
    .replace(/\*\*/g, '')
    .replace(/\\([*_#\\-])/g, '$1')
    .replace(/[ \u00a0]+/g, ' ')
    .trim();
}

export function isBold(cell: string): boolean {
  return /<b>.*<\/b>/.test(cell) || /^\*\*.*\*\*$/.test(cell.trim());
}

export function headingOf(line: string): string | undefined {
  const match = /^#{1,6}\s+(.*)$/.exec(line);
  return match ? cleanInline(match[1]!) : undefined;
}

/** "4.383" → 4383, "-10,2" → -10.2; undefined for anything else (arrows, labels). */
export function parseGermanFigure(text: string): number | undefined {
  const t = cleanInline(text).replace(/\s/g, '');
  if (!/^[-−]?\d{1,3}(\.\d{3})*(,\d+)?$|^[-−]?\d+(,\d+)?$/.test(t)) return undefined;
  return Number(t.replace('−', '-').replace(/\./g, '').replace(',', '.'));
}

/** "14.09.2023" → "2023-09-14". */
export function germanDateToIso(text: string): string | undefined {
  const match = /(\d{2})\.(\d{2})\.(\d{4})/.exec(text);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : undefined;
}

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
