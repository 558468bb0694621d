import { resolve } from 'node:path';
import { FileInsightsLog, formatReport } from '../insights-log/insights-log';

/** `npm run report`: what staff asked that the programme did not answer, and their feedback (DATA_DIR, default ./data). */
const dir = resolve(process.env['DATA_DIR'] ?? './data');
console.log(formatReport(new FileInsightsLog(dir, process.env['INSIGHTS_SALT'] ?? '').read()));
