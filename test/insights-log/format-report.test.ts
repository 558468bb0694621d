import { formatInsightsReport, normaliseQuestion } from '../../src/insights-log/format-report';
import { REMOVED_PERSONAL_DATA } from '../../src/insights-log/insights-store';
import type { FeedbackRecord, InsightRecord } from '../../src/insights-log/records';

const unanswered = (text: string, at = '2024-06-15T10:00:00.000Z'): InsightRecord => ({ kind: 'unanswered', at, text });
const feedback = (reaction: 'like' | 'dislike', extra: Partial<FeedbackRecord> = {}): InsightRecord => ({
  kind: 'feedback',
  at: '2024-06-15T10:00:00.000Z',
  reaction,
  userHash: 'a'.repeat(64),
  ...extra,
});

describe('normaliseQuestion', () => {
  it.each([
    ['Gibt es ein Jobrad?', 'gibt es ein jobrad'],
    ['  gibt   es\tein JOBRAD ?! ', 'gibt es ein jobrad'],
    ['Wie hoch ist die Quote…', 'wie hoch ist die quote'],
    ['ÜBERGANG in Arbeit', 'übergang in arbeit'],
    ['Was kostet 1.200 € pro Platz?', 'was kostet 1.200 € pro platz'],
  ])('%j → %j', (text, normalised) => {
    expect(normaliseQuestion(text)).toBe(normalised);
  });
});

describe('formatInsightsReport', () => {
  it('says so when there is nothing yet', () => {
    expect(formatInsightsReport([], { source: '/data/insights' })).toBe(
      'AMIP-Bot – Auswertung für die Inhaltsverantwortlichen\nQuelle: /data/insights\n\nNoch keine Einträge: keine unbeantworteten Fragen und kein Feedback.',
    );
  });

  it('lists the most frequent unanswered questions first, grouping spellings, with the period covered', () => {
    const records = [
      unanswered('A?', '2024-06-03T08:00:00.000Z'),
      unanswered('Gibt es Jobrad?'),
      unanswered('gibt es  jobrad'),
      unanswered('C?'),
      unanswered('c'),
      unanswered('C ?', '2024-06-15T22:30:00.000Z'),
    ];
    expect(formatInsightsReport(records)).toBe(
      [
        'AMIP-Bot – Auswertung für die Inhaltsverantwortlichen',
        // 22:30 UTC is already the next day in Berlin.
        'Zeitraum: 03.06.2024 – 16.06.2024 (6 Einträge)',
        '',
        'Unbeantwortete Fragen: 6 (3 verschiedene), häufigste zuerst:',
        '  3 × c',
        '  2 × gibt es jobrad',
        '  1 × a',
        '',
        'Feedback: keines',
      ].join('\n'),
    );
  });

  it('cuts the list at top, counts the rest and the questions removed for client data', () => {
    const records = [...['a', 'b', 'b', 'c', 'c', 'c', 'd'].map((q) => unanswered(q)), unanswered(REMOVED_PERSONAL_DATA), unanswered(REMOVED_PERSONAL_DATA)];
    const report = formatInsightsReport(records, { top: 2 });
    expect(report).toContain('Unbeantwortete Fragen: 9 (4 verschiedene), häufigste zuerst:\n  3 × c\n  2 × b\n  … und 2 weitere\n');
    expect(report).toContain('  Ohne Text gespeichert, weil personenbezogene Daten enthalten waren: 2');
    expect(report).not.toContain('× [entfernt');
  });

  it('sums up feedback: counts, shares, people, answer kinds and the latest comments first', () => {
    const records = [
      feedback('like', { answerKind: 'figure', userHash: '1'.repeat(64) }),
      feedback('like', { answerKind: 'figure', userHash: '1'.repeat(64), comment: 'genau richtig', at: '2024-06-10T09:00:00.000Z' }),
      feedback('dislike', { answerKind: 'passage', userHash: '2'.repeat(64), comment: 'zu lang', at: '2024-06-14T09:00:00.000Z' }),
      feedback('like', { userHash: '3'.repeat(64), comment: 'danke', at: '2024-06-01T09:00:00.000Z' }),
    ];
    const report = formatInsightsReport(records, { recentComments: 2 });
    expect(report).toContain(
      [
        'Feedback: 4 Rückmeldungen von 3 Personen',
        '  👍 hilfreich:       3 (75 %)',
        '  👎 nicht hilfreich: 1 (25 %)',
        '  Nach Antwortart:',
        '    passage: 0 × 👍, 1 × 👎',
        '    figure: 2 × 👍, 0 × 👎',
        '  Letzte Kommentare (neueste zuerst):',
        '    14.06.2024 👎 zu lang',
        '    10.06.2024 👍 genau richtig',
      ].join('\n'),
    );
    expect(report).not.toContain('danke');
    expect(report).toContain('Unbeantwortete Fragen: keine');
  });

  it('uses the singular for one feedback from one person', () => {
    expect(formatInsightsReport([feedback('dislike')])).toContain('Feedback: 1 Rückmeldung von 1 Person\n  👍 hilfreich:       0 (0 %)\n  👎 nicht hilfreich: 1 (100 %)');
  });
});
