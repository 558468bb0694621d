import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yauzl from 'yauzl';
import { loadKnowledge } from '../../src/knowledge/load';
import { projectRoot } from '../../src/knowledge/paths';
import {
  buildPackage,
  defaultAppBaseUrl,
  fillManifest,
  type Json,
  type JsonObject,
  type PackageEnv,
  programmeValues,
  readPackageEnv,
  runPackage,
  validateManifest,
} from '../../src/tools/app-package';
import { pinnedProgrammeDir } from '../programmes/pinned';

const manifestDir = join(projectRoot(), 'manifest');
const template = readFileSync(join(manifestDir, 'manifest.json'), 'utf8');
const APP_ID = '12345678-1234-4234-8234-123456789abc';
const env: PackageEnv = { MicrosoftAppId: APP_ID, APP_BASE_URL: 'https://amip.example.org', BOT_DOMAIN: 'amip-bot.azurewebsites.net', APP_VERSION: '1.2.3' };
const { programme } = loadKnowledge(pinnedProgrammeDir());
const fromProgramme = programmeValues(programme);
const manifest = fillManifest(template, { ...env, ...fromProgramme });

/** A copy of the manifest with the value at `path` replaced. */
function withChange(source: JsonObject, path: (string | number)[], value: Json): JsonObject {
  const copy = structuredClone(source);
  let node: Json = copy;
  path.slice(0, -1).forEach((key) => {
    node = (node as Record<string | number, Json>)[key] as Json;
  });
  (node as Record<string | number, Json>)[path[path.length - 1] as string | number] = value;
  return copy;
}

function get(source: Json, path: (string | number)[]): Json | undefined {
  return path.reduce<Json | undefined>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string | number, Json>)[key] : undefined), source);
}

function unzip(zip: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true }, (error, file) => {
      if (error || !file) return reject(error ?? new Error('no zip'));
      const files = new Map<string, Buffer>();
      file.on('entry', (entry: yauzl.Entry) => {
        file.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError ?? new Error('no stream'));
          const chunks: Buffer[] = [];
          stream
            .on('data', (chunk: Buffer) => chunks.push(chunk))
            .on('error', reject)
            .on('end', () => {
              files.set(entry.fileName, Buffer.concat(chunks));
              file.readEntry();
            });
        });
      });
      file.on('end', () => resolve(files)).on('error', reject);
      file.readEntry();
    });
  });
}

describe('the manifest template', () => {
  it('is on manifest schema 1.22 with a matching $schema URL', () => {
    expect(manifest['manifestVersion']).toBe('1.22');
    expect(manifest['$schema']).toBe('https://developer.microsoft.com/en-us/json-schemas/teams/v1.22/MicrosoftTeams.schema.json');
  });

  it('has a bot in personal, team and group chat that handles no files and can be talked to', () => {
    expect(get(manifest, ['bots', 0, 'scopes'])).toEqual(['personal', 'team', 'groupChat']);
    expect(get(manifest, ['bots', 0, 'supportsFiles'])).toBe(false);
    expect(get(manifest, ['bots', 0, 'isNotificationOnly'])).toBe(false);
  });

  it('lists the commands per scope: all eight in personal chat, all but the tour in team and group chat', () => {
    const lists = get(manifest, ['bots', 0, 'commandLists']) as { scopes: string[]; commands: { title: string; description: string }[] }[];
    expect(lists.map((list) => list.scopes)).toEqual([['personal'], ['team', 'groupChat']]);
    const everything = ['Hilfe', 'Kennzahlen', 'Integrationsquote berechnen', 'Budgetanteil berechnen', 'Veränderung berechnen', 'LZB prüfen', 'Einführung', 'Glossar'];
    expect(lists[0]?.commands.map((c) => c.title)).toEqual(everything);
    expect(lists[1]?.commands.map((c) => c.title)).toEqual(everything.filter((title) => title !== 'Einführung'));
    for (const command of lists.flatMap((list) => list.commands)) {
      expect(command.title.length).toBeLessThanOrEqual(32);
      expect(command.description.length).toBeGreaterThan(0);
      expect(command.description.length).toBeLessThanOrEqual(128);
    }
  });

  it('names the app and the developer in German within the display limits', () => {
    expect(get(manifest, ['name', 'short'])).toBe('AMIP-Bot');
    expect((get(manifest, ['description', 'short']) as string).length).toBeLessThanOrEqual(80);
    expect(get(manifest, ['description', 'full'])).toMatch(/Arbeitsmarkt- und Integrationsprogramm 2024/);
    expect(get(manifest, ['developer', 'name'])).toBe('Jobcenter Elbe-Elster');
    expect(get(manifest, ['localizationInfo', 'defaultLanguageTag'])).toBe('de-de');
    expect(manifest['accentColor']).toMatch(/^#[0-9A-F]{6}$/i);
  });

  it('commits no deployment value: the ids, URLs, domain and version are placeholders', () => {
    expect(template).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
    expect(template).not.toMatch(/https:\/\/(?!developer\.microsoft\.com\/)/);
    expect([...new Set([...template.matchAll(/\$\{\{(\w+)\}\}/g)].map((m) => m[1]))].sort()).toEqual(
      ['APP_BASE_URL', 'APP_VERSION', 'BOT_DOMAIN', 'JOBCENTER', 'MicrosoftAppId', 'PROGRAMME_YEAR'],
    );
  });
});

describe('readPackageEnv', () => {
  const defaults = { version: '0.1.0', appBaseUrl: defaultAppBaseUrl(programme) };

  it('needs only MicrosoftAppId; the rest has documented defaults', () => {
    expect(readPackageEnv({ MicrosoftAppId: APP_ID }, defaults)).toEqual({ MicrosoftAppId: APP_ID, APP_BASE_URL: defaultAppBaseUrl(programme), BOT_DOMAIN: undefined, APP_VERSION: '0.1.0' });
  });

  it('takes APP_BASE_URL without its trailing slash, BOT_DOMAIN and APP_VERSION from the environment', () => {
    expect(readPackageEnv({ MicrosoftAppId: APP_ID, APP_BASE_URL: 'https://amip.example.org/', BOT_DOMAIN: 'amip-bot.azurewebsites.net', APP_VERSION: '2.0.1' }, defaults)).toEqual({
      MicrosoftAppId: APP_ID,
      APP_BASE_URL: 'https://amip.example.org',
      BOT_DOMAIN: 'amip-bot.azurewebsites.net',
      APP_VERSION: '2.0.1',
    });
  });

  it.each([
    ['missing', {}, /^\[package\] MicrosoftAppId: missing: set it to the Azure Bot's app id/],
    ['empty', { MicrosoftAppId: '  ' }, /^\[package\] MicrosoftAppId: missing/],
    ['not a GUID', { MicrosoftAppId: 'amip-bot' }, /^\[package\] MicrosoftAppId: expected a GUID like 00000000-0000-0000-0000-000000000000, got "amip-bot"$/],
  ])('stops with one line naming MicrosoftAppId when it is %s', (_case, given, message) => {
    expect(() => readPackageEnv(given, defaults)).toThrow(message);
    try {
      readPackageEnv(given, defaults);
    } catch (error) {
      expect(String((error as Error).message)).not.toContain('\n');
    }
  });

  it.each([
    ['APP_BASE_URL', 'http://amip.example.org', /^\[package\] APP_BASE_URL: expected an https:\/\/ URL/],
    ['BOT_DOMAIN', 'https://amip-bot.azurewebsites.net', /^\[package\] BOT_DOMAIN: expected a host name without https:\/\//],
    ['APP_VERSION', 'v1', /^\[package\] APP_VERSION: expected a version like 1.0.0, got "v1"$/],
  ])('names %s when its value is wrong', (name, value, message) => {
    expect(() => readPackageEnv({ MicrosoftAppId: APP_ID, [name]: value }, defaults)).toThrow(message);
  });
});

describe('fillManifest', () => {
  it('fills every placeholder, so none remains', () => {
    expect(JSON.stringify(manifest)).not.toMatch(/\$\{\{/);
    expect(manifest['id']).toBe(APP_ID);
    expect(get(manifest, ['bots', 0, 'botId'])).toBe(APP_ID);
    expect(manifest['version']).toBe('1.2.3');
    expect(manifest['developer']).toEqual({
      name: 'Jobcenter Elbe-Elster',
      websiteUrl: 'https://amip.example.org',
      privacyUrl: 'https://amip.example.org/datenschutz',
      termsOfUseUrl: 'https://amip.example.org/nutzungsbedingungen',
    });
    expect(manifest['validDomains']).toEqual(['amip-bot.azurewebsites.net']);
  });

  it('leaves validDomains empty without BOT_DOMAIN', () => {
    expect(fillManifest(template, { ...env, ...fromProgramme, BOT_DOMAIN: undefined })['validDomains']).toEqual([]);
  });

  it('changes nothing but the placeholders: filled with their own names, the template comes back unchanged', () => {
    const self = { MicrosoftAppId: '${{MicrosoftAppId}}', APP_BASE_URL: '${{APP_BASE_URL}}', BOT_DOMAIN: '${{BOT_DOMAIN}}', APP_VERSION: '${{APP_VERSION}}', JOBCENTER: '${{JOBCENTER}}', PROGRAMME_YEAR: '${{PROGRAMME_YEAR}}' };
    expect(fillManifest(template, self)).toEqual(JSON.parse(template));
  });

  it('refuses a placeholder it does not know instead of leaving it empty', () => {
    expect(() => fillManifest('{"id": "${{TEAMS_APP_ID}}"}', { ...env, ...fromProgramme })).toThrow('[package] manifest $.id: placeholder ${{TEAMS_APP_ID}} is not a known variable');
  });

  it('refuses an unset optional variable outside a list', () => {
    expect(() => fillManifest('{"developer": {"websiteUrl": "https://${{BOT_DOMAIN}}"}}', { ...env, ...fromProgramme, BOT_DOMAIN: undefined })).toThrow('[package] manifest $.developer.websiteUrl: placeholder ${{BOT_DOMAIN}} has no value');
  });

  it('cannot be broken by a value containing quotes', () => {
    const filled = fillManifest('{"a": "${{APP_BASE_URL}}"}', { ...env, ...fromProgramme, APP_BASE_URL: 'https://x.example/"}, "b": "' });
    expect(filled).toEqual({ a: 'https://x.example/"}, "b": "' });
  });
});

describe('validateManifest', () => {
  it('finds no error in the filled manifest, against the official 1.22 schema', () => {
    expect(validateManifest(manifest)).toEqual([]);
  });

  it.each<[string, (string | number)[], Json, string]>([
    ['a short name of 40 characters', ['name', 'short'], 'AMIP-Bot für das ganze Jobcenter 2024 XX', '/name/short must NOT have more than 30 characters'],
    ['a short description over 80 characters', ['description', 'short'], 'x'.repeat(81), '/description/short must NOT have more than 80 characters'],
    ['a colour name as accentColor', ['accentColor'], 'blau', '/accentColor must match pattern "^#[0-9a-fA-F]{6}$"'],
    ['a bot id that is no GUID', ['bots', 0, 'botId'], 'amip-bot', '/bots/0/botId must match pattern'],
    ['an unknown scope', ['bots', 0, 'scopes', 1], 'channel', '/bots/0/scopes/1 must be equal to one of the allowed values (team,personal,groupChat,copilot)'],
    ['a misspelt property', ['bots', 0, 'supportFiles'], false, '/bots/0 must NOT have additional properties ("supportFiles")'],
    ['a command title of 33 characters', ['bots', 0, 'commandLists', 0, 'commands', 0, 'title'], 'Hilfe zu allen Fragen des Programm', 'title must NOT have more than 32 characters (Teams command menu)'],
  ])('reports %s as a readable error', (_case, path, value, expected) => {
    const errors = validateManifest(withChange(manifest, path, value));
    expect(errors.join('\n')).toContain(expected);
  });

  it('reports four command lists (Teams allows three)', () => {
    const lists = get(manifest, ['bots', 0, 'commandLists']) as Json[];
    const four = [{ scopes: ['personal'], commands: [] }, ...lists, { scopes: ['groupChat'], commands: [] }].slice(0, 4);
    expect(validateManifest(withChange(manifest, ['bots', 0, 'commandLists'], four))).toContain('/bots/0/commandLists must NOT have more than 3 items');
  });

  it('reports a missing required field', () => {
    const { developer: _developer, ...withoutDeveloper } = manifest;
    expect(validateManifest(withoutDeveloper)).toContain("/ must have required property 'developer'");
  });

  it('reports a manifestVersion without a bundled schema', () => {
    expect(validateManifest(withChange(manifest, ['manifestVersion'], '1.18'))).toEqual(['/manifestVersion "1.18" has no schema in @microsoft/app-manifest']);
    expect(validateManifest(withChange(manifest, ['manifestVersion'], '../../x'))).toEqual(['/manifestVersion must be a version like "1.22", got "../../x"']);
  });
});

describe('buildPackage', () => {
  it('zips exactly manifest.json, color.png and outline.png at the root; the manifest is the filled one', async () => {
    const colorPng = readFileSync(join(manifestDir, 'color.png'));
    const outlinePng = readFileSync(join(manifestDir, 'outline.png'));
    const files = await unzip(await buildPackage({ manifest, colorPng, outlinePng }));
    expect([...files.keys()].sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(JSON.parse(files.get('manifest.json')?.toString('utf8') ?? '')).toEqual(manifest);
    expect(files.get('color.png')?.equals(colorPng)).toBe(true);
    expect(files.get('outline.png')?.equals(outlinePng)).toBe(true);
  });

  it('gives the same bytes for the same inputs', async () => {
    const files = { manifest, colorPng: readFileSync(join(manifestDir, 'color.png')), outlinePng: readFileSync(join(manifestDir, 'outline.png')) };
    expect((await buildPackage(files)).equals(await buildPackage(files))).toBe(true);
  });
});

describe('runPackage (npm run package)', () => {
  let outDir: string;
  let info: string[];
  let errors: string[];
  const run = (given: Record<string, string | undefined>): Promise<number> =>
    runPackage(given, { programme, manifestDir, outFile: join(outDir, 'build', 'appPackage.zip'), version: '0.1.0', info: (line) => info.push(line), error: (line) => errors.push(line) });

  beforeEach(() => {
    outDir = mkdtempSync(join(tmpdir(), 'amip-package-'));
    info = [];
    errors = [];
  });
  afterEach(() => rmSync(outDir, { recursive: true, force: true }));

  it('writes a valid package for a GUID and says where', async () => {
    expect(await run({ MicrosoftAppId: APP_ID, APP_BASE_URL: 'https://amip.example.org' })).toBe(0);
    expect(errors).toEqual([]);
    expect(info).toEqual([`[package] wrote ${join(outDir, 'build', 'appPackage.zip')} (manifest 1.22, app ${APP_ID}, version 0.1.0)`]);
    const files = await unzip(readFileSync(join(outDir, 'build', 'appPackage.zip')));
    const written = JSON.parse(files.get('manifest.json')?.toString('utf8') ?? '') as JsonObject;
    expect(validateManifest(written)).toEqual([]);
    expect(written['id']).toBe(APP_ID);
  });

  it('says which default it used for the developer links', async () => {
    expect(await run({ MicrosoftAppId: APP_ID })).toBe(0);
    expect(info[0]).toMatch(/^\[package\] APP_BASE_URL not set: developer links point to https:\/\//);
  });

  it.each([
    ['without MicrosoftAppId', {}],
    ['with an invalid MicrosoftAppId', { MicrosoftAppId: '1234' }],
  ])('stops %s with exit code 1, one line naming the variable and no zip', async (_case, given) => {
    expect(await run(given)).toBe(1);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^\[package\] MicrosoftAppId: /);
    expect(errors[0]).not.toContain('\n');
    expect(() => readFileSync(join(outDir, 'build', 'appPackage.zip'))).toThrow();
  });
});

describe('the manifest template names no programme', () => {
  it('takes jobcenter and year from the programme it is packaged for', () => {
    const other = fillManifest(template, { ...env, ...programmeValues({ jobcenter: 'Jobcenter Musterkreis', year: 2025 }) });
    expect(other['developer']).toMatchObject({ name: 'Jobcenter Musterkreis' });
    expect(JSON.stringify(other)).toContain('Arbeitsmarkt- und Integrationsprogramm 2025');
    expect(JSON.stringify(other)).not.toMatch(new RegExp(`${programme.region}|${programme.year}`));
    expect(validateManifest(other)).toEqual([]);
    expect(defaultAppBaseUrl({ region: 'Märkisch-Oderland' })).toBe('https://www.jobcenter-maerkisch-oderland.de');
  });
});
