import type { CalculationDialogs } from '../../dialogs/calculation-dialogs';
import { TOUR_DIALOG_ID } from '../../dialogs/tour-dialog';
import { normaliseForCues, type CueTable } from '../knowledge/cues';
import type { ProgrammeReplies } from './programme-replies';
import type { HandlerTurn, TurnHandler } from './turn-handler';

/** One entry of the routing table: which messages it takes and what it does with them. */
export interface Route {
  /** The cue concept (knowledge/common/cues.json) whose words claim a message for this route. */
  concept: string;
  /**
   * How the concept's words must occur: as the whole message ("Glossar", "bitte Glossar"),
   * at its start ("KPI Budget"), or anywhere — then `run` reads the message itself
   * and may still decline ("Wie hoch ist die Integrationsquote 2024?" is no calculation).
   */
  match: 'exactly' | 'starts' | 'reads';
  /** Replies or starts a dialog; false when the message turned out not to be for this route. */
  run(turn: HandlerTurn, text: string): Promise<boolean>;
}

export interface RouteDeps {
  replies: ProgrammeReplies;
  calculations: CalculationDialogs;
}

/**
 * Where a message goes when no dialog is waiting, in priority order; the first
 * route that takes it wins, and a message no route takes is a question for the
 * answerer. Commands come before calculations: "Datenprüfung" is a command even
 * though "prüfung" asks for a calculation.
 */
export function createRoutes({ replies, calculations }: RouteDeps): readonly Route[] {
  return [
    { concept: 'kpi', match: 'starts', run: async (turn, text) => send(turn, replies.kpi(text)) },
    { concept: 'glossary', match: 'exactly', run: async (turn) => send(turn, replies.glossary) },
    { concept: 'data-check', match: 'exactly', run: async (turn) => send(turn, replies.dataCheck) },
    { concept: 'tour', match: 'exactly', run: async (turn) => begin(turn, { dialogId: TOUR_DIALOG_ID }) },
    // A lone "weiter" resumes an unfinished tour or says there is nothing to go on with (never a search for "Weiterbildung").
    { concept: 'resume', match: 'exactly', run: async (turn) => begin(turn, { dialogId: TOUR_DIALOG_ID, options: { resumeOnly: true } }) },
    { concept: 'calculate', match: 'reads', run: async (turn, text) => begin(turn, calculations.startFor(turn.context.activity.value, text)) },
  ];
}

/** The table as the bot asks it: each route checks its cue words before it runs. */
export function routeHandlers(routes: readonly Route[], cues: CueTable): TurnHandler[] {
  return routes.map((route) => ({
    tryHandle: async (turn, text) => claims(route, cues, text) && (await route.run(turn, text)),
  }));
}

function claims(route: Route, cues: CueTable, text: string): boolean {
  switch (route.match) {
    case 'exactly':
      return cues.isExactly(text, route.concept);
    case 'starts':
      return cues.find(normaliseForCues(text), route.concept) === 0;
    case 'reads':
      return true;
  }
}

async function send(turn: HandlerTurn, reply: Parameters<HandlerTurn['context']['sendActivity']>[0] | undefined): Promise<boolean> {
  if (!reply) return false;
  await turn.context.sendActivity(reply);
  return true;
}

async function begin(turn: HandlerTurn, start: { dialogId: string; options?: object } | undefined): Promise<boolean> {
  if (!start) return false;
  await (await turn.dialogContext()).beginDialog(start.dialogId, start.options);
  return true;
}
