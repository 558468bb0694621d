import { z } from 'zod';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const optionalText = z.string().trim().optional().transform((v) => (v ? v : undefined));

/** Every setting the bot reads from its environment, with its default. One line per variable. */
const ConfigSchema = z
  .object({
    PORT: z.coerce.number({ error: 'expected an integer 0–65535' }).int('expected an integer 0–65535').min(0, 'expected an integer 0–65535').max(65535, 'expected an integer 0–65535').default(3978),
    MicrosoftAppId: optionalText,
    MicrosoftAppPassword: optionalText,
    MicrosoftAppType: z.enum(['SingleTenant', 'UserAssignedMSI', 'MultiTenant']).optional(),
    MicrosoftAppTenantId: optionalText,
    MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(10 * 1024 * 1024).default(256 * 1024),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** Debugging only: log the (redacted) message text of each turn. */
    LOG_MESSAGE_TEXT: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
    STORAGE: z.enum(['memory', 'file', 'blob']).default('memory'),
    /** Salt for the user hashes in the insights log; set it to a secret in production. */
    INSIGHTS_SALT: z.string().default('amip-bot-local'),
    DATA_DIR: z.string().min(1).default('./data'),
    STORAGE_TTL_HOURS: z.coerce.number().positive().default(24),
    STORAGE_MAX_CONVERSATIONS: z.coerce.number().int().positive().default(10_000),
    BLOB_CONNECTION_STRING: optionalText,
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
  });

export type Config = z.infer<typeof ConfigSchema> & {
  /** No app id: local, unauthenticated mode (Emulator, evaluator, Agents Playground). */
  authMode: 'none' | 'botframework';
};

export function loadConfig(env: Record<string, string | undefined>): Config {
  const result = ConfigSchema.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const name = String(issue.path[0] ?? 'configuration');
    const value = env[name];
    const shown = value === undefined ? '' : `, got "${name.toLowerCase().includes('password') ? '***' : value}"`;
    throw new ConfigError(`[config] ${name}: ${issue.message}${shown}`);
  }
  return { ...result.data, authMode: result.data.MicrosoftAppId ? 'botframework' : 'none' };
}
