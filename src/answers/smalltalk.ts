export type SmalltalkKind = 'greeting' | 'thanks' | 'help' | 'bye';

const PATTERNS: [SmalltalkKind, RegExp][] = [
  ['help', /^(hilfe|help|\?+|was kannst du( alles)?|was kann ich (dich )?fragen|wie funktioniert (das|der bot)|befehle|menü|menu|start)[\s!?.]*$/i],
  ['greeting', /^(hallo|hi|hey|moin( moin)?|servus|grüß gott|gruß|guten (morgen|tag|abend)|tag|morgen|hallo (zusammen|bot|amip-bot))[\s!?.,]*(amip-bot|bot)?[\s!?.]*$/i],
  ['thanks', /^((vielen |herzlichen |besten )?dank(e)?( schön| sehr| dir| ihnen)?( für die (hilfe|antwort|info|auskunft))?|super|prima|top|perfekt|klasse|alles klar|ok(ay)?|passt)[\s!?.,]*$/i],
  ['bye', /^(tschüss|tschüs|ciao|bye|auf wiedersehen|bis (bald|später|dann)|schönen (tag|feierabend))[\s!?.]*$/i],
];

/** Short social messages and requests for help, recognised by their whole wording only. */
export function classifySmalltalk(text: string): SmalltalkKind | null {
  for (const [kind, pattern] of PATTERNS) if (pattern.test(text.trim())) return kind;
  return null;
}

export const EXAMPLE_QUESTIONS = [
  'Wie hoch ist die Integrationsquote 2024?',
  'Was bedeutet LZB?',
  'Was tut das Jobcenter für Alleinerziehende?',
] as const;

export const CAPABILITIES_TEXT = [
  'Ich beantworte Fragen zum **Arbeitsmarkt- und Integrationsprogramm 2024** des Jobcenters Elbe-Elster – immer mit Quelle (Abschnitt und Seite). Zum Beispiel:',
  ...EXAMPLE_QUESTIONS.map((q) => `- „${q}“`),
  '',
  'Ich rechne auch mit Ihnen: **Integrationsquote berechnen**, **Budgetanteil berechnen**, **Veränderung berechnen** und **LZB prüfen**. **Kennzahlen** zeigt die KPI-Übersicht, **Einführung** startet eine kurze Tour durch das Programm, **Glossar** erklärt die Abkürzungen.',
].join('\n');

export function smalltalkText(kind: SmalltalkKind): string {
  switch (kind) {
    case 'greeting':
      return `Hallo! ${CAPABILITIES_TEXT}`;
    case 'help':
      return CAPABILITIES_TEXT;
    case 'thanks':
      return 'Gern geschehen! Fragen Sie jederzeit wieder – z. B. nach einer Kennzahl, einer Zielgruppe oder einer Abkürzung.';
    case 'bye':
      return 'Bis bald! Ich bin hier, wenn Sie wieder eine Frage zum Programm haben.';
  }
}
