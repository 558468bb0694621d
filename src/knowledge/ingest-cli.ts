import { runIngest } from './ingest-run';

/** `npm run ingest [-- <file>]`: see runIngest. */
process.exitCode = runIngest(process.argv.slice(2), { out: (line) => console.log(line), err: (line) => console.error(line) });
