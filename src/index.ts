import { startApp } from './compose';
import { ConfigError } from './config';
import { CueError } from './knowledge/cues';
import { KnowledgeError } from './knowledge/load';
import { installSignalHandlers } from './server/shutdown';

/** Entry point: build and start everything (src/compose.ts), then stop cleanly on SIGTERM/SIGINT. */
startApp(process.env)
  .then(({ server, logger, onShutdown }) => {
    // Stop accepting, finish turns in flight, flush what the bot keeps, then flush the log and exit.
    installSignalHandlers(server, onShutdown, { logger });
  })
  .catch((error: unknown) => {
    if (error instanceof ConfigError || error instanceof KnowledgeError || error instanceof CueError) {
      process.stderr.write(`${error.message}\n`);
    } else {
      process.stderr.write(`[start] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    process.exit(1);
  });
