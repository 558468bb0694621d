import { detectPersonalData, replaceFindings, type PersonalDataFinding } from './personal-data';

/**
 * The text with every piece of likely client data replaced by a placeholder:
 * "Konto DE89 3704 …" → "Konto [IBAN]". Pass findings when already detected.
 */
export function redact(text: string, findings: readonly PersonalDataFinding[] = detectPersonalData(text)): string {
  return replaceFindings(text, findings);
}
