import type { TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';

/** What a handler gets of the turn. */
export interface HandlerTurn {
  context: TurnContext;
  /**
   * The turn's DialogContext, created on the first call. It loads (and, once
   * saved, writes) the conversation's dialog state, so a handler asks for it
   * only when it starts a dialog: a plain question costs no state.
   */
  dialogContext(): Promise<DialogContext>;
}

/**
 * Something that may take a message before question answering: a calculation,
 * the KPI snapshot, the tour, the glossary. Returns true when it handled the turn.
 * The bot asks its handlers in order; the first that returns true wins.
 */
export interface TurnHandler {
  tryHandle(turn: HandlerTurn, text: string): Promise<boolean>;
}
