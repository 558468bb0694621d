import type { DialogContext } from 'botbuilder-dialogs';

/**
 * Something that may take a message before question answering: a calculation,
 * the KPI snapshot, the tour, the glossary. Returns true when it handled the turn.
 * The bot asks its handlers in order; the first that returns true wins.
 */
export interface TurnHandler {
  tryHandle(dc: DialogContext, text: string): Promise<boolean>;
}
