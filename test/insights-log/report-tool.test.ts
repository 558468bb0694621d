import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFileInsightsStore } from '../../src/insights-log/insights-store';
import { hashUserId } from '../../src/privacy/user-hash';
import { runReport } from '../../src/tools/report';

describe('npm run report (runReport)', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'amip-report-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  const run = (env: Record<string, string | undefined>): { out: string[]; warnings: string[] } => {
    const out: string[] = [];
    const warnings: string[] = [];
    runReport(env, (t) => out.push(t), (t) => warnings.push(t));
    return { out, warnings };
  };

  it('prints the report for DATA_DIR', () => {
    const log = createFileInsightsStore(dataDir);
    const at = new Date('2024-06-15T10:00:00Z');
    log.recordUnanswered({ text: 'Gibt es ein Jobrad?', at });
    log.recordUnanswered({ text: 'gibt es ein jobrad', at });
    log.recordFeedback({ reaction: 'like', comment: 'prima', at, userHash: hashUserId('u', 's') });
    const { out, warnings } = run({ DATA_DIR: dataDir });
    expect(out).toHaveLength(1);
    expect(out[0]).toContain(`Quelle: ${join(dataDir, 'insights')}`);
    expect(out[0]).toContain('  2 × gibt es ein jobrad');
    expect(out[0]).toContain('15.06.2024 👍 prima');
    expect(warnings).toEqual([]);
  });

  it('says there is nothing yet for an empty or missing directory', () => {
    expect(run({ DATA_DIR: join(dataDir, 'fehlt') }).out[0]).toContain('Noch keine Einträge');
  });

  it('warns in German about unreadable lines and still prints the rest', () => {
    createFileInsightsStore(dataDir).recordUnanswered({ text: 'Frage', at: new Date('2024-06-15T10:00:00Z') });
    appendFileSync(join(dataDir, 'insights', 'unanswered-2024-06.jsonl'), 'kaputt\n');
    const { out, warnings } = run({ DATA_DIR: dataDir });
    expect(out[0]).toContain('1 × frage');
    expect(warnings).toEqual(['Warnung: [insights-log] unanswered-2024-06.jsonl:2: not JSON, line skipped']);
  });
});
