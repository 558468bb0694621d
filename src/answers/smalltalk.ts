import { normaliseForCues, type CueTable } from '../knowledge/cues';
import type { ProgrammeIdentity } from '../knowledge/schema';

export type SmalltalkKind = 'greeting' | 'thanks' | 'help' | 'bye' | 'who';

/**
 * Each kind's test, in the order they are tried; the words are cue concepts
 * (knowledge/common/cues.json). Apart from "who", the whole message must be the
 * cue, word for word: "Hilfe für Alleinerziehende" is a question.
 */
const KINDS: readonly [SmalltalkKind, (text: string, cues: CueTable) => boolean][] = [
  ['help', (text, cues) => cues.isSequence(text, ['help-asked'])],
  // "Wer bist du und was kannst du?": the opening says it.
  ['who', (text, cues) => cues.find(normaliseForCues(text), 'who-are-you') === 0],
  ['greeting', (text, cues) => cues.isSequence(text, ['greeting', 'greeting-addressee?'])],
  ['thanks', (text, cues) => cues.isSequence(text, ['thanks-alone']) || isThanks(text, cues)],
  ['bye', (text, cues) => cues.isSequence(text, ['goodbye'])],
];

/** "danke dir, hat geholfen", "super, vielen dank!": only words of thanks and praise, one of them a thanks proper. */
function isThanks(text: string, cues: CueTable): boolean {
  const words = normaliseForCues(text);
  return words.length > 0 && words.length <= 8 && words.every((w) => cues.isExactly(w, 'thanks-words')) && words.some((w) => cues.isExactly(w, 'thanks-core'));
}

/** Short social messages and requests for help, recognised by their whole wording only. */
export function classifySmalltalk(text: string, cues: CueTable): SmalltalkKind | null {
  for (const [kind, test] of KINDS) if (test(text, cues)) return kind;
  return null;
}

/** Example questions for the programme at hand: its year, not one written into the code. */
export function exampleQuestions(programme: Pick<ProgrammeIdentity, 'year'>): string[] {
  return [`Wie hoch ist die Integrationsquote ${programme.year}?`, 'Was bedeutet LZB?', 'Was tut das Jobcenter für Alleinerziehende?'];
}

export function capabilitiesText(programme: ProgrammeIdentity): string {
  return [
    `Ich beantworte Fragen zum **Arbeitsmarkt- und Integrationsprogramm ${programme.year}** des ${programme.jobcenter.replace(/^Jobcenter\b/, 'Jobcenters')} – immer mit Quelle (Abschnitt und Seite). Zum Beispiel:`,
    ...exampleQuestions(programme).map((q) => `- „${q}“`),
    '',
    'Ich rechne auch mit Ihnen: **Integrationsquote berechnen**, **Budgetanteil berechnen**, **Veränderung berechnen** und **LZB prüfen**. **Kennzahlen** zeigt die KPI-Übersicht, **Einführung** startet eine kurze Tour durch das Programm, **Glossar** erklärt die Abkürzungen.',
  ].join('\n');
}

export function smalltalkText(kind: SmalltalkKind, programme: ProgrammeIdentity): string {
  switch (kind) {
    case 'greeting':
      return `Hallo! ${capabilitiesText(programme)}`;
    case 'help':
      return capabilitiesText(programme);
    case 'who':
      return `Ich bin **AMIP-Bot**, ein Assistent für die Mitarbeitenden des ${programme.jobcenter.replace(/^Jobcenter\b/, 'Jobcenters')}. Ich kenne das Arbeitsmarkt- und Integrationsprogramm ${programme.year} und antworte nur mit dem, was darin steht – mit Abschnitt und Seite. Fragen Sie mich nach Kennzahlen, Zielgruppen, Instrumenten oder dem Budget.`;
    case 'thanks':
      return 'Gern geschehen! Fragen Sie jederzeit wieder – z. B. nach einer Kennzahl, einer Zielgruppe oder einer Abkürzung.';
    case 'bye':
      return 'Bis bald! Ich bin hier, wenn Sie wieder eine Frage zum Programm haben.';
  }
}
