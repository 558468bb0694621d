import type { ConversationState, UserState } from 'botbuilder';
import type { DialogSet } from 'botbuilder-dialogs';
import { DateTime } from 'luxon';
import type { ProgrammeBrain } from '../app';
import { referencesFromTables } from '../figures/programme-references';
import { calculationHandler, createCalculationDialogs, type CalculationDeps } from '../../dialogs/calculation-dialogs';
import type { AnswerQuestion } from '../../dialogs/cancel-and-help-dialog';
import type { TurnHandler } from '../../dialogs/turn-handler';
import { createProgrammeHandlers } from '../../dialogs/programme-handlers';
import type { TourProgress } from '../../dialogs/tour-dialog';

export interface HandlerParts {
  conversationState: ConversationState;
  userState: UserState;
  dialogs: DialogSet;
  answerQuestion: AnswerQuestion;
}

/** The handlers asked before question answering, in order; their dialogs join the bot's DialogSet. */
export function createBotHandlers(brain: ProgrammeBrain, parts: HandlerParts, clock: () => DateTime = () => DateTime.now()): TurnHandler[] {
  const deps: CalculationDeps = { references: referencesFromTables(brain.knowledge.tables), clock, answerQuestion: parts.answerQuestion };
  for (const dialog of createCalculationDialogs(deps)) parts.dialogs.add(dialog);
  const programme = createProgrammeHandlers(brain.knowledge, parts.userState.createProperty<TourProgress>('tourProgress'));
  for (const dialog of programme.dialogs) parts.dialogs.add(dialog);
  return [...programme.handlers, calculationHandler(deps)];
}
