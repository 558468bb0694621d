import { buildLibrary } from '../../src/compose';
import { ingestFile } from '../../src/knowledge/ingest-file';
import { loadProgrammes } from '../../src/knowledge/programmes';
import type { Knowledge, TableRow } from '../../src/knowledge/schema';
import { shippedDocument, tempProgrammes, writeTemp } from '../programmes/helpers';
import { compose, renameSection, scaleTableFigures, shiftYears } from '../programmes/variants';

/** The shipped programme and next year's (years +1, figures +3 %, one section renamed) in one programmes folder. */
const dir = tempProgrammes(true);
ingestFile(writeTemp('naechstes-jahr.md', compose(shiftYears(1), scaleTableFigures(1.03), renameSection('3.1', 'Ziele der Geschäftspolitik'))(shippedDocument())), { programmesDir: dir });
const programmes = loadProgrammes({ programmesDir: dir });
const brain = buildLibrary(programmes);
const [older, newer] = programmes as [Knowledge, Knowledge];

/** The first bold row of a table whose label names the quota, and its cell for a year. */
function quotaCell(k: Knowledge, year: number): string {
  const row = k.tables.flatMap((t) => t.rows).find((r: TableRow) => r.isTotal && /integrationsquote/i.test(r.label))!;
  return row.cells.find((c) => c.year === year && c.period !== 'Veränderung')!.raw;
}

describe('a library of two programme years', () => {
  it('loads both, oldest first, and serves the newest as the current one', () => {
    expect(programmes.map((p) => p.programme.year)).toEqual([older.programme.year, older.programme.year + 1]);
    expect(brain.knowledge.programme.year).toBe(newer.programme.year);
  });

  it('answers a question naming a year from that year’s programme, and says which', () => {
    const next = brain.library!.answer(`Wie hoch ist die Integrationsquote ${newer.programme.year}?`);
    expect(next.text).toContain(quotaCell(newer, newer.programme.year));
    expect(next.notes.join(' ')).toContain(`programm ${newer.programme.year}`);
    const last = brain.library!.answer(`Wie hoch ist die Integrationsquote ${older.programme.year}?`);
    expect(last.text).toContain(quotaCell(older, older.programme.year));
    expect(last.notes.join(' ')).toContain(`programm ${older.programme.year}`);
  });

  it('compares the two programmes: KPI rows of both with the change, and sections renamed', () => {
    const answer = brain.library!.answer('Was hat sich gegenüber dem Vorjahr geändert?');
    expect(answer.text).toContain(`AMIP ${older.programme.year}`);
    expect(answer.text).toContain(`AMIP ${newer.programme.year}`);
    expect(answer.text).toContain(quotaCell(older, older.programme.year));
    expect(answer.text).toContain(quotaCell(newer, newer.programme.year));
    expect(answer.text).toMatch(/\*\*Neu:\*\*.*Ziele der Geschäftspolitik/);
    expect(answer.text).toMatch(/\*\*Entfallen:\*\*.*Geschäftspolitische Ziele/);
  });

  it('is no library with one programme: the answerer alone', () => {
    expect(buildLibrary([older]).library).toBeUndefined();
  });
});
