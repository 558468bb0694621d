import { describeAgeBand } from './age-bands';
import type { ProgrammeIdentity } from '../knowledge/schema';
import { plainAnswer, type Answer, type RelatedTopic } from './answer';
import type { ScopeProblem } from './scope-check';
import type { Unsupported } from './support';
import { formatIsoDate } from './format-figure';

/**
 * What the bot says when the programme does not support an answer: one sentence
 * that says so and why, then what the programme does have. Every text starts with
 * "Das steht so nicht im Programm" so staff (and the unanswered log) can tell an
 * abstention from an answer at a glance.
 */
export const NOT_IN_PROGRAMME = 'Das steht so nicht im Programm';

export function programmeName(p: ProgrammeIdentity): string {
  return `Arbeitsmarkt- und Integrationsprogramm ${p.year} des ${p.jobcenter.replace(/^Jobcenter\b/, 'Jobcenters')}`;
}

export function outOfScopeAnswer(problem: ScopeProblem, programme: ProgrammeIdentity, offers: RelatedTopic[]): Answer {
  const name = programmeName(programme);
  switch (problem.kind) {
    case 'place':
      return abstention(`${NOT_IN_PROGRAMME}: Es ist das ${name} und enthält keine Aussage zu „${problem.name}“. Zu ${programme.region} kann ich Ihnen die Zahlen des Programms nennen.`, offers);
    case 'national':
      return abstention(`${NOT_IN_PROGRAMME}: Es ist das ${name} und enthält keine Zahlen für andere Jobcenter, Länder oder den Bund („${problem.phrase}“).`, offers);
    case 'year':
      return abstention(
        `${NOT_IN_PROGRAMME}: Es ist das ${name} (Stand ${formatIsoDate(programme.stand)}) und enthält keine Aussage für ${problem.years.join(' und ')}.`,
        offers,
      );
  }
}

export function unsupportedAnswer(reason: Unsupported, label: string, available: string[], offers: RelatedTopic[]): Answer {
  const has = available.length ? ` Es nennt: ${available.join('; ')}.` : '';
  switch (reason.slot) {
    case 'measure':
      // "Baugewerbe" is in the programme: say that the two together are not, not that it lacks the word.
      if (reason.named && label) return abstention(`${NOT_IN_PROGRAMME}: „${label}“ und „${reason.words.join(' ')}“ nennt es, aber keine Angabe, die beides zusammen betrifft.`, offers);
      return abstention(`${NOT_IN_PROGRAMME}: Eine Angabe zu „${reason.words.join(' ')}“ nennt das Programm nicht.${label ? ` Am nächsten kommt „${label}“.` : ''}`, offers);
    case 'year':
      return abstention(`${NOT_IN_PROGRAMME}: Für ${reason.years.join(' und ')} nennt es zu „${label}“ keinen Wert.${has}`, offers);
    case 'gender':
      return abstention(`${NOT_IN_PROGRAMME}: „${label}“ nennt es nicht getrennt für ${reason.gender === 'weiblich' ? 'Frauen' : 'Männer'}.${has}`, offers);
    case 'unit':
      return abstention(`${NOT_IN_PROGRAMME}: Zu „${label}“ nennt es ${reason.unit === '€' ? 'keinen Betrag in Euro' : reason.unit === 'Anzahl' ? 'keine Anzahl' : 'keinen Anteil'}.${has}`, offers);
    case 'age':
      return abstention(`${NOT_IN_PROGRAMME}: „${label}“ nennt es nicht für die Altersgruppe „${describeAgeBand(reason.band)}“.${has}`, offers);
    case 'number':
      return abstention(`${NOT_IN_PROGRAMME}: Eine Zahl dazu nennt es nicht.${has}`, offers);
  }
}

function abstention(text: string, offers: RelatedTopic[]): Answer {
  return plainAnswer('no-answer', text, offers);
}

/** A why-question the programme has no cause for: say so, then what it does say (so the reader can judge). */
export function noReasonAnswer(said: Answer): Answer {
  return { ...said, kind: 'no-answer', text: `${NOT_IN_PROGRAMME}: Einen Grund dafür nennt das Programm nicht. Es schreibt dazu:\n\n${said.text}` };
}

/** A meaning asked of something the programme only counts ("Was bedeutet marktnah?"): no explanation, and what it does give. */
export function noDefinitionAnswer(term: string, gives: string, offers: RelatedTopic[]): Answer {
  return abstention(`${NOT_IN_PROGRAMME}: Eine Erklärung zu „${term}“ enthält das Programm nicht. Es nennt: ${gives}.`, offers);
}
