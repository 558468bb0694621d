import { MemoryStorage, TestAdapter, type Activity, type Storage } from 'botbuilder';
import { DateTime } from 'luxon';
import { buildBrain, composeBot, type ProgrammeBrain } from '../../src/compose';
import { loadKnowledge } from '../../src/knowledge/load';
import type { BotInsights } from '../../src/bot/amip-bot';
import { pinnedProgrammeDir } from '../programmes/pinned';

let brain: ProgrammeBrain | undefined;
export function sharedBrain(): ProgrammeBrain {
  brain ??= buildBrain(loadKnowledge(pinnedProgrammeDir()));
  return brain;
}

/** A fixed "today" so LZB results do not depend on the calendar. */
export const TODAY = DateTime.fromISO('2024-06-15T10:00:00', { zone: 'Europe/Berlin' });

export interface Conversation {
  adapter: TestAdapter;
  /** Sends a message and returns every reply flattened to text (message text plus all strings of its cards). */
  say(text: string): Promise<string>;
  sayRaw(activity: Partial<Activity>): Promise<Partial<Activity>[]>;
}

/** The real bot over a TestAdapter: same routing, dialogs and state as in production. */
export function conversation(options: { storage?: Storage; conversationType?: string; insights?: BotInsights } = {}): Conversation {
  const { bot } = composeBot(sharedBrain(), { storage: options.storage ?? new MemoryStorage(), clock: () => TODAY, ...(options.insights ? { insights: options.insights } : {}) });
  const adapter = new TestAdapter(async (context) => bot.run(context));
  if (options.conversationType) adapter.conversation.conversation = { ...adapter.conversation.conversation!, conversationType: options.conversationType, isGroup: true };
  const sayRaw = async (activity: Partial<Activity>): Promise<Partial<Activity>[]> => {
    await adapter.receiveActivity(activity);
    return adapter.activeQueue.splice(0);
  };
  return {
    adapter,
    sayRaw,
    say: async (text) => flatten(await sayRaw({ type: 'message', text })),
  };
}

export function flatten(activities: Partial<Activity>[]): string {
  const out: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (!['type', '$schema', 'version'].includes(k)) collect(v);
  };
  for (const a of activities) {
    if (a.type !== 'message') continue;
    if (a.text) out.push(a.text);
    collect(a.suggestedActions?.actions);
    collect(a.attachments?.map((x) => x.content));
  }
  return out.join('\n');
}
