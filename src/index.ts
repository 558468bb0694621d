import { buildBot, buildBrain } from './app';
import { ConfigError, loadConfig } from './config';
import { KnowledgeError, loadKnowledge } from './knowledge/load';
import { createLogger } from './logger';
import { createAdapter } from './server/create-adapter';
import { createServer } from './server/server';
import { installSignalHandlers } from './server/shutdown';
import { HealthSignals } from './server/health';
import { configureAdapter } from './server/pipeline';
import { createBotHandlers } from './bot/handlers';
import { createStorage, storageOptionsFromConfig } from './storage/create-storage';
import { resolve } from 'node:path';
import { FileInsightsLog, MemoryInsightsLog } from './insights-log/insights-log';

/** Composition root: config → knowledge → adapter → storage/state → dialogs → bot → server. */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  // Everything the bot writes (state, insights) may hold what staff typed: files 0600, folders 0700.
  process.umask(0o077);
  const logger = createLogger(config.LOG_LEVEL, { logMessageText: config.LOG_MESSAGE_TEXT });
  if (config.authMode === 'none') {
    logger.warn('MicrosoftAppId is not set: running in local unauthenticated mode (Emulator, Agents Playground, evaluator)');
  }
  const brain = buildBrain(loadKnowledge());
  const health = new HealthSignals();
  const storage = createStorage({ ...storageOptionsFromConfig(config, logger), onOutcome: (ok) => (ok ? health.succeeded('storage') : health.failed('storage')) });
  const insights = config.STORAGE === 'memory' ? new MemoryInsightsLog(config.INSIGHTS_SALT) : new FileInsightsLog(resolve(config.DATA_DIR), config.INSIGHTS_SALT);
  const { bot, conversationState } = buildBot(brain, storage, insights, (parts) => createBotHandlers(brain, parts));
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

  // SIGTERM/SIGINT: stop accepting, finish turns in flight, let state writes settle (insights lines are written synchronously), flush the log, exit.
  installSignalHandlers(server, () => storage.flush(), { logger });
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof KnowledgeError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`[start] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
