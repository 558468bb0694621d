export type PersonalDataKind = 'IBAN' | 'BG-Nummer' | 'Kundennummer' | 'Rentenversicherungsnummer' | 'E-Mail' | 'Telefonnummer' | 'Geburtsdatum';

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  start: number;
  end: number;
}

export const PERSONAL_DATA_HINT =
  'Hinweis zum Sozialdatenschutz: Bitte geben Sie keine personenbezogenen Kundendaten (Namen mit Geburtsdatum, BG- oder Kundennummer, IBAN, Kontaktdaten) in diesen Chat ein. Ich habe sie nicht gespeichert – für Programmfragen brauche ich sie nicht.';

const PATTERNS: [PersonalDataKind, RegExp, ((match: string) => boolean)?][] = [
  ['IBAN', /\bDE\d{2}(?:\s?\d{4}){4}\s?\d{2}\b/gi, validIban],
  ['BG-Nummer', /\b\d{5}\s?BG\s?\d{7}\b/gi],
  ['Kundennummer', /\b\d{3}[A-Z]\d{6}\b/g],
  ['Rentenversicherungsnummer', /\b\d{2}\s?(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}\s?[A-Z]\s?\d{3}\b/g],
  ['E-Mail', /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g],
  // An area code never starts with 0 after the leading 0; a comma after the number ends it ("03531 123456, …"), one before digits does not.
  ['Telefonnummer', /(?<![\d.,])(?:\+49[\s-]?(?:\(0\)\s?)?|0)[1-9]\d{1,4}[\s/-]?\d{3,}(?:[\s-]\d{2,})*(?!\d|[.,]\d)/g, (m) => m.replace(/\D/g, '').length >= 8],
  ['Geburtsdatum', /\bgeb(?:\.|oren)?(?:\s+am)?\s*\d{1,2}\.\d{1,2}\.(?:19|20)?\d{2}\b/gi],
  ['Geburtsdatum', /\b[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][a-zäöüß]+,?\s+(?:\*\s*)?\d{1,2}\.\d{1,2}\.(19[2-9]\d|200\d|2010)\b/g],
];

/**
 * Likely client data in a message: staff ask programme questions here, and
 * Sozialdaten must neither be logged nor stored. Tuned to leave programme
 * content alone ("4.706.577 €", "13.11.2023", benefit periods for the LZB check).
 */
export function detectPersonalData(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const [kind, pattern, accept] of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      if (accept && !accept(match[0])) continue;
      if (findings.some((f) => start < f.end && f.start < start + match[0].length)) continue;
      findings.push({ kind, start, end: start + match[0].length });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}

/** The text with every finding replaced by its kind: "[IBAN]", "[E-Mail]". */
export function redact(text: string, findings: readonly PersonalDataFinding[] = detectPersonalData(text)): string {
  let out = '';
  let last = 0;
  for (const f of findings) {
    out += `${text.slice(last, f.start)}[${f.kind}]`;
    last = f.end;
  }
  return out + text.slice(last);
}

/** ISO 13616 check digits: a typo-free German IBAN, not any 22 characters. */
function validIban(match: string): boolean {
  const iban = match.replace(/\s/g, '').toUpperCase();
  const rearranged = `${iban.slice(4)}${iban.slice(0, 4)}`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of rearranged) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder === 1;
}
