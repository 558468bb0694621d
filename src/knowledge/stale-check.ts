import { escapeRegExp } from '../german/regexp';
import type { GlossaryEntry, Instrument, ProseFigure, Section, Table, TargetGroup } from './schema';
import { splitSentences } from './sentences';

/** One curated item that no longer matches the document. */
export interface KnowledgeProblem {
  /** "curated/prose-figures.json". */
  file: string;
  /** "figures[3].quote". */
  field: string;
  /** The item as people name it: its id or abbreviation. */
  item: string;
  why: string;
}

export interface CuratedKnowledge {
  sections: readonly Section[];
  tables: readonly Table[];
  /** Curated items completed from the derived ones; a hole is an override that could not be completed (already a problem). */
  glossary: readonly (GlossaryEntry | undefined)[];
  proseFigures: readonly (ProseFigure | undefined)[];
  targetGroups: readonly TargetGroup[];
  instruments: readonly Instrument[];
}

const F = {
  sections: 'generated/sections.json',
  tables: 'generated/tables.json',
  glossary: 'curated/glossary.json',
  proseFigures: 'curated/prose-figures.json',
  targetGroups: 'curated/target-groups.json',
  instruments: 'curated/instruments.json',
} as const;

/**
 * Every curated item is anchored in the document: a figure by its quote (which
 * must print its value), a glossary entry by its abbreviation or expansion in
 * its sections (and every figure its explanation names must be the document's),
 * a target group by its approach sentences, an instrument by its description.
 * Returns ALL problems, so one run lists everything that went stale.
 */
export function checkKnowledge(k: CuratedKnowledge): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const add = (file: string, field: string, item: string, why: string): void => {
    problems.push({ file, field, item, why });
  };
  unique(add, F.sections, 'sections', k.sections.map((s) => s.ref), 'ref');
  unique(add, F.tables, 'tables', k.tables.map((t) => t.id), 'id');
  unique(add, F.glossary, 'entries', k.glossary.map((e) => e?.abbreviation), 'abbreviation');
  unique(add, F.proseFigures, 'figures', k.proseFigures.map((f) => f?.id), 'id');
  unique(add, F.targetGroups, 'targetGroups', k.targetGroups.map((g) => g.id), 'id');
  unique(add, F.instruments, 'instruments', k.instruments.map((i) => i.id), 'id');

  const sectionText = new Map(k.sections.map((s) => [s.ref as string, normalise(s.paragraphs.map((p) => p.text).join('\n'))]));
  /** Everything a section shows: its text, its charts' titles and sources, its tables' titles, labels and sources. */
  const shownIn = new Map(k.sections.map((s) => [s.ref as string, normalise([
    ...s.paragraphs.flatMap((p) => [p.heading ?? '', p.text]),
    ...(s.charts ?? []).flatMap((c) => [c.title, c.source ?? '']),
    ...k.tables.filter((t) => t.sectionRef === s.ref).flatMap((t) => [t.title, t.source ?? '', ...(t.captions ?? []), ...t.columns, ...t.rows.map((r) => r.label)]),
  ].join('\n'))]));
  const rawSectionText = new Map(k.sections.map((s) => [s.ref as string, s.paragraphs.map((p) => p.text).join('\n')]));
  const known = (file: string, path: string, item: string, ref: string): boolean => {
    if (sectionText.has(ref)) return true;
    add(file, path, item, `unknown section "${ref}"`);
    return false;
  };
  k.tables.forEach((t, i) => known(F.tables, `tables[${i}].sectionRef`, t.id, t.sectionRef));

  const documentText = [...rawSectionText.values(), ...k.tables.flatMap((t) => [t.title, ...(t.captions ?? []), ...t.rows.flatMap((r) => [r.label, ...r.cells.map((c) => c.raw)])])].join('\n');
  k.glossary.forEach((e, i) => {
    if (!e) return;
    const refs = e.sectionRefs.filter((r, j) => known(F.glossary, `entries[${i}].sectionRefs[${j}]`, e.abbreviation, r));
    const text = refs.map((r) => shownIn.get(r)!).join('\n');
    if (refs.length && !containsWord(text, normalise(e.abbreviation)) && ![e.expansion, ...e.aliases].some((n) => nameIn(text, n))) {
      add(F.glossary, `entries[${i}].abbreviation`, e.abbreviation, `neither "${e.abbreviation}" nor "${shorten(e.expansion)}" occurs in section ${refs.join(', ')}`);
    }
    const stale = numbersIn(e.explanation).filter((n) => !containsNumber(documentText, n));
    if (stale.length) add(F.glossary, `entries[${i}].explanation`, e.abbreviation, `names ${stale.map((n) => `"${n}"`).join(', ')}, which the document no longer prints`);
  });

  const instrumentIds = new Set(k.instruments.map((i) => i.id));
  k.instruments.forEach((e, i) => {
    const refs = e.sectionRefs.filter((r, j) => known(F.instruments, `instruments[${i}].sectionRefs[${j}]`, e.id, r));
    const text = refs.map((r) => shownIn.get(r)!).join('\n');
    if (refs.length && ![e.name, ...e.aliases].some((n) => nameIn(text, n) || containsWord(text, normalise(n)))) add(F.instruments, `instruments[${i}].name`, e.id, `"${e.name}" no longer occurs in section ${refs.join(', ')}`);
    const stale = numbersIn(e.description).filter((n) => !containsNumber(documentText, n));
    if (stale.length) add(F.instruments, `instruments[${i}].description`, e.id, `names ${stale.map((n) => `"${n}"`).join(', ')}, which the document no longer prints`);
  });
  k.targetGroups.forEach((g, i) => {
    const refs = g.sectionRefs.filter((r, j) => known(F.targetGroups, `targetGroups[${i}].sectionRefs[${j}]`, g.id, r));
    g.instrumentIds.forEach((id, j) => {
      if (!instrumentIds.has(id)) add(F.targetGroups, `targetGroups[${i}].instrumentIds[${j}]`, g.id, `unknown instrument "${id}"`);
    });
    if (refs.length && !quotedIn(g.approach, refs, sectionText)) add(F.targetGroups, `targetGroups[${i}].approach`, g.id, `not found verbatim in section ${refs.join(', ')}: "${shorten(g.approach)}"`);
  });

  k.proseFigures.forEach((f, i) => {
    if (!f) return;
    if (!known(F.proseFigures, `figures[${i}].sectionRef`, f.id, f.sectionRef)) return;
    if (!rawSectionText.get(f.sectionRef)!.includes(f.quote)) {
      add(F.proseFigures, `figures[${i}].quote`, f.id, `not found verbatim in section ${f.sectionRef}: "${shorten(f.quote)}"`);
      return;
    }
    const printed = checkPrinted(f);
    if (printed) add(F.proseFigures, `figures[${i}].${printed.field}`, f.id, printed.why);
  });
  return problems;
}

/** Each sentence of the text stands in one of the sections (spacing and quotes aside). */
function quotedIn(text: string, refs: readonly string[], sectionText: ReadonlyMap<string, string>): boolean {
  return splitSentences(text).every((sentence) => refs.some((r) => sectionText.get(r)!.includes(normalise(sentence))));
}

/**
 * The quote must show the figure: as `printed` says ("fast ein Viertel"), and
 * when that holds digits, or when there is no `printed`, as the value in German
 * format ("4.530", "90,2", "6,8" for 6.800.000 with "Mio.").
 */
function checkPrinted(f: ProseFigure): { field: string; why: string } | undefined {
  if (f.printed !== undefined && !f.quote.includes(f.printed)) return { field: 'printed', why: `"${f.printed}" does not occur in its quote` };
  const shown = f.printed ?? f.quote;
  if (f.printed !== undefined && !/\d/.test(f.printed)) return undefined;
  if (!printedForms(f.value).some((form) => containsNumber(shown, form))) {
    return { field: 'value', why: `${f.value} does not appear in its ${f.printed !== undefined ? 'printed form' : 'quote'}` };
  }
  return undefined;
}

/** How the document may print a value: 4.530, 90,2, 6,8 (Mio.), 75. */
export function printedForms(value: number): string[] {
  const german = (n: number): string => n.toLocaleString('de-DE', { maximumFractionDigits: 2 });
  return Math.abs(value) >= 1_000_000 ? [german(value), german(value / 1_000_000)] : [german(value)];
}

/** "4.530" occurs in "ca. 4.530 ELB" but "21" does not occur in "4.521". */
export function containsNumber(text: string, form: string): boolean {
  const escaped = escapeRegExp(form);
  return new RegExp(`(^|[^\\d.,])${escaped}($|[^\\d]|[.,](?!\\d))`).test(text);
}

/** Figures of two or more digits (or with a decimal comma) an explanation states: "2.844", "19,1". Single digits are words ("3 Standorte"). */
function numbersIn(text: string): string[] {
  return [...new Set(text.match(/(?<![\d.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?|(?<![\d.,])\d+,\d+|(?<![\d.,§])\d{2,}(?![\d.,]\d)/g) ?? [])];
}

function containsWord(text: string, word: string): boolean {
  if (!word) return false;
  const escaped = escapeRegExp(word);
  return new RegExp(`(^|[^\\p{L}\\d])${escaped}`, 'u').test(text);
}

const SMALL_WORDS = new Set(['der', 'die', 'das', 'des', 'den', 'dem', 'und', 'oder', 'für', 'mit', 'von', 'bei', 'zur', 'zum', 'auf', 'aus', 'in', 'im', 'am', 'an', 'zu', 'ohne', 'nach', 'über', 'unter', 'einem', 'einer', 'eines']);

/**
 * A name stands in a text when each of its words does, inflected or not:
 * "beschäftigungsorientiertes Fallmanagement" in "im beschäftigungsorientierten Fallmanagement".
 */
function nameIn(text: string, name: string): boolean {
  const words = normalise(name).split(/[^\p{L}\d*]+/u).filter((w) => w.length > 2 && !SMALL_WORDS.has(w));
  if (words.length === 0) return false;
  return words.every((w) => containsWord(text, w.length > 5 ? w.slice(0, Math.max(5, w.length - 3)) : w));
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[„“”"»«]/g, '"').replace(/[‐‑–—]/g, '-').replace(/\s+/g, ' ').trim();
}

function unique(add: (file: string, field: string, item: string, why: string) => void, file: string, list: string, values: readonly (string | undefined)[], field: string): void {
  const seen = new Set<string>();
  values.forEach((value, i) => {
    if (value === undefined) return;
    if (seen.has(value)) add(file, `${list}[${i}].${field}`, value, `duplicate "${value}"`);
    seen.add(value);
  });
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
