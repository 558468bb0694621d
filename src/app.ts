import { ConversationState, UserState, type Storage } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { DialogSet } from '../dialogs/dialog-classes';
import { ProgrammeAnswerer } from './answers/programme-answerer';
import { AmipBot } from './bot/amip-bot';
import type { Knowledge } from './knowledge/schema';
import { loadCues, type CueTable } from './knowledge/cues';
import { createGermanAnalyser } from './search/analyser';
import { buildSearchDocuments } from './search/search-documents';
import { ProgrammeSearchIndex } from './search/search-index';
import type { TurnHandler } from '../dialogs/turn-handler';
import type { InsightsLog } from './insights-log/insights-log';

/** The knowledge-derived, channel-free part of the bot: built once per process. */
export interface ProgrammeBrain {
  knowledge: Knowledge;
  index: ProgrammeSearchIndex;
  answerer: ProgrammeAnswerer;
}

export function buildBrain(knowledge: Knowledge, cues: CueTable = loadCues()): ProgrammeBrain {
  const docs = buildSearchDocuments(knowledge);
  const analyser = createGermanAnalyser({
    vocabulary: docs.flatMap((d) => [d.label, d.context, d.body]).join(' ').split(/\s+/),
    synonyms: knowledge.synonyms,
    abbreviations: knowledge.glossary,
  });
  const index = new ProgrammeSearchIndex(docs, analyser);
  return { knowledge, index, answerer: new ProgrammeAnswerer(knowledge, index, analyser, cues) };
}

export interface BotParts {
  bot: AmipBot;
  conversationState: ConversationState;
  userState: UserState;
}

/**
 * Wires state, dialogs and handlers around the brain. `extraHandlers` let the
 * composition root add the calculation and programme handlers.
 */
export function buildBot(brain: ProgrammeBrain, storage: Storage, insights: InsightsLog | undefined, makeHandlers: (parts: { conversationState: ConversationState; userState: UserState; dialogs: DialogSet; answerQuestion: (text: string) => ReturnType<AmipBot['answerQuestion']> }) => TurnHandler[] = () => []): BotParts {
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const dialogState = conversationState.createProperty<DialogState>('dialogState');
  const dialogs = new DialogSet(dialogState);
  const handlers: TurnHandler[] = [];
  const bot = new AmipBot({
    answerer: brain.answerer,
    documentTitle: brain.knowledge.documentTitle,
    conversationState,
    userState,
    dialogs,
    dialogState,
    handlers,
    ...(insights ? { insights } : {}),
  });
  handlers.push(...makeHandlers({ conversationState, userState, dialogs, answerQuestion: (text) => bot.answerQuestion(text) }));
  return { bot, conversationState, userState };
}
