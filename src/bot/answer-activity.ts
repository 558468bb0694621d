import { ActivityTypes, type Activity, type Entity, type TurnContext } from 'botbuilder';
import type { Answer } from '../answers/answer';
import { formatSource, type SourceRef } from '../answers/source';
import { answerCard } from '../cards/answer-card';
import { cardAttachment } from '../cards/adaptive-card';
import { markdownText, plainText } from '../cards/render-text';

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
          name: citationName(source, documentTitle),
          abstract: plainStart(text, 160),
          keywords: [`Abschnitt ${source.sectionRef}`, ...(source.page !== undefined ? [`S. ${source.page}`] : [])],
        },
      },
    ],
  };
}

/** Teams cuts a citation's name at 80 characters: section and page first, so only the titles are cut. */
export function citationName(source: SourceRef, documentTitle: string, max = 80): string {
  const where = /^\d/.test(source.sectionRef) ? `Abschnitt ${source.sectionRef}` : source.title;
  const head = source.page !== undefined ? `${where}, S. ${source.page}` : where;
  const full = [head, /^\d/.test(source.sectionRef) ? source.title : '', documentTitle].filter(Boolean).join(' – ');
  return full.length <= max ? full : `${full.slice(0, max - 1).trimEnd()}…`;
}

/**
 * Puts `hint` in front of the turn's first message, so it arrives before the answer
 * in the same bubble; returns a function that sends it alone when the turn sent no message.
 */
export function hintBeforeFirstReply(context: TurnContext, hint: string): () => Promise<void> {
  let placed = false;
  context.onSendActivities(async (_ctx, activities, next) => {
    const first = placed ? undefined : activities.find((a) => a.type === ActivityTypes.Message);
    if (first) {
      first.text = first.text ? `${hint}\n\n${first.text}` : hint;
      placed = true;
    }
    return next();
  });
  return async () => {
    if (!placed) await context.sendActivity(hint);
  };
}

/**
 * The first `max` characters of `text` as plain text: the bot's bold marks and
 * quote/heading marks at line starts dropped, escapes undone, whitespace runs
 * collapsed — gender stars ("Migrant*innen") kept. Only the start of a long
 * answer is cleaned.
 */
export function plainStart(text: string, max: number): string {
  const start = text.length > 4 * max ? text.slice(0, 4 * max) : text;
  return plainText(start.replace(/^[ \t]*[#>]+[ \t]*/gm, ''))
    .replace(/\s+/g, ' ')
    .slice(0, max);
}
