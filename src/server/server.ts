import { STATUS_CODES, Server as HttpServer } from 'node:http';
import restify, { type Next, type Request, type Response } from 'restify';
import type { TurnContext } from 'botbuilder';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { describeShapeError } from './activity-shape';
import { HealthSignals } from './health';
import { restifyLogger, safeJsonFormatter } from './restify-safety';
import { serviceUrlProblem } from './service-url';
import type { ActivityOutcome, BotCloudAdapter } from './create-adapter';

export interface ServerDeps {
  config: Config;
  adapter: BotCloudAdapter;
  bot: { run(context: TurnContext): Promise<void> };
  logger: Logger;
  /** Ready once the knowledge index is built; /healthz reports the knowledge version. */
  readiness: () => { ready: boolean; knowledgeVersion?: string };
  /** Failures of storage and authentication that /healthz reports as degraded; the server reports auth timeouts into it. */
  health?: HealthSignals;
}

export interface ServerOptions {
  /** How long stop() waits for requests in flight before cutting their connections. */
  drainTimeoutMs?: number;
}

export interface RunningServer {
  port: number;
  stop(): Promise<void>;
}

export interface BotServer {
  /** Listens on `port` (default config.PORT; 0 picks a free port). */
  start(port?: number): Promise<RunningServer>;
  /** Stops accepting, lets requests in flight finish (bounded), then resolves. Idempotent. */
  stop(): Promise<void>;
}

export const DEFAULT_DRAIN_TIMEOUT_MS = 10_000;
/** Receiving a whole request may take this long; a turn's own duration is not limited by it. */
const REQUEST_TIMEOUT_MS = 30_000;
/** Node's default of 511 dropped connections in bursts; the kernel caps it at net.core.somaxconn. */
const LISTEN_BACKLOG = 4096;
/** Requests waiting for authentication at once; beyond it 503 at once, so a stalled key endpoint cannot pile up sockets. */
const MAX_PENDING_AUTH = 64;

/**
 * restify in front of CloudAdapter. Everything a client can send is checked
 * before the adapter sees it, so bad input gets a short JSON 4xx and never a
 * crash; the adapter's own answers are translated so that authentication
 * failures are 401 and no error detail leaves the process.
 */
export function createServer(deps: ServerDeps, options: ServerOptions = {}): BotServer {
  const { config, logger } = deps;
  const drainTimeoutMs = options.drainTimeoutMs ?? DEFAULT_DRAIN_TIMEOUT_MS;
  const health = deps.health ?? new HealthSignals();
  const authenticating = config.authMode === 'botframework';
  let pendingAuth = 0;
  // handleUncaughtExceptions relies on the deprecated domain module; handlers catch their own errors instead.
  const server = restify.createServer({
    name: 'amip-bot',
    handleUncaughtExceptions: false,
    log: restifyLogger(logger) as unknown as NonNullable<restify.ServerOptions['log']>,
    formatters: { 'application/json': safeJsonFormatter(logger) },
  });
  let stopping = false;
  let stopped: Promise<void> | undefined;

  const send = (res: Response, status: number, body?: unknown): void => {
    if (stopping) res.header('connection', 'close');
    if (body === undefined) {
      res.send(status);
      return;
    }
    res.header('content-type', 'application/json');
    res.send(status, body);
  };
  const refuse = (res: Response, status: number, error: string): void => send(res, status, { error });

  /** Checks that need only the headers, so a refused body is never read or parsed. */
  const checkHeaders = (req: Request, res: Response, next: Next): void => {
    const problem = stopping ? { status: 503, error: 'server is shutting down' } : headerProblem(req, config);
    if (!problem) return next();
    logger.debug({ requestId: req.getId(), status: problem.status, problem: problem.error }, 'request refused');
    // Otherwise Node would read and discard the unread body before the next request on this connection.
    res.header('connection', 'close');
    refuse(res, problem.status, problem.error);
    next(false);
  };

  const handleActivity = async (req: Request, res: Response): Promise<void> => {
    const problem = describeShapeError(req.body) ?? serviceUrlProblem((req.body as { serviceUrl?: unknown }).serviceUrl, config);
    if (problem) {
      logger.debug({ requestId: req.getId(), status: 400, problem }, 'request refused');
      return refuse(res, 400, problem);
    }

    if (authenticating && pendingAuth >= MAX_PENDING_AUTH) {
      logger.warn({ requestId: req.getId(), pendingAuth }, 'too many requests waiting for authentication');
      res.header('retry-after', '5');
      return refuse(res, 503, 'authentication unavailable');
    }

    let turnStarted = false;
    let abandoned = false;
    let waitingForAuth = authenticating;
    if (waitingForAuth) pendingAuth += 1;
    const authDone = (): void => {
      if (waitingForAuth) pendingAuth -= 1;
      waitingForAuth = false;
    };
    const processing: Promise<ActivityOutcome> = deps.adapter
      .runActivity(req.header('authorization', ''), req.body as Record<string, unknown>, async (context) => {
        authDone();
        // The client was already told 503: a turn that authenticates this late is not run.
        if (abandoned) return;
        turnStarted = true;
        if (authenticating) health.succeeded('auth');
        await deps.bot.run(context);
      })
      .finally(authDone);

    const outcome = await settlesOrStarts(processing, () => turnStarted || !authenticating, config.AUTH_TIMEOUT_MS);
    if (outcome === undefined) {
      abandoned = true;
      health.failed('auth');
      logger.warn({ requestId: req.getId(), timeoutMs: config.AUTH_TIMEOUT_MS }, 'authentication timed out');
      res.header('retry-after', '5');
      return refuse(res, 503, 'authentication unavailable');
    }

    if (outcome.kind === 'not-authenticated' && authenticating) {
      // A refused token (info: any client can send one), or keys that failed fast (offline: DNS; warn): 401 either way,
      // one line and no stack trace. Only a hang marks auth degraded.
      logger[outcome.refused ? 'info' : 'warn']({ requestId: req.getId(), refused: outcome.refused, reason: errorMessage(outcome.error) }, 'request not authenticated');
      return refuse(res, 401, 'unauthorized');
    }
    if (outcome.kind !== 'done') {
      logger.error({ requestId: req.getId(), err: errorMessage(outcome.error) }, 'adapter failed');
      return refuse(res, 500, 'internal error');
    }
    send(res, outcome.status, outcome.body);
  };

  // checkHeaders has admitted only application/json, so bodyParser parses nothing else (no multipart, no temp files).
  server.post('/api/messages', checkHeaders, restify.plugins.bodyParser({ maxBodySize: config.MAX_BODY_BYTES, mapParams: false }), handleActivity);

  server.get('/healthz', async (_req: Request, res: Response) => {
    const { ready, knowledgeVersion } = readinessOf(deps.readiness, logger);
    const degraded = health.degraded();
    const status = stopping ? 'stopping' : !ready ? 'starting' : degraded.length ? 'degraded' : 'ok';
    send(res, status === 'ok' ? 200 : 503, { status, ...(degraded.length ? { degraded } : {}), ...(knowledgeVersion ? { knowledgeVersion } : {}) });
  });

  server.on('restifyError', (req: Request, res: Response, error: RestifyError, callback: () => void) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) logger.error({ requestId: req.getId(), err: errorMessage(error) }, 'request failed');
    // Short JSON, no stack and no echo of the request (bodyParser's messages quote the body).
    error.toJSON = () => ({ error: publicMessage(status, error) });
    if (stopping) res.header('connection', 'close');
    callback();
  });

  const stop = (): Promise<void> => {
    if (!server.server.listening) return stopped ?? Promise.resolve();
    stopping = true;
    stopped ??= drain(server, drainTimeoutMs);
    return stopped;
  };

  return {
    start: (port = config.PORT) =>
      new Promise<RunningServer>((resolve, reject) => {
        if (stopping) return reject(new Error('[server] a stopped server cannot be started again'));
        server.once('error', reject);
        server.listen({ port, backlog: LISTEN_BACKLOG }, () => {
          server.off('error', reject);
          if (server.server instanceof HttpServer) server.server.requestTimeout = REQUEST_TIMEOUT_MS;
          resolve({ port: server.address().port, stop });
        });
      }),
    stop,
  };
}

interface RestifyError extends Error {
  statusCode?: number;
  restCode?: string;
  toJSON?: () => unknown;
}

/**
 * What `work` resolves to, or undefined when `started()` is still false after
 * timeoutMs (authentication hangs); once started, waits however long the turn takes.
 */
function settlesOrStarts<T>(work: Promise<T>, started: () => boolean, timeoutMs: number): Promise<T | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      if (!started()) resolve(undefined);
    }, timeoutMs);
    void work.then((value) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}

function headerProblem(req: Request, config: Config): { status: number; error: string } | undefined {
  if (!isJsonContentType(req.header('content-type', ''))) return { status: 415, error: 'content type must be application/json' };
  // restify would gunzip without a limit on the result: 256 KB of gzip can unpack to gigabytes.
  if (req.header('content-encoding', '') !== '') return { status: 415, error: 'content encoding not supported' };
  const length = Number(req.header('content-length', ''));
  if (Number.isFinite(length) && length > config.MAX_BODY_BYTES) return { status: 413, error: 'payload too large' };
  if (config.authMode === 'botframework' && !looksLikeBearerJwt(req.header('authorization', ''))) return { status: 401, error: 'unauthorized' };
  return undefined;
}

function isJsonContentType(header: string): boolean {
  const mediaType = header.split(';')[0]!.trim().toLowerCase();
  return mediaType === 'application/json';
}

/** A cheap first look, so that garbage never reaches the adapter's token validation. */
function looksLikeBearerJwt(header: string): boolean {
  return /^Bearer [A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(header.trim());
}

function publicMessage(status: number, error: RestifyError): string {
  if (status === 400 && error.restCode === 'InvalidContent') return 'malformed JSON';
  if (status === 413) return 'payload too large';
  if (status >= 500) return 'internal error';
  return (STATUS_CODES[status] ?? 'error').toLowerCase();
}

function readinessOf(readiness: ServerDeps['readiness'], logger: Logger): { ready: boolean; knowledgeVersion?: string } {
  try {
    return readiness();
  } catch (error) {
    logger.error({ err: errorMessage(error) }, 'readiness check failed');
    return { ready: false };
  }
}

/**
 * Stops accepting connections, waits for the requests in flight (their turns
 * included, since CloudAdapter answers after the turn), and after the timeout
 * cuts what is left. Keep-alive connections are closed as soon as they are idle.
 */
async function drain(server: restify.Server, timeoutMs: number): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  const http = server.server instanceof HttpServer ? server.server : undefined;
  const idleSweep = setInterval(() => http?.closeIdleConnections(), 50);
  const deadline = setTimeout(() => http?.closeAllConnections(), timeoutMs);
  try {
    await closed;
  } finally {
    clearInterval(idleSweep);
    clearTimeout(deadline);
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
