import { Writable } from 'node:stream';
import { createLogger } from '../../src/logger';
import { restifyLogger, safeJsonFormatter } from '../../src/server/restify-safety';

function collector(): { lines: string[]; destination: Writable } {
  const lines: string[] = [];
  return { lines, destination: new Writable({ write: (chunk: Buffer, _e, done) => void (lines.push(chunk.toString()), done()) }) };
}

/** Issue 15, fault 6: restify's own logger printed the request (text, Authorization) when its JSON formatter failed. */
describe('restify behind our logger', () => {
  it('writes a body JSON cannot hold as a 500 with a short error, logging no request', () => {
    const { lines, destination } = collector();
    const logger = createLogger('debug', { destination });
    const circular: Record<string, unknown> = { text: 'Frau Müller, geb. 01.02.1980' };
    circular['self'] = circular;
    const headers = new Map<string, number>();
    const res = { statusCode: 200, setHeader: (name: string, value: number) => void headers.set(name, value) };
    const out = safeJsonFormatter(logger)({ getId: () => 'r1', headers: { authorization: 'Bearer secret-token' } }, res, circular);
    expect(res.statusCode).toBe(500);
    expect(out).toBe('{"error":"internal error"}');
    expect(headers.get('Content-Length')).toBe(out.length);
    expect(lines.join('')).not.toMatch(/secret-token|Müller/);
    expect(lines.join('')).toMatch(/could not be written as JSON/);
  });

  it('logs a request as method, path and id only', () => {
    const { lines, destination } = collector();
    const log = restifyLogger(createLogger('trace', { destination }));
    const req = { method: 'POST', url: '/api/messages?x=1', getId: () => 'r2', headers: { authorization: 'Bearer secret-token' }, body: { text: 'IBAN DE89370400440532013000' } };
    log.warn({ req, err: Object.assign(new Error('boom'), { req }) }, 'formatter failed');
    const line = JSON.parse(lines.join('')) as Record<string, unknown>;
    expect(line['req']).toEqual({ method: 'POST', path: '/api/messages', requestId: 'r2' });
    expect(line['err']).toEqual({ name: 'Error', message: 'boom' });
    expect(lines.join('')).not.toMatch(/secret-token|DE89/);
    expect(log.isLevelEnabled('trace')).toBe(false);
  });
});
