import { foldUmlauts } from '../search/analyser';
import type { Knowledge, ProseFigure, TableRow, Unit } from '../knowledge/schema';
import type { QuestionFeatures } from './question-features';
import type { SearchDoc } from '../search/search-documents';
import { yearsIn } from './programme-scope';
import { ageBandMatches, askedAgeBand, columnAgeBand } from './age-bands';

/**
 * The hard slots of a figure question that a candidate must satisfy: the measure
 * it names, the year, the gender, the unit. A candidate that fails one is not an
 * answer, however well it ranks: "Arbeitslosenquote" is not "Integrationsquote",
 * and a 2023 value does not answer "2021".
 */
export type Unsupported =
  /** `named`: the words are things the programme names too, only not together with the candidate. */
  | { slot: 'measure'; words: string[]; named?: boolean }
  | { slot: 'year'; years: number[]; available: number[] }
  | { slot: 'gender'; gender: 'weiblich' | 'männlich' }
  | { slot: 'unit'; unit: Unit }
  | { slot: 'age'; band: string }
  /** A number is asked in so many words, and the passage found holds none. */
  | { slot: 'number' };

export interface SupportInput {
  doc: SearchDoc;
  /** The programme's own year: an undated sentence speaks of it, not of another year. */
  programmeYear: number;
  /** "Wie viele …" without a share cue: a percentage does not answer it. */
  countAsked: boolean;
  /** Query words the candidate does not name, slot words already removed. */
  unnamed: readonly string[];
}

const AGE_COLUMN = /\b(altersgruppe|\d+ bis unter \d+|\d+ jahre und älter|jahre)\b/i;
/** A label, quote or column that names women or men. */
export const GENDERED = /(?<!\p{L})(frauen|frau|männer|mann|weiblich\w*|männlich\w*|mütter|väter)(?!\p{L})/iu;

export function checkSupport(input: SupportInput, question: QuestionFeatures, knowledge: Pick<Knowledge, 'tables' | 'proseFigures'>): Unsupported | undefined {
  const { doc } = input;
  const ref = doc.ref;
  if (input.unnamed.length > 0) return { slot: 'measure', words: [...input.unnamed] };
  // "Wie viele ELB kommen auf eine Integration?" asks a ratio: a count of either is no answer.
  const ratio = RATIO_ASKED.exec(question.text);
  if (ratio && (ref.kind === 'table-row' || ref.kind === 'prose-figure') && !RATIO_NAMED.test(`${doc.label} ${doc.body}`)) return { slot: 'measure', words: [ratio[0].replace(/^\S+\s+/u, '')] };
  if (ref.kind === 'table-row') {
    const table = knowledge.tables.find((t) => t.id === ref.tableId)!;
    const row = table.rows[ref.row]!;
    return rowSupport(row, `${table.title} ${table.rowHeader ?? ''}`, question, input);
  }
  if (ref.kind === 'prose-figure') {
    const figure = knowledge.proseFigures.find((f) => f.id === ref.figureId)!;
    return figureSupport(figure, question, input);
  }
  // "Wie viel Geld bekommen Alleinerziehende?" is not answered by the group's portrait; a share may stand in its text.
  const unit = askedUnit(question);
  if (unit === '€' && question.asksNumber) return { slot: 'unit', unit };
  return undefined;
}

function rowSupport(row: TableRow, tableText: string, question: QuestionFeatures, input: SupportInput): Unsupported | undefined {
  // A table without year columns is of the year its title names ("… (JDW 2023)").
  const years = cellYears(row).length > 0 ? cellYears(row) : [...new Set(yearsIn(tableText))];
  if (question.years.length > 0 && years.length > 0 && !question.years.some((y) => years.includes(y))) {
    return { slot: 'year', years: question.years, available: years };
  }
  if (question.gender) {
    const named = GENDERED.test(`${row.label} ${row.group ?? ''} ${tableText}`) || row.cells.some((c) => GENDERED.test(c.column));
    if (!named) return { slot: 'gender', gender: question.gender };
  }
  if (question.ageBand && !row.cells.some((c) => AGE_COLUMN.test(c.column)) && !AGE_COLUMN.test(`${row.label} ${tableText}`)) return { slot: 'age', band: question.ageBand };
  // A row that is an age band ("25 bis unter 50 Jahre") answers only its own band.
  const rowBand = columnAgeBand(row.label);
  if (question.ageBand && rowBand && !ageBandMatches(question.ageBand, rowBand)) return { slot: 'age', band: question.ageBand };
  // A row split into age bands answers a band it does not have ("ab 50" where the table has "55 Jahre und älter") not at all.
  const columnBands = row.cells.map((c) => columnAgeBand(c.column)).filter((b) => b !== undefined);
  if (question.ageBand && !rowBand && columnBands.length > 0 && !columnBands.some((b) => ageBandMatches(question.ageBand!, b))) return { slot: 'age', band: question.ageBand };
  const unit = askedUnit(question) ?? (input.countAsked ? 'Anzahl' : undefined);
  if (unit && !row.cells.some((c) => c.unit === unit)) return { slot: 'unit', unit };
  return undefined;
}

/** "… je Betrieb", "… pro Kopf": a ratio per thing, not a count of it. */
const PER_THING = /(?<!\p{L})(?:je|pro)\s+(\p{L}{4,})/iu;
/** "… kommen auf eine Integration", "entfallen auf jeden Betrieb": a ratio of two counts asked. */
const RATIO_ASKED = /(?<!\p{L})(?:kommen|kommt|entfallen|entfällt)\s+auf\s+(?:eine[nm]?|ein|1|jede[nmrs]?)\s+\p{L}+/iu;
/** A figure that is itself a ratio ("je Betrieb", "pro Kopf", "auf 100 Bewerber", "Verhältnis"). */
const RATIO_NAMED = /(?<!\p{L})(?:je|pro|auf|verhältnis|relation)(?!\p{L})/iu;
/** "auf 100 Bewerber", "je 1.000 Einwohner": a figure per so many of something. */
const PER_HUNDRED = /(?<!\p{L})(?:auf|je|pro)\s+(?:100|1\.?000)\s+\p{L}/iu;
/** Letters of the thing's name compared with the question (its stem, before the endings). */
const PER_STEM = 5;

/** The text gives a figure per the thing the question counts ("Wie viele Betriebe …" — "65 Beschäftigte je Betrieb"). */
export function isPerAsked(text: string, questionText: string): boolean {
  const per = PER_THING.exec(text);
  return !!per && foldUmlauts(questionText.toLowerCase()).includes(foldUmlauts(per[1]!.toLowerCase()).slice(0, PER_STEM));
}

function figureSupport(figure: ProseFigure, question: QuestionFeatures, input: SupportInput): Unsupported | undefined {
  if (question.years.length > 0) {
    const years = new Set<number>();
    if (figure.stand) years.add(Number(figure.stand.slice(0, 4)));
    for (const y of yearsIn(`${figure.label} ${figure.quote}`)) years.add(y);
    if (years.size === 0) years.add(input.programmeYear);
    if (!question.years.some((y) => years.has(y))) return { slot: 'year', years: question.years, available: [...years].sort() };
  }
  if (question.gender && !GENDERED.test(`${figure.label} ${figure.quote}`)) return { slot: 'gender', gender: question.gender };
  // "Wie viele Betriebe …" is not answered by a figure per Betrieb ("Beschäftigte je Betrieb").
  if (input.countAsked && isPerAsked(figure.label, question.text)) return { slot: 'unit', unit: 'Anzahl' };
  // "Auf 100 Bewerber kamen rund 123 Stellen" is a ratio: it answers no question about the number of Stellen.
  if (figure.unit === 'Anzahl' && PER_HUNDRED.test(figure.quote) && !PER_HUNDRED.test(question.text) && !/(?<!\p{L})(je|pro|verhältnis|relation)(?!\p{L})/iu.test(question.text)) {
    return { slot: 'unit', unit: 'Anzahl' };
  }
  if (question.ageBand && !askedAgeBand(`${figure.label} ${figure.quote}`)) return { slot: 'age', band: question.ageBand };
  const unit = askedUnit(question) ?? (input.countAsked ? 'Anzahl' : undefined);
  if (unit && figure.unit !== unit) return { slot: 'unit', unit };
  return undefined;
}

/**
 * Only an unmistakable unit is a hard slot: euros or a share asked in so many words ("wie viel Prozent", "Anteil").
 * A count is not: "wie viele" is said of shares and amounts too often in speech.
 */
function askedUnit(question: QuestionFeatures): Unit | undefined {
  return question.units.length === 1 && (question.units[0] === '€' || question.units[0] === '%') ? question.units[0] : undefined;
}

function cellYears(row: TableRow): number[] {
  const years = new Set<number>();
  for (const c of row.cells) if (c.year !== undefined) years.add(c.year);
  return [...years].sort();
}
