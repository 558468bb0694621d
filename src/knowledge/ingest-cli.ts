import { resolve } from 'node:path';
import { runIngest } from './ingest-run';

// npm runs scripts in the project folder; a relative file name means the folder the user typed it in.
const cwd = process.env['INIT_CWD'] ?? process.cwd();

/** `npm run ingest [-- <file>]`: see runIngest. */
process.exitCode = runIngest(process.argv.slice(2).map((arg) => (arg.trim() ? resolve(cwd, arg) : arg)), { out: (line) => console.log(line), err: (line) => console.error(line) });
