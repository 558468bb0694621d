import restify, { type Request, type Response } from 'restify';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { describeShapeError } from './activity-shape';

export interface ServerDeps {
  config: Config;
  adapter: CloudAdapter;
  bot: { run(context: TurnContext): Promise<void> };
  logger: Logger;
  /** Ready once the knowledge index is built; /healthz reports the knowledge version. */
  readiness: () => { ready: boolean; knowledgeVersion?: string };
}

export interface RunningServer {
  port: number;
  stop(): Promise<void>;
}

/** How long stop() waits for turns in flight before closing anyway. */
const DRAIN_TIMEOUT_MS = 10_000;

/**
 * restify in front of CloudAdapter. Everything a client can send is checked
 * before the adapter sees it, so bad input gets a 4xx and never a crash.
 */
export function createServer(deps: ServerDeps): { start(port?: number): Promise<RunningServer> } {
  const server = restify.createServer({ name: 'amip-bot', handleUncaughtExceptions: false });
  let inFlight = 0;
  let stopping = false;

  server.use(restify.plugins.bodyParser({ maxBodySize: deps.config.MAX_BODY_BYTES, mapParams: false, mapFiles: false }));

  server.post('/api/messages', async (req: Request, res: Response) => {
    if (stopping) return sendError(res, 503, 'server is shutting down');
    if (!req.is('application/json')) return sendError(res, 415, 'content type must be application/json');
    const problem = describeShapeError(req.body);
    if (problem) return sendError(res, 400, problem);
    if (deps.config.authMode === 'botframework' && !req.header('authorization')) return sendError(res, 401, 'unauthorized');

    inFlight++;
    let turnStarted = false;
    try {
      await deps.adapter.process(req, guardAuthFailures(res, () => turnStarted, deps.config.authMode), async (context) => {
        turnStarted = true;
        await deps.bot.run(context);
      });
    } catch (error) {
      deps.logger.error({ err: String(error) }, 'request failed');
      if (!res.headersSent) sendError(res, turnStarted || deps.config.authMode === 'none' ? 500 : 401, turnStarted ? 'internal error' : 'unauthorized');
    } finally {
      inFlight--;
    }
  });

  server.get('/healthz', async (_req: Request, res: Response) => {
    const { ready, knowledgeVersion } = deps.readiness();
    res.send(ready && !stopping ? 200 : 503, { status: ready && !stopping ? 'ok' : 'starting', knowledgeVersion });
  });

  server.on('restifyError', (_req: Request, _res: Response, error: { statusCode?: number; message: string; toJSON?: () => unknown }, callback: () => void) => {
    // bodyParser's errors (413 too large, 400 bad JSON) as short JSON, no stack.
    error.toJSON = () => ({ error: error.statusCode === 413 ? 'payload too large' : error.message });
    callback();
  });

  return {
    start: (port = deps.config.PORT) =>
      new Promise<RunningServer>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, () => {
          const address = server.address();
          resolve({
            port: address.port,
            stop: async () => {
              stopping = true;
              const deadline = Date.now() + DRAIN_TIMEOUT_MS;
              while (inFlight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
              await new Promise<void>((done) => server.close(() => done()));
            },
          });
        });
      }),
  };
}

function sendError(res: Response, status: number, message: string): void {
  res.send(status, { error: message });
}

/**
 * Offline, an unsigned but well-formed token makes the adapter fail fetching the
 * OpenID metadata and answer 500 before any turn ran: that is an authentication
 * failure, and the caller gets 401.
 */
function guardAuthFailures(res: Response, turnStarted: () => boolean, authMode: Config['authMode']): Response {
  if (authMode === 'none') return res;
  let unauthorized = false;
  return new Proxy(res, {
    get(target, property, receiver) {
      if (property === 'status') {
        return (code: number) => {
          unauthorized = code >= 500 && !turnStarted();
          return target.status(unauthorized ? 401 : code);
        };
      }
      if (property === 'send') {
        return (body?: unknown) => target.send(unauthorized ? { error: 'unauthorized' } : body);
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
