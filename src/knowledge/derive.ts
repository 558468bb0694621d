import type { GlossaryEntry, Instrument, ProseFigure, Section, Table, TargetGroup } from './schema';

/** What the knowledge layer reads from the document itself, before curated overrides. */
export interface DerivedKnowledge {
  glossary: GlossaryEntry[];
  proseFigures: ProseFigure[];
  targetGroups: TargetGroup[];
  instruments: Instrument[];
}

export function deriveKnowledge(_sections: readonly Section[], _tables: readonly Table[]): DerivedKnowledge {
  return { glossary: [], proseFigures: [], targetGroups: [], instruments: [] };
}

/** Curated items replace derived ones with the same key; derived items the curated files do not name are kept. */
export function mergeDerived(derived: DerivedKnowledge, curated: Omit<DerivedKnowledge, never>): DerivedKnowledge {
  const merge = <T>(base: readonly T[], over: readonly T[], key: (item: T) => string): T[] => {
    const keys = new Set(over.map(key));
    return [...over, ...base.filter((item) => !keys.has(key(item)))];
  };
  return {
    glossary: merge(derived.glossary, curated.glossary, (e) => e.abbreviation.toLowerCase()),
    proseFigures: merge(derived.proseFigures, curated.proseFigures, (f) => f.id),
    targetGroups: merge(derived.targetGroups, curated.targetGroups, (g) => g.id),
    instruments: merge(derived.instruments, curated.instruments, (i) => i.id),
  };
}
