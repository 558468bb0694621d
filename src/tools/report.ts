import { resolve } from 'node:path';
import { formatInsightsReport } from '../insights-log/format-report';
import { createFileInsightsStore } from '../insights-log/insights-store';

/**
 * `npm run report`: what staff asked that the programme did not answer, and
 * their feedback, for the content owners. Reads DATA_DIR (default ./data).
 */
export function runReport(env: Record<string, string | undefined>, out: (text: string) => void, warn: (text: string) => void): void {
  const dataDir = resolve(env['DATA_DIR'] ?? './data');
  const log = createFileInsightsStore(dataDir, { onError: (error) => warn(`Warnung: ${error.message}`) });
  out(formatInsightsReport(log.readInsights(), { source: resolve(dataDir, 'insights') }));
}

if (require.main === module) {
  runReport(
    process.env,
    (text) => process.stdout.write(`${text}\n`),
    (text) => process.stderr.write(`${text}\n`),
  );
}
