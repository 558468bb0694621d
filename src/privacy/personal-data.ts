/**
 * Likely client data (Sozialdaten) in a message. Staff ask programme questions
 * here; a client's identifiers must neither be logged nor stored. The patterns
 * are tuned to leave programme content alone: amounts ("4.706.577 €"), rates
 * ("19,1 %"), plan dates ("13.11.2023"), benefit periods typed into the LZB
 * check ("01.03.2022–31.10.2023"), legal references ("§10 SGB II").
 */

export type PersonalDataKind = 'iban' | 'bg-number' | 'customer-number' | 'pension-insurance-number' | 'email' | 'phone' | 'date-of-birth';

/** Where a finding is; deliberately without the matched text, so findings can be logged. */
export interface PersonalDataFinding {
  kind: PersonalDataKind;
  start: number;
  end: number;
}

/** German names of the kinds, used in placeholders ("[IBAN]") and hints. */
export const PERSONAL_DATA_LABELS: Readonly<Record<PersonalDataKind, string>> = {
  iban: 'IBAN',
  'bg-number': 'BG-Nummer',
  'customer-number': 'Kundennummer',
  'pension-insurance-number': 'Rentenversicherungsnummer',
  email: 'E-Mail',
  phone: 'Telefonnummer',
  'date-of-birth': 'Geburtsdatum',
};

/** The one hint the bot adds when a message held client data. */
export const PERSONAL_DATA_HINT =
  'Bitte keine personenbezogenen Kundendaten in diesen Chat eingeben (z. B. Name mit Geburtsdatum, BG- oder Kundennummer, IBAN, Telefonnummer oder E-Mail-Adresse). Ich habe diese Angaben nicht gespeichert – für Fragen zum Programm werden sie nicht gebraucht.';

/** The hint naming what was recognised, so a false alarm is easy to understand: "… (erkannt: IBAN, Telefonnummer)". */
export function personalDataHint(findings: readonly PersonalDataFinding[]): string {
  const kinds = [...new Set(findings.map((f) => PERSONAL_DATA_LABELS[f.kind]))];
  return kinds.length ? `${PERSONAL_DATA_HINT} (erkannt: ${kinds.join(', ')})` : PERSONAL_DATA_HINT;
}

interface Detector {
  kind: PersonalDataKind;
  pattern: RegExp;
  /** A second look at a match the pattern alone cannot judge (checksums, dates). */
  accept?: (match: RegExpExecArray) => boolean;
  /** A rejected match still keeps later detectors off its span (an IBAN with a typo is no phone number). */
  claimsRejected?: boolean;
}

// Unicode-aware word edges: \b only knows ASCII letters and would split "Müller".
const START = String.raw`(?<![\p{L}\p{N}])`;
const END = String.raw`(?![\p{L}\p{N}])`;
const SPACE = String.raw`[ \u00A0]`;
/** Stands in for claimed text: no pattern matches it, and it is no letter or digit, so it also ends a match. */
const MASK = '\u0000';

const NAME_WORD = String.raw`\p{Lu}[\p{Ll}ß]+(?:-\p{Lu}[\p{Ll}ß]+)?`;
const SALUTATION = String.raw`(?:Herrn?|Frau|Hr\.|Fr\.)`;
/** "Max Mustermann", "Mustermann, Max", "Frau Müller", "Herr Karl-Heinz Schulze". */
const NAME = String.raw`(?:${SALUTATION}${SPACE}+${NAME_WORD}(?:${SPACE}+${NAME_WORD})?|${NAME_WORD}(?:,?${SPACE}+${NAME_WORD}){1,2})`;
const DATE = String.raw`(\d{1,2})\.${SPACE}?(\d{1,2})\.${SPACE}?(\d{4}|\d{2})(?!\p{N})`;
const BIRTH_LABEL = String.raw`(?:[Gg]eb\.|[Gg]eboren(?:${SPACE}+am)?|[Gg]eburtsdatum:?|[Gg]eb\.-?[Dd]atum:?|[Gg]eburtstag:?)`;

const DETECTORS: readonly Detector[] = [
  {
    kind: 'iban',
    pattern: new RegExp(String.raw`${START}[Dd][Ee]${SPACE}?\d{2}(?:${SPACE}?\d){18}${END}`, 'gu'),
    accept: (m) => validIban(m[0]),
    claimsRejected: true,
  },
  {
    kind: 'iban',
    pattern: new RegExp(String.raw`${START}[A-Z]{2}\d{2}(?:[A-Z0-9]{11,30}|(?:${SPACE}[A-Z0-9]{4}){2,7}(?:${SPACE}[A-Z0-9]{1,3})?)${END}`, 'gu'),
    accept: (m) => validIban(m[0]),
  },
  { kind: 'bg-number', pattern: new RegExp(String.raw`${START}\d{5}${SPACE}?[Bb][Gg]${SPACE}?\d{7}${END}`, 'gu') },
  { kind: 'customer-number', pattern: new RegExp(String.raw`${START}\d{3}(?:[A-Za-z]|${SPACE}[A-Z]${SPACE})\d{6}${END}`, 'gu') },
  {
    // Versicherungsnummer: area, birth date DDMMYY, initial of the birth name, serial and check digit.
    kind: 'pension-insurance-number',
    pattern: new RegExp(String.raw`${START}\d{2}${SPACE}?(\d{2})(\d{2})\d{2}${SPACE}?[A-Za-z]${SPACE}?\d{3}${END}`, 'gu'),
    accept: (m) => isDayMonth(Number(m[1]), Number(m[2])),
  },
  {
    kind: 'email',
    pattern: /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}-])/gu,
  },
  {
    // +49 / 0049 / 0 prefix; the repetition is bounded so a long run of digits cannot make the search quadratic.
    kind: 'phone',
    pattern: new RegExp(
      String.raw`(?<![\p{L}\p{N}+])(?:(?:\+|00)${SPACE}?49${SPACE}?(?:\(0\)${SPACE}?)?|\(?0)[1-9]\d{1,5}\)?(?:${SPACE}?[/-]${SPACE}?|${SPACE})?\d(?:[ \u00A0-]?\d){4,13}(?![\p{L}\p{N}]|[.,]\p{N})`,
      'gu',
    ),
    accept: (m) => plausiblePhone(m[0]),
  },
  {
    kind: 'date-of-birth',
    pattern: new RegExp(String.raw`${START}(?:${NAME},?${SPACE}+)?${BIRTH_LABEL}${SPACE}*${DATE}`, 'gu'),
    accept: (m) => isBirthDate(m, { from: 1900, to: 2030, anyTwoDigitYear: true }),
  },
  {
    // A name right next to a date: only years a client can be born in, so "Herzberg, 27.11.2023" stays programme text.
    kind: 'date-of-birth',
    pattern: new RegExp(String.raw`${START}${NAME},?${SPACE}+(?:\(|\*${SPACE}?)?${DATE}\)?`, 'gu'),
    accept: (m) => isBirthDate(m, { from: 1920, to: 2012, anyTwoDigitYear: false }),
  },
];

/**
 * Every likely piece of client data in the text, in text order, none
 * overlapping. Detectors run in order; each later one sees the spans already
 * claimed blanked out, so a greedy phone pattern cannot swallow an earlier
 * finding's digits and then lose its own ("0170-1234567 65 170839 J 003").
 */
export function detectPersonalData(text: string): PersonalDataFinding[] {
  // Every pattern needs an ASCII digit or an "@": most questions have neither and skip nine Unicode regexes.
  if (!/[0-9@]/.test(text)) return [];
  const findings: PersonalDataFinding[] = [];
  let masked = text;
  for (const { kind, pattern, accept, claimsRejected } of DETECTORS) {
    const claimed: { start: number; end: number }[] = [];
    for (const match of masked.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (accept && !accept(match)) {
        if (claimsRejected) claimed.push({ start, end });
        continue;
      }
      findings.push({ kind, start, end });
      claimed.push({ start, end });
    }
    masked = maskSpans(masked, claimed);
  }
  return findings.sort((a, b) => a.start - b.start);
}

/** The text with each span (in text order, not overlapping) replaced by MASK characters of the same length. */
function maskSpans(text: string, spans: readonly { start: number; end: number }[]): string {
  if (!spans.length) return text;
  const parts: string[] = [];
  let last = 0;
  for (const { start, end } of spans) {
    parts.push(text.slice(last, start), MASK.repeat(end - start));
    last = end;
  }
  parts.push(text.slice(last));
  return parts.join('');
}

export function containsPersonalData(text: string): boolean {
  return detectPersonalData(text).length > 0;
}

/** The text with each finding replaced by its placeholder ("[IBAN]", "[E-Mail]"). */
export function replaceFindings(text: string, findings: readonly PersonalDataFinding[]): string {
  let out = '';
  let last = 0;
  for (const finding of [...findings].sort((a, b) => a.start - b.start)) {
    if (finding.start < last) continue;
    out += `${text.slice(last, finding.start)}[${PERSONAL_DATA_LABELS[finding.kind]}]`;
    last = finding.end;
  }
  return out + text.slice(last);
}

/** @deprecated Import redact from './redact'; kept until the callers move over. */
export function redact(text: string, findings: readonly PersonalDataFinding[] = detectPersonalData(text)): string {
  return replaceFindings(text, findings);
}

/** ISO 13616 check digits (mod 97 = 1): a real IBAN, not any run of digits after two letters. */
export function validIban(candidate: string): boolean {
  const iban = candidate.replace(/[ \u00A0]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const digits = `${iban.slice(4)}${iban.slice(0, 4)}`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder === 1;
}

function isDayMonth(day: number, month: number): boolean {
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

function isDate(day: number, month: number, year: number): boolean {
  return isDayMonth(day, month) && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Groups 1–3 of a DATE match as a birth date: a four-digit year within the
 * range; a two-digit year anywhere after a label ("geb. 01.02.08"), otherwise
 * only 30–99, so "Stand Plan, 13.11.23" is not read as someone born in 1923.
 */
function isBirthDate(match: RegExpExecArray, years: { from: number; to: number; anyTwoDigitYear: boolean }): boolean {
  const [day, month, year] = [Number(match[1]), Number(match[2]), match[3] ?? ''];
  if (year.length === 2) {
    const twoDigit = Number(year);
    return (years.anyTwoDigitYear || twoDigit >= 30) && isDate(day, month, 2000 + twoDigit);
  }
  const fullYear = Number(year);
  return fullYear >= years.from && fullYear <= years.to && isDate(day, month, fullYear);
}

/** 8–15 digits in the national number; a bare 8-digit run that reads as a date (01032022) is a date typed without dots. */
function plausiblePhone(match: string): boolean {
  const international = /^(?:\+|00)/.test(match);
  const digits = match.replace(/\D/g, '');
  const national = international ? `0${digits.replace(/^(?:00)?49/, '').replace(/^0/, '')}` : digits;
  if (national.length < 8 || national.length > 15) return false;
  if (/^\d{8}$/.test(match) && isDate(Number(match.slice(0, 2)), Number(match.slice(2, 4)), Number(match.slice(4)))) return false;
  return true;
}
