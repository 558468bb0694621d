import { cpSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../src/config';
import { ingestFile } from '../../src/knowledge/ingest-file';
import { KnowledgeError } from '../../src/knowledge/load';
import { currentProgramme, loadProgrammes, programmesOfOneJobcenter } from '../../src/knowledge/programmes';
import { shippedDocument, tempProgrammes, writeTemp } from '../programmes/helpers';

/** The 2024 document as if it were the next year's: every year one later. */
const nextYear = (text: string): string => text.replace(/\b(20[12]\d)\b/g, (y) => String(Number(y) + 1));

describe('loadProgrammes', () => {
  const programmes = tempProgrammes(true);
  ingestFile(writeTemp('amip-2025.md', nextYear(shippedDocument())), { programmesDir: programmes });

  it('loads every programme, oldest year first, the newest is the current one', () => {
    const all = loadProgrammes({ programmesDir: programmes });
    expect(all.map((k) => k.programme.id)).toEqual(['elbe-elster-2024', 'elbe-elster-2025']);
    expect(currentProgramme(all).programme).toMatchObject({ year: 2025, stand: '2024-11-13' });
  });

  it('serves only the programmes PROGRAMMES names', () => {
    const { PROGRAMMES } = loadConfig({ PROGRAMMES: 'elbe-elster-2024' });
    expect(loadProgrammes({ programmesDir: programmes, ids: PROGRAMMES! }).map((k) => k.programme.id)).toEqual(['elbe-elster-2024']);
    expect(loadConfig({}).PROGRAMMES).toBeUndefined();
    expect(() => loadConfig({ PROGRAMMES: 'Elbe Elster' })).toThrow(/PROGRAMMES/);
  });

  it('an id without a folder is an error naming it', () => {
    expect(() => loadProgrammes({ programmesDir: programmes, ids: ['musterkreis-2031'] })).toThrow(KnowledgeError);
    expect(() => loadProgrammes({ programmesDir: programmes, ids: ['musterkreis-2031'] })).toThrow(/"musterkreis-2031"/);
  });

  it('ignores folders that are not programmes', () => {
    const other = tempProgrammes();
    cpSync(join(programmes, 'elbe-elster-2024'), join(other, 'elbe-elster-2024'), { recursive: true });
    cpSync(join(programmes, 'elbe-elster-2025'), join(other, 'alt'), { recursive: true });
    renameSync(join(other, 'alt'), join(other, 'Backup'));
    expect(loadProgrammes({ programmesDir: other }).map((k) => k.programme.id)).toEqual(['elbe-elster-2024']);
  });

  it('serves one jobcenter: another jobcenter’s programme beside them is skipped, or an error when PROGRAMMES names both', () => {
    const mixed = tempProgrammes(true);
    ingestFile(writeTemp('amip-2025.md', nextYear(shippedDocument())), { programmesDir: mixed });
    ingestFile(join(__dirname, '../programmes/fixtures/amip-musterkreis-2025.md'), { programmesDir: mixed });
    const all = loadProgrammes({ programmesDir: mixed });
    expect(all.map((k) => k.programme.jobcenter)).toContain('Jobcenter Musterkreis');
    const { served, skipped } = programmesOfOneJobcenter(all);
    expect(new Set(served.map((k) => k.programme.jobcenter)).size).toBe(1);
    expect(served.map((k) => k.programme.id)).toContain(currentProgramme(all).programme.id);
    expect(skipped.length).toBeGreaterThan(0);
    expect(skipped.every((k) => k.programme.jobcenter !== served[0]!.programme.jobcenter)).toBe(true);
    expect(() => programmesOfOneJobcenter(all, true)).toThrow(/several jobcenters/);
    expect(programmesOfOneJobcenter(served, true).skipped).toEqual([]);
  });
});
