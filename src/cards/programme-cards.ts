import type { Finding } from '../answers/data-check';
import { formatNumber } from '../german/number';
import type { GlossaryEntry } from '../knowledge/schema';
import type { QuizQuestion, TourStep } from '../answers/tour';
import { formatSource, type SectionLookup } from '../answers/source';
import { adaptiveCard, messageBackAction, type AdaptiveCard } from './adaptive-card';

/** Every abbreviation of the programme, compact: abbreviation → expansion. */
export function glossaryCard(entries: readonly GlossaryEntry[]): AdaptiveCard {
  const sorted = [...entries].sort((a, b) => a.abbreviation.localeCompare(b.abbreviation, 'de'));
  return adaptiveCard(
    [
      { type: 'TextBlock', text: 'Glossar – Abkürzungen im Programm', weight: 'Bolder', size: 'Medium', wrap: true },
      { type: 'FactSet', facts: sorted.map((e) => ({ title: e.abbreviation, value: e.expansion })) },
      { type: 'TextBlock', text: 'Mehr zu einem Begriff: „Was bedeutet …?“', isSubtle: true, size: 'Small', wrap: true },
    ],
    { fallbackText: sorted.map((e) => `${e.abbreviation}: ${e.expansion}`).join('; ') },
  );
}

/** The data check: what does not add up (how much was checked is the message's text above the card). */
export function dataCheckCard(findings: readonly Finding[], sections: SectionLookup): AdaptiveCard {
  const wrong = findings.filter((f) => !f.agrees);
  const body = [
    { type: 'TextBlock', text: 'Datenprüfung der Programmtabellen', weight: 'Bolder', size: 'Medium', wrap: true },
    ...wrong.map((f) => ({
      type: 'Container',
      style: 'warning',
      items: [
        { type: 'TextBlock', text: `${f.tableTitle} – ${f.row}, ${f.column}`, weight: 'Bolder', wrap: true },
        { type: 'TextBlock', text: `Gedruckt: ${de(f.printed)} · nachgerechnet: ${de(f.expected)} (${f.check})`, wrap: true },
        { type: 'TextBlock', text: formatSource(sections.source(f.sectionRef)), isSubtle: true, size: 'Small', wrap: true },
      ],
    })),
  ];
  return adaptiveCard(body, { fallbackText: `${findings.length} Werte nachgerechnet, ${wrong.length} weichen ab: ` + wrong.map((f) => `${f.row} (${f.column}): gedruckt ${de(f.printed)}, nachgerechnet ${de(f.expected)}`).join('; ') });
}

/** A tour step: its title, text and sources; the buttons send what they say ("Zum Selbsttest" too). */
export function tourStepCard(step: TourStep, index: number, count: number, sections: SectionLookup): AdaptiveCard {
  const next = index + 1 < count ? 'Weiter' : 'Zum Selbsttest';
  const actions = [...(index > 0 ? [messageBackAction('Zurück', 'Zurück')] : []), messageBackAction(next, next), messageBackAction('Beenden', 'Beenden')];
  return adaptiveCard(
    [
      { type: 'TextBlock', text: step.title, weight: 'Bolder', size: 'Medium', wrap: true },
      { type: 'TextBlock', text: step.text, wrap: true },
      { type: 'TextBlock', text: step.sectionRefs.map((r) => formatSource(sections.source(r))).join(' · '), isSubtle: true, size: 'Small', wrap: true },
    ],
    { actions, fallbackText: `${step.title}: ${step.text}` },
  );
}

/** A self-check question; each choice is a button that sends the choice itself. */
export function quizCard(question: QuizQuestion, index: number, count: number): AdaptiveCard {
  return adaptiveCard([{ type: 'TextBlock', text: question.question, wrap: true, weight: 'Bolder' }], {
    actions: [...question.choices.map((choice) => messageBackAction(choice, choice)), messageBackAction('Überspringen', 'Überspringen')],
    fallbackText: `Selbsttest ${index + 1}/${count}: ${question.question} ${question.choices.map((c, i) => `${i + 1}) ${c}`).join(' ')}`,
  });
}

function de(value: number): string {
  return formatNumber(value);
}
