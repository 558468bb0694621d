import { findNumbers, formatGermanNumber, roundHalfUp } from '../german/number';
import type { SectionRef, Unit } from '../knowledge/schema';
import type { Answer } from './answer';
import { formatValue } from './format-figure';
import type { SourceRef } from './source';
import { yearsIn } from './programme-scope';
import { withoutAgeBands } from './age-bands';

/**
 * Calculations asked in one sentence, with the numbers typed or taken from the
 * programme's own figures: a share of two figures, "x % von y", a change the table
 * does not print, a sum, an amount per month. Each programme figure used is named
 * with its row and column, so the working can be checked in the printed programme.
 */
export type CalculationIntent =
  | { kind: 'share'; part: string; whole: string }
  | { kind: 'percent-of'; percent: number; of: string; amount?: { value: number; unit: Unit } }
  | { kind: 'change'; what: string; as: 'absolute' | 'percent' }
  | { kind: 'sum'; parts: [string, string] }
  | { kind: 'per-month'; what: string }
  /** "Wie viele Integrationen fehlen zu einer IQ von 20 %?": the integrations a quota needs of the stock, less those planned. */
  | { kind: 'quota-gap'; percent: number; group: string }
  /** "Wenn die EGL 2024 um 10 % gekürzt würden, wie viel bliebe?": a figure of the programme less (or more) a share of it. */
  | { kind: 'scaled'; percent: number; direction: 'down' | 'up'; of: string }
  /** "Wie viel Euro sind die 20,9 % für den 2. Arbeitsmarkt?": a share the programme states, of the amount it is a share of. */
  | { kind: 'amount-of-share'; share: string; orTyped?: Extract<CalculationIntent, { kind: 'percent-of' }> };

/** A programme figure a phrase resolved to: one cell of a row, or a sentence figure. */
export interface ResolvedFigure {
  value: number;
  unit: Unit;
  /** "Eingliederungsleistungen (EGL), Schätzwerte 2024". */
  name: string;
  /** What the figure is of, without its column: "Eingliederungsleistungen (EGL)". */
  subject?: string;
  sectionRef: SectionRef;
  /** For changes: the row's dated values, older first, and their unit (a row found by its change cell has another). */
  series?: { label: string; value: number; year?: number }[];
  seriesUnit?: Unit;
  /** The row prints a change of this kind itself (then no calculation is needed). */
  printsChange?: { absolute: boolean; percent: boolean };
  /** The table of a row's figure: where its population (the total row) is. */
  tableId?: string;
}

export interface CalculationTools {
  /** `sameUnit`: the sides of a comparison share the unit the question asks for ("… Anteil an der Beschäftigung"). */
  resolve(phrase: string, context: string, sameUnit?: boolean, unit?: Unit): ResolvedFigure | undefined;
  /**
   * "… der Frauen 55+": a whole named only by its gender or age band is the total row of the part's table,
   * in that slot; undefined when the phrase names a topic of its own or the table has no such cell.
   */
  population?(phrase: string, part: ResolvedFigure): ResolvedFigure | undefined;
  source(ref: SectionRef): SourceRef;
}

const SHARE_PATTERNS: [RegExp, 'whole-first' | 'part-first'][] = [
  [/wie ?viel(?:e)? prozent (?:vo[nm]|des|der|an den|am|aus dem|aus der) (.+?) (?:sind|ist|machen|macht|entfallen auf|gehen an|geht an|betragen|betrifft|haben|hat) (?:die |der |das |den )?(.+)$/i, 'whole-first'],
  // "Wie viel Prozent der ELB sind LZB?", "… der Integrationen entfallen auf Frauen?": the whole comes first.
  [/wie ?viel(?:e)? prozent (?:der|des|von den) (.+?) (?:sind|haben|hat|gehen in|gehen an|entfallen auf) (.+)$/i, 'whole-first'],
  // "Welcher Anteil der LZB sind Frauen?": the whole after "Anteil", the part after the verb.
  [/(?:welche[rn]?|wie (?:hoch|groß) ist der) (?:anteil|prozentsatz) (?:der|des|von den|an den) (.+?) (?:sind|ist|machen|macht|entfallen auf|haben|hat|stellen|stellt) (?:die |der |das |den )?(.+)$/i, 'whole-first'],
  // "Anteil der Frauen an den LZB", "anteil männer an den LZB 2024": the article before the part may be left out.
  [/(?:anteil|prozentsatz|prozentualer anteil) (?:(?:der|des|von|vom) )?(.+?) (?:an|am|an den|an der|vom|von|bei den|bei der|in der) (?:allen |gesamten |gesamt )?(.+)$/i, 'part-first'],
  [/^(.+?) als anteil (?:von|vom|an|am|der|des|an den) (.+)$/i, 'part-first'],
];

const GENDER_SHARE = /(frauen|männer)anteil (?:an|bei|unter|in) (?:den |der |dem )?(.+)$/i;
const MONTH_AND_YEAR = /(?<!\p{L})(jan|feb|märz|mär|apr|mai|jun|jul|aug|sept?|okt|nov|dez)\w*\.?\s*\d{2}(?!\d)/giu;
const PERCENT_OF = /(\d[\d.,]*)\s*(?:%|prozent)\s+(?:von|vom|der|des|aus|auf)\s+(.+)$/i;
/** "Wie viel Euro sind …", "Welcher Betrag entspricht …": an amount asked for what follows. */
const AMOUNT_OF = /^(?:wie ?viel(?:e)?\s+(?:euro|€|geld)|welche[rn]? betrag|welche summe)\s+(?:sind|ist|macht|machen|entspricht|entsprechen|bedeutet|bedeuten|steckt in|stecken in)\s+(.+)$/i;
/** The whole a share's name says it is of: "Anteil der Eingliederungsmittel für …" → "Eingliederungsmittel". */
const SHARE_OF = /anteil\s+(?:der|des|an den|an der|am|vom|von)\s+(.+?)(?=\s+(?:für|an|bei|in|im|auf|nach)\s|,|$)/i;
const PER_MONTH = /(?<!\p{L})(pro|je|im) monat|monatlich/iu;
const SUM = /(?<!\p{L})(zusammen(?:gerechnet|genommen)?|addiert|in summe|insgesamt zusammen)(?!\p{L})/iu;
/** "Wie viele Integrationen (der Frauen) fehlen (noch) zu einer IQ von 20 %": the group asked, the quota wanted. */
const QUOTA_GAP = /wie ?viele (?:weitere |zusätzliche )?integrationen(.*?)\s(?:fehlen|bräuchte\w*|braucht\w*|benötig\w*|wären nötig|sind nötig|müssten)(.*?)(?:iq|integrationsquote|quote)\s+(?:von\s+)?(\d[\d.,]*)\s*(?:%|prozent)/iu;
/** "… um (weitere) 10 % gekürzt / erhöht": the figure before "um", the share, and which way. */
const SCALED = /^(.+?)\s+um\s+(?:weitere\s+|noch\s+|nochmal\s+)?(\d[\d.,]*)\s*(?:%|prozent)\s+(gekürzt|gesenkt|reduziert|verringert|vermindert|sinken|sinkt|sänke|sänken|fallen|fällt|erhöht|gesteigert|aufgestockt|steigen|steigt|stiege|stiegen|wachsen|wächst)(?!\p{L})/iu;
const SCALED_DOWN = /^(gekürzt|gesenkt|reduziert|verringert|vermindert|sinken|sinkt|sänke|sänken|fallen|fällt)$/iu;
const CHANGE_UNIT_WORDS = /(?<=um wie ?viele?\s+)(?:personen|menschen|leute|euro|eur)(?!\p{L})/giu;
const CHANGE_PERCENT = /(um wie ?viel prozent|prozentual\w*|in prozent)/i;
/** How a change is asked as a number of its own: "um wie viel", "wie viele mehr", "weniger … als". */
const CHANGE_ABSOLUTE = /(um wie ?viel(e)?\b|wie ?viele? (mehr|weniger)|absolut|kommen .*dazu|(mehr|weniger)\b.*\bals\b)/i;
/** A comparative with its "als" ("wie viele mehr als 2023") or arrivals ("kommen … dazu") ask a change without a change word. */
const COMPARATIVE_CHANGE = /kommen .*dazu|(mehr|weniger)\b.*\bals\b/i;
/** Change concepts of the cue table a change calculation is asked with. */
const CHANGE_CONCEPTS = ['change', 'increase', 'decrease'] as const;

/**
 * `says(concept)`: the question mentions one of the cue table's phrases of that concept (for the
 * words of a change); `isTopicWord`: a word names a topic of the programme.
 */
export function readCalculation(text: string, isTopicWord: (word: string) => boolean, says: (concept: string) => boolean): CalculationIntent | undefined {
  const t = text.replace(/[?!.]+\s*$/, '').replace(/\s+/g, ' ').trim();
  const gendered = GENDER_SHARE.exec(t);
  if (gendered) {
    const whole = gendered[2]!.replace(/\s+(im|in|für)\s+.*$/i, '');
    return { kind: 'share', part: `${whole} ${gendered[1]!.toLowerCase() === 'frauen' ? 'Frauen' : 'Männer'}`, whole };
  }
  const amountOf = AMOUNT_OF.exec(t);
  const percentOf = PERCENT_OF.exec(t);
  const typedShare = percentOf && readPercentOf(percentOf);
  // "Wie viel Euro sind 20,9 % der EGL?": the programme's own share when it states it, else the share as typed.
  if (amountOf && /\d\s*(?:%|prozent)|anteil|quote/i.test(amountOf[1]!)) return { kind: 'amount-of-share', share: amountOf[1]!, ...(typedShare ? { orTyped: typedShare } : {}) };
  const gap = QUOTA_GAP.exec(t);
  if (gap) {
    const percent = findNumbers(`${gap[3]} %`)[0]?.value;
    if (percent !== undefined) return { kind: 'quota-gap', percent, group: (gap[1] ?? '').trim() };
  }
  if (typedShare) return typedShare;
  const scaled = SCALED.exec(t);
  if (scaled) {
    const percent = findNumbers(`${scaled[2]} %`)[0]?.value;
    const of = scaled[1]!.replace(/^(?:und\s+)?(?:was\s+(?:wäre|passiert)\s*,?\s*)?(?:wenn|falls|angenommen)\s+/i, '').replace(/(?<!\p{L})(?:würden?|wird|werden)(?!\p{L})/giu, ' ').replace(/\s+/g, ' ').trim();
    if (percent !== undefined && of) return { kind: 'scaled', percent, direction: SCALED_DOWN.test(scaled[3]!) ? 'down' : 'up', of };
  }
  // Typed numbers belong to the calculators; "Dez. 22" is a date and "25-55", "U25" an age band, not inputs.
  if (findNumbers(withoutAgeBands(t.replace(MONTH_AND_YEAR, ' '))).some((n) => !n.isYear)) return undefined;
  for (const [pattern, order] of SHARE_PATTERNS) {
    const m = pattern.exec(t);
    if (!m) continue;
    const [whole, part] = order === 'whole-first' ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
    // "… entfallen auf Frauen": a part that names no topic is the whole restricted to it.
    const restricts = !part.split(/\s+/).some((w) => isTopicWord(w));
    return { kind: 'share', whole, part: restricts ? `${whole} ${part}` : part };
  }
  if (PER_MONTH.test(t)) return { kind: 'per-month', what: t.replace(PER_MONTH, ' ') };
  if (SUM.test(t)) {
    const parts = t.replace(SUM, ' ').split(/\s+(?:und|plus|\+)\s+/i);
    if (parts.length === 2) return { kind: 'sum', parts: [parts[0]!, parts[1]!] };
  }
  if (CHANGE_CONCEPTS.some(says) || COMPARATIVE_CHANGE.test(t)) {
    if (CHANGE_PERCENT.test(t)) return { kind: 'change', what: t, as: 'percent' };
    if (CHANGE_ABSOLUTE.test(t)) return { kind: 'change', what: t, as: 'absolute' };
  }
  return undefined;
}

function readPercentOf(match: RegExpExecArray): Extract<CalculationIntent, { kind: 'percent-of' }> | undefined {
  const percent = findNumbers(`${match[1]} %`)[0]?.value;
  const rest = match[2]!;
  const amount = findNumbers(rest).find((n) => !n.isYear);
  if (percent === undefined) return undefined;
  const unit: Unit = /€|euro|eur\b|mio/i.test(rest) || /mio/i.test(amount?.raw ?? '') ? '€' : 'Anzahl';
  return { kind: 'percent-of', percent, of: rest, ...(amount ? { amount: { value: amount.value, unit } } : {}) };
}

export function computeCalculation(intent: CalculationIntent, text: string, tools: CalculationTools): Answer | undefined {
  if (intent.kind === 'amount-of-share' && intent.orTyped) return computeCalculation({ kind: 'amount-of-share', share: intent.share }, text, tools) ?? computeCalculation(intent.orTyped, text, tools);
  switch (intent.kind) {
    case 'share': {
      // The whole takes the question's year, not the part's restriction ("… entfallen auf Frauen").
      const years = yearsIn(text).join(' ');
      let whole = tools.resolve(intent.whole, `${intent.whole} ${years}`);
      // The part is of the whole's kind: a count of a count, euros of euros.
      let part = whole && tools.resolve(`${intent.part}`, `${text} ${intent.whole}`, false, whole.unit);
      if (!whole) {
        part = tools.resolve(`${intent.part}`, `${text} ${intent.whole}`, false, 'Anzahl');
        whole = part && tools.population?.(intent.whole, part);
      }
      if (!whole || !part || whole.value === 0 || part.unit !== whole.unit || part.name === whole.name) return undefined;
      const share = roundHalfUp((part.value / whole.value) * 100, 1);
      return result(`${percentText(share)}`, `${show(part)} von ${show(whole)}`, `${show(part)} ÷ ${show(whole)} × 100 = ${percentText(share)}`, [part, whole], tools);
    }
    case 'percent-of': {
      const base = intent.amount ? { value: intent.amount.value, unit: intent.amount.unit, name: '' } : tools.resolve(intent.of, text);
      if (!base) return undefined;
      const value = inWholeEuros((intent.percent / 100) * base.value, [base]);
      const shown = formatAmount(value, base.unit);
      const baseText = 'sectionRef' in base ? show(base as ResolvedFigure) : formatAmount(base.value, base.unit);
      return result(shown, `${percentText(intent.percent)} von ${baseText}`, `${baseText} × ${formatGermanNumber(intent.percent)} ÷ 100 = ${shown}`, 'sectionRef' in base ? [base as ResolvedFigure] : [], tools);
    }
    case 'amount-of-share': {
      const share = tools.resolve(intent.share, text, false, '%');
      const typed = findNumbers(intent.share).find((n) => !n.isYear)?.value;
      // The share typed must be the one found: "die 20,9 %" names a figure of the programme, not any share.
      if (!share || share.unit !== '%' || (typed !== undefined && Math.abs(typed - share.value) > 0.05)) return undefined;
      const of = SHARE_OF.exec(share.name)?.[1];
      const base = of && tools.resolve(`${of} ${yearsIn(text).join(' ')}`.trim(), `${of} ${text}`, false, '€');
      if (!base || base.unit !== '€') return undefined;
      const value = inWholeEuros((share.value / 100) * base.value, [base]);
      const shown = formatAmount(value, '€');
      return result(shown, `${percentText(share.value)} von ${show(base)}`, `${show(base)} × ${formatGermanNumber(share.value)} ÷ 100 = ${shown}`, [share, base], tools);
    }
    case 'quota-gap': {
      // The quota is integrations of the average stock: the group's stock and integrations in the year asked (or planned).
      const years = yearsIn(text).join(' ');
      const of = (what: string) => tools.resolve(`${what} ${intent.group} ${years}`.replace(/\s+/g, ' ').trim(), `${what} ${intent.group} ${years} plan`, false, 'Anzahl');
      const [stock, integrations] = [of('Bestand ELB'), of('Integrationen')];
      if (!stock || !integrations || stock.unit !== 'Anzahl' || integrations.unit !== 'Anzahl' || stock.name === integrations.name) return undefined;
      // Rounded first: 20 % of 4.480 is 896, not the 896,0000001 binary arithmetic makes of it.
      const needed = Math.ceil(roundHalfUp((intent.percent / 100) * stock.value, 6));
      const missing = Math.max(0, needed - integrations.value);
      const shown = formatAmount(missing, 'Anzahl');
      return result(
        shown,
        missing > 0 ? `Integrationen, die zu einer Integrationsquote von ${percentText(intent.percent)} noch fehlen` : `keine: ${show(integrations)} erreichen eine Integrationsquote von ${percentText(intent.percent)} schon`,
        `${formatGermanNumber(intent.percent)} % × ${show(stock)} = ${formatAmount(needed, 'Anzahl')} nötig (aufgerundet); ${formatAmount(needed, 'Anzahl')} − ${show(integrations)} = ${shown}`,
        [stock, integrations],
        tools,
      );
    }
    case 'scaled': {
      // The cut or rise is the calculation's, not a change the programme prints: the figure is read from its own words.
      const base = tools.resolve(intent.of, intent.of);
      if (!base || base.unit === '%') return undefined;
      const factor = intent.direction === 'down' ? 1 - intent.percent / 100 : 1 + intent.percent / 100;
      const value = inWholeEuros(base.value * factor, [base]);
      const shown = formatAmount(value, base.unit);
      const sign = intent.direction === 'down' ? '−' : '+';
      return result(shown, `${show(base)} ${intent.direction === 'down' ? 'gekürzt' : 'erhöht'} um ${percentText(intent.percent)}`, `${show(base)} × (1 ${sign} ${formatGermanNumber(intent.percent)} ÷ 100) = ${shown}`, [base], tools);
    }
    case 'per-month': {
      const figure = tools.resolve(intent.what, text);
      if (!figure || figure.unit === '%') return undefined;
      const monthly = inWholeEuros(figure.value / 12, [figure]);
      return result(formatAmount(monthly, figure.unit), `${show(figure)} pro Monat`, `${show(figure)} ÷ 12 = ${formatAmount(monthly, figure.unit)}`, [figure], tools);
    }
    case 'sum': {
      const [a, b] = intent.parts.map((p) => tools.resolve(p, text));
      if (!a || !b || a.unit !== b.unit || a.unit === '%' || a.name === b.name) return undefined;
      const sum = formatAmount(a.value + b.value, a.unit);
      return result(sum, `${show(a)} und ${show(b)} zusammen`, `${show(a)} + ${show(b)} = ${sum}`, [a, b], tools);
    }
    case 'change': {
      // The level is looked up; "um wie viel Prozent" asks for the calculation, not for the row's share column.
      // "um wie viele Personen …", "um wie viel Euro …": the unit after the question words is no part of the figure's name, nor is "absolut".
      const figure = tools.resolve(intent.what.replace(CHANGE_UNIT_WORDS, ' ').replace(/um wie ?viel(e)?|prozentual\w*|(in )?prozent|(?<!\p{L})absolut(?!\p{L})/giu, ' ').replace(/\s+/g, ' '), text.replace(/prozent\w*/gi, ''));
      const series = figure?.series;
      const unit = figure?.seriesUnit ?? figure?.unit;
      if (!figure || !series || series.length < 2 || !unit) return undefined;
      // A share's change is in percentage points; its change in per cent of itself is not what staff mean.
      if (unit === '%' && intent.as === 'percent') return undefined;
      if (intent.as === 'absolute' ? figure.printsChange?.absolute : figure.printsChange?.percent) return undefined;
      const [older, newer] = changeEnds(series, yearsIn(text));
      const difference = newer.value - older.value;
      const subject = figure.subject ?? figure.name;
      const what = `Veränderung ${older.label} → ${newer.label} (${subject})`;
      // The two values used are what the programme prints: each is named with its column.
      const used = [older, newer].map((p) => ({ value: p.value, unit, name: `${subject}, ${p.label}`, sectionRef: figure.sectionRef }));
      if (intent.as === 'absolute') {
        const shown = unit === '%' ? `${difference > 0 ? '+' : ''}${formatGermanNumber(roundHalfUp(difference, 1), { maxDecimals: 1, minDecimals: 1 })} Prozentpunkte` : `${difference > 0 ? '+' : ''}${formatAmount(difference, unit)}`;
        return result(shown, what, `${formatAmount(newer.value, unit)} (${newer.label}) − ${formatAmount(older.value, unit)} (${older.label}) = ${shown}`, used, tools);
      }
      if (older.value === 0) return undefined;
      const pct = roundHalfUp((difference / older.value) * 100, 1);
      const shown = `${pct > 0 ? '+' : ''}${percentText(pct)}`;
      return result(shown, what, `(${formatAmount(newer.value, unit)} − ${formatAmount(older.value, unit)}) ÷ ${formatAmount(older.value, unit)} × 100 = ${shown}`, used, tools);
    }
  }
}

/**
 * The two values a change is between: the years the question names ("2025 … als 2024"), the one it names and the
 * newest ("mehr als 2024"), or else the oldest and the newest of the row.
 */
function changeEnds<T extends { year?: number }>(series: readonly T[], years: readonly number[]): [T, T] {
  const named = series.filter((p) => p.year !== undefined && years.includes(p.year));
  if (named.length >= 2) return [named[0]!, named[named.length - 1]!];
  const last = series[series.length - 1]!;
  if (named.length === 1 && named[0] !== last) return [named[0]!, last];
  return [series[0]!, last];
}

function result(value: string, what: string, working: string, used: readonly ResolvedFigure[], tools: CalculationTools): Answer {
  const sources = [...new Set(used.map((f) => f.sectionRef))].map((r) => tools.source(r));
  const from = used.length ? '\n\nAus dem Programm: ' + used.map((f) => `${f.name} = ${formatAmount(f.value, f.unit)}`).join('; ') + '.' : '';
  return { kind: 'figure', text: `**${value}** – ${what}\n\nRechnung: ${working}${from}`, sources, related: [], notes: [] };
}

function show(f: ResolvedFigure): string {
  return `${formatAmount(f.value, f.unit)} (${f.name})`;
}

function percentText(value: number): string {
  return `${formatGermanNumber(value, { maxDecimals: 1, minDecimals: 1 })} %`;
}

/** A count never gets €: the unit follows the figure. */
function formatAmount(value: number, unit: Unit): string {
  if (unit === '€') return `${formatGermanNumber(value, { maxDecimals: 2 })} €`;
  if (unit === 'Anzahl') return formatGermanNumber(value, { maxDecimals: Math.abs(value) < 100 ? 1 : 0 });
  return formatValue(value, unit);
}

/** An amount computed from amounts the programme prints in whole euros is given in whole euros: its cents would be invented precision. */
function inWholeEuros(value: number, from: ReadonlyArray<Pick<ResolvedFigure, 'value' | 'unit'>>): number {
  return from.every((f) => f.unit === '€' && Number.isInteger(f.value)) ? Math.round(value) : value;
}
