import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KnowledgeError } from '../knowledge/load';
import { projectRoot } from '../knowledge/paths';
import { loadCurrentProgramme } from '../knowledge/programmes';
import { runPackage } from './app-package';

/** `MicrosoftAppId=<guid> npm run package` → manifest/build/appPackage.zip, validated against the Teams schema. */
const root = projectRoot();
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

/** The manifest names the current programme's jobcenter and year (PROGRAMMES chooses, as for the bot). */
function currentProgramme() {
  const ids = process.env['PROGRAMMES']?.split(',').map((id) => id.trim()).filter(Boolean);
  try {
    return loadCurrentProgramme(ids?.length ? { ids } : {}).programme;
  } catch (error) {
    process.stderr.write(`${error instanceof KnowledgeError ? error.message : `[package] ${String(error)}`}\n`);
    process.exit(1);
  }
}

void runPackage(process.env, {
  programme: currentProgramme(),
  manifestDir: join(root, 'manifest'),
  outFile: join(root, 'manifest', 'build', 'appPackage.zip'),
  version,
  info: (line) => process.stdout.write(`${line}\n`),
  error: (line) => process.stderr.write(`${line}\n`),
}).then((code) => {
  process.exitCode = code;
});
