import type { ProgrammeIdentity } from '../knowledge/schema';

export type SmalltalkKind = 'greeting' | 'thanks' | 'help' | 'bye' | 'who';

const PATTERNS: [SmalltalkKind, RegExp][] = [
  ['help', /^(hilfe|help|\?+|was kannst du( alles)?|was kann ich (dich )?fragen|wie funktioniert (das|der bot)|wie funktionierst du|(ich )?brauche hilfe[\s,!.]*(wie funktionierst du|was kannst du)?|befehle|menü|menu|start|wobei (hilfst|kannst) du( mir)?( helfen)?|wie kannst du (mir )?helfen|wofür bist du( da)?|was machst du)[\s!?.]*$/i],
  ['who', /^(wer|was) (bist du|sind sie)( eigentlich)?|^(wie heißt du|wie heisst du|bist du ein (mensch|bot|roboter)|bist du eine ki|stell dich (mal )?vor|mit wem (spreche|schreibe) ich)/i],
  ['greeting', /^(hallo|hallöchen|hallihallo|huhu|hi|hey|moin( moin)?|servus|grüß gott|grüß dich|gruß|guten (morgen|tag|abend)|tag|morgen|na)[\s!?.,]*(zusammen|allerseits|alle|leute|team|amip-bot|bot)?[\s!?.]*$/i],
  ['thanks', /^((vielen |herzlichen |besten |tausend )?dank(e)?( schön| sehr| dir| ihnen| euch)?( für die (hilfe|antwort|info|auskunft))?|super|prima|top|perfekt|klasse|alles klar|ok(ay)?|passt|cool|danke,? (das|die antwort) hilft( mir)?( weiter)?|sehr hilfreich|hat geholfen)[\s!?.,]*$/i],
  ['bye', /^(tschüss|tschüs|ciao|bye|auf wiedersehen|bis (bald|später|dann|morgen)|schönen (tag|feierabend|abend)|das wars|das war's)[\s!?.]*$/i],
];

/** Short social messages and requests for help, recognised by their whole wording only. */
export function classifySmalltalk(text: string): SmalltalkKind | null {
  for (const [kind, pattern] of PATTERNS) if (pattern.test(text.trim())) return kind;
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
