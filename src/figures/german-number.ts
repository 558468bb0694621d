import { z } from 'zod';

export interface NumberRules {
  /** Only whole numbers (counts such as Integrationen or months). */
  integer?: boolean;
  /** Zero allowed (a Bestand or Gesamt of 0 cannot divide). */
  allowZero?: boolean;
  max?: number;
}

export type ParsedNumber = { ok: true; value: number; percent: boolean } | { ok: false; message: string };

const MULTIPLIERS: [RegExp, number][] = [
  [/\s*(mrd\.?|milliarden?)$/, 1e9],
  [/\s*(mio\.?|millionen?)$/, 1e6],
  [/\s*(tsd\.?|tausend)$/, 1e3],
];

/** The digits of a German number: "4.521", "1.234.567,89", "19,1", "4521"; also "19.1" with one or two decimals. */
const GERMAN_DIGITS = /^-?(\d{1,3}(\.\d{3})+(,\d+)?|\d+(,\d+)?|\d+\.\d{1,2})$/;

function describe(rules: NumberRules): string {
  const kind = rules.integer ? 'eine ganze Zahl' : 'eine Zahl';
  const bound = rules.allowZero ? '≥ 0' : '> 0';
  const example = rules.integer ? '4.521' : '4.706.577 oder 19,1 oder 1,2 Mio';
  return `Bitte ${kind} ${bound} angeben, z. B. ${example}.`;
}

/**
 * Reads a number as German staff type it: thousands dots, decimal comma, units
 * (€, EUR, %), "Mio"/"Tsd". Returns a German message saying what is wanted
 * instead of guessing (NumberPrompt would read "19,1" as NaN).
 */
export function parseGermanNumber(input: string, rules: NumberRules = {}): ParsedNumber {
  const schema = z
    .string()
    .transform((raw, ctx) => {
      let text = raw.trim().toLowerCase().replace(/\u2212/g, '-').replace(/\s+/g, ' ');
      const percent = /%|prozent/.test(text);
      text = text.replace(/(€|eur(o)?|%|prozent)\.?/g, '').trim();
      let factor = 1;
      for (const [pattern, multiplier] of MULTIPLIERS) {
        if (pattern.test(text)) {
          text = text.replace(pattern, '').trim();
          factor = multiplier;
        }
      }
      text = text.replace(/(\d) (?=\d{3}\b)/g, '$1');
      if (!GERMAN_DIGITS.test(text)) {
        ctx.addIssue({ code: 'custom', message: raw.trim() ? `„${raw.trim().slice(0, 40)}“ habe ich nicht als Zahl erkannt. ${describe(rules)}` : describe(rules) });
        return z.NEVER;
      }
      const decimal = /^-?\d+\.\d{1,2}$/.test(text) ? text : text.replace(/\./g, '').replace(',', '.');
      const value = Number(decimal) * factor;
      if (!Number.isFinite(value) || Math.abs(value) > 1e15) {
        ctx.addIssue({ code: 'custom', message: `Diese Zahl ist zu groß. ${describe(rules)}` });
        return z.NEVER;
      }
      // "1,2 Mio" is 1.2 × 1e6 = 1199999.9999999998 in binary: keep 15 significant digits.
      return { value: Number.isInteger(value) ? value : Number(value.toPrecision(15)), percent };
    })
    .refine((n) => n.value >= 0, { message: `Negative Werte sind hier nicht möglich. ${describe(rules)}` })
    .refine((n) => rules.allowZero || n.value > 0, { message: `0 ist hier nicht möglich. ${describe(rules)}` })
    .refine((n) => !rules.integer || Number.isInteger(n.value), { message: `Hier ist eine ganze Zahl gefragt. ${describe(rules)}` })
    .refine((n) => rules.max === undefined || n.value <= rules.max, { message: `Höchstens ${rules.max} ist möglich. ${describe(rules)}` });
  const result = schema.safeParse(input);
  return result.success ? { ok: true, ...result.data } : { ok: false, message: result.error.issues[0]!.message };
}

/** Numbers inside a sentence ("bei 378 Integrationen und 2.207 ELB"), with their position; bare years 2000–2099 are not inputs. */
export function findNumbers(text: string): { value: number; index: number; raw: string }[] {
  const found: { value: number; index: number; raw: string }[] = [];
  const pattern = /(?<![\d.,])\d[\d.,]*(?:\s*(?:mio\.?|millionen?|tsd\.?|tausend|mrd\.?))?(?![\d])/gi;
  for (const match of text.matchAll(pattern)) {
    const raw = match[0].replace(/[.,]$/, '');
    if (/^20\d\d$/.test(raw)) continue;
    const parsed = parseGermanNumber(raw, { allowZero: true });
    if (parsed.ok) found.push({ value: parsed.value, index: match.index ?? 0, raw });
  }
  return found;
}
