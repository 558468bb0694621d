import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export interface ReceivedActivity {
  url: string;
  body: { type?: string; text?: string };
}

export interface StandInConnector {
  url: string;
  received: ReceivedActivity[];
  close(): Promise<void>;
}

/** How the stand-in answers one activity: after delayMs, with status. */
export type ConnectorBehaviour = (activity: ReceivedActivity['body']) => { delayMs: number; status: number };

/**
 * A local Bot Connector service on 127.0.0.1 that the bot posts its replies
 * to (serviceUrl), answering each activity as `behave` says: slow replies,
 * 429 for typing, whatever the attack needs.
 */
export function startStandInConnector(behave: ConnectorBehaviour = () => ({ delayMs: 0, status: 200 })): Promise<StandInConnector> {
  const received: ReceivedActivity[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      let body: ReceivedActivity['body'] = {};
      try {
        body = JSON.parse(raw) as ReceivedActivity['body'];
      } catch {
        // not JSON: recorded as an empty activity
      }
      received.push({ url: req.url ?? '', body });
      const { delayMs, status } = behave(body);
      const timer = setTimeout(() => {
        timers.delete(timer);
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(status < 300 ? { id: `reply-${received.length}` } : { error: { code: 'TooManyRequests', message: 'slow down' } }));
      }, delayMs);
      timers.add(timer);
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        received,
        close: () =>
          new Promise<void>((done) => {
            for (const timer of timers) clearTimeout(timer);
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
