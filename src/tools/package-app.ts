import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../knowledge/paths';
import { buildPackage, fillManifest, PackageError, readPackageEnv, validateManifest } from './app-package';

/** `MicrosoftAppId=<guid> npm run package` → manifest/build/appPackage.zip, validated against the Teams schema. */
async function main(): Promise<void> {
  const dir = join(projectRoot(), 'manifest');
  const manifest = fillManifest(readFileSync(join(dir, 'manifest.json'), 'utf8'), readPackageEnv(process.env));
  const errors = validateManifest(manifest);
  if (errors.length) throw new PackageError(`[package] manifest does not match its schema:\n  ${errors.join('\n  ')}`);
  mkdirSync(join(dir, 'build'), { recursive: true });
  writeFileSync(join(dir, 'build', 'appPackage.zip'), await buildPackage(manifest, dir));
  console.log(`[package] wrote ${join(dir, 'build', 'appPackage.zip')}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof PackageError ? error.message : String(error)}\n`);
  process.exit(1);
});
