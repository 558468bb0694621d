/**
 * Age bands as questions and tables write them, read by their bounds rather than by a fixed list, so that a
 * programme with the bands "unter 25 / 25 bis unter 50 / 50 und älter" is read as well as one with 55.
 *
 * A band is a string key: "15-25" (15 bis unter 25), "50+" (50 und älter), "<25" (unter 25, lower bound not
 * said), "ältere" (the oldest band, whatever its bound), "mittlere" (a band bounded on both sides above the youngest).
 * Tables' columns always give a bounded band ("15-25", "50+"); questions may give only one bound.
 */
export type AgeBand = string;

interface Bounds {
  from?: number;
  to?: number;
  oldest?: boolean;
  middle?: boolean;
}

// \b does not see umlauts as letters ("über"), hence the Unicode lookarounds.
/** An age: 15 to 99, not followed by a unit of time, money or share ("mindestens 21 Monate", "ab 10 %"). */
const N = '(1[5-9]|[2-9]\\d)(?![\\d.,])(?!\\s*(?:monat|woche|tag|stunde|std|%|prozent|euro|€|mio|tsd|tausend))';
/** "15 bis unter 25", "25-55", "zwischen 25 und 55", "15 bis 24" (inclusive: up to 25). */
const BETWEEN = new RegExp(`(?<![\\d.,])${N}\\s*(?:jahre\\s*)?(?:bis(?:\\s+unter)?|-|–)\\s*(?:unter\\s*)?${N}(?:\\s*jahre?n?)?`, 'iu');
const BETWEEN_LEAD = new RegExp(`(?<!\\p{L})zwischen\\s*${N}\\s*und\\s*${N}`, 'iu');
/** "über 55", "ab 50", "ü55", "älter als 55", "55+", "55 plus", "50 Jahre und älter", "50 oder älter". */
const FROM = new RegExp(`(?<!\\p{L})(?:über|ab|älter als|mindestens|ü)\\s*${N}|(?<![\\d.,])${N}\\s*(?:\\+|plus(?!\\p{L})|(?:jahre\\s*)?(?:und|oder)\\s*älter)`, 'iu');
/** "unter 25", "U25", "bis 25", "jünger als 25". */
const TO = new RegExp(`(?<!\\p{L})(?:unter|bis|jünger als|u|<)\\s*${N}`, 'iu');
const YOUNG = /(?<!\p{L})(jugendlich\p{L}*|junge[nr]?)(?!\p{L})/iu;
const OLD = /(?<!\p{L})(ältere[nr]?|senior\p{L}*)(?!\p{L})/iu;
const MIDDLE = /(?<!\p{L})(mittleren alter|mittlere)(?!\p{L})/iu;

/** An inclusive upper bound ("15 bis 24") ends one below a round one: its band is up to 25. */
function exclusiveEnd(from: number, to: number, said: string): number {
  return !/unter/i.test(said) && (to + 1) % 5 === 0 && to > from ? to + 1 : to;
}

function read(text: string): Bounds | undefined {
  // Every bounded pattern needs an age in digits; most questions have none, and the patterns scan at every letter.
  return (DIGIT.test(text) && readBounded(text)) || readNamed(text);
}

const DIGIT = /\d/;

function readBounded(text: string): Bounds | undefined {
  const lead = BETWEEN_LEAD.exec(text);
  if (lead) return { from: Number(lead[1]), to: Number(lead[2]) };
  const between = BETWEEN.exec(text);
  if (between && Number(between[2]) > Number(between[1])) return { from: Number(between[1]), to: exclusiveEnd(Number(between[1]), Number(between[2]), between[0]) };
  const from = FROM.exec(text);
  if (from) return { from: Number(from[1] ?? from[2]) };
  const to = TO.exec(text);
  if (to) return { to: Number(to[1]) };
  return undefined;
}

function readNamed(text: string): Bounds | undefined {
  if (YOUNG.test(text)) return { to: 25 };
  if (OLD.test(text)) return { oldest: true };
  if (MIDDLE.test(text)) return { middle: true };
  return undefined;
}

function keyOf(b: Bounds): AgeBand {
  if (b.oldest) return 'ältere';
  if (b.middle) return 'mittlere';
  if (b.from !== undefined && b.to !== undefined) return `${b.from}-${b.to}`;
  return b.from !== undefined ? `${b.from}+` : `<${b.to}`;
}

function boundsOf(band: AgeBand): Bounds {
  if (band === 'ältere') return { oldest: true };
  if (band === 'mittlere') return { middle: true };
  if (band.startsWith('<')) return { to: Number(band.slice(1)) };
  if (band.endsWith('+')) return { from: Number(band.slice(0, -1)) };
  const [from, to] = band.split('-').map(Number);
  return { from: from!, to: to! };
}

/** A band as a reader says it: "15 bis unter 25 Jahre", "ab 50 Jahre", "unter 25 Jahre", "Ältere". */
export function describeAgeBand(band: AgeBand): string {
  const b = boundsOf(band);
  if (b.oldest) return 'Ältere';
  if (b.middle) return 'mittlere Altersgruppe';
  if (b.from !== undefined && b.to !== undefined) return `${b.from} bis unter ${b.to} Jahre`;
  return b.from !== undefined ? `ab ${b.from} Jahre` : `unter ${b.to} Jahre`;
}

/** The age band a question names ("Frauen über 55", "U25", "zwischen 25 und 55", "Jugendliche"), if any. */
export function askedAgeBand(text: string): AgeBand | undefined {
  const bounds = read(text);
  return bounds ? keyOf(bounds) : undefined;
}

/** The age band a table column names ("Altersgruppe 15 bis unter 25 Jahre weiblich", "50 Jahre und älter"). */
export function columnAgeBand(column: string): AgeBand | undefined {
  const bounds = read(column.replace(/^\s*altersgruppe\s*/i, ''));
  return bounds && !bounds.oldest && !bounds.middle && !(bounds.from === undefined && bounds.to === undefined) && !YOUNG.test(column) ? keyOf(bounds) : undefined;
}

/** The asked band is the column's: each bound the question says is the column's, "ältere" the open top band. */
export function ageBandMatches(asked: AgeBand, column: AgeBand): boolean {
  const q = boundsOf(asked);
  const c = boundsOf(column);
  if (q.oldest) return c.to === undefined && c.from !== undefined;
  if (q.middle) return c.from !== undefined && c.to !== undefined && c.from >= 20;
  // "ab 50" is the open band from 50, not the band 50 bis unter 55 that starts there.
  if (q.from !== undefined && q.to === undefined) return q.from === c.from && c.to === undefined;
  return (q.from === undefined || q.from === c.from) && (q.to === undefined || q.to === c.to) && (q.from !== undefined || q.to !== undefined);
}

const ALL = [BETWEEN_LEAD, BETWEEN, FROM, TO].map((p) => new RegExp(p.source, `${p.flags}g`));

/** The text with every age band blanked ("über 55", "U25", "25-55"): its numbers are no inputs of a calculation. */
export function withoutAgeBands(text: string): string {
  return ALL.reduce((t, pattern) => t.replace(pattern, ' '), text);
}
