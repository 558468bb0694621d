import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectPersonalData, redact } from '../privacy/personal-data';

const MEMORY_LIMIT = 10_000;

export interface UnansweredRecord {
  kind: 'unanswered';
  at: string;
  text: string;
}

export interface FeedbackEntry {
  kind: 'feedback';
  at: string;
  reaction: 'like' | 'dislike';
  comment?: string;
  /** Salted hash: the same person's feedback can be grouped, never traced back. */
  userHash: string;
}

export type InsightRecord = UnansweredRecord | FeedbackEntry;

/** What content owners learn from use: questions the programme did not answer, and feedback. Append-only. */
export interface InsightsLog {
  recordUnanswered(text: string, at: Date): void;
  recordFeedback(feedback: { reaction: 'like' | 'dislike'; comment?: string; userId: string }, at: Date): void;
  read(): InsightRecord[];
}

/** Text as it may be kept: redacted, and dropped altogether when it held client data. */
function keepable(text: string): string {
  const findings = detectPersonalData(text);
  return findings.length ? '[entfernt: personenbezogene Daten]' : redact(text).slice(0, 500);
}

export function hashUser(userId: string, salt: string): string {
  return createHash('sha256').update(`${salt}:${userId}`).digest('hex').slice(0, 16);
}

export class MemoryInsightsLog implements InsightsLog {
  protected readonly records: InsightRecord[] = [];

  constructor(protected readonly salt: string) {}

  recordUnanswered(text: string, at: Date): void {
    this.append({ kind: 'unanswered', at: at.toISOString(), text: keepable(text) });
  }

  recordFeedback(feedback: { reaction: 'like' | 'dislike'; comment?: string; userId: string }, at: Date): void {
    this.append({
      kind: 'feedback',
      at: at.toISOString(),
      reaction: feedback.reaction,
      ...(feedback.comment ? { comment: keepable(feedback.comment) } : {}),
      userHash: hashUser(feedback.userId, this.salt),
    });
  }

  read(): InsightRecord[] {
    return [...this.records];
  }

  /** In memory only the latest records are kept, so a long-running bot does not grow. */
  protected append(record: InsightRecord): void {
    this.records.push(record);
    if (this.records.length > MEMORY_LIMIT) this.records.splice(0, this.records.length - MEMORY_LIMIT);
  }
}

/** JSON lines in DATA_DIR/insights.jsonl; each record is one append, so a crash loses at most the line being written. */
export class FileInsightsLog extends MemoryInsightsLog {
  private readonly file: string;

  constructor(dataDir: string, salt: string) {
    super(salt);
    mkdirSync(dataDir, { recursive: true });
    this.file = join(dataDir, 'insights.jsonl');
  }

  override read(): InsightRecord[] {
    if (!existsSync(this.file)) return [];
    return readFileSync(this.file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .flatMap((line) => {
        try {
          return [JSON.parse(line) as InsightRecord];
        } catch {
          return [];
        }
      });
  }

  protected override append(record: InsightRecord): void {
    appendFileSync(this.file, `${JSON.stringify(record)}\n`);
  }
}

/** The report for content owners, in German: most frequent unanswered questions and the feedback summary. */
export function formatReport(records: readonly InsightRecord[], top = 15): string {
  const counts = new Map<string, number>();
  for (const r of records) if (r.kind === 'unanswered') counts.set(r.text.toLowerCase().replace(/\s+/g, ' ').trim(), (counts.get(r.text.toLowerCase().replace(/\s+/g, ' ').trim()) ?? 0) + 1);
  const feedback = records.filter((r): r is FeedbackEntry => r.kind === 'feedback');
  const likes = feedback.filter((f) => f.reaction === 'like').length;
  const lines = ['Unbeantwortete Fragen (häufigste zuerst):'];
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'de')).slice(0, top);
  lines.push(...(sorted.length ? sorted.map(([text, n]) => `  ${String(n).padStart(4)} × ${text}`) : ['  (keine)']));
  lines.push('', `Feedback: ${likes} × 👍, ${feedback.length - likes} × 👎`);
  const comments = feedback.filter((f) => f.comment).slice(-10);
  if (comments.length) lines.push('Letzte Kommentare:', ...comments.map((f) => `  ${f.reaction === 'like' ? '👍' : '👎'} ${f.at.slice(0, 10)}: ${f.comment}`));
  return lines.join('\n');
}
