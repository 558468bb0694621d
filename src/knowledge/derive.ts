import type { GlossaryEntry, Instrument, ProseFigure, Section, SectionRef, Table, TargetGroup } from './schema';
import { deriveFigures } from './derive/figures';
import { deriveGlossary } from './derive/glossary';
import { deriveTargetGroups } from './derive/target-groups';

/** What the knowledge layer reads from the document itself, before curated overrides. */
export interface DerivedKnowledge {
  glossary: GlossaryEntry[];
  proseFigures: ProseFigure[];
  targetGroups: TargetGroup[];
  instruments: Instrument[];
}

/** Glossary, sentence figures, target groups and their offers, from the document alone: a programme without curated files still answers. */
export function deriveKnowledge(sections: readonly Section[], tables: readonly Table[]): DerivedKnowledge {
  const { targetGroups, instruments } = deriveTargetGroups(sections);
  return { glossary: deriveGlossary(sections, tables), proseFigures: deriveFigures(sections), targetGroups, instruments };
}

/**
 * Curated items are overrides: a curated glossary entry replaces the derived one
 * of the same abbreviation, a curated figure the derived one with the same
 * section, value and unit, curated target groups the derived ones of the
 * sections they cite. Derived items the curated files do not cover are kept.
 */
export function mergeDerived(derived: DerivedKnowledge, curated: DerivedKnowledge): DerivedKnowledge {
  const merge = <T>(base: readonly T[], over: readonly T[], key: (item: T) => string): T[] => {
    const keys = new Set(over.map(key));
    return [...over, ...base.filter((item) => !keys.has(key(item)))];
  };
  const curatedSections = new Set<SectionRef>(curated.targetGroups.flatMap((g) => g.sectionRefs));
  const targetGroups = [...curated.targetGroups, ...derived.targetGroups.filter((g) => !g.sectionRefs.some((r) => curatedSections.has(r)))];
  const usedInstruments = new Set(targetGroups.flatMap((g) => g.instrumentIds));
  const derivedInstruments = derived.instruments.filter((i) => usedInstruments.has(i.id));
  const ids = new Set(curated.instruments.map((i) => i.id));
  return {
    glossary: merge(derived.glossary, curated.glossary, (e) => e.abbreviation.toLowerCase()),
    proseFigures: merge(derived.proseFigures, curated.proseFigures, (f) => `${f.sectionRef}|${f.value}|${f.unit}`),
    targetGroups,
    instruments: [...curated.instruments, ...derivedInstruments.filter((i) => !ids.has(i.id))],
  };
}
