import type { Answer } from '../answers/answer';
import { formatSource } from '../answers/source';
import { adaptiveCard, messageBackAction, type AdaptiveCard } from './adaptive-card';

/**
 * The small card under an answer: its sources and up to three related topics as
 * buttons. Teams shows no suggested actions on messages with attachments and at
 * most three otherwise, so the buttons live here.
 */
export function answerCard(answer: Answer): AdaptiveCard | undefined {
  // Offers the text already names are not listed again (a target group's instruments appear once, in the text).
  const text = answer.text.toLowerCase();
  const facts = (answer.facts ?? []).filter((f) => !text.includes(f.title.toLowerCase()));
  if (answer.related.length === 0 && facts.length === 0) return undefined;
  const body = [
    ...(facts.length
      ? [
          { type: 'TextBlock', text: 'Angebote und Instrumente', weight: 'Bolder', size: 'Small', wrap: true },
          { type: 'FactSet', facts },
        ]
      : []),
    ...(answer.related.length ? [{ type: 'TextBlock', text: 'Mehr dazu', weight: 'Bolder', size: 'Small', wrap: true }] : []),
    ...(answer.sources.length > 1
      ? [{ type: 'TextBlock', text: `Weitere Fundstellen: ${answer.sources.slice(1).map(formatSource).join('; ')}`, isSubtle: true, size: 'Small', wrap: true }]
      : []),
  ];
  return adaptiveCard(body, {
    actions: answer.related.slice(0, 3).map((topic) => messageBackAction(topic.label, topic.query)),
    fallbackText: `Mehr dazu: ${answer.related.map((t) => t.label).join(' · ')}`,
  });
}
