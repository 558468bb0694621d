/**
 * The botbuilder-dialogs classes the bot uses, each from its own module. The
 * package index also loads every other prompt and the Recognizers-Text suites
 * for numbers, dates and choices: ~150 ms of every start, for nothing the bot
 * uses. Types may still come from 'botbuilder-dialogs'; they cost nothing.
 */
export { ComponentDialog } from 'botbuilder-dialogs/lib/componentDialog';
export { Dialog, DialogTurnStatus } from 'botbuilder-dialogs/lib/dialog';
export { DialogSet } from 'botbuilder-dialogs/lib/dialogSet';
export { TextPrompt } from 'botbuilder-dialogs/lib/prompts/textPrompt';
export { WaterfallDialog } from 'botbuilder-dialogs/lib/waterfallDialog';
