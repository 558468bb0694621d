import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../knowledge/paths';
import { runPackage } from './app-package';

/** `MicrosoftAppId=<guid> npm run package` → manifest/build/appPackage.zip, validated against the Teams schema. */
const root = projectRoot();
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

void runPackage(process.env, {
  manifestDir: join(root, 'manifest'),
  outFile: join(root, 'manifest', 'build', 'appPackage.zip'),
  version,
  info: (line) => process.stdout.write(`${line}\n`),
  error: (line) => process.stderr.write(`${line}\n`),
}).then((code) => {
  process.exitCode = code;
});
