import { changeResult, COMMANDS, quotaResult, shareResult } from '../src/figures/calculation-result';
import { yearsIn } from '../src/answers/programme-scope';
import { findBudget, type QuotaReference } from '../src/figures/programme-references';
import { formatEuro, formatNumber, parseAmount, parseCount } from '../src/german/number';
import { success } from '../src/german/result';
import type { TwoValueSpec } from './two-value-dialog';

const INTEGRATION_QUOTA_DIALOG_ID = 'integrationQuotaDialog';
const BUDGET_SHARE_DIALOG_ID = 'budgetShareDialog';
const CHANGE_DIALOG_ID = 'changeDialog';

/** Integrationsquote: the Integrationen, then the average Bestand ELB; the quota against the programme's. */
const QUOTA: TwoValueSpec = {
  dialogId: INTEGRATION_QUOTA_DIALOG_ID,
  kind: 'quota',
  command: COMMANDS.quota,
  values: [
    {
      key: 'integrations',
      promptKey: 'integrations',
      name: 'Integrationen',
      prompt: 'Integrationsquote berechnen: Wie viele **Integrationen** gab es im Zeitraum? (z. B. 865)',
      help: 'Die Integrationsquote ist der Anteil der in Erwerbstätigkeit oder Ausbildung integrierten ELB am durchschnittlichen Bestand der ELB: Integrationen ÷ Bestand ELB × 100. Geben Sie zuerst die Zahl der Integrationen im Zeitraum ein, z. B. 865 – oder **abbrechen**.',
      placeholder: 'z. B. 865',
      numeric: true,
      read: (text) => parseCount(text, { allowZero: true, example: '865' }),
    },
    {
      key: 'stock',
      promptKey: 'stock',
      name: 'Durchschnittlicher Bestand ELB',
      prompt: 'Wie hoch war der **durchschnittliche Bestand an ELB** im selben Zeitraum? (z. B. 4.521)',
      help: 'Gefragt ist der durchschnittliche Bestand an erwerbsfähigen Leistungsberechtigten (ELB) im selben Zeitraum wie die Integrationen, z. B. 4.521. Die Integrationsquote ist Integrationen ÷ Bestand × 100.',
      placeholder: 'z. B. 4.521',
      numeric: true,
      read: (text) => parseCount(text, { example: '4.521' }),
    },
  ],
  // A quota the user computed is one for all ELB: compared with the programme's plan for all, not with the women's and men's rows.
  compute: (integrations, stock, references, options) => quotaResult(integrations, stock, { ...references, quotas: matchingQuota(references.quotas, options.year) }),
};

/**
 * The programme row a computed quota compares with: gesamt, the plan of the newest year (else the newest gesamt row);
 * for a year asked only that year's row (plan before Ist), none when the programme has no quota of that year.
 */
function matchingQuota(quotas: readonly QuotaReference[], year: number | undefined): QuotaReference[] {
  const total = quotas.filter((q) => q.group === 'gesamt' && (year === undefined || q.year === year));
  const newest = (rows: QuotaReference[]) => [...rows].sort((a, b) => b.year - a.year)[0];
  const match = newest(total.filter((q) => q.period === 'Plan')) ?? newest(total);
  return match ? [match] : [];
}

/** Budgetanteil: the amount, then the total (a number or one of the programme's budgets); the share. */
const SHARE: TwoValueSpec = {
  dialogId: BUDGET_SHARE_DIALOG_ID,
  kind: 'share',
  command: COMMANDS.share,
  values: [
    {
      key: 'amount',
      promptKey: 'amount',
      name: 'Betrag',
      prompt: 'Budgetanteil berechnen: Um welchen **Betrag** (in €) geht es? (z. B. 983.675 oder 1,2 Mio)',
      help: 'Geben Sie den Teilbetrag ein, dessen Anteil Sie wissen möchten, z. B. 983.675 €, 1,2 Mio oder 250 Tsd. Danach frage ich nach dem Gesamtbetrag. Anteil = Betrag ÷ Gesamt × 100.',
      placeholder: 'z. B. 983.675 oder 1,2 Mio',
      formLabel: 'Betrag (€)',
      numeric: false,
      read: (text) => parseAmount(text, { allowZero: true, example: '983.675 oder 1,2 Mio' }),
    },
    {
      key: 'total',
      promptKey: 'total',
      name: 'Gesamtbetrag',
      prompt: 'Und der **Gesamtbetrag** (in €)? Geben Sie eine Zahl ein oder wählen Sie ein Budget des Programms.',
      help: 'Der Gesamtbetrag, auf den sich der Anteil bezieht – eine Zahl wie 4.706.577 oder 4,7 Mio, oder ein Budget des Programms mit seinem Jahr: „EGL“ (Eingliederungsleistungen), „VK“ (Verwaltungskosten) oder „Gesamtbudget“, z. B. „EGL“ gefolgt vom Jahr.',
      placeholder: 'z. B. 4.706.577 oder EGL',
      formLabel: 'Gesamtbetrag (€ oder Budget)',
      numeric: false,
      // A programme budget by name ("EGL 2024", "Gesamtbudget") or an amount ("4,7 Mio").
      read: (text, references) => {
        const budget = findBudget(references.forYear(yearsIn(text)[0]).references, text);
        return budget ? success(budget.value) : parseAmount(text, { example: '4.706.577 oder EGL' });
      },
      choices: (references) => references.budgetTotals.map((b) => ({ title: `${b.label}: ${formatEuro(b.value)}`, value: b.label })),
    },
  ],
  // A share of two counts ("60 von 4.383", no money named) is no amount: without €, without the budget comparison.
  compute: (amount, total, references, options) => {
    const result = shareResult(amount, total, references);
    if (!result.ok || options?.['unit'] !== 'count') return result;
    return success({ ...result.value, title: 'Anteil', statement: `Anteil: ${result.value.figure} – ${formatNumber(amount)} von ${formatNumber(total)}.`, comparisons: [] });
  },
};

/** Veränderung: the old, then the new value; the change in per cent with sign, and the absolute difference. */
const CHANGE: TwoValueSpec = {
  dialogId: CHANGE_DIALOG_ID,
  kind: 'change',
  command: COMMANDS.change,
  values: [
    {
      key: 'oldValue',
      promptKey: 'old',
      name: 'Alter Wert',
      prompt: 'Veränderung berechnen: Wie lautet der **alte Wert** (Ausgangswert)? (z. B. 2.844)',
      help: 'Geben Sie den Ausgangswert ein, z. B. einen Ist-Wert (2.844) oder ein Budget (5.368.734 €). Danach frage ich nach dem neuen Wert. Veränderung = (neu − alt) ÷ alt × 100.',
      placeholder: 'z. B. 2.844',
      numeric: false,
      // Counts, amounts or per-cent values ≥ 0 ("2.844", "4,7 Mio", "19,1 %").
      read: (text) => parseAmount(text, { allowZero: true, example: '2.844' }),
    },
    {
      key: 'newValue',
      promptKey: 'new',
      name: 'Neuer Wert',
      prompt: 'Und der **neue Wert**? (z. B. 2.985)',
      help: 'Geben Sie den neuen Wert ein, z. B. einen Plan-Wert (2.985). Ich rechne (neu − alt) ÷ alt × 100 und nenne auch die Differenz.',
      placeholder: 'z. B. 2.985',
      numeric: false,
      read: (text) => parseAmount(text, { allowZero: true, example: '2.985' }),
    },
  ],
  // An old value of 0 gives the absolute difference only.
  compute: (oldValue, newValue, references) => success(changeResult(oldValue, newValue, references)),
};

/** The two-value calculations, one spec each; the LZB check asks differently and has its own dialog. */
export const TWO_VALUE_CALCULATIONS = { quota: QUOTA, share: SHARE, change: CHANGE } as const;
