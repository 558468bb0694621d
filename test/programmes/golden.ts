import { kpiSnapshot } from '../../src/answers/kpi-snapshot';
import { referencesFromTables } from '../../src/figures/programme-references';
import type { Knowledge } from '../../src/knowledge/schema';

/** What a programme's golden file pins: its identity, structure and key figures, in one readable shape. */
export function goldenOf(k: Knowledge) {
  const references = referencesFromTables(k.tables, k.sections);
  return {
    programme: k.programme,
    sections: k.sections.map((s) => `${s.number ? `${s.number} ` : ''}${s.title}${s.page !== undefined ? ` (S. ${s.page})` : ''}`),
    tables: k.tables.map((t) => `${t.sectionRef} ${t.title}`),
    kpiBlocks: kpiSnapshot(k).map((b) => `${b.topic}: ${b.title}`),
    quotas: Object.fromEntries(references.quotas.map((q) => [q.label, q.printed])),
    budgets: Object.fromEntries(references.budgetTotals.map((b) => [b.label, b.printed])),
    lzb: Object.fromEntries(references.lzb.map((r) => [r.label, r.printed])),
    changes: Object.fromEntries(references.changes.map((c) => [c.label, c.percent])),
    sentenceFigures: Object.fromEntries(k.proseFigures.map((f) => [`${f.sectionRef} ${f.label}`, f.printed ?? String(f.value)])),
    glossary: k.glossary.map((e) => e.abbreviation).sort(),
    targetGroups: k.targetGroups.map((g) => `${g.name} (${g.sectionRefs.join(', ')})`),
  };
}
