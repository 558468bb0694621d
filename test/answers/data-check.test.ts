import { checkTables } from '../../src/answers/data-check';
import { SectionRefSchema, type Cell, type Table } from '../../src/knowledge/schema';

const ref = SectionRefSchema.parse('3.1');
const count = (column: string, value: number, year: number): Cell => ({ column, raw: value.toLocaleString('de-DE'), value, unit: 'Anzahl', year });
const pct = (column: string, value: number, period: Cell['period'], year?: number): Cell => ({ column, raw: value.toLocaleString('de-DE'), value, unit: '%', period, ...(year ? { year } : {}) });

/** A table as another programme prints it: levels, a share dated like the newer level, and both changes. */
const table: Table = {
  id: 'branchen',
  title: 'Beschäftigte nach Wirtschaftszweigen',
  sectionRef: ref,
  columns: ['Juni 2023', 'Juni 2024', 'Anteil Juni 2024 in %', 'Veränderung absolut', 'Veränderung in %'],
  rows: [
    {
      label: 'Baugewerbe',
      isTotal: false,
      cells: [
        count('Juni 2023', 4402, 2023),
        count('Juni 2024', 4317, 2024),
        pct('Anteil Juni 2024 in %', 7.7, 'Anteil', 2024),
        { column: 'Veränderung absolut', raw: '-85', value: -85, unit: 'Anzahl', period: 'Veränderung' },
        pct('Veränderung in %', -1.9, 'Veränderung'),
      ],
    },
  ],
};

describe('checkTables: changes', () => {
  // Was a bug: the dated share column was taken for the newer level, so two correct changes were reported as misprints.
  it('compares the two levels, not a share column dated like the newer one', () => {
    const found = checkTables([table]).filter((f) => f.column.startsWith('Veränderung'));
    expect(found.map((f) => [f.column, f.expected, f.agrees])).toEqual([
      ['Veränderung absolut', -85, true],
      ['Veränderung in %', -1.9, true],
    ]);
  });
});
