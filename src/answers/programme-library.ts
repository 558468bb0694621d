import { formatPoints, formatSignedPercent } from '../german/number';
import type { Knowledge, Section, Table, TableRow } from '../knowledge/schema';
import type { CueTable } from '../knowledge/cues';
import type { Answer, RelatedTopic } from './answer';
import { formatCell, formatIsoDate } from './format-figure';
import type { QuestionContext } from './follow-up';
import { yearsIn } from './programme-scope';

/** What answers a question: one programme's answerer, or a library of several years. */
export interface QuestionAnswerer {
  answer(text: string, context?: QuestionContext, now?: number): Answer;
}

export interface LibraryEntry {
  knowledge: Knowledge;
  answerer: QuestionAnswerer;
}

/**
 * Several programmes side by side (2024 and 2025, say): a question naming a
 * programme's year goes to that programme, every other to the current (newest)
 * one; "Was hat sich gegenüber dem Vorjahr geändert?" compares the two newest.
 * With one programme it is that programme's answerer and adds nothing.
 */
export class ProgrammeLibrary implements QuestionAnswerer {
  private readonly byYear = new Map<number, LibraryEntry>();
  readonly current: LibraryEntry;

  constructor(
    entries: readonly LibraryEntry[],
    private readonly cues: CueTable,
  ) {
    if (entries.length === 0) throw new Error('[answers] a programme library needs at least one programme');
    const sorted = [...entries].sort((a, b) => a.knowledge.programme.year - b.knowledge.programme.year);
    for (const e of sorted) this.byYear.set(e.knowledge.programme.year, e);
    this.current = sorted.at(-1)!;
  }

  /** Every programme but the current one, oldest first. */
  get others(): Knowledge[] {
    return [...this.byYear.values()].filter((e) => e !== this.current).map((e) => e.knowledge);
  }

  get years(): number[] {
    return [...this.byYear.keys()];
  }

  answer(text: string, context?: QuestionContext, now?: number): Answer {
    if (this.byYear.size > 1 && this.cues.mentions(text, 'year-over-year')) return this.yearOverYear();
    const entry = this.entryFor(text);
    const answer = entry.answerer.answer(text, context, now);
    if (this.byYear.size > 1 && answer.kind !== 'no-answer' && answer.sources.length > 0) {
      const p = entry.knowledge.programme;
      answer.notes = [...answer.notes, `Aus dem Arbeitsmarkt- und Integrationsprogramm ${p.year} (Stand ${formatIsoDate(p.stand)})${entry === this.current ? ' – dem aktuellen' : ''}.`];
    }
    return answer;
  }

  /** The programme of a year the question names, else the current one. */
  private entryFor(text: string): LibraryEntry {
    for (const year of yearsIn(text)) {
      const entry = this.byYear.get(year);
      if (entry) return entry;
    }
    return this.current;
  }

  /** The KPI rows both programmes have, each with its value in both and the change; sections added or dropped. */
  private yearOverYear(): Answer {
    const entries = [...this.byYear.values()];
    const now = entries.at(-1)!.knowledge;
    const before = entries.at(-2)!.knowledge;
    const lines: string[] = [];
    for (const table of now.tables) {
      const previous = matchingTable(table, before.tables);
      if (!previous) continue;
      for (const row of table.rows) {
        if (!row.isTotal) continue;
        const old = previous.rows.find((r) => sameLabel(r.label, row.label));
        const a = old && yearCell(old, before.programme.year);
        const b = yearCell(row, now.programme.year);
        if (!a || !b || a.unit !== b.unit) continue;
        lines.push(`- **${row.label}**: ${formatCell(a)} (${a.column}, AMIP ${before.programme.year}) → ${formatCell(b)} (${b.column}, AMIP ${now.programme.year})${changeText(a.value, b.value, a.unit)}`);
      }
    }
    const titles = (k: Knowledge): Map<string, Section> => new Map(k.sections.map((s) => [normalise(s.title), s]));
    const [oldTitles, newTitles] = [titles(before), titles(now)];
    const added = [...newTitles].filter(([t]) => !oldTitles.has(t)).map(([, s]) => sectionName(s));
    const dropped = [...oldTitles].filter(([t]) => !newTitles.has(t)).map(([, s]) => sectionName(s));
    const text = [
      `**Vom AMIP ${before.programme.year} zum AMIP ${now.programme.year}** (${now.programme.jobcenter}):`,
      lines.length ? lines.join('\n') : 'Kennzahlen, die beide Programme in gleicher Form nennen, gibt es nicht.',
      added.length ? `**Neu:** ${added.join(' · ')}` : '',
      dropped.length ? `**Entfallen:** ${dropped.join(' · ')}` : '',
    ].filter(Boolean);
    const related: RelatedTopic[] = [];
    return { kind: 'figure', text: text.join('\n\n'), sources: [], related, notes: [] };
  }
}

function matchingTable(table: Table, candidates: readonly Table[]): Table | undefined {
  return candidates.find((t) => sameLabel(t.title, table.title)) ?? candidates.find((t) => t.rows.some((r) => r.isTotal && table.rows.some((q) => q.isTotal && sameLabel(q.label, r.label))));
}

/** The cell of the programme's own year that is no change: the plan (or estimate) the programme sets. */
function yearCell(row: TableRow, year: number) {
  return row.cells.find((c) => c.year === year && c.period !== 'Veränderung' && c.period !== 'Differenz');
}

function changeText(a: number, b: number, unit: string): string {
  if (a === 0) return '';
  return unit === '%' ? ` (${formatPoints(b - a)})` : ` (${formatSignedPercent(((b - a) / a) * 100)})`;
}

function sectionName(s: Section): string {
  return s.number ? `${s.number} ${s.title}` : s.title;
}

function sameLabel(a: string, b: string): boolean {
  return normalise(a) === normalise(b);
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/\d{4}/g, '').replace(/[^\p{L}]+/gu, ' ').trim();
}
