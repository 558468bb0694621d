import { MemoryStorage } from 'botbuilder';
import pino from 'pino';
import { buildBot } from '../../src/app';
import { createBotHandlers } from '../../src/bot/handlers';
import { loadConfig, ConfigError } from '../../src/config';
import { createAdapter } from '../../src/server/create-adapter';
import { createServer, type RunningServer } from '../../src/server/server';
import { createTurnErrorHandler } from '../../src/server/turn-error';
import { sharedBrain, TODAY } from '../helpers/bot-harness';

const silent = pino({ level: 'silent' });

async function start(env: Record<string, string> = {}): Promise<{ server: RunningServer; url: string }> {
  const config = loadConfig({ PORT: '0', ...env });
  const brain = sharedBrain();
  const { bot, conversationState } = buildBot(brain, new MemoryStorage(), undefined, (parts) => createBotHandlers(brain, parts, () => TODAY));
  const adapter = createAdapter(config);
  adapter.onTurnError = createTurnErrorHandler(silent, conversationState);
  const server = await createServer({ config, adapter, bot, logger: silent, readiness: () => ({ ready: true, knowledgeVersion: brain.knowledge.version }) }).start(0);
  return { server, url: `http://127.0.0.1:${server.port}` };
}

const activity = (text: string, extra: Record<string, unknown> = {}) => ({
  type: 'message',
  id: 'a1',
  text,
  from: { id: 'user-1' },
  recipient: { id: 'bot-1' },
  conversation: { id: `conv-${Math.random()}` },
  channelId: 'msteams',
  serviceUrl: 'http://127.0.0.1:9/',
  deliveryMode: 'expectReplies',
  ...extra,
});

const post = (url: string, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(`${url}/api/messages`, { method: 'POST', headers, body });

describe('server (local mode)', () => {
  let running: { server: RunningServer; url: string };
  beforeAll(async () => {
    running = await start();
  });
  afterAll(() => running.server.stop());

  it('answers in the HTTP response with deliveryMode expectReplies', async () => {
    const response = await post(running.url, JSON.stringify(activity('Wie hoch ist die Integrationsquote 2024?')));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { activities: { text: string }[] };
    expect(body.activities[0]?.text).toContain('19,1 %');
  });

  it('reports readiness and the knowledge version on /healthz', async () => {
    const response = await fetch(`${running.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', knowledgeVersion: sharedBrain().knowledge.version });
  });

  it.each([
    { name: 'no JSON content type', body: 'text=hallo', headers: { 'content-type': 'application/x-www-form-urlencoded' }, status: 415 },
    { name: 'malformed JSON', body: '{"type": "message",', headers: undefined, status: 400 },
    { name: 'an empty object', body: '{}', headers: undefined, status: 400 },
    { name: 'an activity without conversation', body: JSON.stringify({ ...activity('x'), conversation: undefined }), headers: undefined, status: 400 },
    { name: 'an activity without sender', body: JSON.stringify({ ...activity('x'), from: undefined }), headers: undefined, status: 400 },
    { name: 'an activity without type', body: JSON.stringify({ ...activity('x'), type: undefined }), headers: undefined, status: 400 },
    { name: 'a JSON array', body: '[1,2,3]', headers: undefined, status: 400 },
    { name: 'a body over 256 KB', body: JSON.stringify(activity('x'.repeat(300 * 1024))), headers: undefined, status: 413 },
    { name: 'an unknown activity type', body: JSON.stringify({ ...activity(''), type: 'somethingNew' }), headers: undefined, status: 200 },
    { name: 'a text of 100 000 characters', body: JSON.stringify(activity('Budget '.repeat(14_000).slice(0, 100_000))), headers: undefined, status: 200 },
    { name: 'control characters, emoji and markup', body: JSON.stringify(activity('\u0000\u0007<script>alert(1)</script> 🙂 Integrationsquote')), headers: undefined, status: 200 },
  ])('$name → $status, and the server keeps answering', async ({ body, headers, status }) => {
    const response = await post(running.url, body, headers);
    expect(response.status).toBe(status);
    const text = await response.text();
    expect(text).not.toMatch(/at .*\.js:\d+|TypeError|stack/);
    const after = await post(running.url, JSON.stringify(activity('Was bedeutet ELB?')));
    expect(after.status).toBe(200);
  });

  it('replies politely to a very long text', async () => {
    const response = await post(running.url, JSON.stringify(activity('Budget '.repeat(1000))));
    const body = (await response.json()) as { activities: { text: string }[] };
    expect(body.activities[0]?.text).toMatch(/zu lang/);
  });

  it('keeps a dialog across requests of the same conversation', async () => {
    const conversation = { id: 'conv-dialog' };
    const say = async (text: string) => ((await (await post(running.url, JSON.stringify(activity(text, { conversation })))).json()) as { activities: { text: string }[] }).activities.map((a) => a.text).join('\n');
    expect(await say('Integrationsquote berechnen')).toMatch(/Integrationen/);
    expect(await say('865')).toMatch(/Bestand/);
    expect(await say('4.521')).toContain('19,1 %');
  });
});

describe('server with a Microsoft app id', () => {
  let running: { server: RunningServer; url: string };
  // CloudAdapter prints the rejected identities with console.error; the assertions below are what matters.
  beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());
  beforeAll(async () => {
    running = await start({ MicrosoftAppId: '11111111-2222-3333-4444-555555555555', MicrosoftAppPassword: 'secret', MicrosoftAppTenantId: '66666666-7777-8888-9999-000000000000' });
  });
  afterAll(() => running.server.stop());

  const unsignedJwt = [
    Buffer.from(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: 'x' })).toString('base64url'),
    Buffer.from(JSON.stringify({ iss: 'https://api.botframework.com', aud: '11111111-2222-3333-4444-555555555555', exp: Math.floor(Date.now() / 1000) + 3600 })).toString('base64url'),
    'c2lnbmF0dXJl',
  ].join('.');

  it.each([
    ['no Authorization header', {}],
    ['a garbage token', { authorization: 'Bearer garbage' }],
    ['a well-formed but unsigned JWT', { authorization: `Bearer ${unsignedJwt}` }],
  ])('refuses %s with 401 and runs no turn', async (_name, auth) => {
    const response = await post(running.url, JSON.stringify(activity('Hallo')), { 'content-type': 'application/json', ...auth });
    expect(response.status).toBe(401);
    expect(await response.text()).not.toMatch(/Willkommen|Hallo!/);
  }, 20_000);
});

describe('loadConfig', () => {
  it('has local defaults', () => {
    expect(loadConfig({})).toMatchObject({ PORT: 3978, authMode: 'none', MAX_BODY_BYTES: 262144, LOG_LEVEL: 'info' });
  });

  it.each([
    [{ PORT: 'abc' }, '[config] PORT: expected an integer 0–65535, got "abc"'],
    [{ PORT: '70000' }, '[config] PORT: expected an integer 0–65535, got "70000"'],
    [{ MicrosoftAppId: 'x', MicrosoftAppTenantId: 't' }, '[config] MicrosoftAppPassword: required when MicrosoftAppId is set'],
    [{ MicrosoftAppId: 'x', MicrosoftAppPassword: 'p' }, '[config] MicrosoftAppTenantId: required for a SingleTenant or UserAssignedMSI bot'],
    [{ MicrosoftAppType: 'Other' }, '[config] MicrosoftAppType:'],
    [{ LOG_LEVEL: 'loud' }, '[config] LOG_LEVEL:'],
  ])('names the variable: %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
