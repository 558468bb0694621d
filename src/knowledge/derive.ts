import { GlossaryEntrySchema, ProseFigureSchema, type GlossaryEntry, type GlossaryOverride, type Instrument, type ProseFigure, type ProseFigureOverride, type Section, type SectionRef, type Table, type TargetGroup } from './schema';
import { printedForms, type KnowledgeProblem } from './stale-check';
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

/** The curated files as written: glossary entries and figures may be partial overrides. */
export interface CuratedOverrides {
  glossary: readonly GlossaryOverride[];
  proseFigures: readonly ProseFigureOverride[];
}

/**
 * Each curated override laid over the derived item it names (a glossary entry by
 * its abbreviation, a figure by section, value and unit), field by field; an
 * override with nothing derived under it must be complete. Positions are kept
 * (an override that cannot be completed is a hole) so problems name the item's
 * place in its file; every such override is one problem, all in one pass.
 */
export function completeOverrides(derived: DerivedKnowledge, curated: CuratedOverrides): {
  glossary: (GlossaryEntry | undefined)[];
  proseFigures: (ProseFigure | undefined)[];
  problems: KnowledgeProblem[];
} {
  const problems: KnowledgeProblem[] = [];
  const glossary = curated.glossary.map((override, i) => {
    const base = derived.glossary.find((e) => e.abbreviation.toLowerCase() === override.abbreviation.toLowerCase());
    if (base) return { ...base, ...override } as GlossaryEntry;
    const full = GlossaryEntrySchema.safeParse(override);
    if (full.success) return full.data;
    problems.push({ file: 'curated/glossary.json', field: `entries[${i}]`, item: override.abbreviation, why: `the document does not define "${override.abbreviation}" itself, so the entry needs all its fields; missing: ${missing(full.error)}` });
    return undefined;
  });
  const proseFigures = curated.proseFigures.map((override, i) => {
    const base = derived.proseFigures.find((f) => f.sectionRef === override.sectionRef && f.value === override.value && f.unit === override.unit);
    if (base) return { ...base, ...override } as ProseFigure;
    const full = ProseFigureSchema.safeParse(override);
    if (full.success) return full.data;
    const value = `${printedForms(override.value)[0]}${override.unit === 'Anzahl' ? '' : ` ${override.unit}`}`;
    problems.push({ file: 'curated/prose-figures.json', field: `figures[${i}]`, item: override.id ?? value, why: `no sentence in section ${override.sectionRef} states ${value}, so the figure needs all its fields; missing: ${missing(full.error)}` });
    return undefined;
  });
  return { glossary, proseFigures, problems };
}

function missing(error: { issues: readonly { path: readonly PropertyKey[] }[] }): string {
  return [...new Set(error.issues.map((i) => i.path.map(String).join('.')))].join(', ');
}
