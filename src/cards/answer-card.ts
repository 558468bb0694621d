import type { Answer } from '../answers/answer';
import { formatSource } from '../answers/source';
import { adaptiveCard, messageBackAction, type AdaptiveCard } from './adaptive-card';

/**
 * The small card under an answer: its sources and up to three related topics as
 * buttons. Teams shows no suggested actions on messages with attachments and at
 * most three otherwise, so the buttons live here.
 */
export function answerCard(answer: Answer): AdaptiveCard | undefined {
  if (answer.related.length === 0 && !answer.facts?.length) return undefined;
  const body = [
    ...(answer.facts?.length
      ? [
          { type: 'TextBlock', text: 'Angebote und Instrumente', weight: 'Bolder', size: 'Small', wrap: true },
          { type: 'FactSet', facts: answer.facts },
        ]
      : []),
    { type: 'TextBlock', text: 'Mehr dazu', weight: 'Bolder', size: 'Small', wrap: true },
    ...(answer.sources.length > 1
      ? [{ type: 'TextBlock', text: `Weitere Fundstellen: ${answer.sources.slice(1).map(formatSource).join('; ')}`, isSubtle: true, size: 'Small', wrap: true }]
      : []),
  ];
  return adaptiveCard(body, {
    actions: answer.related.slice(0, 3).map((topic) => messageBackAction(topic.label, topic.query)),
    fallbackText: `Mehr dazu: ${answer.related.map((t) => t.label).join(' · ')}`,
  });
}
