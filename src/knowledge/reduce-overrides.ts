import type { DerivedKnowledge } from './derive';
import type { GlossaryOverride, ProseFigureOverride } from './schema';

/** The fields that name the derived item an override lies over; never dropped. */
const GLOSSARY_ANCHOR = new Set(['abbreviation']);
const FIGURE_ANCHOR = new Set(['id', 'sectionRef', 'value', 'unit']);

/**
 * Curated overrides without what the document already gives: every field equal
 * to the derived item's is dropped, so a curated file holds only wording the
 * derivation cannot produce. Items with nothing derived under them stay whole.
 * Returns the reduced lists and how many fields were dropped.
 */
export function reduceOverrides(
  derived: DerivedKnowledge,
  curated: { glossary: readonly GlossaryOverride[]; proseFigures: readonly ProseFigureOverride[] },
): { glossary: GlossaryOverride[]; proseFigures: ProseFigureOverride[]; dropped: number } {
  let dropped = 0;
  const reduce = <T extends object>(item: T, base: object | undefined, anchor: ReadonlySet<string>): T => {
    if (!base) return item;
    const kept = Object.entries(item).filter(([key, value]) => anchor.has(key) || JSON.stringify(value) !== JSON.stringify((base as Record<string, unknown>)[key]));
    dropped += Object.keys(item).length - kept.length;
    return Object.fromEntries(kept) as T;
  };
  const glossary = curated.glossary.map((e) => reduce(e, derived.glossary.find((d) => d.abbreviation.toLowerCase() === e.abbreviation.toLowerCase()), GLOSSARY_ANCHOR));
  const proseFigures = curated.proseFigures.map((f) => reduce(f, derived.proseFigures.find((d) => d.sectionRef === f.sectionRef && d.value === f.value && d.unit === f.unit), FIGURE_ANCHOR));
  return { glossary, proseFigures, dropped };
}
