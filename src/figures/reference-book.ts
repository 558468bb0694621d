import type { ProgrammeReferences } from './programme-references';

/** One loaded programme's reference values, by the year of the programme. */
export interface ProgrammeYearReferences {
  programmeYear: number;
  references: ProgrammeReferences;
}

/** The values a calculation compares with, and the note that says where they come from. */
export interface ChosenReferences {
  references: ProgrammeReferences;
  /** The year asked, when the values are narrowed to it (a quota compares with that year's row). */
  year?: number;
  /** Said under the result: which programme the values come from, or that none has the year asked. */
  note?: string;
}

/** The reference values of every loaded programme; a calculation takes those of the year asked. */
export interface ReferenceBook {
  /** The current (newest) programme's values: what forms and buttons offer. */
  readonly current: ProgrammeReferences;
  /**
   * For a year asked: the programme of that year; else the newest programme
   * whose tables hold values of that year (AMIP 2024 holds Ist 2023); else no
   * values at all, with a note saying so. Without a year: the current programme.
   */
  forYear(year: number | undefined): ChosenReferences;
}

const NO_VALUES: ProgrammeReferences = { quotas: [], budgetTotals: [], lzb: [], changes: [], missing: [] };

/** A book over the loaded programmes (any order); the newest programme year is the current one. */
export function referenceBook(programmes: readonly ProgrammeYearReferences[]): ReferenceBook {
  if (programmes.length === 0) throw new Error('[figures] a reference book needs at least one programme');
  const newestFirst = [...programmes].sort((a, b) => b.programmeYear - a.programmeYear);
  const current = newestFirst[0]!;
  const several = newestFirst.length > 1;
  const from = (p: ProgrammeYearReferences): string => `Vergleichswerte aus dem Arbeitsmarkt- und Integrationsprogramm ${p.programmeYear}.`;
  return {
    current: current.references,
    forYear: (year) => {
      if (year === undefined) return { references: current.references, ...(several ? { note: from(current) } : {}) };
      const own = newestFirst.find((p) => p.programmeYear === year) ?? newestFirst.find((p) => holdsYear(p.references, year));
      if (own) return { references: own.references, year, ...(several ? { note: from(own) } : {}) };
      const loaded = newestFirst.map((p) => p.programmeYear).reverse().join(', ');
      return { references: NO_VALUES, year, note: `Für ${year} nennt kein geladenes Programm Vergleichswerte (geladen: ${loaded}); das Ergebnis steht daher ohne Vergleich.` };
    },
  };
}

function holdsYear(references: ProgrammeReferences, year: number): boolean {
  return [...references.quotas, ...references.budgetTotals, ...references.lzb].some((r) => r.year === year);
}
