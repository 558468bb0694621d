import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity, type ConfigurationBotFrameworkAuthenticationOptions, type TurnContext } from 'botbuilder';
import type { Config } from '../config';

/** How one activity went through the adapter. */
export type ActivityOutcome =
  | { kind: 'done'; status: number; body: unknown }
  /** Failed before the turn ran: authentication refused it, or could not be done (keys unreachable). */
  | { kind: 'not-authenticated'; error: unknown; refused: boolean }
  | { kind: 'failed'; error: unknown };

/**
 * CloudAdapter with the HTTP plumbing of `process` left to the server:
 * `process` writes every failure with console.error (a stack trace per failed
 * authentication, whatever LOG_LEVEL) and puts the error's message in the
 * response body. runActivity returns the outcome instead; the server logs it.
 */
export class BotCloudAdapter extends CloudAdapter {
  async runActivity(authHeader: string, body: Record<string, unknown>, logic: (context: TurnContext) => Promise<void>): Promise<ActivityOutcome> {
    let turnStarted = false;
    try {
      const response = await this.processActivity(authHeader, withDates(body), async (context) => {
        turnStarted = true;
        await logic(context);
      });
      return { kind: 'done', status: response?.status ?? 200, body: response?.body };
    } catch (error) {
      if (!turnStarted) return { kind: 'not-authenticated', error, refused: isAuthenticationError(error) };
      return { kind: 'failed', error };
    }
  }
}

/** `auth` overrides single authentication settings (tests point the OpenID metadata URL at a local endpoint). */
export function createAdapter(config: Config, auth: Partial<ConfigurationBotFrameworkAuthenticationOptions> = {}): BotCloudAdapter {
  const options: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: config.MicrosoftAppId ?? '',
    MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
    MicrosoftAppType: config.MicrosoftAppId ? (config.MicrosoftAppType ?? 'SingleTenant') : '',
    MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
    ...auth,
  };
  return new BotCloudAdapter(new ConfigurationBotFrameworkAuthentication(options));
}

/** What CloudAdapter.process does to a parsed body (validateAndFixActivity): ISO timestamps become Dates, the raw text kept. */
function withDates(body: Record<string, unknown>): Activity {
  const activity: Record<string, unknown> = { ...body };
  for (const [field, raw] of [
    ['timestamp', 'rawTimestamp'],
    ['expiration', 'rawExpiration'],
    ['localTimestamp', 'rawLocalTimestamp'],
  ] as const) {
    const value = activity[field];
    if (typeof value === 'string') {
      activity[raw] = value;
      activity[field] = new Date(value);
    }
  }
  return activity as unknown as Activity;
}

/** botframework-connector's AuthenticationError (not re-exported by botbuilder): a refusal, not an outage. */
function isAuthenticationError(error: unknown): boolean {
  const status = typeof error === 'object' && error !== null ? (error as { statusCode?: unknown }).statusCode : undefined;
  return status === 401 || status === 403;
}
