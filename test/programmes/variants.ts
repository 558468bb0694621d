/**
 * Makes programmes the bot has not seen from the shipped one, the way next
 * year's document differs from this year's: years shifted, figures scaled,
 * sections renamed, added, removed and renumbered, two target-group sections
 * swapped, and other jobcenters' conventions (no colon after Stand, "Inhalt",
 * trailing dots, "Ziel" columns, bold "Tabelle N:" captions).
 */

export type Transform = (markdown: string) => string;

const lines = (text: string): string[] => text.split('\n');

/** Every year one (or n) later: "2024" → "2025", "Dez. 22" → "Dez. 23", dates included. */
export const shiftYears = (n = 1): Transform => (text) =>
  text
    .replace(/(?<!\d)(\d{1,2}\.\s?\d{1,2}\.\s?)((?:19|20)\d\d)(?!\d)/g, (_m, day: string, y: string) => `${day}${Number(y) + n}`)
    .replace(/(?<![\d.,])((?:19|20)\d\d)(?![\d.,]\d)/g, (y) => String(Number(y) + n)).replace(/\b(Dez|Jan|Sep)\. (\d\d)\b/g, (_m, month: string, yy: string) => `${month}. ${String(Number(yy) + n).padStart(2, '0')}`);

/** Table figures (not years) times a factor, printed as before: "4.383" × 1.03 → "4.514", "19,1" → "19,7". */
export const scaleTableFigures = (factor: number): Transform => (text) =>
  lines(text)
    .map((line) =>
      !line.includes('\t')
        ? line
        : line.replace(/(?<=\t(?:<b>)?)(-?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?=(?:<\/b>)?(?:\t|$))/g, (match, sign: string, int: string, dec: string | undefined) => {
            const value = Number(`${int.replace(/\./g, '')}.${dec ?? '0'}`);
            if (!dec && value >= 1990 && value <= 2099) return match;
            const scaled = value * factor;
            const decimals = dec?.length ?? 0;
            return `${sign}${scaled.toLocaleString('de-DE', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })}`;
          }),
    )
    .join('\n');

/** Headings and contents lines of a section, found by its number ("5.3.1"). */
const numbered = (number: string) => new RegExp(`^(?:#+\\s*)?${number.replace(/\./g, '\\.')}\\.? (?=\\S)`);

/** Renames a section in the contents and the body. */
export const renameSection = (number: string, title: string): Transform => (text) =>
  lines(text)
    .map((line) => {
      const m = numbered(number).exec(line.replace(/<\/?b>|\*\*/g, ''));
      if (!m || !(/^#/.test(line) || /\t\d+/.test(line) || /^<b>/.test(line))) return line;
      const page = /\t(?:<b>)?(\d+)(?:<\/b>)?\s*$/.exec(line);
      return /^#/.test(line) ? `${/^#+/.exec(line)![0]} ${number} ${title}` : `${number} ${title}${page ? `\t${page[1]}` : ''}`;
    })
    .join('\n');

/** Index of the body heading of a section, and of the next heading of the same or a higher level. */
function bodyRange(all: readonly string[], number: string): [number, number] {
  const start = all.findIndex((l) => /^#/.test(l) && numbered(number).test(l.replace(/\*\*/g, '').replace(/^#+\s*/, '')));
  if (start < 0) throw new Error(`variant: no heading for ${number}`);
  const depth = number.split('.').length;
  let end = start + 1;
  for (; end < all.length; end++) {
    const heading = /^#+\s*(?:\*\*)?(\d+(?:\.\d+)*)\.?\s/.exec(all[end]!);
    if (heading && heading[1]!.split('.').length <= depth) break;
  }
  return [start, end];
}

/** Drops a section (contents line and body) and renumbers the following ones at its level. */
export const removeSection = (number: string): Transform => (text) => {
  const all = lines(text);
  const [start, end] = bodyRange(all, number);
  all.splice(start, end - start);
  const tocLine = all.findIndex((l) => !/^#/.test(l) && numbered(number).test(l.replace(/<\/?b>/g, '')) && /\t/.test(l));
  if (tocLine >= 0) all.splice(tocLine, 1);
  const parts = number.split('.').map(Number);
  const prefix = parts.slice(0, -1).join('.');
  let result = all.join('\n');
  for (let n = parts.at(-1)! + 1; n < 30; n++) {
    const from = prefix ? `${prefix}.${n}` : String(n);
    const to = prefix ? `${prefix}.${n - 1}` : String(n - 1);
    const pattern = new RegExp(`((?:^|\\n)(?:#+\\s*)?(?:\\*\\*|<b>)?)${from.replace(/\./g, '\\.')}((?:\\.\\d+)*\\.? )`, 'g');
    if (!pattern.test(result)) break;
    result = result.replace(pattern, `$1${to}$2`);
  }
  return result;
};

/** Adds a section after another one (contents line and body). */
export const addSectionAfter = (after: string, number: string, title: string, body: string, page: number): Transform => (text) => {
  const all = lines(text);
  const [, end] = bodyRange(all, after);
  const depth = number.split('.').length;
  all.splice(end, 0, `${'#'.repeat(Math.min(depth + 1, 4))} ${number} ${title}`, '', body, '');
  const tocLine = all.findIndex((l) => !/^#/.test(l) && numbered(after).test(l.replace(/<\/?b>/g, '')) && /\t/.test(l));
  all.splice(tocLine + 1, 0, `${number} ${title}\t${page}`);
  return all.join('\n');
};

/** Swaps the titles and texts of two sections of the same level; numbers stay where they are. */
export const swapSections = (a: string, b: string): Transform => (text) => {
  const all = lines(text);
  const [aStart, aEnd] = bodyRange(all, a);
  const [bStart, bEnd] = bodyRange(all, b);
  if (aEnd > bStart) throw new Error('variant: swap needs the first section before the second');
  const titleOf = (line: string) => line.replace(/\*\*/g, '').replace(/^#+\s*\S+\s+/, '').trim();
  const aTitle = titleOf(all[aStart]!);
  const bTitle = titleOf(all[bStart]!);
  const aBody = all.slice(aStart + 1, aEnd);
  const bBody = all.slice(bStart + 1, bEnd);
  const out = [...all.slice(0, aStart), `### ${a} ${bTitle}`, ...bBody, ...all.slice(aEnd, bStart), `### ${b} ${aTitle}`, ...aBody, ...all.slice(bEnd)];
  return renameSection(a, bTitle)(renameSection(b, aTitle)(out.join('\n')));
};

/** Other jobcenters' conventions: "Stand 13.11.2023", "Inhalt", "1." numbering, "Ziel" columns, "Tabelle N:" captions. */
export const otherConventions: Transform = (text) => {
  let table = 0;
  const out: string[] = [];
  for (const line of lines(text)) {
    let l = line.replace(/- Stand: (\d\d\.\d\d\.\d{4}) -/, 'Stand $1').replace(/^## Inhaltsverzeichnis$/, '## Inhalt');
    // Trailing dots after section numbers, in the contents and the headings.
    l = l.replace(/^((?:#+\s*)?(?:\*\*|<b>)?)(\d+(?:\.\d+)*) (?=\S)/, '$1$2. ');
    if (/\t/.test(l)) l = l.replace(/\bPlan (\d{4})\b/g, 'Ziel $1');
    // A bold caption above each table that follows a heading.
    if (/\t/.test(l) && out.length && !/\t/.test(out.at(-1)!) && out.at(-1)!.trim() === '') {
      const heading = [...out].reverse().find((x) => x.trim() !== '');
      if (heading && /^#+ /.test(heading) && !/^#+\s*(?:\*\*)?\d/.test(heading) && !/Inhalt/.test(heading)) {
        const index = out.lastIndexOf(heading);
        out[index] = `**Tabelle ${++table}: ${heading.replace(/^#+\s*/, '').replace(/\*\*/g, '')}**`;
      }
    }
    out.push(l);
  }
  return out.join('\n');
};

export const compose = (...transforms: Transform[]): Transform => (text) => transforms.reduce((t, f) => f(t), text);

/** The variants the generic tests run against, each a plausible next document. */
export const VARIANTS: readonly [name: string, make: Transform][] = [
  ['next year (+1, figures +3 %)', compose(shiftYears(1), scaleTableFigures(1.03))],
  ['renamed, added and removed sections', compose(
    renameSection('3.1', 'Ziele der Geschäftspolitik'),
    addSectionAfter('5.3.3', '5.3.4', 'Ältere Menschen über 50 Jahre', 'Ältere Arbeitslose über 50 Jahre werden durch das Projekt „Erfahrung zählt“ unterstützt. Im September 2024 waren 1.210 ELB älter als 50 Jahre.', 19),
    removeSection('7'),
  )],
  ['two target-group sections swapped, two years later, figures −4 %', compose(swapSections('5.3.1', '5.3.2'), shiftYears(2), scaleTableFigures(0.96))],
  ['other conventions (Stand without colon, Inhalt, 1. numbering, Ziel columns, Tabelle captions)', otherConventions],
];
