import type { Logger } from '../logger';

interface RequestLike {
  method?: string;
  url?: string;
  getId?: () => string;
}

/**
 * The logger restify gets instead of its own (which prints the whole request
 * — message text, the Authorization header — to stdout when a response cannot
 * be formatted): our logger, with `req` cut to method, path and id and `res`
 * to its status; `err` without the request it may carry.
 */
export function restifyLogger(logger: Logger): Logger {
  const child = logger.child(
    { component: 'http' },
    {
      serializers: {
        req: (req: RequestLike) => ({ method: req?.method, path: typeof req?.url === 'string' ? req.url.split('?')[0] : undefined, requestId: safeId(req) }),
        res: (res: { statusCode?: number }) => ({ statusCode: res?.statusCode }),
        err: (err: unknown) => (err instanceof Error ? { name: err.name, message: err.message } : { message: String(err) }),
      },
    },
  );
  // restify logs whole response bodies (the replies' text) at trace.
  if (child.levelVal < 20) child.level = 'debug';
  return child;
}

/**
 * restify's JSON formatter, except that a body JSON cannot write (too deep,
 * circular, BigInt) becomes a 500 with our short error instead of an empty
 * 500 and a logged request.
 */
export function safeJsonFormatter(logger: Logger): (req: unknown, res: { statusCode: number; setHeader(name: string, value: number): void }, body: unknown) => string {
  return (req, res, body) => {
    let data: string;
    try {
      data = body === undefined ? 'null' : JSON.stringify(body);
    } catch (error) {
      logger.error({ requestId: safeId(req as RequestLike), err: error instanceof Error ? error.message : String(error) }, 'response body could not be written as JSON');
      res.statusCode = 500;
      data = '{"error":"internal error"}';
    }
    res.setHeader('Content-Length', Buffer.byteLength(data));
    return data;
  };
}

function safeId(req: RequestLike | undefined): string | undefined {
  try {
    return req?.getId?.();
  } catch {
    return undefined;
  }
}
