import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectPersonalData } from '../privacy/personal-data';
import { redact } from '../privacy/redact';
import { appendWholeLine } from '../storage/append-line';
import { InsightRecordSchema, type FeedbackReaction, type InsightRecord } from './records';

/** What is kept instead of a text that held client data. */
export const REMOVED_PERSONAL_DATA = '[entfernt: personenbezogene Daten]';

const MAX_TEXT_LENGTH = 500;
const MAX_ANSWER_KIND_LENGTH = 40;
const DEFAULT_MEMORY_RECORDS = 10_000;
const USER_HASH = /^[0-9a-f]{16,128}$/;
const FILE_NAME = /^(unanswered|feedback)-\d{4}-\d{2}\.jsonl$/;

export interface UnansweredInput {
  /** The question as the user wrote it (the log redacts it) or as the bot already stripped it. */
  text: string;
  at: Date;
  /** The bot found client data in the original message: only the placeholder is kept, whatever text says. */
  personalData?: boolean;
}

export interface FeedbackInput {
  reaction: FeedbackReaction;
  comment?: string;
  answerKind?: string;
  at: Date;
  /** hashUserId(userId, salt) — never the raw id; anything that does not look like a hash is refused. */
  userHash: string;
}

/** Append-only store of unanswered questions and feedback. Recording never throws: a failure goes to onError. */
export interface InsightsStore {
  recordUnanswered(entry: UnansweredInput): void;
  recordFeedback(entry: FeedbackInput): void;
  /** Everything recorded, oldest first. */
  readInsights(): InsightRecord[];
  /** Makes what was recorded durable (on disk: fsync of the files written to); for the shutdown. */
  flush(): void;
}

export interface InsightsStoreOptions {
  /** Told about records that could not be written or read back; default: a process warning. */
  onError?: (error: Error) => void;
}

export interface MemoryInsightsStoreOptions extends InsightsStoreOptions {
  /** Most records held; the oldest go first (default 10 000). */
  maxRecords?: number;
}

/**
 * Text as it may be kept: none at all when it held client data, otherwise
 * redacted (a no-op then, kept as a second line of defence), control characters
 * and runs of white space collapsed, and cut to 500 characters.
 */
export function keepableText(text: string, personalData = false): string {
  if (personalData || detectPersonalData(text).length > 0) return REMOVED_PERSONAL_DATA;
  // Control characters (C0, DEL, C1) become spaces: a record stays one line and prints safely in a terminal.
  const clean = redact(text).replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ').replace(/\s+/g, ' ').trim();
  return clean.length > MAX_TEXT_LENGTH ? `${clean.slice(0, MAX_TEXT_LENGTH - 1)}…` : clean;
}

/** The records an input becomes (none for an empty question), or an error saying why it was refused. */
function toRecord(entry: UnansweredInput | (FeedbackInput & { kind: 'feedback' })): InsightRecord | undefined {
  const at = entry.at.toISOString();
  if (!('kind' in entry)) {
    const text = keepableText(entry.text, entry.personalData);
    return text ? { kind: 'unanswered', at, text } : undefined;
  }
  if (!USER_HASH.test(entry.userHash)) {
    throw new Error(`[insights-log] userHash must be a hex hash from hashUserId, got ${entry.userHash.length} characters that are not one; record dropped`);
  }
  if (entry.reaction !== 'like' && entry.reaction !== 'dislike') throw new Error(`[insights-log] reaction must be "like" or "dislike", got "${String(entry.reaction)}"`);
  const comment = entry.comment === undefined ? '' : keepableText(entry.comment);
  const answerKind = entry.answerKind?.replace(/[^\w-]/g, '').slice(0, MAX_ANSWER_KIND_LENGTH);
  return {
    kind: 'feedback',
    at,
    reaction: entry.reaction,
    ...(comment ? { comment } : {}),
    ...(answerKind ? { answerKind } : {}),
    userHash: entry.userHash,
  };
}

const warn = (error: Error): void => process.emitWarning(error.message, 'InsightsLogWarning');

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/** Shared by both variants: turn inputs into records, append them, never let a failure reach the turn. */
function recorder(append: (record: InsightRecord) => void, onError: (error: Error) => void): Pick<InsightsStore, 'recordUnanswered' | 'recordFeedback'> {
  const record = (entry: Parameters<typeof toRecord>[0]): void => {
    try {
      const built = toRecord(entry);
      if (built) append(built);
    } catch (error) {
      onError(asError(error));
    }
  };
  return {
    recordUnanswered: (entry) => record(entry),
    recordFeedback: (entry) => record({ ...entry, kind: 'feedback' }),
  };
}

/**
 * JSON lines under `<dataDir>/insights/`, one file per kind and month
 * (`unanswered-2024-06.jsonl`, `feedback-2024-06.jsonl`), so old months can be
 * deleted by retention rules without touching the rest. Each record is one
 * append of one line: a crash loses at most the line being written.
 */
export function createFileInsightsStore(dataDir: string, options: InsightsStoreOptions = {}): InsightsStore {
  const dir = join(dataDir, 'insights');
  const onError = options.onError ?? warn;
  const unsynced = new Set<string>();
  const append = (record: InsightRecord): void => {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const file = join(dir, `${record.kind}-${record.at.slice(0, 7)}.jsonl`);
    appendWholeLine(file, JSON.stringify(record));
    unsynced.add(file);
  };
  return {
    ...recorder(append, onError),
    // An append is in the OS's cache at once; only fsync survives a power cut right after the shutdown.
    flush: () => {
      for (const file of unsynced) {
        try {
          const fd = openSync(file, 'r+');
          try {
            fsyncSync(fd);
          } finally {
            closeSync(fd);
          }
        } catch (error) {
          onError(asError(error));
        }
      }
      unsynced.clear();
    },
    readInsights: () => {
      if (!existsSync(dir)) return [];
      const records: InsightRecord[] = [];
      for (const name of readdirSync(dir).filter((n) => FILE_NAME.test(n)).sort()) {
        const lines = readFileSync(join(dir, name), 'utf8').split('\n');
        lines.forEach((line, index) => {
          if (!line.trim()) return;
          let parsed: ReturnType<typeof InsightRecordSchema.safeParse>;
          try {
            parsed = InsightRecordSchema.safeParse(JSON.parse(line));
          } catch {
            onError(new Error(`[insights-log] ${name}:${index + 1}: not JSON, line skipped`));
            return;
          }
          if (parsed.success) records.push(parsed.data);
          else onError(new Error(`[insights-log] ${name}:${index + 1}: ${parsed.error.issues[0]?.path.join('.') || 'record'} ${parsed.error.issues[0]?.message ?? 'invalid'}, line skipped`));
        });
      }
      return sortByTime(records);
    },
  };
}

/** For tests and for running without DATA_DIR: the latest records in memory, nothing on disk. */
export function createMemoryInsightsStore(options: MemoryInsightsStoreOptions = {}): InsightsStore {
  const maxRecords = options.maxRecords ?? DEFAULT_MEMORY_RECORDS;
  const records: InsightRecord[] = [];
  const append = (record: InsightRecord): void => {
    records.push(record);
    if (records.length > maxRecords) records.splice(0, records.length - maxRecords);
  };
  return {
    ...recorder(append, options.onError ?? warn),
    readInsights: () => sortByTime(records),
    flush: () => undefined,
  };
}

function sortByTime(records: readonly InsightRecord[]): InsightRecord[] {
  return [...records].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
