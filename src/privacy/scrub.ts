import { detectPersonalData, type PersonalDataFinding, type PersonalDataKind } from './personal-data';

/** Nesting beyond this is dropped unread: no form or card sends it, and unread means unchecked. */
export const MAX_SCRUB_DEPTH = 32;

export interface ScrubResult<T> {
  value: T;
  /** What was removed, each kind once; empty when nothing was. */
  kinds: PersonalDataKind[];
}

/** The text without the found spans, spaces collapsed: "Kunde 123D456789 LZB?" → "Kunde LZB?". */
export function removeFindings(text: string, findings: readonly PersonalDataFinding[]): string {
  let out = '';
  let last = 0;
  for (const finding of [...findings].sort((a, b) => a.start - b.start)) {
    if (finding.start < last) continue;
    out += `${text.slice(last, finding.start)} `;
    last = finding.end;
  }
  return (out + text.slice(last)).replace(/[ \u00A0]{2,}/g, ' ').trim();
}

/** A text with its client data removed. */
export function scrubText(text: string): ScrubResult<string> {
  const findings = detectPersonalData(text);
  if (!findings.length) return { value: text, kinds: [] };
  return { value: removeFindings(text, findings), kinds: kindsOf(findings) };
}

/**
 * Any JSON value (a submitted form, a card action's data, a feedback payload)
 * with client data removed from every string, at any depth: a key holding
 * client data loses its entry, a number that reads as client data (a Steuer-ID
 * typed into a numeric field) is dropped. Returns a copy; the input is not changed.
 */
export function scrubValue(value: unknown): ScrubResult<unknown> {
  const kinds = new Set<PersonalDataKind>();
  const visit = (item: unknown, depth: number): unknown => {
    if (typeof item === 'string') {
      // Teams sends feedback as a JSON string ('{"feedbackText":"…"}'): its escapes (\n) would hide a name from its date.
      const embedded = depth < MAX_SCRUB_DEPTH ? embeddedJson(item) : undefined;
      if (embedded !== undefined) {
        const scrubbed = visit(embedded, depth + 1);
        return JSON.stringify(scrubbed) === item ? item : JSON.stringify(scrubbed ?? null);
      }
      const result = scrubText(item);
      for (const kind of result.kinds) kinds.add(kind);
      return result.value;
    }
    if (typeof item === 'number') {
      const result = scrubText(String(item));
      if (!result.kinds.length) return item;
      for (const kind of result.kinds) kinds.add(kind);
      return undefined;
    }
    if (typeof item !== 'object' || item === null) return item;
    if (depth >= MAX_SCRUB_DEPTH) return undefined;
    if (Array.isArray(item)) return item.map((element) => visit(element, depth + 1) ?? null);
    const out: Record<string, unknown> = {};
    for (const [key, element] of Object.entries(item)) {
      const keyResult = scrubText(key);
      if (keyResult.kinds.length) {
        for (const kind of keyResult.kinds) kinds.add(kind);
        continue;
      }
      const scrubbed = visit(element, depth + 1);
      if (scrubbed !== undefined) out[key] = scrubbed;
    }
    return out;
  };
  const scrubbed = visit(value, 0);
  return { value: scrubbed, kinds: [...kinds] };
}

/** The object or array a string holds as JSON, if it is one. */
function embeddedJson(text: string): object | undefined {
  const first = text.trimStart()[0];
  if (first !== '{' && first !== '[') return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function kindsOf(findings: readonly PersonalDataFinding[]): PersonalDataKind[] {
  return [...new Set(findings.map((f) => f.kind))];
}
