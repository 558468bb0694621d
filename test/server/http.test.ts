import { createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { createAdapter } from '../../src/server/create-adapter';
import { createServer } from '../../src/server/server';
import { EchoBot, messageActivity, postActivity, replyTexts, startEchoServer, type EchoServer, type Reply } from './echo-server';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const json = { 'content-type': 'application/json' };

interface MatrixRow {
  name: string;
  method?: 'GET' | 'POST';
  path?: string;
  headers?: Record<string, string>;
  body?: string | Buffer | (() => ReadableStream<Uint8Array>);
  status: number;
  /** The JSON `error`, for refusals. */
  error?: string | RegExp;
  /** The echo bot's reply, for requests that reach the bot. */
  reply?: string | RegExp;
}

const activity = (text: string, extra: Record<string, unknown> = {}): string => JSON.stringify(messageActivity(text, extra));
const without = (field: string): string => JSON.stringify({ ...messageActivity('x'), [field]: undefined });
const streamOf = (text: string) => () =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(text));
      controller.close();
    },
  });

/** Everything a client might send, and what it must get. The server must keep answering after each. */
const matrix: MatrixRow[] = [
  { name: 'a valid message (control row)', body: activity('Hallo'), status: 200, reply: 'Echo: Hallo' },
  { name: 'JSON with a charset parameter', headers: { 'content-type': 'application/json; charset=utf-8' }, body: activity('Hallo'), status: 200, reply: 'Echo: Hallo' },
  { name: 'text/plain', headers: { 'content-type': 'text/plain' }, body: activity('x'), status: 415, error: 'content type must be application/json' },
  { name: 'form-urlencoded', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'type=message&text=hallo', status: 415, error: 'content type must be application/json' },
  { name: 'multipart form data', headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: '--x\r\nContent-Disposition: form-data; name="f"; filename="a.txt"\r\n\r\nhallo\r\n--x--\r\n', status: 415 },
  { name: 'no content type', headers: {}, body: Buffer.from(activity('x')), status: 415 },
  { name: 'gzip-encoded JSON (unbounded once unpacked)', headers: { ...json, 'content-encoding': 'gzip' }, body: gzipSync(activity('x')), status: 415, error: 'content encoding not supported' },
  { name: 'malformed JSON', body: '{"type": "message",', status: 400, error: 'malformed JSON' },
  { name: 'an empty body', body: '', status: 400, error: /^invalid activity: body/ },
  { name: 'an empty object', body: '{}', status: 400, error: /^invalid activity: type/ },
  { name: 'JSON null', body: 'null', status: 400, error: /^invalid activity/ },
  { name: 'a JSON array', body: '[1,2,3]', status: 400, error: /^invalid activity/ },
  { name: 'a JSON string', body: '"hallo"', status: 400, error: /^invalid activity/ },
  { name: 'an activity without type', body: without('type'), status: 400, error: /^invalid activity: type/ },
  { name: 'an activity with a numeric type', body: activity('x', { type: 42 }), status: 400, error: /^invalid activity: type/ },
  { name: 'an activity without conversation', body: without('conversation'), status: 400, error: /^invalid activity: conversation/ },
  { name: 'an activity with an empty conversation id', body: activity('x', { conversation: { id: '' } }), status: 400, error: /^invalid activity: conversation\.id/ },
  { name: 'an activity without sender', body: without('from'), status: 400, error: /^invalid activity: from/ },
  { name: 'an activity without channelId', body: without('channelId'), status: 400, error: /^invalid activity: channelId/ },
  // Schema-valid for the adapter, but crashed the turn and wiped the state (issue 15, fault 8).
  { name: 'an activity without recipient', body: without('recipient'), status: 400, error: /^invalid activity: recipient/ },
  { name: 'an entity without type', body: activity('x', { entities: [{ mentioned: { id: '28:bot' } }] }), status: 400, error: /^invalid activity: entities\.0\.type/ },
  { name: 'membersAdded that is not an array', body: activity('', { type: 'conversationUpdate', membersAdded: { id: 'u' } }), status: 400, error: /^invalid activity: membersAdded/ },
  { name: 'membersAdded holding null', body: activity('', { type: 'conversationUpdate', membersAdded: [null] }), status: 400, error: /^invalid activity: membersAdded\.0/ },
  { name: 'a lone surrogate in the conversation id', body: activity('x').replace(/"conversation":\{"id":"[^"]*"/, '"conversation":{"id":"c\\ud800"'), status: 400, error: /^invalid activity: conversation\.id: expected well-formed Unicode/ },
  // JSON.stringify of the reply (which echoes conversation) overflowed, restify printed the request (issue 15, fault 6).
  { name: 'a 5,000-deep conversation object', body: activity('x').replace('"conversation":{', `"conversation":{"deep":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)},`), status: 400, error: /^invalid activity: conversation: nested deeper than 32 levels/ },
  { name: 'a serviceUrl that is not http(s)', body: activity('x', { serviceUrl: 'javascript:alert(1)' }), status: 400, error: /^invalid activity: serviceUrl/ },
  { name: 'a body over 256 KB (Content-Length)', body: activity('x'.repeat(300 * 1024)), status: 413, error: 'payload too large' },
  { name: 'a body over 256 KB (chunked, no Content-Length)', body: streamOf(activity('x'.repeat(300 * 1024))), status: 413, error: 'payload too large' },
  { name: 'an unknown activity type (ignored)', body: activity('', { type: 'somethingNew' }), status: 200 },
  { name: 'a typing activity (ignored)', body: activity('', { type: 'typing' }), status: 200 },
  { name: 'an invoke nobody handles (answered "not implemented" inside expectReplies)', body: activity('', { type: 'invoke', name: 'unknown/thing' }), status: 200 },
  { name: 'a text of 100 000 characters', body: activity('Budget '.repeat(15_000).slice(0, 100_000)), status: 200, reply: 'Echo (100000 Zeichen)' },
  { name: 'control characters, emoji and markup', body: activity('\u0000\u0007\u001b[31m<script>alert(1)</script> 🙂👩‍👩‍👧 <at>AMIP</at>'), status: 200, reply: 'Echo: \u0000\u0007\u001b[31m<script>alert(1)</script> 🙂👩‍👩‍👧 <at>AMIP</at>' },
  { name: 'text null', body: activity('x', { text: null }), status: 200, reply: 'Echo: ' },
  { name: 'invalid UTF-8 bytes', body: Buffer.concat([Buffer.from(activity('x').slice(0, -1) + ',"note":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]), status: 200, reply: 'Echo: x' },
  { name: 'deeply nested channelData', body: activity('x', { channelData: 'NESTED' }).replace('"NESTED"', '['.repeat(20_000) + ']'.repeat(20_000)), status: 200, reply: 'Echo: x' },
  { name: 'a __proto__ key', body: activity('x').replace('{', '{"__proto__":{"polluted":true},'), status: 200, reply: 'Echo: x' },
  { name: 'a turn that throws (onTurnError apologises)', body: activity('kaputt'), status: 200, reply: /^Entschuldigung, da ist etwas schiefgelaufen\. .*\(Fehler-ID [0-9a-f]{8}\)$/ },
  { name: 'GET on the messaging endpoint', method: 'GET', status: 405, error: 'method not allowed' },
  { name: 'an unknown path', path: '/api/other', body: activity('x'), status: 404, error: 'not found' },
  { name: 'a request for HTML', headers: { ...json, accept: 'text/html' }, body: '{', status: 400, error: 'malformed JSON' },
];

async function send(url: string, row: MatrixRow): Promise<Response> {
  const method = row.method ?? 'POST';
  const body = typeof row.body === 'function' ? row.body() : row.body;
  const init: RequestInit & { duplex?: 'half' } = { method, headers: row.headers ?? json, ...(method === 'POST' ? { body: body ?? '' } : {}) };
  if (body instanceof ReadableStream) init.duplex = 'half';
  return fetch(`${url}${row.path ?? '/api/messages'}`, init);
}

describe('POST /api/messages (local mode, echo bot)', () => {
  let echo: EchoServer;
  beforeAll(async () => {
    echo = await startEchoServer();
  });
  afterAll(() => echo.server.stop());

  it.each(matrix)('$name → $status, and the server keeps answering', async (row) => {
    const response = await send(echo.url, row);
    const text = await response.text();
    expect({ status: response.status, body: text.slice(0, 200) }).toMatchObject({ status: row.status });
    expect(response.headers.get('content-type') ?? 'application/json').toMatch(/^application\/json/);
    expect(text).not.toMatch(/TypeError|boom|\.ts:\d|\.js:\d|stack/);
    if (row.error !== undefined) expect((JSON.parse(text) as { error: string }).error).toMatch(row.error);
    if (row.reply !== undefined) {
      const replies = (JSON.parse(text) as { activities: Reply[] }).activities.filter((a) => a.type === 'message');
      expect(replies).toHaveLength(1);
      expect(replies[0]?.text).toEqual(typeof row.reply === 'string' ? row.reply : expect.stringMatching(row.reply));
    }
    expect(Object.prototype).not.toHaveProperty('polluted');

    const after = await postActivity(echo.url, messageActivity('noch da?'));
    expect(after.status).toBe(200);
    expect(await replyTexts(after)).toEqual(['Echo: noch da?']);
  });

  it('runs a turn only for what passed the checks', async () => {
    const before = echo.bot.turns.length;
    for (const row of matrix.filter((r) => r.status >= 400)) await (await send(echo.url, row)).text();
    expect(echo.bot.turns.length).toBe(before);
  });
});

describe('deliveryMode expectReplies', () => {
  let echo: EchoServer;
  let connector: { server: Server; url: string; received: { url: string; body: { text?: string } }[] };
  beforeAll(async () => {
    echo = await startEchoServer();
    connector = await startFakeConnector();
  });
  afterAll(async () => {
    await echo.server.stop();
    await new Promise((resolve) => connector.server.close(resolve));
  });

  it('returns the replies in the HTTP response and sends nothing to serviceUrl', async () => {
    const sent = messageActivity('Was bedeutet ELB?', { serviceUrl: connector.url });
    const response = await postActivity(echo.url, sent);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { activities: Reply[] };
    expect(body.activities).toEqual([expect.objectContaining({ type: 'message', text: 'Echo: Was bedeutet ELB?', replyToId: sent['id'], conversation: sent['conversation'] })]);
    expect(connector.received).toEqual([]);
  });

  it('without it, the reply goes to serviceUrl and the HTTP response is empty', async () => {
    const sent = messageActivity('Hallo', { serviceUrl: connector.url, deliveryMode: undefined });
    const response = await postActivity(echo.url, sent);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
    expect(connector.received).toEqual([{ url: expect.stringContaining(`/v3/conversations/${(sent['conversation'] as { id: string }).id}/activities`), body: expect.objectContaining({ text: 'Echo: Hallo' }) }]);
  });
});

describe('GET /healthz', () => {
  it('answers 503 until the knowledge is ready, then 200 with its version', async () => {
    const echo = await startEchoServer();
    try {
      echo.readiness.ready = false;
      const before = await fetch(`${echo.url}/healthz`);
      expect(before.status).toBe(503);
      expect(await before.json()).toEqual({ status: 'starting', knowledgeVersion: 'test-2024.1' });

      echo.readiness.ready = true;
      const after = await fetch(`${echo.url}/healthz`);
      expect(after.status).toBe(200);
      expect(await after.json()).toEqual({ status: 'ok', knowledgeVersion: 'test-2024.1' });
    } finally {
      await echo.server.stop();
    }
  });
});

describe('authentication with a Microsoft app id', () => {
  let echo: EchoServer;
  // CloudAdapter.process printed every rejected token's error with console.error (issue 15, fault 9): it must not any more.
  beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());
  beforeAll(async () => {
    echo = await startEchoServer({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret', MicrosoftAppTenantId: '66666666-7777-8888-9999-000000000000' });
  });
  afterAll(() => echo.server.stop());

  const base64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsignedJwt = [
    base64url({ alg: 'RS256', typ: 'JWT', kid: 'not-a-key' }),
    base64url({ iss: 'https://api.botframework.com', aud: APP_ID, serviceurl: 'http://127.0.0.1:9/', nbf: Math.floor(Date.now() / 1000) - 60, exp: Math.floor(Date.now() / 1000) + 3600 }),
    Buffer.from('no signature').toString('base64url'),
  ].join('.');

  it.each([
    ['no Authorization header', {}],
    ['an empty bearer', { authorization: 'Bearer ' }],
    ['a garbage token', { authorization: 'Bearer garbage' }],
    ['basic authentication', { authorization: `Basic ${Buffer.from('user:pass').toString('base64')}` }],
    ['a JWT with alg none', { authorization: `Bearer ${base64url({ alg: 'none', typ: 'JWT' })}.${unsignedJwt.split('.')[1]}.` }],
    ['a well-formed but unsigned JWT', { authorization: `Bearer ${unsignedJwt}` }],
  ])('refuses %s with 401 and runs no turn', async (_name, auth: Record<string, string>) => {
    const before = echo.bot.turns.length;
    const response = await postActivity(echo.url, messageActivity('Hallo'), auth);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: 'unauthorized' });
    expect(echo.bot.turns.length).toBe(before);
    expect(console.error).not.toHaveBeenCalled();
  }, 20_000);

  it('checks authentication before reading the body', async () => {
    const response = await fetch(`${echo.url}/api/messages`, { method: 'POST', headers: json, body: '{' });
    expect(response.status).toBe(401);
  });

  it('keeps /healthz open', async () => {
    expect((await fetch(`${echo.url}/healthz`)).status).toBe(200);
  });
});

describe('without an app id', () => {
  it('answers a normal message without any Authorization header', async () => {
    const echo = await startEchoServer();
    try {
      const response = await postActivity(echo.url, messageActivity('Hallo'));
      expect(response.status).toBe(200);
      expect(await replyTexts(response)).toEqual(['Echo: Hallo']);
    } finally {
      await echo.server.stop();
    }
  });
});

describe('stop()', () => {
  it('lets a slow turn in flight finish, resolves after it, then refuses connections', async () => {
    const echo = await startEchoServer();
    const inFlight = postActivity(echo.url, messageActivity('langsam')).then(async (response) => ({ status: response.status, replies: await replyTexts(response) }));
    await waitFor(() => echo.bot.turns.length === 1);
    let finishedWhenStopped = -1;
    const stopped = echo.server.stop().then(() => (finishedWhenStopped = echo.bot.finishedTurns));

    expect(await inFlight).toEqual({ status: 200, replies: ['Echo: langsam'] });
    await stopped;
    expect(finishedWhenStopped).toBe(1);
    await expect(postActivity(echo.url, messageActivity('Hallo'))).rejects.toThrow();
  });

  it('gives up on a turn that outlasts the drain timeout', async () => {
    const echo = await startEchoServer({}, { drainTimeoutMs: 200 });
    echo.bot.slowTurnMs = 5_000;
    const inFlight = postActivity(echo.url, messageActivity('langsam')).then(
      (response) => response.status,
      () => 'connection closed',
    );
    await waitFor(() => echo.bot.turns.length === 1);
    const started = Date.now();
    await echo.server.stop();
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await inFlight).toBe('connection closed');
  });

  it('can be called twice, and before start', async () => {
    const echo = await startEchoServer();
    await Promise.all([echo.server.stop(), echo.server.stop()]);
    await echo.server.stop();

    const config = loadConfig({});
    const idle = createServer({ config, adapter: createAdapter(config), bot: new EchoBot(), logger: pino({ level: 'silent' }), readiness: () => ({ ready: true }) });
    await idle.stop();
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Stands in for the Bot Connector service that replies are posted to when there is no expectReplies. */
async function startFakeConnector(): Promise<{ server: Server; url: string; received: { url: string; body: { text?: string } }[] }> {
  const received: { url: string; body: { text?: string } }[] = [];
  const server = createHttpServer((req: IncomingMessage, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      received.push({ url: req.url ?? '', body: JSON.parse(raw || '{}') as { text?: string } });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `reply-${received.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, received };
}
