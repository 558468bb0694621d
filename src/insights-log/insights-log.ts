/**
 * @deprecated The first wiring's API, kept so src/index.ts, src/app.ts and
 * src/bot/amip-bot.ts compile until they move to insights-store.ts
 * (createInsightsLog / createMemoryInsightsLog, recordUnanswered({ text, at }),
 * recordFeedback({ …, userHash })). Delete this file then.
 */
import { hashUserId } from '../privacy/user-hash';
import { formatInsightsReport } from './format-report';
import { createInsightsLog, createMemoryInsightsLog, type InsightsStore } from './insights-store';
import type { InsightRecord } from './records';

export type { FeedbackRecord as FeedbackEntry, InsightRecord, UnansweredRecord } from './records';

/** @deprecated Use InsightsStore. */
export interface InsightsLog {
  recordUnanswered(text: string, at: Date): void;
  recordFeedback(feedback: { reaction: 'like' | 'dislike'; comment?: string; userId: string }, at: Date): void;
  read(): InsightRecord[];
}

class LegacyInsightsLog implements InsightsLog {
  constructor(
    private readonly store: InsightsStore,
    private readonly salt: string,
  ) {}

  recordUnanswered(text: string, at: Date): void {
    this.store.recordUnanswered({ text, at });
  }

  recordFeedback(feedback: { reaction: 'like' | 'dislike'; comment?: string; userId: string }, at: Date): void {
    this.store.recordFeedback({
      reaction: feedback.reaction,
      ...(feedback.comment !== undefined ? { comment: feedback.comment } : {}),
      at,
      userHash: hashUserId(feedback.userId, this.salt),
    });
  }

  read(): InsightRecord[] {
    return this.store.readInsights();
  }
}

/** @deprecated Use createMemoryInsightsLog. */
export class MemoryInsightsLog extends LegacyInsightsLog {
  constructor(salt: string) {
    super(createMemoryInsightsLog(), salt);
  }
}

/** @deprecated Use createInsightsLog. */
export class FileInsightsLog extends LegacyInsightsLog {
  constructor(dataDir: string, salt: string) {
    super(createInsightsLog(dataDir), salt);
  }
}

/** @deprecated Use hashUserId from src/privacy/user-hash. */
export const hashUser = hashUserId;

/** @deprecated Use formatInsightsReport. */
export function formatReport(records: readonly InsightRecord[], top = 20): string {
  return formatInsightsReport(records, { top });
}
