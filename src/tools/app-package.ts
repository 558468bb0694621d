import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { PNG } from 'pngjs';
import { ZipFile } from 'yazl';
import { z } from 'zod';
import type { ProgrammeIdentity } from '../knowledge/schema';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export class PackageError extends Error {
  override readonly name = 'PackageError';
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An empty variable (`MicrosoftAppId= npm run package`) counts as unset. */
const unsetIfBlank = (value: unknown): unknown => (typeof value === 'string' ? value.trim() || undefined : value);

/**
 * What a deployment fills into manifest/manifest.json. Each field is the `${{NAME}}` placeholder of
 * the same name.
 */
const PackageEnvSchema = z.object({
  /** The Azure Bot's app id: the bot id and the Teams app id. The same variable the server reads. */
  MicrosoftAppId: z.preprocess(
    unsetIfBlank,
    z
      .string({ error: 'missing: set it to the Azure Bot\'s app id, e.g. MicrosoftAppId=<guid> npm run package' })
      .regex(GUID, 'expected a GUID like 00000000-0000-0000-0000-000000000000'),
  ),
  /** Developer links (website, /datenschutz, /nutzungsbedingungen) hang off this https URL. */
  APP_BASE_URL: z.preprocess(
    unsetIfBlank,
    z
      .url({ protocol: /^https$/, error: 'expected an https:// URL such as https://www.jobcenter-musterstadt.de' })
      .transform((url) => url.replace(/\/+$/, ''))
      .optional(),
  ),
  /** Host name for validDomains; unset → validDomains stays empty (a bot without tabs or sign-in needs none). */
  BOT_DOMAIN: z.preprocess(
    unsetIfBlank,
    z
      .string()
      .regex(/^(?:\*\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i, 'expected a host name without https://, such as amip-bot.azurewebsites.net')
      .optional(),
  ),
  /** The app version Teams compares on update; defaults to package.json's version. */
  APP_VERSION: z.preprocess(unsetIfBlank, z.string().regex(/^\d+\.\d+\.\d+$/, 'expected a version like 1.0.0').optional()),
});

/**
 * Used when APP_BASE_URL is unset: the usual address of a jobcenter's site, made
 * from the programme's region; the CLI says so, since the document names no URL.
 */
export function defaultAppBaseUrl(programme: Pick<ProgrammeIdentity, 'region'>): string {
  const slug = programme.region.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `https://www.jobcenter-${slug}.de`;
}

/** The manifest's placeholders the programme fills: whose bot it is and for which year. */
export type ProgrammeValues = { JOBCENTER: string; PROGRAMME_YEAR: string };

export function programmeValues(programme: Pick<ProgrammeIdentity, 'jobcenter' | 'year'>): ProgrammeValues {
  return { JOBCENTER: programme.jobcenter, PROGRAMME_YEAR: String(programme.year) };
}

export type PackageEnv = {
  MicrosoftAppId: string;
  APP_BASE_URL: string;
  BOT_DOMAIN: string | undefined;
  APP_VERSION: string;
};

/** Validates the environment; the error is one line naming the variable and the bad value. */
export function readPackageEnv(env: Record<string, string | undefined>, defaults: { version: string; appBaseUrl: string }): PackageEnv {
  const result = PackageEnvSchema.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = String(issue?.path[0] ?? 'environment');
    const value = env[name]?.trim();
    throw new PackageError(`[package] ${name}: ${issue?.message ?? 'invalid'}${value ? `, got "${value}"` : ''}`);
  }
  const parsed = result.data;
  return {
    MicrosoftAppId: parsed.MicrosoftAppId,
    APP_BASE_URL: parsed.APP_BASE_URL ?? defaults.appBaseUrl,
    BOT_DOMAIN: parsed.BOT_DOMAIN,
    APP_VERSION: parsed.APP_VERSION ?? defaults.version,
  };
}

const PLACEHOLDER = /\$\{\{(\w+)\}\}/g;
const DROP = Symbol('drop');

/**
 * Replaces every `${{NAME}}` in the template's strings (after parsing, so no value can break the JSON).
 * An array element that is only a placeholder of an unset optional variable is dropped
 * (`"validDomains": ["${{BOT_DOMAIN}}"]` → `[]`); any other unset or unknown placeholder is an error.
 */
export function fillManifest(template: string, env: PackageEnv & ProgrammeValues): JsonObject {
  let parsed: Json;
  try {
    parsed = JSON.parse(template) as Json;
  } catch (error) {
    throw new PackageError(`[package] manifest template is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const values: Record<string, string | undefined> = { ...env };
  const known = new Set(Object.keys(values));

  const fill = (node: Json, path: string): Json | typeof DROP => {
    if (typeof node === 'string') {
      const only = /^\$\{\{(\w+)\}\}$/.exec(node)?.[1];
      if (only !== undefined && known.has(only) && values[only] === undefined && path.endsWith(']')) return DROP;
      return node.replace(PLACEHOLDER, (_match, name: string) => {
        const value = values[name];
        if (value === undefined) {
          throw new PackageError(`[package] manifest ${path}: placeholder \${{${name}}} ${known.has(name) ? 'has no value' : 'is not a known variable'}`);
        }
        return value;
      });
    }
    if (Array.isArray(node)) {
      return node.map((item, i) => fill(item, `${path}[${i}]`)).filter((item): item is Json => item !== DROP);
    }
    if (node !== null && typeof node === 'object') {
      const out: JsonObject = {};
      for (const [key, value] of Object.entries(node)) {
        const filled = fill(value, `${path}.${key}`);
        if (filled !== DROP) out[key] = filled;
      }
      return out;
    }
    return node;
  };

  const filled = fill(parsed, '$');
  if (filled === DROP || filled === null || typeof filled !== 'object' || Array.isArray(filled)) {
    throw new PackageError('[package] manifest template must be a JSON object');
  }
  return filled;
}

const validators = new Map<string, ValidateFunction>();

/** The official schema of a manifestVersion, as bundled in @microsoft/app-manifest (draft-04, hence ajv-draft-04). */
function schemaValidator(version: string): ValidateFunction | undefined {
  const cached = validators.get(version);
  if (cached) return cached;
  let schema: object;
  try {
    const file = require.resolve(`@microsoft/app-manifest/build/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`);
    schema = JSON.parse(readFileSync(file, 'utf8')) as object;
  } catch {
    return undefined;
  }
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  validators.set(version, validate);
  return validate;
}

/**
 * Where Teams shows less than the schema allows: since 1.21 the schema accepts command titles of 128
 * characters, but the command menu cuts them at 32.
 */
function displayLimitErrors(manifest: JsonObject): string[] {
  const errors: string[] = [];
  const bots = Array.isArray(manifest['bots']) ? manifest['bots'] : [];
  bots.forEach((bot, b) => {
    const lists = isObject(bot) && Array.isArray(bot['commandLists']) ? bot['commandLists'] : [];
    lists.forEach((list, l) => {
      const commands = isObject(list) && Array.isArray(list['commands']) ? list['commands'] : [];
      commands.forEach((command, c) => {
        const title = isObject(command) ? command['title'] : undefined;
        if (typeof title === 'string' && title.length > 32) {
          errors.push(`/bots/${b}/commandLists/${l}/commands/${c}/title must NOT have more than 32 characters (Teams command menu), got "${title}"`);
        }
      });
    });
  });
  return errors;
}

function isObject(value: Json | undefined): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Errors of a filled manifest against the official JSON schema of its manifestVersion (offline), then
 * against the display limits above. Empty means valid. Each error reads "<JSON pointer> <problem>".
 */
export function validateManifest(manifest: JsonObject): string[] {
  const version = manifest['manifestVersion'];
  if (typeof version !== 'string' || !/^1\.\d+$/.test(version)) return [`/manifestVersion must be a version like "1.22", got ${JSON.stringify(version)}`];
  const validate = schemaValidator(version);
  if (!validate) return [`/manifestVersion "${version}" has no schema in @microsoft/app-manifest`];
  const schemaErrors = validate(manifest)
    ? []
    : (validate.errors ?? []).map((error) => {
        const params: Record<string, unknown> = error.params;
        const detail = params['allowedValues'] !== undefined ? ` (${String(params['allowedValues'])})` : params['additionalProperty'] !== undefined ? ` ("${String(params['additionalProperty'])}")` : '';
        return `${error.instancePath || '/'} ${error.message ?? 'is invalid'}${detail}`;
      });
  return [...schemaErrors, ...displayLimitErrors(manifest)];
}

/** The icon sizes Teams requires, and the outline icon's white-on-transparent rule. */
export function iconErrors(colorPng: Buffer, outlinePng: Buffer): string[] {
  const errors: string[] = [];
  const color = PNG.sync.read(colorPng);
  if (color.width !== 192 || color.height !== 192) errors.push(`color.png must be 192×192, is ${color.width}×${color.height}`);
  const outline = PNG.sync.read(outlinePng);
  if (outline.width !== 32 || outline.height !== 32) errors.push(`outline.png must be 32×32, is ${outline.width}×${outline.height}`);
  for (let i = 0; i < outline.data.length; i += 4) {
    const [r, g, b, a] = [outline.data[i], outline.data[i + 1], outline.data[i + 2], outline.data[i + 3]];
    if (a !== 0 && (r !== 255 || g !== 255 || b !== 255)) {
      errors.push(`outline.png must be white on transparent; pixel ${(i / 4) % outline.width},${Math.floor(i / 4 / outline.width)} is rgba(${r},${g},${b},${a})`);
      break;
    }
  }
  return errors;
}

/** A fixed timestamp, so the same inputs give the same zip. */
const ZIP_MTIME = new Date('2001-01-01T00:00:00Z');

/** manifest.json and the two icons at the root of a zip, as Teams expects. */
export function buildPackage(files: { manifest: JsonObject; colorPng: Buffer; outlinePng: Buffer }): Promise<Buffer> {
  const zip = new ZipFile();
  zip.addBuffer(Buffer.from(`${JSON.stringify(files.manifest, null, 2)}\n`), 'manifest.json', { mtime: ZIP_MTIME });
  zip.addBuffer(files.colorPng, 'color.png', { mtime: ZIP_MTIME });
  zip.addBuffer(files.outlinePng, 'outline.png', { mtime: ZIP_MTIME });
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream
      .on('data', (chunk: Buffer) => chunks.push(chunk))
      .on('end', () => resolve(Buffer.concat(chunks)))
      .on('error', reject);
  });
}

export type PackageRun = {
  /** Folder with manifest.json, color.png and outline.png. */
  manifestDir: string;
  /** Where the zip goes. */
  outFile: string;
  /** Used when APP_VERSION is unset. */
  version: string;
  /** Progress and notices (stdout). */
  info: (line: string) => void;
  /** The one failure line, or the list of schema errors (stderr). */
  error: (line: string) => void;
  /** The current programme: its jobcenter and year fill the manifest. */
  programme: Pick<ProgrammeIdentity, 'jobcenter' | 'region' | 'year'>;
};

/**
 * The whole of `npm run package`: env → filled manifest → schema and icon checks → zip. Returns the
 * exit code; a failure is reported through `error` first.
 */
export async function runPackage(env: Record<string, string | undefined>, run: PackageRun): Promise<number> {
  try {
    const appBaseUrl = defaultAppBaseUrl(run.programme);
    const values = readPackageEnv(env, { version: run.version, appBaseUrl });
    if (!env['APP_BASE_URL']?.trim()) run.info(`[package] APP_BASE_URL not set: developer links point to ${appBaseUrl} (check /datenschutz and /nutzungsbedingungen exist before publishing)`);
    const manifest = fillManifest(readFileSync(join(run.manifestDir, 'manifest.json'), 'utf8'), { ...values, ...programmeValues(run.programme) });
    const colorPng = readFileSync(join(run.manifestDir, 'color.png'));
    const outlinePng = readFileSync(join(run.manifestDir, 'outline.png'));
    const errors = [...validateManifest(manifest), ...iconErrors(colorPng, outlinePng)];
    if (errors.length > 0) throw new PackageError(`[package] the app package is invalid:\n  ${errors.join('\n  ')}`);
    mkdirSync(dirname(run.outFile), { recursive: true });
    writeFileSync(run.outFile, await buildPackage({ manifest, colorPng, outlinePng }));
    run.info(`[package] wrote ${run.outFile} (manifest ${String(manifest['manifestVersion'])}, app ${values.MicrosoftAppId}, version ${values.APP_VERSION})`);
    return 0;
  } catch (error) {
    run.error(error instanceof PackageError ? error.message : `[package] ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
