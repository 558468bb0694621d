import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import yauzl from 'yauzl';
import { projectRoot } from '../../src/knowledge/paths';
import { buildPackage, fillManifest, readPackageEnv, validateManifest } from '../../src/tools/app-package';

const dir = join(projectRoot(), 'manifest');
const template = readFileSync(join(dir, 'manifest.json'), 'utf8');
const env = readPackageEnv({ MicrosoftAppId: '12345678-1234-1234-1234-123456789abc' });
const manifest = fillManifest(template, env) as Record<string, unknown> & { bots: { commandLists: { commands: unknown[] }[] }[]; name: { short: string } };

const entries = (zip: Buffer): Promise<Map<string, Buffer>> =>
  new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true }, (error, file) => {
      if (error || !file) return reject(error);
      const out = new Map<string, Buffer>();
      file.on('entry', (entry: yauzl.Entry) => {
        file.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c)).on('end', () => {
            out.set(entry.fileName, Buffer.concat(chunks));
            file.readEntry();
          });
        });
      });
      file.on('end', () => resolve(out));
      file.readEntry();
    });
  });

describe('Teams app package', () => {
  it('fills every placeholder from the environment', () => {
    const text = JSON.stringify(manifest);
    expect(text).not.toMatch(/\$\{\{/);
    expect(manifest['id']).toBe('12345678-1234-1234-1234-123456789abc');
    expect(JSON.stringify(manifest['bots'])).toContain('12345678-1234-1234-1234-123456789abc');
  });

  it('validates offline against the official schema of its manifestVersion', () => {
    expect(manifest['manifestVersion']).toBe('1.22');
    expect(validateManifest(manifest)).toEqual([]);
  });

  it.each([
    ['a short name over 30 characters', (m: typeof manifest) => ({ ...m, name: { ...m.name, short: 'AMIP-Bot mit einem viel zu langen Namen' } })],
    ['four command lists', (m: typeof manifest) => ({ ...m, bots: [{ ...m.bots[0], commandLists: [...m.bots[0]!.commandLists, ...m.bots[0]!.commandLists] }] })],
    ['a bad accent colour', (m: typeof manifest) => ({ ...m, accentColor: 'blau' })],
  ])('fails with a readable error on %s', (_name, breakIt) => {
    const errors = validateManifest(breakIt(manifest));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(/^\/\S+ /m);
  });

  it('names the variable when the app id is missing or not a GUID', () => {
    expect(() => readPackageEnv({})).toThrow('[package] MicrosoftAppId: required');
    expect(() => readPackageEnv({ MicrosoftAppId: 'my-bot' })).toThrow(/\[package\] MicrosoftAppId: expected a GUID/);
  });

  it('zips exactly manifest.json and the two icons at the root', async () => {
    const files = await entries(await buildPackage(manifest, dir));
    expect([...files.keys()].sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(JSON.parse(files.get('manifest.json')!.toString('utf8'))).toEqual(manifest);
  });

  it('ships a 192×192 full-colour icon and a 32×32 white-on-transparent outline', () => {
    const color = PNG.sync.read(readFileSync(join(dir, 'color.png')));
    expect([color.width, color.height]).toEqual([192, 192]);
    for (let i = 3; i < color.data.length; i += 4) expect(color.data[i]).toBe(255);
    const outline = PNG.sync.read(readFileSync(join(dir, 'outline.png')));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let white = 0;
    for (let i = 0; i < outline.data.length; i += 4) {
      const [r, g, b, a] = [outline.data[i], outline.data[i + 1], outline.data[i + 2], outline.data[i + 3]];
      const transparent = a === 0;
      const isWhite = r === 255 && g === 255 && b === 255;
      expect(transparent || isWhite).toBe(true);
      if (!transparent) white++;
    }
    expect(white).toBeGreaterThan(50);
  });
});
