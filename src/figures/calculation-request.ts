import { findNumbers } from './german-number';

export type CalculationKind = 'quota' | 'share' | 'change' | 'lzb';

/** Which calculation a message asks for, and the values it already gives, in slot order (missing = undefined). */
export interface CalculationRequest {
  kind: CalculationKind;
  values: (number | undefined)[];
}

const COMMAND = /\b(berechn\w*|rechn\w*|ausrechn\w*|kalkul\w*|ermittl\w*|prüf\w*|pruef\w*|check\w*|rechner)\b/i;
const KIND_WORDS: [CalculationKind, RegExp][] = [
  ['lzb', /\b(lzb|langzeitleistungsbez\w*)\b|\bmonate?n?\b.*\bleistungs?bezug\b|\bleistungs?bezug\b.*\bmonate?n?\b/i],
  ['quota', /\b(integrationsquote|iq)\b/i],
  ['change', /\b(veränderung|änderung|steigerung|zuwachs|rückgang|differenz)\b|\bvon\b.*\bauf\b/i],
  ['share', /\b(budgetanteil|anteil|prozentsatz)\b|wie ?viel(e)? prozent|prozent von/i],
];
const SLOT_COUNT: Record<CalculationKind, number> = { quota: 2, share: 2, change: 2, lzb: 1 };

/**
 * Recognises a calculation request. It fires on an explicit command
 * ("Integrationsquote berechnen", "LZB prüfen") or on a calculation word with
 * numbers to work on — not on a question about the programme's own figures
 * ("Wie hoch ist die Integrationsquote 2024?": years are no inputs).
 */
export function parseCalculationRequest(text: string): CalculationRequest | null {
  const kind = KIND_WORDS.find(([, pattern]) => pattern.test(text))?.[0];
  if (!kind) return null;
  const numbers = findNumbers(text);
  if (!COMMAND.test(text) && numbers.length < (kind === 'lzb' ? 1 : 2) && !(kind === 'quota' && numbers.length === 1 && /\bbei\b|\bmit\b/i.test(text))) return null;
  if (kind === 'lzb' && numbers.length > 1) return { kind, values: [undefined] };
  const values: (number | undefined)[] = Array.from({ length: SLOT_COUNT[kind] }, () => undefined);
  if (kind === 'quota') assignByWords(text, numbers, values, [/^\s*integration/i, /^\s*(elb|bestand|leistungsberechtigt|erwerbsfähig)/i]);
  else numbers.slice(0, values.length).forEach((n, i) => (values[i] = n.value));
  if (kind === 'lzb' && values[0] !== undefined && (values[0] > 24 || !Number.isInteger(values[0]))) values[0] = undefined;
  return { kind, values };
}

/** "378 Integrationen und 2.207 ELB": a number followed by its slot's word goes there; the rest fill in order. */
function assignByWords(text: string, numbers: ReturnType<typeof findNumbers>, values: (number | undefined)[], slotWords: RegExp[]): void {
  const unplaced: number[] = [];
  for (const n of numbers) {
    const after = text.slice(n.index + n.raw.length, n.index + n.raw.length + 30);
    const slot = slotWords.findIndex((w) => w.test(after));
    if (slot >= 0 && values[slot] === undefined) values[slot] = n.value;
    else unplaced.push(n.value);
  }
  for (const value of unplaced) {
    const free = values.findIndex((v) => v === undefined);
    if (free >= 0) values[free] = value;
  }
}
