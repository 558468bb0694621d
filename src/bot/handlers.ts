import type { ConversationState, UserState } from 'botbuilder';
import type { DialogSet } from 'botbuilder-dialogs';
import type { ProgrammeBrain } from '../app';
import type { TurnHandler } from '../../dialogs/turn-handler';

export interface HandlerParts {
  conversationState: ConversationState;
  userState: UserState;
  dialogs: DialogSet;
  answerQuestion: (text: string) => unknown;
}

/** The handlers asked before question answering, in order. */
export function createBotHandlers(_brain: ProgrammeBrain, _parts: HandlerParts): TurnHandler[] {
  return [];
}
