import { referencesFromTables } from '../figures/programme-references';
import type { Knowledge, Section, SectionRef, Table } from '../knowledge/schema';
import { splitSentences } from '../search/sentences';
import { formatCell, formatValue } from './format-figure';

export interface TourStep {
  title: string;
  sectionRefs: SectionRef[];
  text: string;
}

export interface QuizQuestion {
  question: string;
  choices: string[];
  correct: number;
  explanation: string;
}

const MAX_STEPS = 7;
const MAX_TEXT = 600;

/**
 * The onboarding tour, built from the document's own structure: one step per
 * top-level section that has text (its lead sentence, its first list, the key
 * rows of its tables), a step on the target groups, and one for the remaining
 * sections when there are more than fit. Next year's programme, or another
 * jobcenter's with other chapters, gives its own tour.
 */
export function buildTour(k: Knowledge): TourStep[] {
  const chapters = k.sections.filter((s) => s.level === 1).map((s) => ({ section: s, subtree: subtree(k.sections, s) })).filter((c) => c.subtree.some((s) => s.paragraphs.length > 0));
  const groups = k.targetGroups.length ? 1 : 0;
  const fits = chapters.length + groups <= MAX_STEPS ? chapters.length : MAX_STEPS - groups - 1;
  const steps: TourStep[] = chapters.slice(0, fits).map(({ section, subtree: parts }) => ({
    title: section.title,
    sectionRefs: parts.filter((s) => s.paragraphs.length > 0 || k.tables.some((t) => t.sectionRef === s.ref)).map((s) => s.ref).slice(0, 4),
    text: join(leadSentences(parts), firstList(parts), keyRows(k.tables.filter((t) => parts.some((s) => s.ref === t.sectionRef)))),
  }));
  if (groups) {
    const example = k.targetGroups[0]!.name;
    steps.push({
      title: 'Zielgruppen und Angebote',
      sectionRefs: [...new Set(k.targetGroups.flatMap((g) => g.sectionRefs))].slice(0, 4),
      text: `Besondere Unterstützung erhalten: ${k.targetGroups.map((g) => g.name).join(', ')}. Fragen Sie mich nach einer Gruppe, z. B. „Was gibt es für ${example}?“`,
    });
  }
  const rest = chapters.slice(fits);
  if (rest.length) {
    steps.push({
      title: 'Weitere Themen',
      sectionRefs: rest.map((c) => c.section.ref).slice(0, 4),
      text: rest.map(({ section, subtree: parts }) => `${section.number ? `${section.number} ` : ''}${section.title}: ${leadSentences(parts, 1)}`).join(' '),
    });
  }
  return steps.map((step) => ({ ...step, text: step.text.length > MAX_TEXT ? `${step.text.slice(0, MAX_TEXT - 3)}…` : step.text }));
}

/** The section and the sections numbered below it ("5" → 5, 5.1, 5.3.2). */
function subtree(sections: readonly Section[], head: Section): Section[] {
  if (head.number === null) return [head];
  return sections.filter((s) => s === head || (s.number !== null && s.number.startsWith(`${head.number}.`)));
}

/** The first sentences of the first text paragraphs under a chapter. */
function leadSentences(parts: readonly Section[], count = 2): string {
  const paragraphs = parts.flatMap((s) => s.paragraphs).filter((p) => !p.isList);
  return paragraphs.slice(0, count).map((p) => splitSentences(p.text)[0] ?? '').filter(Boolean).join(' ');
}

function firstList(parts: readonly Section[]): string {
  const list = parts.flatMap((s) => s.paragraphs).find((p) => p.isList);
  return list && list.text.length < 300 ? list.text : '';
}

/** "Integrationsquote gesamt: Ist 2023 19,1 %, Plan 2024 19,1 %." for the total rows of the chapter's tables. */
function keyRows(tables: readonly Table[]): string {
  const rows = tables.flatMap((t) => t.rows.filter((r) => r.isTotal).slice(0, 2)).slice(0, 3);
  return rows
    .map((r) => {
      const cells = r.cells.filter((c) => c.period !== 'Veränderung' && c.period !== 'Differenz' && c.period !== 'Anteil').slice(0, 2);
      return cells.length ? `${r.label}: ${cells.map((c) => `${c.column} ${formatCell(c)}`).join(', ')}.` : '';
    })
    .filter(Boolean)
    .join(' ');
}

const join = (...parts: string[]): string => parts.filter(Boolean).join(' ');

/** A short self-check whose answers come from the knowledge, found by vocabulary. */
export function buildQuiz(k: Knowledge): QuizQuestion[] {
  const questions: QuizQuestion[] = [];
  const definition = lzbDefinition(k);
  if (definition) {
    const { months, window, sentence } = definition;
    const choices = [String(Math.round(window / 2)), String(months), String(window)];
    questions.push({ question: `Ab wie vielen Monaten Leistungsbezug in den letzten ${window} Monaten zählt jemand als LZB?`, choices, correct: 1, explanation: sentence });
  }
  const references = referencesFromTables(k.tables, k.sections);
  const plans = references.quotas.filter((q) => q.period === 'Plan');
  const total = plans.find((q) => q.group === 'gesamt');
  if (total) {
    const others = plans.filter((q) => q !== total).map((q) => formatValue(q.value, '%'));
    const distractors = others.length >= 2 ? others.slice(0, 2) : [formatValue(Math.max(0, total.value - 2.5), '%'), formatValue(total.value + 2.5, '%')];
    questions.push({
      question: `Welche Integrationsquote (gesamt) plant das Jobcenter für ${total.year}?`,
      choices: [distractors[0]!, formatValue(total.value, '%'), distractors[1]!],
      correct: 1,
      explanation: `Plan ${total.year} gesamt: ${formatValue(total.value, '%')} (Abschnitt ${total.source.sectionRef}).`,
    });
  }
  const share = k.proseFigures.find((f) => f.unit === '%' && /(2\.|zweiten?)\s+Arbeitsmarkt/i.test(f.quote));
  if (share) {
    const other = (factor: number) => formatValue(Math.round(Math.min(95, share.value * factor) * 10) / 10, '%');
    questions.push({ question: 'Welcher Anteil der Eingliederungsmittel ist für den 2. Arbeitsmarkt vorgesehen?', choices: [formatValue(share.value, '%'), other(1.7), other(0.5)], correct: 0, explanation: share.quote });
  }
  return questions;
}

/** "… in den vergangenen 24 Monaten mindestens 21 Monate …": the LZB definition, wherever the programme states it. */
function lzbDefinition(k: Knowledge): { months: number; window: number; sentence: string } | undefined {
  for (const section of k.sections) {
    for (const p of section.paragraphs) {
      for (const sentence of splitSentences(p.text)) {
        const match = /(\d+)\s+Monaten\s+mindestens\s+(\d+)\s+Monate/.exec(sentence);
        if (match && /LZB|Langzeitleistungsbezieh/.test(sentence)) return { window: Number(match[1]), months: Number(match[2]), sentence };
      }
    }
  }
  return undefined;
}
