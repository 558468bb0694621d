import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { ZipFile } from 'yazl';
import { z } from 'zod';

/** What a deployment fills into the manifest template; the bot id is the server's MicrosoftAppId. */
const PackageEnvSchema = z.object({
  MicrosoftAppId: z.string({ error: 'required: the Azure Bot\'s app id (a GUID)' }).regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'expected a GUID like 00000000-0000-0000-0000-000000000000'),
  APP_BASE_URL: z.url({ protocol: /^https$/, error: 'expected an https:// URL' }).default('https://www.jobcenter-elbe-elster.de'),
  BOT_DOMAIN: z.string().regex(/^[a-z0-9.-]+$/i, 'expected a host name such as amip-bot.azurewebsites.net').default('token.botframework.com'),
  APP_VERSION: z.string().regex(/^\d+\.\d+\.\d+$/, 'expected a version like 1.0.0').default('1.0.0'),
});
export type PackageEnv = z.infer<typeof PackageEnvSchema>;

export class PackageError extends Error {
  override readonly name = 'PackageError';
}

export function readPackageEnv(env: Record<string, string | undefined>): PackageEnv {
  const result = PackageEnvSchema.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new PackageError(`[package] ${String(issue.path[0])}: ${issue.message}`);
  }
  return result.data;
}

/** Replaces every ${{NAME}} placeholder; an unknown placeholder is an error, not an empty string. */
export function fillManifest(template: string, env: PackageEnv): unknown {
  const filled = template.replace(/\$\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = (env as Record<string, string>)[name];
    if (value === undefined) throw new PackageError(`[package] manifest placeholder \${{${name}}} has no value`);
    return value;
  });
  return JSON.parse(filled);
}

/** Errors of the manifest against the official JSON schema of its manifestVersion (offline, from @microsoft/app-manifest). */
export function validateManifest(manifest: unknown): string[] {
  const version = (manifest as { manifestVersion?: string }).manifestVersion;
  let schema: object;
  try {
    schema = JSON.parse(readFileSync(require.resolve(`@microsoft/app-manifest/build/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`), 'utf8')) as object;
  } catch {
    return [`manifestVersion "${version}": no bundled schema`];
  }
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  if (validate(manifest)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}${e.params && 'allowedValues' in e.params ? ` (${String(e.params['allowedValues'])})` : ''}`);
}

/** manifest.json and the two icons at the root of a zip, as Teams expects. */
export function buildPackage(manifest: unknown, manifestDir: string): Promise<Buffer> {
  const zip = new ZipFile();
  zip.addBuffer(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), 'manifest.json');
  zip.addBuffer(readFileSync(join(manifestDir, 'color.png')), 'color.png');
  zip.addBuffer(readFileSync(join(manifestDir, 'outline.png')), 'outline.png');
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks))).on('error', reject);
  });
}
