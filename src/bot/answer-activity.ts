import { ActivityTypes, type Activity, type Entity } from 'botbuilder';
import type { Answer } from '../answers/answer';
import { formatSource, type SourceRef } from '../answers/source';
import { answerCard } from '../cards/answer-card';
import { cardAttachment } from '../cards/adaptive-card';
import { markdownText } from '../cards/render-text';

/** Kinds of answer that rest on the programme and so carry a citation and feedback buttons. */
const SOURCED = new Set<Answer['kind']>(['figure', 'passage', 'section', 'chart', 'glossary', 'target-group', 'instrument', 'overview', 'document']);

/**
 * An Answer as a Teams message: Markdown text with the source line ("Quelle: … [1]"),
 * Teams' native citation for [1], the feedback loop, and the related-topics card.
 */
export function answerActivity(answer: Answer, documentTitle: string): Partial<Activity> {
  const sourced = SOURCED.has(answer.kind) && answer.sources.length > 0;
  const primary = answer.sources[0];
  const sourceLine = sourced && primary ? `\n\nQuelle: ${formatSource(primary)} [1]` : '';
  const notes = answer.notes.length ? `\n\n${answer.notes.map((n) => `Hinweis: ${n}`).join('\n')}` : '';
  const card = answerCard(answer);
  const activity: Partial<Activity> = {
    type: ActivityTypes.Message,
    text: markdownText(`${answer.text}${notes}${sourceLine}`),
    textFormat: 'markdown',
    ...(card ? { attachments: [cardAttachment(card)] } : {}),
  };
  if (sourced && primary) {
    activity.entities = [citationEntity(primary, answer.text, documentTitle)];
    activity.channelData = { feedbackLoopEnabled: true, feedbackLoop: { type: 'default' } };
  }
  return activity;
}

/** schema.org Message entity whose claim [1] opens the source in Teams' citation pop-up. */
function citationEntity(source: SourceRef, text: string, documentTitle: string): Entity {
  return {
    type: 'https://schema.org/Message',
    '@type': 'Message',
    '@context': 'https://schema.org',
    '@id': '',
    citation: [
      {
        '@type': 'Claim',
        position: 1,
        appearance: {
          '@type': 'DigitalDocument',
          name: `${documentTitle} – ${formatSource(source)}`.slice(0, 80),
          abstract: plainStart(text, 160),
          keywords: [`Abschnitt ${source.sectionRef}`, `S. ${source.page}`],
        },
      },
    ],
  };
}

/**
 * The first `max` characters of `text` without Markdown marks (* _ > #) and with
 * whitespace runs collapsed. Cleaning a prefix gives a prefix of the cleaned
 * whole, so only the start of an answer of up to 2 000 characters is cleaned
 * unless marks and spaces ate too much of it.
 */
export function plainStart(text: string, max: number): string {
  const clean = (part: string): string => part.replace(/[*_>#]/g, '').replace(/\s+/g, ' ');
  const start = clean(text.slice(0, 2 * max));
  return (start.length >= max || 2 * max >= text.length ? start : clean(text)).slice(0, max);
}
