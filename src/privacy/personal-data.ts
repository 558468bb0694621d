/**
 * Likely client data (Sozialdaten) in a message. Staff ask programme questions
 * here; a client's identifiers must neither be logged nor stored. The patterns
 * are tuned to leave programme content alone: amounts ("4.706.577 €"), rates
 * ("19,1 %"), plan dates ("13.11.2023"), benefit periods typed into the LZB
 * check ("01.03.2022–31.10.2023"), legal references ("§10 SGB II").
 */

export type PersonalDataKind =
  | 'iban'
  | 'bg-number'
  | 'customer-number'
  | 'pension-insurance-number'
  | 'tax-id'
  | 'id-card-number'
  | 'email'
  | 'phone'
  | 'street-address'
  | 'date-of-birth';

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
  'tax-id': 'Steuer-ID',
  'id-card-number': 'Ausweisnummer',
  email: 'E-Mail',
  phone: 'Telefonnummer',
  'street-address': 'Anschrift',
  'date-of-birth': 'Geburtsdatum',
};

/** The one hint the bot adds when a message held client data. */
export const PERSONAL_DATA_HINT =
  'Bitte keine personenbezogenen Kundendaten in diesen Chat eingeben (z. B. Name mit Geburtsdatum, BG- oder Kundennummer, IBAN, Telefonnummer oder E-Mail-Adresse). Ich habe diese Angaben nicht gespeichert – für Fragen zum Programm werden sie nicht gebraucht.';

/** The hint naming what was recognised, so a false alarm is easy to understand: "… (erkannt: IBAN, Telefonnummer)". */
export function personalDataHint(findings: readonly Pick<PersonalDataFinding, 'kind'>[]): string {
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
const MONTH_NAMES = ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'] as const;
/** 1.2.1980, 01.02.80 · 1980-02-01 · 1. Februar 1980: each read back by parseDate. */
const DATE = String.raw`(?:\d{1,2}\.${SPACE}?\d{1,2}\.${SPACE}?(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|\d{1,2}\.?${SPACE}+(?:[Jj]anuar|[Jj]änner|[Ff]ebruar|[Mm]ärz|[Mm]aerz|[Aa]pril|[Mm]ai|[Jj]uni|[Jj]uli|[Aa]ugust|[Ss]eptember|[Oo]ktober|[Nn]ovember|[Dd]ezember)${SPACE}+\d{4})(?!\p{N})`;
const BIRTH_LABEL = String.raw`(?:[Gg]eb\.(?:${SPACE}*am)?|[Gg]eboren(?:${SPACE}+am)?|[Gg]eburtsdatum:?|[Gg]eb\.-?[Dd]atum:?|[Gg]eburtstag:?|\(?${SPACE}?\*)`;
const SEP = String.raw`[ \u00A0-]`;
/** Between a name and its date a line may break ("Max Mustermann⏎01.02.1980" pasted from a file). */
const GAP = String.raw`[ \t\r\n\u00A0]`;
const TAX_ID_LABEL = String.raw`(?:[Ss]teuer-?(?:ID|Id|IdNr\.?|[Ii]dentifikationsnummer)|[Ss]teueridentifikationsnummer|IdNr\.?|TIN)`;
const ID_CARD_LABEL = String.raw`(?:(?:Personal)?[Aa]usweis(?:nummer|-?Nr\.?)?|Reisepass(?:nummer|-?Nr\.?)?|Pass-?Nr\.?|PA-Nr\.?)`;
const STREET = String.raw`(?:\p{Lu}[\p{L}ß-]*(?:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|chaussee)|\p{Lu}[\p{Ll}ß]+er${SPACE}+(?:Straße|Strasse|Str\.|Weg|Allee|Platz|Ring|Damm))`;
const TOWN = String.raw`\d{5}${SPACE}+\p{Lu}[\p{Ll}ß]+(?:[ -]\p{Lu}[\p{Ll}ß]+)?`;

/** Birth years a client can have when only a name stands beside the date: "Herzberg, 27.11.2023" stays programme text. */
const NEAR_NAME_YEARS = { from: 1920, to: 2012, anyTwoDigitYear: false };

const DETECTORS: readonly Detector[] = [
  {
    kind: 'iban',
    pattern: new RegExp(String.raw`${START}[Dd][Ee]${SEP}?\d{2}(?:${SEP}?\d){18}${END}`, 'gu'),
    accept: (m) => validIban(m[0]),
    claimsRejected: true,
  },
  {
    kind: 'iban',
    pattern: new RegExp(String.raw`${START}[A-Z]{2}\d{2}(?:[A-Z0-9]{11,30}|(?:${SEP}[A-Z0-9]{4}){2,7}(?:${SEP}[A-Z0-9]{1,3}(?![.,:]\p{N}))?)${END}`, 'gu'),
    accept: (m) => validIban(m[0]),
  },
  { kind: 'bg-number', pattern: new RegExp(String.raw`${START}\d{5}${SEP}?[Bb][Gg]${SEP}?\d{7}${END}`, 'gu') },
  { kind: 'customer-number', pattern: new RegExp(String.raw`${START}\d{3}(?:[A-Za-z]|${SPACE}[A-Z]${SPACE})\d{6}${END}`, 'gu') },
  {
    // Versicherungsnummer: area, birth date DDMMYY, initial of the birth name, serial and check digit.
    kind: 'pension-insurance-number',
    pattern: new RegExp(String.raw`${START}\d{2}${SPACE}?(\d{2})(\d{2})\d{2}${SPACE}?[A-Za-z]${SPACE}?\d{3}${END}`, 'gu'),
    accept: (m) => isDayMonth(Number(m[1]), Number(m[2])),
  },
  {
    // Steuer-ID: eleven digits, never starting with 0 (so no phone number); a label, or else a valid check digit.
    kind: 'tax-id',
    pattern: new RegExp(String.raw`${START}(${TAX_ID_LABEL}:?${SPACE}*)?[1-9]\d${SPACE}?\d{3}${SPACE}?\d{3}${SPACE}?\d{3}${END}`, 'gu'),
    accept: (m) => m[1] !== undefined || validTaxId(m[0]),
  },
  {
    // Personalausweis/Reisepass: nine characters of the ICAO alphabet (plus check digit); a label, or else a valid check digit.
    kind: 'id-card-number',
    pattern: new RegExp(String.raw`${START}(?:(${ID_CARD_LABEL}:?${SPACE}*)[CFGHJKLMNPRTVWXYZ0-9]{9}\d?|[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}\d)${END}`, 'gu'),
    accept: (m) => /\d/.test(m[0].slice(-10)) && (m[1] !== undefined || validIdCardNumber(m[0])),
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
    // "Hauptstraße 12", "Berliner Str. 5a, 04916 Herzberg".
    kind: 'street-address',
    pattern: new RegExp(String.raw`${START}${STREET}${SPACE}*\d{1,4}(?:${SPACE}?[a-z])?(?:,?${SPACE}+${TOWN})?${END}`, 'gu'),
  },
  {
    kind: 'date-of-birth',
    pattern: new RegExp(String.raw`${START}(?:${NAME},?${GAP}+)?${BIRTH_LABEL}${GAP}*${DATE}\)?`, 'gu'),
    accept: (m) => isBirthDate(m[0], { from: 1900, to: 2030, anyTwoDigitYear: true }),
  },
  {
    // A name right next to a date: "Max Mustermann, 01.02.1980", "Anna Schmidt (*12.03.1990)".
    kind: 'date-of-birth',
    pattern: new RegExp(String.raw`${START}${NAME},?${GAP}+(?:\(${SPACE}?)?(?:\*${SPACE}?)?${DATE}\)?`, 'gu'),
    accept: (m) => isBirthDate(m[0], NEAR_NAME_YEARS),
  },
  {
    // The date first: "01.02.1980 Max Mustermann", "1980-02-01, Frau Müller".
    kind: 'date-of-birth',
    pattern: new RegExp(String.raw`${START}${DATE},?${GAP}+${NAME}`, 'gu'),
    accept: (m) => isBirthDate(m[0], NEAR_NAME_YEARS),
  },
];

/**
 * Every likely piece of client data in the text, in text order, none
 * overlapping. Detectors run in order; each later one sees the spans already
 * claimed blanked out, so a greedy phone pattern cannot swallow an earlier
 * finding's digits and then lose its own ("0170-1234567 65 170839 J 003").
 */
export function detectPersonalData(text: string): PersonalDataFinding[] {
  // Every pattern needs an ASCII digit or an "@": most questions have neither and skip the Unicode regexes.
  if (!/[0-9@]/.test(text)) return [];
  // A turn's text is checked at the privacy boundary and again by the bot: the second look is free.
  if (text === lastText) return lastFindings.slice();
  const findings = detectUncached(text);
  lastText = text;
  lastFindings = findings;
  return findings.slice();
}

let lastText: string | undefined;
let lastFindings: readonly PersonalDataFinding[] = [];

function detectUncached(text: string): PersonalDataFinding[] {
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

/** ISO 13616 check digits (mod 97 = 1): a real IBAN, not any run of digits after two letters. */
export function validIban(candidate: string): boolean {
  const iban = candidate.replace(/[ \u00A0-]/g, '').toUpperCase();
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

/** The one date in a match, in any of DATE's forms. */
function parseDate(text: string): { day: number; month: number; year: string } | undefined {
  const numeric = /(\d{1,2})\.[ \u00A0]?(\d{1,2})\.[ \u00A0]?(\d{4}|\d{2})(?!\d)/.exec(text);
  if (numeric) return { day: Number(numeric[1]), month: Number(numeric[2]), year: numeric[3]! };
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return { day: Number(iso[3]), month: Number(iso[2]), year: iso[1]! };
  const long = /(\d{1,2})\.?[ \u00A0]+(\p{L}+)[ \u00A0]+(\d{4})/u.exec(text);
  if (!long) return undefined;
  const name = long[2]!.toLowerCase().replace('jänner', 'januar').replace('maerz', 'märz');
  return { day: Number(long[1]), month: MONTH_NAMES.indexOf(name as (typeof MONTH_NAMES)[number]) + 1, year: long[3]! };
}

/**
 * The match's date as a birth date: a four-digit year within the range; a
 * two-digit year anywhere after a label ("geb. 01.02.08"), otherwise only
 * 30–99, so "Stand Plan, 13.11.23" is not read as someone born in 1923.
 */
function isBirthDate(matched: string, years: { from: number; to: number; anyTwoDigitYear: boolean }): boolean {
  const date = parseDate(matched);
  if (!date) return false;
  const { day, month, year } = date;
  if (year.length === 2) {
    const twoDigit = Number(year);
    return (years.anyTwoDigitYear || twoDigit >= 30) && isDate(day, month, 2000 + twoDigit);
  }
  const fullYear = Number(year);
  return fullYear >= years.from && fullYear <= years.to && isDate(day, month, fullYear);
}

/** ISO 7064 MOD 11,10, the Steuer-ID's check digit. */
export function validTaxId(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, '').slice(-11);
  if (!/^[1-9]\d{10}$/.test(digits)) return false;
  let product = 10;
  for (const digit of digits.slice(0, 10)) {
    const sum = (Number(digit) + product) % 10 || 10;
    product = (sum * 2) % 11;
  }
  return (11 - product) % 10 === Number(digits[10]);
}

/** The ID card's 7-3-1 check digit over the nine characters before it (letters count 10–35). */
export function validIdCardNumber(candidate: string): boolean {
  const code = candidate.slice(-10);
  if (!/^[0-9A-Z]{9}\d$/.test(code)) return false;
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const c = code[i]!;
    sum += (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55) * weights[i % 3]!;
  }
  return sum % 10 === Number(code[9]);
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
