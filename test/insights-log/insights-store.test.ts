import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashUserId } from '../../src/privacy/user-hash';
import { createFileInsightsStore, createMemoryInsightsStore, keepableText, REMOVED_PERSONAL_DATA, type InsightsStore, type InsightsStoreOptions } from '../../src/insights-log/insights-store';

const at = new Date('2024-06-15T10:00:00Z');
const userHash = hashUserId('29:1AbC-user-42', 'salt');

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'amip-insights-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** The policies both variants keep: what is stored, what is refused, and that recording never throws. */
function describeInsightsPolicy(name: string, create: (options: InsightsStoreOptions) => InsightsStore): void {
  describe(`${name}: what is kept`, () => {
    const setup = (): { log: InsightsStore; errors: Error[] } => {
      const errors: Error[] = [];
      return { log: create({ onError: (e) => errors.push(e) }), errors };
    };

    it('records unanswered questions and feedback and reads them back oldest first', () => {
      const { log, errors } = setup();
      log.recordUnanswered({ text: 'Gibt es ein Jobrad?', at: new Date('2024-06-16T08:00:00Z') });
      log.recordFeedback({ reaction: 'dislike', comment: 'zu lang', answerKind: 'passage', at, userHash });
      expect(log.readInsights()).toEqual([
        { kind: 'feedback', at: '2024-06-15T10:00:00.000Z', reaction: 'dislike', comment: 'zu lang', answerKind: 'passage', userHash },
        { kind: 'unanswered', at: '2024-06-16T08:00:00.000Z', text: 'Gibt es ein Jobrad?' },
      ]);
      expect(errors).toEqual([]);
    });

    it('keeps only a placeholder for a question or comment with client data', () => {
      const { log } = setup();
      log.recordUnanswered({ text: 'Ist Frau Müller, geb. 01.02.1980, LZB?', at });
      log.recordUnanswered({ text: 'Ist Frau Müller LZB?', at, personalData: true });
      log.recordFeedback({ reaction: 'like', comment: 'Hilfreich, ruf mich an: 03531 123456', at, userHash });
      const stored = JSON.stringify(log.readInsights());
      expect(log.readInsights().map((r) => (r.kind === 'unanswered' ? r.text : r.comment))).toEqual([REMOVED_PERSONAL_DATA, REMOVED_PERSONAL_DATA, REMOVED_PERSONAL_DATA]);
      expect(stored).not.toMatch(/Müller|1980|03531/);
    });

    it('refuses a raw user id in place of a hash, without echoing it', () => {
      const { log, errors } = setup();
      log.recordFeedback({ reaction: 'like', at, userHash: '29:1AbC-user-42' });
      expect(log.readInsights()).toEqual([]);
      expect(errors).toHaveLength(1);
      expect(errors[0]?.message).toMatch(/\[insights-log\] userHash must be a hex hash/);
      expect(errors[0]?.message).not.toContain('user-42');
    });

    it('never throws into the turn: a broken date is reported and skipped', () => {
      const { log, errors } = setup();
      expect(() => log.recordUnanswered({ text: 'Frage', at: new Date('kaputt') })).not.toThrow();
      expect(log.readInsights()).toEqual([]);
      expect(errors).toHaveLength(1);
    });

    it('skips empty questions and comments, and keeps only a safe answer kind', () => {
      const { log } = setup();
      log.recordUnanswered({ text: '   ', at });
      log.recordFeedback({ reaction: 'like', comment: '  ', answerKind: 'figure<script>', at, userHash });
      expect(log.readInsights()).toEqual([{ kind: 'feedback', at: at.toISOString(), reaction: 'like', answerKind: 'figurescript', userHash }]);
    });
  });
}

describeInsightsPolicy('createMemoryInsightsStore', (options) => createMemoryInsightsStore(options));
describeInsightsPolicy('createFileInsightsStore', (options) => createFileInsightsStore(tempDir(), options));

describe('keepableText', () => {
  it.each([
    ['  Gibt es\n\tein  Jobrad? ', 'Gibt es ein Jobrad?'],
    ['Zeile\u0000mit\u001bSteuerzeichen\u0085', 'Zeile mit Steuerzeichen'],
    ['Wie hoch ist die Integrationsquote 2024?', 'Wie hoch ist die Integrationsquote 2024?'],
    ['Mail an a@b.de', REMOVED_PERSONAL_DATA],
  ])('%j → %j', (text, kept) => {
    expect(keepableText(text)).toBe(kept);
  });

  it('cuts long text to 500 characters', () => {
    const kept = keepableText('Frage '.repeat(200));
    expect(kept).toHaveLength(500);
    expect(kept.endsWith('…')).toBe(true);
  });
});

describe('createFileInsightsStore', () => {
  it('appends one JSON line per record to a file per kind and month under <dataDir>/insights', () => {
    const dataDir = tempDir();
    const log = createFileInsightsStore(dataDir);
    log.recordUnanswered({ text: 'Frage Mai', at: new Date('2024-05-31T23:00:00Z') });
    log.recordUnanswered({ text: 'Frage Juni', at });
    log.recordUnanswered({ text: 'Noch eine', at });
    log.recordFeedback({ reaction: 'like', at, userHash });
    const dir = join(dataDir, 'insights');
    expect(readdirSync(dir).sort()).toEqual(['feedback-2024-06.jsonl', 'unanswered-2024-05.jsonl', 'unanswered-2024-06.jsonl']);
    const lines = readFileSync(join(dir, 'unanswered-2024-06.jsonl'), 'utf8').split('\n');
    expect(lines).toEqual(['{"kind":"unanswered","at":"2024-06-15T10:00:00.000Z","text":"Frage Juni"}', '{"kind":"unanswered","at":"2024-06-15T10:00:00.000Z","text":"Noch eine"}', '']);
    expect(statSync(join(dir, 'feedback-2024-06.jsonl')).mode & 0o777).toBe(0o600);
  });

  it('is read back by a new instance (after a restart, or by npm run report)', () => {
    const dataDir = tempDir();
    createFileInsightsStore(dataDir).recordUnanswered({ text: 'Gibt es ein Jobrad?', at });
    createFileInsightsStore(dataDir).recordFeedback({ reaction: 'dislike', at: new Date('2024-06-15T11:00:00Z'), userHash });
    expect(createFileInsightsStore(dataDir).readInsights().map((r) => r.kind)).toEqual(['unanswered', 'feedback']);
  });

  it('skips lines it cannot read, naming file and line, and ignores other files', () => {
    const dataDir = tempDir();
    const errors: Error[] = [];
    const log = createFileInsightsStore(dataDir, { onError: (e) => errors.push(e) });
    log.recordUnanswered({ text: 'gut', at });
    const file = join(dataDir, 'insights', 'unanswered-2024-06.jsonl');
    appendFileSync(file, '{"kind":"unanswered","at":"2024-06-15T10:00:00.000Z","te\n{"kind":"unanswered","at":"gestern","text":"x"}\n');
    writeFileSync(join(dataDir, 'insights', 'notes.txt'), 'nicht meins');
    expect(log.readInsights()).toHaveLength(1);
    expect(errors.map((e) => e.message)).toEqual([
      '[insights-log] unanswered-2024-06.jsonl:2: not JSON, line skipped',
      expect.stringMatching(/^\[insights-log\] unanswered-2024-06\.jsonl:3: at .*line skipped$/),
    ]);
  });

  it('reads nothing and creates nothing when there is no data yet', () => {
    const dataDir = join(tempDir(), 'missing');
    expect(createFileInsightsStore(dataDir).readInsights()).toEqual([]);
    expect(existsSync(dataDir)).toBe(false);
  });

  it('reports a failed append instead of throwing', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'insights'), 'a file where the directory belongs');
    const errors: Error[] = [];
    const log = createFileInsightsStore(dataDir, { onError: (e) => errors.push(e) });
    expect(() => log.recordUnanswered({ text: 'Frage', at })).not.toThrow();
    expect(errors).toHaveLength(1);
  });
});

describe('createMemoryInsightsStore', () => {
  it('keeps only the latest records', () => {
    const log = createMemoryInsightsStore({ maxRecords: 3 });
    for (let i = 0; i < 5; i++) log.recordUnanswered({ text: `Frage ${i}`, at: new Date(at.getTime() + i) });
    expect(log.readInsights().map((r) => (r.kind === 'unanswered' ? r.text : ''))).toEqual(['Frage 2', 'Frage 3', 'Frage 4']);
  });
});

describe('flush', () => {
  it('syncs every file written since the last flush, and reports one that vanished', () => {
    const dataDir = tempDir();
    const errors: Error[] = [];
    const log = createFileInsightsStore(dataDir, { onError: (e) => errors.push(e) });
    log.recordUnanswered({ text: 'Gibt es ein Jobrad?', at });
    log.flush();
    expect(errors).toEqual([]);
    log.recordFeedback({ reaction: 'like', at, userHash });
    rmSync(join(dataDir, 'insights'), { recursive: true, force: true });
    log.flush();
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/feedback-2024-06\.jsonl/)]);
    // Flushed files are not synced again.
    log.flush();
    expect(errors).toHaveLength(1);
  });
});
