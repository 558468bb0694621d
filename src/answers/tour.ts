import type { Knowledge, SectionRef } from '../knowledge/schema';
import { splitSentences } from '../search/sentences';
import { formatCell, formatValue } from './format-figure';

export interface TourStep {
  title: string;
  sectionRefs: SectionRef[];
  text: string;
}

export interface QuizQuestion {
  question: string;
  choices: string[];
  correct: number;
  explanation: string;
}

/**
 * The onboarding tour: seven short steps through the programme's priorities,
 * each quoting or condensing the document with its sections. Built from the
 * knowledge, so next year's programme gives next year's tour.
 */
export function buildTour(k: Knowledge): TourStep[] {
  const sentence = (ref: string, pattern: RegExp): string => {
    const section = k.sections.find((s) => s.ref === ref);
    for (const p of section?.paragraphs ?? []) for (const s of splitSentences(p.text)) if (pattern.test(s)) return s;
    return '';
  };
  const row = (label: RegExp) => k.tables.flatMap((t) => t.rows).find((r) => label.test(r.label));
  const value = (label: RegExp, period: string): string => {
    const cell = row(label)?.cells.find((c) => c.period === period);
    return cell ? formatCell(cell) : '';
  };
  const goals = k.sections.find((s) => s.ref === '3.1')?.paragraphs.find((p) => p.isList)?.text ?? '';
  const fields = k.sections.filter((s) => s.ref.startsWith('5.')).map((s) => `${s.ref} ${s.title}`);
  const join = (...parts: string[]): string => parts.filter(Boolean).join(' ');
  return [
    { title: 'Leitgedanken', sectionRefs: ['Präambel' as SectionRef], text: join(sentence('Präambel', /Leitgedanken/), sentence('Präambel', /Schwerpunkt/)) },
    { title: 'Unsere Kundinnen und Kunden', sectionRefs: ['1', '2.1'] as SectionRef[], text: join(sentence('1', /Jahresdurchschnitt/), sentence('2.1', /drei Viertel/), sentence('2.1', /Qualifizierungsdefizit/)) },
    {
      title: 'Drei geschäftspolitische Ziele und ihre Kennzahlen',
      sectionRefs: ['3.1'] as SectionRef[],
      text: join(`Ziele: ${goals}.`, `Integrationsquote gesamt: Plan 2024 ${value(/^Integrationsquote gesamt$/, 'Plan')} (Ist 2023 ${value(/^Integrationsquote gesamt$/, 'Ist')}).`, `Langzeitleistungsbeziehende: Plan 2024 ${value(/^Langzeitleistungsbeziehende$/, 'Plan')} (Ist 2023 ${value(/^Langzeitleistungsbeziehende$/, 'Ist')}).`),
    },
    {
      title: 'Ressourcen',
      sectionRefs: ['4', '4.1', '4.2'] as SectionRef[],
      text: join(`Gesamtbudget 2024: ${value(/^Gesamtbudget$/, 'Schätzwert')} (2023: ${value(/^Gesamtbudget$/, 'Zuteilung')}).`, sentence('4.2', /2\. Arbeitsmarkt/), sentence('4.1', /kommunaler Finanzierungsanteil/)),
    },
    { title: 'Handlungsfelder', sectionRefs: ['5'] as SectionRef[], text: `Das Programm setzt operative Schwerpunkte in diesen Handlungsfeldern: ${fields.join('; ')}.` },
    { title: 'Zielgruppen und Angebote', sectionRefs: [...new Set(k.targetGroups.flatMap((g) => g.sectionRefs))].slice(0, 4), text: `Besondere Unterstützung erhalten: ${k.targetGroups.map((g) => g.name).join(', ')}. Fragen Sie mich nach einer Gruppe, z. B. „Was gibt es für Alleinerziehende?“` },
    { title: 'Qualität und Partner', sectionRefs: ['6', '7'] as SectionRef[], text: join(sentence('6', /internes Kontrollsystem/), sentence('7', /Netzwerkpartnern zählen/)) },
  ].map((step) => ({ ...step, text: step.text.length > 600 ? `${step.text.slice(0, 597)}…` : step.text }));
}

/** A short self-check whose answers come from the knowledge. */
export function buildQuiz(k: Knowledge): QuizQuestion[] {
  const questions: QuizQuestion[] = [];
  const months = k.proseFigures.find((f) => f.id === 'lzb-definition-monate');
  if (months) {
    questions.push({ question: 'Ab wie vielen Monaten Leistungsbezug in den letzten 24 Monaten zählt jemand als LZB?', choices: ['12', String(months.value), '24'], correct: 1, explanation: months.quote });
  }
  const quotas = k.tables.flatMap((t) => t.rows).filter((r) => /^Integrationsquote /.test(r.label));
  const plan = (label: string) => quotas.find((r) => r.label === label)?.cells.find((c) => c.period === 'Plan');
  const total = plan('Integrationsquote gesamt');
  const others = ['Integrationsquote Frauen', 'Integrationsquote Männer'].map(plan).filter((c) => c !== undefined);
  if (total && others.length === 2) {
    questions.push({ question: 'Welche Integrationsquote (gesamt) plant das Jobcenter für 2024?', choices: [formatCell(others[0]!), formatCell(total), formatCell(others[1]!)], correct: 1, explanation: `Plan 2024 gesamt: ${formatCell(total)} (Abschnitt 3.1).` });
  }
  const share = k.proseFigures.find((f) => f.id === 'zweiter-arbeitsmarkt');
  if (share) {
    questions.push({ question: 'Welcher Anteil der Eingliederungsmittel ist für den 2. Arbeitsmarkt vorgesehen?', choices: [formatValue(share.value, share.unit), '35,0 %', '10,2 %'], correct: 0, explanation: share.quote });
  }
  return questions;
}
