import { z } from 'zod';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const optionalText = z.string().trim().optional();
const integer = (min: number, max: number, fallback: number) =>
  z.coerce
    .number({ error: `expected an integer ${min}–${max}` })
    .int(`expected an integer ${min}–${max}`)
    .min(min, `expected an integer ${min}–${max}`)
    .max(max, `expected an integer ${min}–${max}`)
    .default(fallback);
const flag = z.enum(['true', 'false'], { error: 'expected "true" or "false"' }).default('false').transform((v) => v === 'true');

/**
 * Every setting the bot reads from its environment, with its default: one line
 * per variable. An empty variable counts as unset (`MicrosoftAppType=` in a
 * copied .env file means "default", not an error).
 */
const ConfigSchema = z
  .object({
    /** 0 asks the operating system for a free port (tests, tools). */
    PORT: integer(0, 65535, 3978),
    MicrosoftAppId: optionalText,
    MicrosoftAppPassword: optionalText,
    /** Defaults to SingleTenant when an app id is set. MultiTenant stays accepted for registrations made before Azure stopped creating them. */
    MicrosoftAppType: z.enum(['SingleTenant', 'UserAssignedMSI', 'MultiTenant'], { error: 'expected SingleTenant, UserAssignedMSI or MultiTenant' }).optional(),
    MicrosoftAppTenantId: optionalText,
    /** Longest wait for authentication (the adapter fetches Microsoft's signing keys): then 503, not a hanging request. */
    AUTH_TIMEOUT_MS: integer(100, 60_000, 5_000),
    /** Unauthenticated mode: accept replies to a serviceUrl on this machine (Agents Playground, evaluator). Other hosts must be Bot Framework/Teams services. */
    ALLOW_LOCAL_SERVICE_URL: z.enum(['true', 'false'], { error: 'expected "true" or "false"' }).default('true').transform((v) => v === 'true'),
    /** Larger request bodies are refused with 413 before they are parsed. */
    MAX_BODY_BYTES: integer(1024, 10 * 1024 * 1024, 256 * 1024),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { error: 'expected fatal, error, warn, info, debug, trace or silent' }).default('info'),
    /** Debugging only: log lines may carry the (redacted) message text. */
    LOG_MESSAGE_TEXT: flag,
    STORAGE: z.enum(['memory', 'file', 'blob'], { error: 'expected memory, file or blob' }).default('memory'),
    /** Salt for the user hashes in the insights log; set it to a secret in production. */
    INSIGHTS_SALT: z.string().default('amip-bot-local'),
    DATA_DIR: z.string().min(1).default('./data'),
    STORAGE_TTL_HOURS: z.coerce.number({ error: 'expected a positive number of hours' }).positive('expected a positive number of hours').default(24),
    STORAGE_MAX_CONVERSATIONS: z.coerce.number({ error: 'expected a positive integer' }).int('expected a positive integer').positive('expected a positive integer').default(10_000),
    BLOB_CONNECTION_STRING: optionalText,
    /** Programme ids to serve, "<region>-<year>" separated by commas; unset: every programme under knowledge/programmes. */
    PROGRAMMES: z.string().regex(/^\s*[a-z0-9-]+(\s*,\s*[a-z0-9-]+)*\s*$/, 'expected programme ids (<region>-<year>) separated by commas').optional().transform((v) => (v ? v.split(',').map((id) => id.trim()) : undefined)),
    BLOB_CONTAINER: z.string().regex(/^[a-z0-9](?:[a-z0-9-]{1,61})[a-z0-9]$/, 'expected a Blob container name (3–63 lower-case letters, digits, hyphens)').default('amip-bot-state'),
  })
  .superRefine((c, ctx) => {
    if (c.STORAGE === 'blob' && !c.BLOB_CONNECTION_STRING) {
      ctx.addIssue({ code: 'custom', path: ['BLOB_CONNECTION_STRING'], message: 'required when STORAGE=blob' });
    }
    if (c.MicrosoftAppId && c.MicrosoftAppType !== 'UserAssignedMSI' && !c.MicrosoftAppPassword) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppPassword'], message: 'required when MicrosoftAppId is set' });
    }
    if (c.MicrosoftAppId && (c.MicrosoftAppType ?? 'SingleTenant') !== 'MultiTenant' && !c.MicrosoftAppTenantId) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppTenantId'], message: 'required for a SingleTenant or UserAssignedMSI bot' });
    }
    if (!c.MicrosoftAppId && (c.MicrosoftAppPassword || c.MicrosoftAppTenantId)) {
      // Credentials without an id would silently start an unauthenticated bot.
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppId'], message: 'required when MicrosoftAppPassword or MicrosoftAppTenantId is set' });
    }
  });

/** Values that must never appear in an error message or a log line. */
const SECRET_VARIABLES: ReadonlySet<string> = new Set(['MicrosoftAppPassword', 'INSIGHTS_SALT', 'BLOB_CONNECTION_STRING']);

export type Config = z.infer<typeof ConfigSchema> & {
  /** No app id: local, unauthenticated mode (Emulator, evaluator, Agents Playground). */
  authMode: 'none' | 'botframework';
};

/**
 * Validates the environment once, before anything listens. Throws a
 * ConfigError whose one-line message names the variable and the problem.
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const set = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const result = ConfigSchema.safeParse(set);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const name = String(issue.path[0] ?? 'configuration');
    const value = set[name];
    const shown = value === undefined ? '' : `, got ${SECRET_VARIABLES.has(name) ? '(hidden)' : JSON.stringify(value)}`;
    throw new ConfigError(`[config] ${name}: ${issue.message}${shown}`);
  }
  return { ...result.data, authMode: result.data.MicrosoftAppId ? 'botframework' : 'none' };
}
