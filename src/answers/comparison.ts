import { GERMAN_MONTHS } from '../german/months';
import { formatGermanNumber } from '../german/number';
import type { Unit } from '../knowledge/schema';
import type { Answer } from './answer';
import type { CalculationTools, ResolvedFigure } from './figure-calculation';

/** Two sides of a comparison as the question names them; a side that names no topic borrows the other's. */
export interface ComparisonIntent {
  sides: [string, string];
}

/** "Unterschied <topic> zwischen <a> und <b>": what stands before "zwischen" (measure, month, year) is both sides'. */
const BETWEEN = /^(?:was ist (?:der )?)?(?:unterschied|differenz|vergleich|abstand)(?:e)?(?: der| des| von| bei)?(?: (.+?))? zwischen (.+?) und (.+)$/i;

/** "Wie viele Männer mehr als Frauen stehen im ELB-Bestand?": two groups — or a change, when one side is a time. */
const HOW_MANY_MORE = /^(?:wie ?viele?|um wie ?viel(?:e)?)\s+(.+?)\s+(?:mehr|weniger)\s+als\s+(.+)$/i;

const PATTERNS: RegExp[] = [
  HOW_MANY_MORE,
  /^(?:unterschied|differenz|vergleich)(?: der| des| von| bei)? (.+?) (?:und|zu|mit|vs\.?) (.+)$/i,
  /^(.+?) (?:vs\.?|versus|gegenüber|im vergleich zu(?:m|r)?|verglichen mit|im vergleich mit|verglichen zu) (.+)$/i,
  /^(.+?) und (.+?) (?:vergleichen|gegenüberstellen|gegenübergestellt|im vergleich|verglichen)$/i,
  // "Ist die IQ der Frauen höher als die der Männer?", "Haben Männer mehr LZB als Frauen?"
  /^(?:ist|sind|liegt|liegen|hat|haben|gibt es)\s+(.+?)\s+(?:höher|größer|grösser|niedriger|kleiner|geringer|mehr|weniger|stärker|schwächer)(?:\s+\S+)?\s+als\s+(.+)$/i,
];

/** The comparatives a choice between two is asked with. */
const COMPARATIVE = String.raw`(?:mehr|weniger|höher|niedriger|größer|grösser|kleiner|stärker|schwächer)`;

/** "Wer hat die höhere Integrationsquote, Frauen oder Männer?", "Was ist höher: VK oder EGL?": the topic before the comma is both sides'. */
const CHOICE = /^(?:wer|was|welche\w*)\s+(?:hat|haben|ist|sind|bekommt|bekommen)\s+(?:die |den |das |der )?(?:mehr|weniger|höher\w*|größer\w*|grösser\w*|niedriger\w*|kleiner\w*)\s*([^,:]*)[,:]\s*(.+?)\s+oder\s+(.+)$/i;

/**
 * "Wo arbeiten mehr Leute, im Handel oder im Baugewerbe?", "Bei welcher Gruppe ist die IQ höher, Frauen oder Männer?":
 * a comparative before the comma, the two choices after it; the topic words before the comma are both sides'.
 */
const OPEN_CHOICE = new RegExp(String.raw`^(.*?(?<!\p{L})${COMPARATIVE}(?!\p{L}).*?)[,:]\s*(.+?)\s+oder\s+(.+)$`, 'iu');

/** "Baugewerbe oder Gastgewerbe, wo arbeiten mehr?": the two choices first, the comparative question after the comma. */
const CHOICE_FIRST = new RegExp(String.raw`^(.+?)\s+oder\s+([^,:]+?)\s*[,:]\s*(.*?(?<!\p{L})${COMPARATIVE}(?:e[nmrs]?)?(?!\p{L}).*)$`, 'iu');

/**
 * The same without a comma: "Wer hat mehr LZB Frauen oder Männer?", "mehr marktnahe oder nicht marktnahe Kunden":
 * the word before "oder" is one choice, what follows it the other; the topic words between the comparative and
 * the first choice are both sides'.
 */
const BARE_CHOICE = new RegExp(String.raw`^(.*?(?<!\p{L})${COMPARATIVE}(?!\p{L}))(.*?)\s*(?<!\p{L})(\p{L}[\p{L}\d*-]*)\s+oder\s+(.+)$`, 'iu');

/** "Stand September 2023", "im Juni 2024": the date a figure is given for (months spelled out by spellOutMonthYears). */
const MONTH_DATE = new RegExp(`(?:(?:stand|im|per|zum)\\s+)?(?:${GERMAN_MONTHS.join('|')})\\s+(?:19|20)\\d\\d`, 'i');

/**
 * "IQ Frauen gegenüber Männern im September 2023": the two sides differ in what they name, not in when —
 * a date only one side states is both sides'.
 */
export function readComparison(text: string, isTopicWord: (word: string) => boolean): ComparisonIntent | undefined {
  const intent = readSides(text, isTopicWord);
  if (!intent) return undefined;
  const dates = intent.sides.map((s) => MONTH_DATE.exec(s)?.[0]);
  if (dates[0] && !dates[1]) return { sides: [intent.sides[0], `${intent.sides[1]} ${dates[0]}`] };
  if (dates[1] && !dates[0]) return { sides: [`${intent.sides[0]} ${dates[1]}`, intent.sides[1]] };
  return intent;
}

function readSides(text: string, isTopicWord: (word: string) => boolean): ComparisonIntent | undefined {
  const t = text.replace(/[?!.]+\s*$/, '').replace(/\s+/g, ' ').trim();
  const choice = CHOICE.exec(t);
  if (choice) {
    const topic = choice[1]!.trim();
    const side = (s: string): string => (namesTopic(s, isTopicWord) || !topic ? s : `${topic} ${s}`);
    return { sides: [side(choice[2]!.trim()), side(choice[3]!.trim())] };
  }
  const open = OPEN_CHOICE.exec(t);
  if (open) {
    const topic = open[1]!.split(/\s+/).filter((w) => isTopicWord(w)).join(' ');
    const sides = [open[2]!.trim(), open[3]!.trim()].map((s) => (topic ? `${topic} ${s}` : s)) as [string, string];
    if (sides.every((s) => namesTopic(s, isTopicWord))) return { sides };
  }
  const first = CHOICE_FIRST.exec(t);
  if (first) {
    const topic = first[3]!.split(/\s+/).filter((w) => isTopicWord(w)).join(' ');
    const sides = [first[1]!.trim(), first[2]!.trim()].map((s) => (topic ? `${topic} ${s}` : s)) as [string, string];
    if (sides.every((s) => namesTopic(s, isTopicWord))) return { sides };
  }
  const bare = !t.includes(',') && !t.includes(':') ? BARE_CHOICE.exec(t) : null;
  if (bare) {
    const topic = `${bare[1]} ${bare[2]}`.split(/\s+/).filter((w) => isTopicWord(w)).join(' ');
    const sides = [bare[3]!.trim(), bare[4]!.trim()].map((s) => (topic ? `${topic} ${s}` : s)) as [string, string];
    if (sides.every((s) => namesTopic(s, isTopicWord))) return { sides };
  }
  const between = BETWEEN.exec(t);
  if (between) {
    const topic = between[1]?.trim() ?? '';
    const [a, b] = [between[2]!.trim(), between[3]!.trim()].map((s) => (topic ? `${topic} ${s}` : s)) as [string, string];
    if (namesTopic(a, isTopicWord) && namesTopic(b, isTopicWord)) return { sides: [a, b] };
  }
  for (const pattern of PATTERNS) {
    const m = pattern.exec(t);
    if (!m) continue;
    let [a, b] = [m[1]!.trim(), m[2]!.trim()];
    // "Wie viele Integrationen mehr als 2023?" asks a change over time: the calculators answer it.
    if (pattern === HOW_MANY_MORE && (namesOnlyTime(a) || namesOnlyTime(b))) continue;
    // "Wie hat sich das Gesamtbudget gegenüber dem Vorjahr verändert?": the other side is the same figure a year before.
    if ([a, b].some((side) => PREVIOUS_YEAR.test(side) && !namesTopic(side, isTopicWord) && !/(?:19|20)\d\d/.test(side))) continue;
    const topics = (side: string): string[] => side.split(/\s+/).filter((w) => isTopicWord(w));
    // "LZB Frauen und Männer", "ELB ü55 Männer gegenüber Frauen": the bare side takes the other's topic.
    if (topics(b).length === 0 && topics(a).length > 0) b = `${topics(a).join(' ')} ${b}`;
    else if (topics(a).length === 0 && topics(b).length > 0) a = `${topics(b).join(' ')} ${a}`;
    if (topics(a).length === 0 && topics(b).length === 0) {
      // "IQ Männer und Frauen" inside the first pattern: the topic stands before both.
      continue;
    }
    return { sides: [a, b] };
  }
  return undefined;
}

const PREVIOUS_YEAR = /(?<!\p{L})vorjahr\p{L}*/iu;

/** "2023", "im Vorjahr", "letztes Jahr": a side that is only a time. */
function namesOnlyTime(side: string): boolean {
  return /^(?:(?:im|in|dem|der|das|den|als|vorjahr(?:es)?|letzte[sn]?|jahr(?:es)?|ist|plan|ende|anfang)\s*|(?:19|20)\d\d\s*)+\??$/i.test(side);
}

function namesTopic(side: string, isTopicWord: (word: string) => boolean): boolean {
  return side.split(/\s+/).some((w) => isTopicWord(w));
}

/** Both sides with their values and the difference; undefined when a side is not a programme figure. */
export function compareFigures(intent: ComparisonIntent, text: string, tools: CalculationTools): Answer | undefined {
  const [a, b] = intent.sides.map((side) => tools.resolve(side, text, true));
  return a && b ? compareResolved(a, b, tools) : undefined;
}

/** Two programme figures side by side with their difference; undefined when they are one or of different units. */
export function compareResolved(a: ResolvedFigure, b: ResolvedFigure, tools: Pick<CalculationTools, 'source'>): Answer | undefined {
  if (a.name === b.name || a.unit !== b.unit) return undefined;
  const difference = a.value - b.value;
  const unitText = a.unit === '%' ? ' Prozentpunkte' : a.unit === '€' ? ' €' : '';
  const diff = `${formatGermanNumber(Math.abs(difference), { maxDecimals: a.unit === '%' ? 1 : 2, minDecimals: a.unit === '%' ? 1 : 0 })}${unitText}`;
  // Two decreases ("−10,2 %" and "−12,3 %"): the one that falls further is what "stärker gekürzt" asks for.
  const higher =
    difference === 0
      ? 'Beide Werte sind gleich.'
      : a.value < 0 && b.value < 0
        ? `${difference < 0 ? side(a) : side(b)} geht um **${diff}** stärker zurück.`
        : `${difference > 0 ? side(a) : side(b)} liegt um **${diff}** höher.`;
  const sources = [...new Set([a.sectionRef, b.sectionRef])].map((r) => tools.source(r));
  return {
    kind: 'figure',
    text: `**${value(a)}** – ${a.name}\n**${value(b)}** – ${b.name}\n\nUnterschied: ${diff}. ${higher}`,
    sources,
    related: [],
    notes: [],
  };
}

function side(f: ResolvedFigure): string {
  return `„${f.name}“`;
}

function value(f: { value: number; unit: Unit }): string {
  const n = formatGermanNumber(f.value, { maxDecimals: f.unit === '%' ? 1 : 2, minDecimals: f.unit === '%' ? 1 : 0 });
  return f.unit === '%' ? `${n} %` : f.unit === '€' ? `${n} €` : n;
}
