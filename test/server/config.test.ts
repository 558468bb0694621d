import { ConfigError, loadConfig } from '../../src/config';

const APP = { MicrosoftAppId: '11111111-2222-3333-4444-555555555555', MicrosoftAppPassword: 'p4ss', MicrosoftAppTenantId: '66666666-7777-8888-9999-000000000000' };

describe('loadConfig', () => {
  it('has local defaults and no authentication without an app id', () => {
    expect(loadConfig({})).toMatchObject({ PORT: 3978, authMode: 'none', MAX_BODY_BYTES: 262_144, LOG_LEVEL: 'info', LOG_MESSAGE_TEXT: false, STORAGE: 'memory', AUTH_TIMEOUT_MS: 5000, ALLOW_LOCAL_SERVICE_URL: true });
  });

  it('reads every variable it is given', () => {
    expect(loadConfig({ PORT: '8080', MAX_BODY_BYTES: '4096', LOG_LEVEL: 'debug', LOG_MESSAGE_TEXT: 'true', AUTH_TIMEOUT_MS: '2000', ALLOW_LOCAL_SERVICE_URL: 'false', ...APP })).toMatchObject({
      AUTH_TIMEOUT_MS: 2000,
      ALLOW_LOCAL_SERVICE_URL: false,
      PORT: 8080,
      MAX_BODY_BYTES: 4096,
      LOG_LEVEL: 'debug',
      LOG_MESSAGE_TEXT: true,
      ...APP,
      authMode: 'botframework',
    });
  });

  it('treats empty variables as unset, as a copied .env file leaves them', () => {
    expect(loadConfig({ PORT: '', MicrosoftAppId: '', MicrosoftAppPassword: ' ', MicrosoftAppType: '', MicrosoftAppTenantId: '' })).toMatchObject({ PORT: 3978, authMode: 'none' });
  });

  it('accepts a managed identity without a password', () => {
    expect(loadConfig({ MicrosoftAppId: APP.MicrosoftAppId, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: APP.MicrosoftAppTenantId }).authMode).toBe('botframework');
  });

  it.each([
    [{ PORT: 'abc' }, '[config] PORT: expected an integer 0–65535, got "abc"'],
    [{ PORT: '70000' }, '[config] PORT: expected an integer 0–65535, got "70000"'],
    [{ PORT: '80.5' }, '[config] PORT: expected an integer 0–65535, got "80.5"'],
    [{ MAX_BODY_BYTES: 'viel' }, '[config] MAX_BODY_BYTES: expected an integer 1024–10485760, got "viel"'],
    [{ MAX_BODY_BYTES: '10' }, '[config] MAX_BODY_BYTES: expected an integer 1024–10485760, got "10"'],
    [{ LOG_LEVEL: 'loud' }, '[config] LOG_LEVEL: expected fatal, error, warn, info, debug, trace or silent, got "loud"'],
    [{ LOG_MESSAGE_TEXT: 'yes' }, '[config] LOG_MESSAGE_TEXT: expected "true" or "false", got "yes"'],
    [{ AUTH_TIMEOUT_MS: '0' }, '[config] AUTH_TIMEOUT_MS: expected an integer 100–60000, got "0"'],
    [{ ALLOW_LOCAL_SERVICE_URL: 'ja' }, '[config] ALLOW_LOCAL_SERVICE_URL: expected "true" or "false", got "ja"'],
    [{ ...APP, MicrosoftAppType: 'Other' }, '[config] MicrosoftAppType: expected SingleTenant, UserAssignedMSI or MultiTenant, got "Other"'],
    [{ ...APP, MicrosoftAppPassword: undefined }, '[config] MicrosoftAppPassword: required when MicrosoftAppId is set'],
    [{ ...APP, MicrosoftAppTenantId: undefined }, '[config] MicrosoftAppTenantId: required for a SingleTenant or UserAssignedMSI bot'],
    [{ MicrosoftAppPassword: 'p4ss' }, '[config] MicrosoftAppId: required when MicrosoftAppPassword or MicrosoftAppTenantId is set'],
  ])('names the variable and the problem (%#)', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('writes one line and never shows a secret', () => {
    const error = captureError(() => loadConfig({ STORAGE: 'blob', BLOB_CONNECTION_STRING: 'AccountKey=s3cr3t', BLOB_CONTAINER: 'Bad_Name' }));
    expect(error.message).toBe('[config] BLOB_CONTAINER: expected a Blob container name (3–63 lower-case letters, digits, hyphens), got "Bad_Name"');
    expect(captureError(() => loadConfig({ ...APP, MicrosoftAppType: 'Other' })).message).not.toContain(APP.MicrosoftAppPassword);
    const quoted = captureError(() => loadConfig({ PORT: 'a\nb' }));
    expect(quoted.message).not.toContain('\n');
  });
});

function captureError(action: () => unknown): Error {
  try {
    action();
  } catch (error) {
    if (error instanceof Error) return error;
  }
  throw new Error('expected an error');
}
