import type { CalculationKind } from './calculation-request';
import { GERMAN_MONTHS } from '../german/months';
import { formatEuro, formatNumber, formatPercent, formatPoints, formatSignedNumber, formatSignedPercent } from '../german/number';
import { formatDate, formatInMonths, formatMonths } from './format';
import { budgetShare, change, integrationQuota, pointsDifference, type FormulaError } from './formulas';
import { LZB_MIN_MONTHS, LZB_WINDOW_MONTHS, type LzbVerdict } from './lzb';
import { formatSource, type ProgrammeReferences, type ReferenceSource } from './programme-references';
import { success, type Result } from '../german/result';
import { euro } from './units';

/** One comparison with a programme value: "Plan 2024 gesamt: 19,1 % → 0,0 Prozentpunkte". */
export interface Comparison {
  label: string;
  /** The programme's value as shown: "19,1 %", "4.706.577 €". */
  value: string;
  /** How the result relates to it: "0,0 Prozentpunkte", "stimmt überein". */
  difference?: string;
  source: ReferenceSource;
}

/** A computed result as staff read it — the same content for the card and the plain text. */
export interface CalculationResult {
  kind: CalculationKind;
  title: string;
  /** The figure, shown large: "19,1 %", "+5,0 %", "Ja". */
  figure: string;
  /** One sentence saying what the figure means. */
  statement: string;
  /** The working with the user's inputs: "865 ÷ 4.521 × 100 = 19,1 %". */
  formula: string;
  comparisons: Comparison[];
  /** Further lines: absolute change, LZB details, the definition used. */
  notes: string[];
  /** The command that starts this calculation again ("Neu berechnen"). */
  command: string;
}

export const COMMANDS: Record<CalculationKind, string> = {
  quota: 'Integrationsquote berechnen',
  share: 'Budgetanteil berechnen',
  change: 'Veränderung berechnen',
  lzb: 'LZB prüfen',
};

/** Integrationsquote with the programme's quotas (Plan 2024, Ist 2023; gesamt, Frauen, Männer) in Prozentpunkte. */
export function quotaResult(integrations: number, stock: number, references: ProgrammeReferences): Result<CalculationResult, FormulaError> {
  const quota = integrationQuota(integrations, stock);
  if (!quota.ok) return quota;
  const figure = formatPercent(quota.value);
  return success({
    kind: 'quota',
    title: 'Integrationsquote',
    figure,
    statement: `Integrationsquote: ${figure} (${formatNumber(integrations)} Integrationen bei durchschnittlich ${formatNumber(stock)} ELB).`,
    formula: `${formatNumber(integrations)} ÷ ${formatNumber(stock)} × 100 = ${figure}`,
    comparisons: references.quotas.map((r) => ({ label: r.label, value: formatPercent(r.value), difference: formatPoints(pointsDifference(quota.value, r.value)), source: r.source })),
    notes: [],
    command: COMMANDS.quota,
  });
}

/** Budgetanteil; names the programme budget when the total (or the amount) is one of them. */
export function shareResult(amount: number, total: number, references: ProgrammeReferences): Result<CalculationResult, FormulaError> {
  const share = budgetShare(amount, total);
  if (!share.ok) return share;
  const figure = formatPercent(share.value);
  const named = (value: number, role: string): Comparison[] =>
    references.budgetTotals.filter((b) => b.value === value).map((b) => ({ label: `${role} = ${b.label}`, value: formatEuro(b.value), difference: 'laut Programm', source: b.source }));
  return success({
    kind: 'share',
    title: 'Budgetanteil',
    figure,
    statement: `Anteil: ${figure} – ${formatEuro(euro(amount))} von ${formatEuro(euro(total))}.`,
    formula: `${formatNumber(amount)} ÷ ${formatNumber(total)} × 100 = ${figure}`,
    comparisons: [...named(total, 'Gesamt'), ...named(amount, 'Betrag')],
    notes: amount > total ? ['Der Betrag ist größer als der Gesamtbetrag – bitte prüfen Sie die Reihenfolge.'] : [],
    command: COMMANDS.share,
  });
}

const DIRECTION = { up: 'Anstieg', down: 'Rückgang', none: 'keine Veränderung' } as const;

/** Veränderung with sign and absolute difference; a change the programme states itself is shown next to it. */
export function changeResult(oldValue: number, newValue: number, references: ProgrammeReferences): CalculationResult {
  const delta = change(oldValue, newValue);
  const direction = DIRECTION[delta.direction];
  const absolute = `${formatSignedNumber(delta.absolute)} (${direction})`;
  const printed = references.changes.filter((c) => c.from === oldValue && c.to === newValue);
  const comparisons: Comparison[] = printed.map((c) => ({
    label: `Programm: ${c.label}`,
    value: formatSignedPercent(c.percent),
    difference: delta.percent !== null && pointsDifference(delta.percent, c.percent) === 0 ? 'stimmt überein' : 'weicht ab',
    source: c.source,
  }));
  if (delta.percent === null) {
    return {
      kind: 'change',
      title: 'Veränderung',
      figure: formatSignedNumber(delta.absolute),
      statement: `Veränderung von ${formatNumber(oldValue)} auf ${formatNumber(newValue)}: absolut ${absolute}. Eine prozentuale Veränderung gibt es vom Ausgangswert 0 aus nicht.`,
      formula: `${formatNumber(newValue)} − ${formatNumber(oldValue)} = ${formatSignedNumber(delta.absolute)}`,
      comparisons,
      notes: ['Prozentual nicht berechenbar: der alte Wert ist 0 (Teilen durch 0).'],
      command: COMMANDS.change,
    };
  }
  const figure = formatSignedPercent(delta.percent);
  return {
    kind: 'change',
    title: 'Veränderung',
    figure,
    statement: `Veränderung: ${figure} (${direction}, absolut ${formatSignedNumber(delta.absolute)}; von ${formatNumber(oldValue)} auf ${formatNumber(newValue)}).`,
    formula: `(${formatNumber(newValue)} − ${formatNumber(oldValue)}) ÷ ${formatNumber(oldValue)} × 100 = ${figure}`,
    comparisons,
    notes: [`Absolut: ${absolute}`],
    command: COMMANDS.change,
  };
}

const MONTH_NAME = (month: NonNullable<NonNullable<LzbVerdict['until']>['month']>): string => `${GERMAN_MONTHS[month.month - 1]} ${month.year}`;

/** The LZB verdict: yes/no, months counted, months missing, and when the person would count if benefits go on. */
export function lzbResult(verdict: LzbVerdict, references: ProgrammeReferences, year?: number): CalculationResult {
  const counted = `${verdict.months} von ${LZB_WINDOW_MONTHS} Monaten mit Leistungsbezug`;
  const statement = verdict.isLzb
    ? `Ja – die Person gilt als Langzeitleistungsbeziehende/r (LZB): ${counted}, nötig sind mindestens ${LZB_MIN_MONTHS}.`
    : `Nein – die Person gilt nicht als Langzeitleistungsbeziehende/r (LZB): ${counted}, es fehlen ${formatMonths(verdict.missing)} bis ${LZB_MIN_MONTHS}.`;
  const notes: string[] = [];
  if (verdict.periods) notes.push(`Gezählte Zeiträume: ${verdict.periods.map((p) => `${formatDate(p.from)}–${formatDate(p.to)}`).join('; ')}. Ein Kalendermonat zählt, wenn an mindestens einem Tag Leistungen bezogen wurden.`);
  if (verdict.until?.exact && verdict.until.month) notes.push(`Bei ununterbrochenem weiterem Leistungsbezug gilt die Person ab ${MONTH_NAME(verdict.until.month)} als LZB (${formatInMonths(verdict.until.months)}).`);
  else if (verdict.until) notes.push(`Bei ununterbrochenem weiterem Leistungsbezug frühestens ${formatInMonths(verdict.until.months)} (wenn keine älteren Monate aus dem 24-Monats-Zeitraum herausfallen).`);
  else if (!verdict.isLzb && verdict.periods) notes.push('Der Leistungsbezug läuft nicht mehr: ohne erneuten Bezug wird die Person nicht LZB.');
  const source = references.lzb[0]?.source;
  const definition = `LZB sind ELB, die in den vergangenen 24 Monaten mindestens 21 Monate Leistungen der Grundsicherung bezogen haben${source ? ` (${formatSource(source)})` : ''}.`;
  return {
    kind: 'lzb',
    title: 'LZB-Prüfung',
    figure: verdict.isLzb ? 'Ja' : 'Nein',
    statement,
    formula: `${formatMonths(verdict.months)} ${verdict.isLzb ? '≥' : '<'} ${LZB_MIN_MONTHS} von ${LZB_WINDOW_MONTHS}${verdict.reference ? ` (Stichtag ${formatDate(verdict.reference)})` : ''}`,
    comparisons: ofYear(references.lzb, year).map((r) => ({ label: r.label, value: formatNumber(r.value), difference: 'Bestand laut Programm', source: r.source })),
    notes: [...notes, definition],
    command: COMMANDS.lzb,
  };
}

/** The values of the year asked when there are any, else all of them (the programme's stock is context, not a target). */
function ofYear<R extends { year: number }>(values: readonly R[], year: number | undefined): readonly R[] {
  const inYear = values.filter((v) => v.year === year);
  return inYear.length > 0 ? inYear : values;
}
