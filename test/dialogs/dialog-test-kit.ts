import type { Activity } from 'botbuilder';
import type { Dialog } from 'botbuilder-dialogs';
import { DialogTestClient } from 'botbuilder-testing';
import { DateTime } from 'luxon';
import type { CalculationDialogDeps } from '../../dialogs/calculation-dialog';
import { referencesFromTables, type ProgrammeReferences } from '../../src/figures/programme-references';
import { referenceBook } from '../../src/figures/reference-book';
import { loadCues, type CueTable } from '../../src/knowledge/cues';
import { loadKnowledge } from '../../src/knowledge/load';
import { pinnedProgrammeDir } from '../programmes/pinned';

/** A fixed "today": LZB results never depend on the calendar. */
export const TODAY = DateTime.fromISO('2024-06-15T10:00:00', { zone: 'Europe/Berlin' });

let references: ProgrammeReferences | undefined;
/** The programme's reference values from the real knowledge, with sections (loaded once). */
export function programmeReferences(): ProgrammeReferences {
  if (!references) {
    const knowledge = loadKnowledge(pinnedProgrammeDir());
    references = referencesFromTables(knowledge.tables, knowledge.sections);
  }
  return references;
}

let cues: CueTable | undefined;
/** The shipped cue table (loaded once). */
export function sharedCues(): CueTable {
  cues ??= loadCues();
  return cues;
}

/** A stand-in for the bot's question answering: knows one question, records what it was asked. */
export function fakeAnswerer(): { asked: string[]; answerQuestion: (text: string) => Promise<Partial<Activity> | undefined> } {
  const asked: string[] = [];
  return {
    asked,
    answerQuestion: async (text) => {
      asked.push(text);
      return /ELB/.test(text) ? { type: 'message', text: 'ELB sind erwerbsfähige Leistungsberechtigte.' } : undefined;
    },
  };
}

export function testDeps(overrides: Partial<CalculationDialogDeps> = {}): CalculationDialogDeps {
  return { references: referenceBook([{ programmeYear: loadKnowledge(pinnedProgrammeDir()).programme.year, references: programmeReferences() }]), clock: () => TODAY, cues: sharedCues(), ...overrides };
}

/** Message text plus every string in suggested actions and cards — what a user (and the evaluator) can read. */
export function readable(activities: readonly Partial<Activity>[]): string {
  const out: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (!['type', '$schema', 'version', 'contentType'].includes(k)) collect(v);
  };
  for (const a of activities) {
    if (a.text) out.push(a.text);
    collect(a.suggestedActions?.actions);
    collect(a.attachments?.map((x) => x.content));
  }
  return out.join('\n');
}

/** Case-insensitive like the shared evaluator: German words must not contain these either ("nacheinander"). */
export const TECHNICAL_WORDS = /undefined|NaN|exception|stack|TypeError/i;

/** One dialog under DialogTestClient; `say` returns every reply of the turn. */
export class DialogConversation {
  readonly client: DialogTestClient;

  constructor(dialog: Dialog, options?: object) {
    this.client = new DialogTestClient('msteams', dialog, options);
  }

  async sayRaw(activity: string | Partial<Activity>): Promise<Partial<Activity>[]> {
    const replies: Partial<Activity>[] = [];
    let reply: Partial<Activity> | undefined = await this.client.sendActivity(activity);
    while (reply) {
      replies.push(reply);
      reply = this.client.getNextReply();
    }
    return replies;
  }

  async say(text: string): Promise<string> {
    return readable(await this.sayRaw(text));
  }

  get status(): string {
    return this.client.dialogTurnResult.status;
  }

  get result(): unknown {
    return this.client.dialogTurnResult.result;
  }
}
