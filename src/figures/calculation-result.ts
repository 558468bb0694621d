import type { CalculationKind } from './calculation-request';
import { formatDate, formatNumber, formatPercent, formatPoints, formatSignedNumber, formatSignedPercent } from './format';
import { budgetShare, change, integrationQuota, pointsDifference } from './formulas';
import { checkMonths, LZB_MIN_MONTHS, type LzbResult } from './lzb';
import type { ProgrammeReferences } from './programme-references';
import type { DateTime } from 'luxon';

/** A computed result as staff read it: the figure, the working, and how it compares with the programme. */
export interface CalculationResult {
  title: string;
  figure: string;
  formula: string;
  comparisons: string[];
  /** The one-line plain text version (also the card's fallback). */
  summary: string;
  /** The command that starts the same calculation again. */
  command: string;
}

export type ResultOutcome = { ok: true; result: CalculationResult } | { ok: false; message: string };

export const COMMANDS: Record<CalculationKind, string> = {
  quota: 'Integrationsquote berechnen',
  share: 'Budgetanteil berechnen',
  change: 'Veränderung berechnen',
  lzb: 'LZB prüfen',
};

export function computeResult(kind: CalculationKind, values: readonly number[], references: ProgrammeReferences): ResultOutcome {
  const [a = 0, b = 0] = values;
  switch (kind) {
    case 'quota': {
      const quota = integrationQuota(a, b);
      if (!quota.ok) return quota;
      const comparisons = references.quotas.map((r) => `${r.label}: ${formatPercent(r.value)} → ${formatPoints(pointsDifference(quota.value, r.value))} (Abschnitt ${r.sectionRef})`);
      return ok({
        title: 'Integrationsquote',
        figure: formatPercent(quota.value),
        formula: `${formatNumber(a)} ÷ ${formatNumber(b)} × 100 = ${formatPercent(quota.value)}`,
        comparisons,
        summary: `Integrationsquote: ${formatPercent(quota.value)} (${formatNumber(a)} Integrationen ÷ ${formatNumber(b)} ELB × 100)`,
        command: COMMANDS.quota,
      });
    }
    case 'share': {
      const share = budgetShare(a, b);
      if (!share.ok) return share;
      const total = references.budgetTotals.find((r) => r.value === b);
      return ok({
        title: 'Budgetanteil',
        figure: formatPercent(share.value),
        formula: `${formatNumber(a)} ÷ ${formatNumber(b)} × 100 = ${formatPercent(share.value)}`,
        comparisons: total ? [`Gesamt: ${total.label} laut Programm (Abschnitt ${total.sectionRef})`] : [],
        summary: `Anteil: ${formatPercent(share.value)} (${formatNumber(a)} von ${formatNumber(b)})`,
        command: COMMANDS.share,
      });
    }
    case 'change': {
      const delta = change(a, b);
      if (!delta.ok) return delta;
      const direction = delta.value.absolute > 0 ? 'Anstieg' : delta.value.absolute < 0 ? 'Rückgang' : 'keine Veränderung';
      return ok({
        title: 'Veränderung',
        figure: formatSignedPercent(delta.value.percent),
        formula: `(${formatNumber(b)} − ${formatNumber(a)}) ÷ ${formatNumber(a)} × 100 = ${formatSignedPercent(delta.value.percent)}`,
        comparisons: [`Absolut: ${formatSignedNumber(delta.value.absolute)} (${direction})`],
        summary: `Veränderung: ${formatSignedPercent(delta.value.percent)} (${direction}, absolut ${formatSignedNumber(delta.value.absolute)}; von ${formatNumber(a)} auf ${formatNumber(b)})`,
        command: COMMANDS.change,
      });
    }
    case 'lzb':
      return ok(lzbResult(checkMonths(a)));
  }
}

export function lzbResult(result: LzbResult, reference?: DateTime): CalculationResult {
  const verdict = result.isLzb ? 'Ja – gilt als Langzeitleistungsbeziehende/r (LZB)' : 'Nein – gilt nicht als Langzeitleistungsbeziehende/r (LZB)';
  const detail = result.isLzb
    ? `${result.months} von 24 Monaten mit Leistungsbezug, mindestens ${LZB_MIN_MONTHS} sind nötig.`
    : `${result.months} von 24 Monaten mit Leistungsbezug – es fehlen ${result.missing} Monate bis ${LZB_MIN_MONTHS}.`;
  const until = !result.isLzb && result.monthsUntilLzb !== undefined ? [`Bei weiter laufendem Leistungsbezug zählt die Person in ${result.monthsUntilLzb} Monaten als LZB.`] : [];
  return {
    title: 'LZB-Prüfung',
    figure: result.isLzb ? 'Ja' : 'Nein',
    formula: `${result.months} Monate ${result.isLzb ? '≥' : '<'} ${LZB_MIN_MONTHS} von 24${reference ? ` (Stichtag ${formatDate(reference)})` : ''}`,
    comparisons: [detail, ...until, 'Definition: LZB sind ELB, die in den vergangenen 24 Monaten mindestens 21 Monate Leistungen der Grundsicherung bezogen haben (Abschnitt 3.1).'],
    summary: `${verdict}. ${detail}`,
    command: COMMANDS.lzb,
  };
}

function ok(result: CalculationResult): ResultOutcome {
  return { ok: true, result };
}
