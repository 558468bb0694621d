import { ConversationState, UserState, type Storage } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { DateTime } from 'luxon';
import { resolve } from 'node:path';
import { createCalculationDialogs } from '../dialogs/calculation-dialogs';
import { DialogSet } from '../dialogs/dialog-classes';
import { TourDialog, type TourProgress } from '../dialogs/tour-dialog';
import { ProgrammeAnswerer } from './answers/programme-answerer';
import { SectionLookup } from './answers/source';
import { buildQuiz, buildTour } from './answers/tour';
import { AmipBot, type BotInsights } from './bot/amip-bot';
import { questionAnswerer } from './bot/answer-question';
import { programmeReplies } from './bot/programme-replies';
import { createRoutes, routeHandlers } from './bot/routes';
import { loadConfig } from './config';
import { referencesFromTables } from './figures/programme-references';
import { referenceBook } from './figures/reference-book';
import { createFileInsightsStore } from './insights-log/insights-store';
import { createUserHasher } from './privacy/user-hash';
import { loadCues, type CueTable } from './knowledge/cues';
import { currentProgramme, loadProgrammes, programmesOfOneJobcenter } from './knowledge/programmes';
import { ProgrammeLibrary } from './answers/programme-library';
import type { Knowledge } from './knowledge/schema';
import { createLogger, type Logger } from './logger';
import { createGermanAnalyser } from './search/analyser';
import { buildSearchDocuments } from './search/search-documents';
import { ProgrammeSearchIndex } from './search/search-index';
import { createAdapter } from './server/create-adapter';
import { HealthSignals } from './server/health';
import { configureAdapter } from './server/pipeline';
import { createServer, type RunningServer } from './server/server';
import { createStorage, storageOptionsFromConfig } from './storage/create-storage';

/**
 * The composition root, the only place objects are built, in one direction:
 * config → knowledge → search → answerer → dialogs → bot → server. Nothing
 * below imports this module; everything gets what it needs through its constructor.
 */

/** The knowledge-derived, channel-free part of the bot: built once per process. */
export interface ProgrammeBrain {
  knowledge: Knowledge;
  /** The shared cue words: routing, the dialogs' cancel/help and the answer engine read the same table. */
  cues: CueTable;
  index: ProgrammeSearchIndex;
  /** The current programme's answerer. */
  answerer: ProgrammeAnswerer;
  /** With several programmes loaded: routes a question to the programme of the year it names. */
  library?: ProgrammeLibrary;
}

/** knowledge → search → answerer. */
export function buildBrain(knowledge: Knowledge, cues: CueTable = loadCues()): ProgrammeBrain {
  const docs = buildSearchDocuments(knowledge);
  const analyser = createGermanAnalyser({
    vocabulary: docs.flatMap((d) => [d.label, d.context, d.body]).join(' ').split(/\s+/),
    synonyms: knowledge.synonyms,
    abbreviations: knowledge.glossary,
  });
  const index = new ProgrammeSearchIndex(docs, analyser);
  return { knowledge, cues, index, answerer: new ProgrammeAnswerer(knowledge, index, analyser, cues) };
}

export interface BotOptions {
  /** Where conversation and user state (a running dialog, the tour's progress) are kept. */
  storage: Storage;
  /** Where unanswered questions and feedback go for the content owners. */
  insights?: BotInsights;
  /** "Today" for the LZB check; tests fix it. */
  clock?: () => DateTime;
}

export interface ComposedBot {
  bot: AmipBot;
  conversationState: ConversationState;
  userState: UserState;
}

/**
 * Every loaded programme gets its own brain; the bot's commands (KPI, tour,
 * calculators) serve the current one, questions go through the library, which
 * sends a question naming another programme's year to that programme.
 */
export function buildLibrary(programmes: readonly Knowledge[], cues: CueTable = loadCues()): ProgrammeBrain {
  const current = currentProgramme(programmes);
  const brains = programmes.map((k) => buildBrain(k, cues));
  const currentBrain = brains[programmes.indexOf(current)]!;
  return brains.length === 1 ? currentBrain : { ...currentBrain, library: new ProgrammeLibrary(brains, cues) };
}

/** answerer → dialogs → routing table → bot. */
export function composeBot(brain: ProgrammeBrain, options: BotOptions): ComposedBot {
  const { knowledge, cues } = brain;
  const conversationState = new ConversationState(options.storage);
  const userState = new UserState(options.storage);
  const dialogState = conversationState.createProperty<DialogState>('dialogState');
  const sections = new SectionLookup(knowledge);

  const answerQuestion = questionAnswerer(brain.library ?? brain.answerer, knowledge.documentTitle);
  const calculations = createCalculationDialogs({
    references: referenceBook([knowledge, ...(brain.library?.others ?? [])].map((k) => ({ programmeYear: k.programme.year, references: referencesFromTables(k.tables, k.sections) }))),
    clock: options.clock ?? (() => DateTime.now()),
    cues,
    answerQuestion,
  });
  const tour = new TourDialog(buildTour(knowledge), buildQuiz(knowledge), sections, userState.createProperty<TourProgress>('tourProgress'), cues, answerQuestion);
  const dialogs = new DialogSet(dialogState);
  for (const dialog of [...calculations.dialogs, tour]) dialogs.add(dialog);

  const routes = createRoutes({ replies: programmeReplies(knowledge, sections, brain.library?.others ?? []), calculations });
  const bot = new AmipBot({
    answerer: brain.library ?? brain.answerer,
    documentTitle: knowledge.documentTitle,
    programme: knowledge.programme,
    conversationState,
    userState,
    dialogs,
    dialogState,
    handlers: routeHandlers(routes, cues),
    ...(options.insights ? { insights: options.insights } : {}),
  });
  return { bot, conversationState, userState };
}

export interface RunningApp {
  server: RunningServer;
  logger: Logger;
  /** Makes the insights records durable and lets state writes still in flight settle before the process exits. */
  onShutdown(): Promise<void>;
}

/** config → knowledge → search → answerer → dialogs → bot → adapter → server, listening. */
export async function startApp(env: Readonly<Record<string, string | undefined>>): Promise<RunningApp> {
  const config = loadConfig(env);
  // Everything the bot writes (state, insights) may hold what staff typed: files 0600, folders 0700.
  process.umask(0o077);
  const logger = createLogger(config.LOG_LEVEL, { logMessageText: config.LOG_MESSAGE_TEXT });
  if (config.authMode === 'none') {
    logger.warn('MicrosoftAppId is not set: running in local unauthenticated mode (Emulator, Agents Playground, evaluator)');
  }
  const { served, skipped } = programmesOfOneJobcenter(loadProgrammes(config.PROGRAMMES ? { ids: config.PROGRAMMES } : {}), config.PROGRAMMES !== undefined);
  if (skipped.length > 0) {
    logger.warn({ served: served.map((k) => k.programme.id), skipped: skipped.map((k) => k.programme.id) }, 'programmes of several jobcenters found: serving the newest programme’s jobcenter; set PROGRAMMES to choose');
  }
  const brain = buildLibrary(served);
  const health = new HealthSignals();
  const storage = createStorage({ ...storageOptionsFromConfig(config, logger), onOutcome: (ok) => (ok ? health.succeeded('storage') : health.failed('storage')) });
  // Content owners rely on the insights log whatever keeps the conversation state: always in DATA_DIR.
  const store = createFileInsightsStore(resolve(config.DATA_DIR));
  const { bot, conversationState } = composeBot(brain, { storage, insights: { store, hashUser: createUserHasher(config.INSIGHTS_SALT) } });

  // Turn errors, the privacy boundary (first: nothing after it sees client data), Teams' "…" for slow turns, the turn log line.
  const adapter = configureAdapter(createAdapter(config), { logger, logMessageText: config.LOG_MESSAGE_TEXT, conversationState });

  const server = await createServer({
    config,
    adapter,
    bot,
    logger,
    health,
    readiness: () => ({ ready: true, knowledgeVersion: brain.knowledge.version }),
  }).start();
  logger.info({ port: server.port, knowledgeVersion: brain.knowledge.version }, `AMIP-Bot listening on http://localhost:${server.port}/api/messages`);
  return {
    server,
    logger,
    onShutdown: async () => {
      await storage.flush();
      store.flush();
    },
  };
}
