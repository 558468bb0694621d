import { DateTime } from 'luxon';
import { formatGermanNumber, formatNumber } from '../german/number';
import { REMOVED_PERSONAL_DATA } from './insights-store';
import type { FeedbackRecord, InsightRecord } from './records';

export interface ReportOptions {
  /** How many of the most frequent unanswered questions to list (default 20). */
  top?: number;
  /** How many of the latest comments to show (default 10). */
  recentComments?: number;
  /** Time zone for the dates shown (default Europe/Berlin). */
  timeZone?: string;
  /** Where the records came from, shown in the heading. */
  source?: string;
}

/** How questions are grouped: case, white space and closing punctuation do not make a new question. */
export function normaliseQuestion(text: string): string {
  return text.toLocaleLowerCase('de-DE').replace(/\s+/g, ' ').trim().replace(/[\s?!.…]+$/u, '');
}

/** "75 %" with a plain space, so the report greps and pastes the same everywhere. */
const percent = (share: number): string => `${formatGermanNumber(share * 100, { maxDecimals: 0 })} %`;

/**
 * The report for content owners, in German: the most frequent unanswered
 * questions and a summary of the feedback. Pure: records in, text out.
 */
export function formatInsightsReport(records: readonly InsightRecord[], options: ReportOptions = {}): string {
  const top = options.top ?? 20;
  const recentComments = options.recentComments ?? 10;
  const zone = options.timeZone ?? 'Europe/Berlin';
  const date = (iso: string): string => DateTime.fromISO(iso, { zone }).toFormat('dd.MM.yyyy');

  const lines = ['AMIP-Bot – Auswertung für die Inhaltsverantwortlichen'];
  if (options.source) lines.push(`Quelle: ${options.source}`);
  if (records.length === 0) {
    lines.push('', 'Noch keine Einträge: keine unbeantworteten Fragen und kein Feedback.');
    return lines.join('\n');
  }
  const times = records.map((r) => r.at).sort();
  lines.push(`Zeitraum: ${date(times[0] ?? '')} – ${date(times[times.length - 1] ?? '')} (${formatNumber(records.length)} ${records.length === 1 ? 'Eintrag' : 'Einträge'})`);

  lines.push('', ...unansweredSection(records, top));
  lines.push('', ...feedbackSection(records.filter((r): r is FeedbackRecord => r.kind === 'feedback'), recentComments, date));
  return lines.join('\n');
}

function unansweredSection(records: readonly InsightRecord[], top: number): string[] {
  const counts = new Map<string, number>();
  let removed = 0;
  let total = 0;
  for (const record of records) {
    if (record.kind !== 'unanswered') continue;
    total++;
    if (record.text === REMOVED_PERSONAL_DATA) {
      removed++;
      continue;
    }
    const question = normaliseQuestion(record.text);
    counts.set(question, (counts.get(question) ?? 0) + 1);
  }
  if (total === 0) return ['Unbeantwortete Fragen: keine'];
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'de'));
  const width = String(ranked[0]?.[1] ?? 0).length;
  const lines = [`Unbeantwortete Fragen: ${formatNumber(total)} (${formatNumber(counts.size)} verschiedene), häufigste zuerst:`];
  lines.push(...ranked.slice(0, top).map(([question, n]) => `  ${String(n).padStart(width)} × ${question}`));
  if (ranked.length > top) lines.push(`  … und ${formatNumber(ranked.length - top)} weitere`);
  if (removed) lines.push(`  Ohne Text gespeichert, weil personenbezogene Daten enthalten waren: ${formatNumber(removed)}`);
  return lines;
}

function feedbackSection(feedback: readonly FeedbackRecord[], recentComments: number, date: (iso: string) => string): string[] {
  if (feedback.length === 0) return ['Feedback: keines'];
  const likes = feedback.filter((f) => f.reaction === 'like').length;
  const dislikes = feedback.length - likes;
  const people = new Set(feedback.map((f) => f.userHash)).size;
  const lines = [
    `Feedback: ${formatNumber(feedback.length)} ${feedback.length === 1 ? 'Rückmeldung' : 'Rückmeldungen'} von ${formatNumber(people)} ${people === 1 ? 'Person' : 'Personen'}`,
    `  👍 hilfreich:       ${formatNumber(likes)} (${percent(likes / feedback.length)})`,
    `  👎 nicht hilfreich: ${formatNumber(dislikes)} (${percent(dislikes / feedback.length)})`,
  ];

  const byKind = new Map<string, { likes: number; dislikes: number }>();
  for (const f of feedback) {
    if (!f.answerKind) continue;
    const tally = byKind.get(f.answerKind) ?? { likes: 0, dislikes: 0 };
    if (f.reaction === 'like') tally.likes++;
    else tally.dislikes++;
    byKind.set(f.answerKind, tally);
  }
  if (byKind.size) {
    lines.push('  Nach Antwortart:');
    const kinds = [...byKind.entries()].sort((a, b) => b[1].dislikes - a[1].dislikes || a[0].localeCompare(b[0], 'de'));
    lines.push(...kinds.map(([kind, t]) => `    ${kind}: ${formatNumber(t.likes)} × 👍, ${formatNumber(t.dislikes)} × 👎`));
  }

  const comments = feedback.filter((f) => f.comment).sort((a, b) => b.at.localeCompare(a.at)).slice(0, recentComments);
  if (comments.length) {
    lines.push('  Letzte Kommentare (neueste zuerst):');
    lines.push(...comments.map((f) => `    ${date(f.at)} ${f.reaction === 'like' ? '👍' : '👎'} ${f.comment ?? ''}`));
  }
  return lines;
}
