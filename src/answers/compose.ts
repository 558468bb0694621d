import type { CueTable } from '../knowledge/cues';
import { formatNumber } from '../german/number';
import type { GermanAnalyser } from '../search/analyser';
import type { GlossaryEntry, Instrument, Knowledge, SectionRef, Table, TableRow, TargetGroup } from '../knowledge/schema';
import { splitSentences } from '../search/sentences';
import type { Answer, RelatedTopic } from './answer';
import { discrepanciesFor, type Finding } from './data-check';
import { pickCell } from './figure-cells';
import { formatCell, formatIsoDate, formatProseFigure } from './format-figure';
import type { QuestionFeatures } from './question-features';
import type { RankedHit } from './ranked-hit';
import type { RankedRow, RankingAsk } from './table-ranking';
import type { SectionLookup, SourceRef } from './source';
import { cellSumText, sumOfAskedCells } from './cell-sum';
import { DEFAULT_RANKING_WEIGHTS } from '../search/ranking-weights';

export interface Composer {
  knowledge: Knowledge;
  sections: SectionLookup;
  analyser: GermanAnalyser;
  /** The data check's findings, so an answer can mention a printed figure that does not add up. */
  findings: readonly Finding[];
  /** The cue table: whether a question compares, for what an answer shows beside its figure. */
  cues: CueTable;
}

export type AnswerTarget =
  | { kind: 'hit'; hit: RankedHit; hits: readonly RankedHit[] }
  | { kind: 'ranking'; table: Table; ranked: readonly RankedRow[]; ask: RankingAsk }
  | { kind: 'section'; sectionRef: SectionRef }
  | { kind: 'overview'; overview: 'target-groups' | 'instruments' }
  | { kind: 'glossary'; entry: GlossaryEntry; figureHits: readonly RankedHit[] };

const CONTINUATION = /^(Es|Er|Sie|Dies\w*|Das|Dazu|Hier\w*|Damit|Daher|Dabei|Darüber|Zudem|Außerdem|Diese\w*|Dieser|Dadurch)\b/;

/** A sentence of the chart's section ranked at least this share of the chart is what the text says about it. */
const CHART_TEXT_SHARE = DEFAULT_RANKING_WEIGHTS.passage.chartTextShare;

/** Longest passage quoted; staff read answers in a chat window. */
const MAX_PASSAGE_CHARS = 520;

export function composeAnswer(c: Composer, target: AnswerTarget, question: QuestionFeatures, related: RelatedTopic[]): Answer {
  switch (target.kind) {
    case 'section':
      return sectionAnswer(c, target.sectionRef, related);
    case 'overview':
      return target.overview === 'target-groups' ? targetGroupOverview(c) : instrumentOverview(c);
    case 'glossary':
      return glossaryAnswer(c, target.entry, target.figureHits, question, related);
    case 'hit':
      return hitAnswer(c, target.hit, target.hits, question, related);
    case 'ranking':
      return rankingAnswer(c, target.table, target.ranked, target.ask, related);
  }
}

function hitAnswer(c: Composer, hit: RankedHit, hits: readonly RankedHit[], question: QuestionFeatures, related: RelatedTopic[]): Answer {
  const ref = hit.doc.ref;
  switch (ref.kind) {
    case 'table-row': {
      const table = tableById(c, ref.tableId);
      const row = table.rows[ref.row]!;
      const notes = discrepanciesFor(c.findings, table.id, row.label).map(
        (f) => `Im Programm steht bei „${f.row}“ (${f.column}) ${formatNumber(f.printed)}; nachgerechnet (${f.check}) ergibt sich ${formatNumber(f.expected)}.`,
      );
      return { ...answer('figure', tableRowText(c, table, row, question), [c.sections.source(table.sectionRef)], related), notes };
    }
    case 'prose-figure': {
      const figure = c.knowledge.proseFigures.find((f) => f.id === ref.figureId)!;
      const stand = figure.stand ? ` (Stand ${formatIsoDate(figure.stand)})` : '';
      return answer('figure', `**${formatProseFigure(figure)}** – ${figure.label}${stand}\n\n„${figure.quote}“`, [c.sections.source(figure.sectionRef)], related);
    }
    case 'glossary': {
      const entry = c.knowledge.glossary.find((e) => e.abbreviation === ref.abbreviation)!;
      return glossaryAnswer(c, entry, hits, question, related);
    }
    case 'target-group': {
      const group = c.knowledge.targetGroups.find((g) => g.id === ref.id)!;
      const instruments = instrumentsOf(c.knowledge, group);
      const offers = instruments.length ? `\n\n**Angebote laut Programm:** ${instruments.map((i) => i.name).join(', ')}` : '';
      const facts = instruments.map((i) => ({ title: i.name, value: i.sectionRefs.map((r) => `Abschnitt ${r}`).join(', ') }));
      const further = listAfter(c, group.sectionRefs, group.approach) || portraitSentence(c, hit, hits, group.sectionRefs, group.approach);
      return { ...answer('target-group', `**${group.name}**\n\n${group.approach}${further}${offers}`, group.sectionRefs.map((r) => c.sections.source(r)), related), facts };
    }
    case 'instrument': {
      const instrument = c.knowledge.instruments.find((i) => i.id === ref.id)!;
      const groups = c.knowledge.targetGroups.filter((g) => g.instrumentIds.includes(instrument.id)).map((g) => g.name);
      const forGroups = groups.length ? `\n\n**Für:** ${groups.join(', ')}` : '';
      const further = listAfter(c, instrument.sectionRefs, instrument.description) || portraitSentence(c, hit, hits, instrument.sectionRefs, instrument.description);
      return answer('instrument', `**${instrument.name}**\n\n${instrument.description}${further}${forGroups}`, instrument.sectionRefs.map((r) => c.sections.source(r)), related);
    }
    case 'section':
      return sectionAnswer(c, ref.sectionRef, related);
    case 'chart': {
      // The printed programme shows this as a chart; its figures did not survive the text export.
      const chart = c.sections.get(ref.sectionRef).charts![ref.chart]!;
      const source = chart.source ? ` (Quelle: ${chart.source})` : '';
      const note = `Das Programm zeigt dazu die Grafik **„${chart.title.replace(/,$/, '')}“**${source}. Ihre Zahlen sind im Textexport des Programms nicht enthalten, deshalb kann ich sie nicht nennen – schauen Sie bitte in das gedruckte Programm.`;
      // What the text around the chart says answers first; the chart's missing numbers are the footnote.
      const said = hits.find((h) => h.doc.ref.kind === 'sentence' && h.doc.sectionRef === ref.sectionRef && h.rank >= hit.rank * CHART_TEXT_SHARE);
      return answer('chart', said ? `${passageText(c, said, hits)}\n\n${note}` : note, [c.sections.source(ref.sectionRef)], related);
    }
    case 'sentence':
      return answer('passage', passageText(c, hit, hits, !question.asksFigure), [c.sections.source(ref.sectionRef)], related);
  }
}

/**
 * "Wie läuft die Aktivierung bei LZB ab?": a target group's or an offer's portrait is its first paragraph;
 * the sentence of its sections that matches the rest of the question, when the portrait does not hold it, follows.
 */
function portraitSentence(c: Composer, hit: RankedHit, hits: readonly RankedHit[], sectionRefs: readonly SectionRef[], portrait: string): string {
  const { portraitSentenceShare, portraitParagraphShare } = DEFAULT_RANKING_WEIGHTS.passage;
  const fromPortraitParagraph = (h: RankedHit): boolean => h.doc.ref.kind === 'sentence' && c.sections.get(h.doc.ref.sectionRef).paragraphs[h.doc.ref.paragraph]!.text.includes(portrait);
  const said = hits.find(
    (h) =>
      h.doc.ref.kind === 'sentence' &&
      sectionRefs.includes(h.doc.sectionRef) &&
      h.rank >= hit.rank * (fromPortraitParagraph(h) ? portraitParagraphShare : portraitSentenceShare) &&
      !portrait.includes(h.doc.body),
  );
  if (!said) return '';
  const fresh = splitSentences(passageText(c, said, hits, true)).filter((sentence) => !portrait.includes(sentence));
  return fresh.length ? `\n\n${fresh.join(' ')}` : '';
}

/**
 * "… in dem Fachprogramm Allegro. Dies umfasst: …": a portrait quoted from a list paragraph goes on with the
 * list it announces — the items are what it is about.
 */
function listAfter(c: Composer, sectionRefs: readonly SectionRef[], portrait: string): string {
  for (const ref of sectionRefs) {
    const list = c.sections.get(ref).paragraphs.find((p) => p.isList && p.text.startsWith(portrait) && p.text.length > portrait.length);
    if (!list) continue;
    const rest = list.text.slice(portrait.length).trim();
    const colon = rest.indexOf(':');
    const [lead, items] = colon >= 0 ? [rest.slice(0, colon + 1), rest.slice(colon + 1)] : ['', rest];
    return `${lead ? ` ${lead}` : ''}\n${items.split(/;\s*/).map((item) => `- ${item.trim()}`).join('\n')}`;
  }
  return '';
}

/** The best sentence, its neighbour when it only leads in, and other strong hits of the same paragraph. */
function passageText(c: Composer, hit: RankedHit, hits: readonly RankedHit[], wantsText = false): string {
  const text = paragraphPassage(c, hit, hits, wantsText);
  if (!wantsText || hit.doc.ref.kind !== 'sentence') return text;
  // A text question's answer may go on in the next paragraph of the section: its strong hit follows.
  const { sectionRef, paragraph } = hit.doc.ref;
  const further = hits.find(
    (h) => h.doc.ref.kind === 'sentence' && h.doc.ref.sectionRef === sectionRef && h.doc.ref.paragraph !== paragraph && h.rank >= hit.rank * DEFAULT_RANKING_WEIGHTS.passage.neighbourShare,
  );
  if (!further) return text;
  const more = paragraphPassage(c, further, [], false);
  return text.length + more.length <= MAX_PASSAGE_CHARS * 2 && !text.includes(more) ? `${text}\n\n${more}` : text;
}

function paragraphPassage(c: Composer, hit: RankedHit, hits: readonly RankedHit[], wantsText: boolean): string {
  if (hit.doc.ref.kind !== 'sentence') return hit.doc.body;
  const { sectionRef, paragraph } = hit.doc.ref;
  const para = c.sections.get(sectionRef).paragraphs[paragraph]!;
  if (para.isList || para.text.length <= MAX_PASSAGE_CHARS * (wantsText ? 1 : 0.6)) return para.text;
  const sentences = splitSentences(para.text);
  const chosen = new Set<number>([hit.doc.ref.sentence]);
  const lead = sentences[hit.doc.ref.sentence]!;
  const next = sentences[hit.doc.ref.sentence + 1];
  // A short lead, a colon, or a next sentence that refers back ("Es …", "Dazu …") needs its continuation.
  if (next && (wantsText || lead.length < 90 || lead.endsWith(':') || CONTINUATION.test(next))) chosen.add(hit.doc.ref.sentence + 1);
  for (const other of hits) {
    if (other.doc.ref.kind !== 'sentence' || other.doc.ref.sectionRef !== sectionRef || other.doc.ref.paragraph !== paragraph) continue;
    if (other.rank < hit.rank * DEFAULT_RANKING_WEIGHTS.passage.neighbourShare || chosen.size >= 3) continue;
    chosen.add(other.doc.ref.sentence);
  }
  let text = '';
  for (const index of [...chosen].sort((a, b) => a - b)) {
    const next = sentences[index]!;
    if (text && text.length + next.length > MAX_PASSAGE_CHARS) break;
    text = text ? `${text} ${next}` : next;
  }
  return text;
}

function tableRowText(c: Composer, table: Table, row: TableRow, question: QuestionFeatures): string {
  const name = rowName(row);
  const stand = table.stand ? `, Stand ${formatIsoDate(table.stand)}` : '';
  const sum = sumOfAskedCells(row, question);
  if (sum) return `${cellSumText(sum, name)}\n\nTabelle „${table.title}“${stand}`;
  const { cell } = pickCell(row, question);
  // A question that pins its cell (a year, a period, a gender, an age band) gets that figure alone: the row's
  // other values beside it are the ones a reader could quote by mistake.
  // Not when the question asks for more than one value (two years, a change, a comparison) or the cell found
  // is not of the unit asked: then the row's other values are the answer's context.
  const namesOneCell = question.years.length === 1 || question.periods.length > 0 || question.gender !== undefined || question.ageBand !== undefined;
  const wantsMore = question.years.length > 1 || question.periods.includes('Veränderung') || c.cues.mentions(question.text, 'compare') || (question.units.length > 0 && !question.units.includes(cell.unit));
  const pinned = namesOneCell && !wantsMore;
  const others = pinned ? [] : row.cells.filter((other) => other !== cell).slice(0, 4).map((other) => `${other.column}: ${formatCell(other)}`);
  const context = others.length ? `\n\n${others.join(' · ')}` : '';
  return `**${formatCell(cell)}** – ${name}, ${cell.column}${context}\n\nTabelle „${table.title}“${stand}`;
}

/** The offers the programme names for a target group, in its order. */
export function instrumentsOf(knowledge: Pick<Knowledge, 'instruments'>, group: TargetGroup): Instrument[] {
  return group.instrumentIds.map((id) => knowledge.instruments.find((i) => i.id === id)).filter((i) => i !== undefined);
}

/** "**Verarbeitendes Gewerbe** – 7.494 (Dez. 22), der höchste Wert …; danach …" */
const PLACE_WORDS = ['', 'zweit', 'dritt', 'viert', 'fünft'];

function rankingAnswer(c: Composer, table: Table, ranked: readonly RankedRow[], ask: RankingAsk, related: RelatedTopic[]): Answer {
  const [first, ...rest] = ranked;
  const column = first!.cell.column;
  const place = PLACE_WORDS[ask.place] ?? '';
  const which = ask.change
    ? `der ${place}${ask.extreme === 'max' ? 'stärkste' : 'schwächste'} ${ask.change === 'increase' ? 'Zuwachs' : 'Rückgang'}`
    : `der ${place}${ask.extreme === 'max' ? 'höchste' : 'niedrigste'} Wert`;
  const next = rest.slice(0, 3).map((r) => `${rowName(r.row)} (${formatCell(r.cell)})`);
  const stand = table.stand ? `, Stand ${formatIsoDate(table.stand)}` : '';
  const text = [
    `**${rowName(first!.row)}** – ${formatCell(first!.cell)} (${column}), ${which} in der Tabelle „${table.title}“${stand}.`,
    next.length ? `Danach: ${next.join(' · ')}` : '',
  ].filter(Boolean).join('\n\n');
  return answer('figure', text, [c.sections.source(table.sectionRef)], related);
}

function rowName(row: TableRow): string {
  const label = row.label.replace(/^davon:\s*/i, '').replace(/:$/, '');
  return row.group && !label.toLowerCase().includes(row.group.toLowerCase()) ? `${label} (${row.group})` : label;
}

function glossaryAnswer(c: Composer, entry: GlossaryEntry, hits: readonly RankedHit[], question: QuestionFeatures, related: RelatedTopic[]): Answer {
  const heading = entry.abbreviation === entry.expansion ? `**${entry.expansion}**` : `**${entry.abbreviation}** – ${entry.expansion}`;
  const figure = hits.find((h) => h.doc.ref.kind === 'table-row' && nameMatches(c, h.doc.label, [entry.abbreviation, entry.expansion, ...entry.aliases]));
  let figureLine = '';
  if (figure && figure.doc.ref.kind === 'table-row') {
    const table = tableById(c, figure.doc.ref.tableId);
    const row = table.rows[figure.doc.ref.row]!;
    const { cell } = pickCell(row, question);
    const others = row.cells.filter((o) => o !== cell).slice(0, 2).map((o) => `${o.column}: ${formatCell(o)}`);
    figureLine = `\n\nIm Programm: **${formatCell(cell)}** (${rowName(row)}, ${cell.column}${others.length ? `; ${others.join('; ')}` : ''})`;
  }
  return answer('glossary', `${heading}\n\n${entry.explanation}${figureLine}`, entry.sectionRefs.map((r) => c.sections.source(r)), related);
}

/** True when a row label names the glossary term (its words, stemmed, all appear in one of the names). */
function nameMatches(c: Composer, label: string, names: readonly string[]): boolean {
  const stems = (text: string): string[] => c.analyser.tokenize(text).map((w) => c.analyser.stem(w));
  const labelStems = stems(label);
  return names.some((name) => {
    const nameStems = stems(name);
    return nameStems.length > 0 && nameStems.every((s) => labelStems.includes(s)) && labelStems.length <= nameStems.length + 1;
  });
}

function sectionAnswer(c: Composer, ref: SectionRef, related: RelatedTopic[]): Answer {
  const section = c.sections.get(ref);
  // The opening two sentences, across paragraphs when the first is only a lead-in ("Folgende Ziele sind vereinbart:").
  const opening = section.paragraphs.flatMap((p) => splitSentences(p.text)).slice(0, 2);
  const intro = opening.length ? opening.join(' ') : 'Zu diesem Abschnitt enthält der Textexport keinen Fließtext.';
  const headings = [...new Set(section.paragraphs.map((p) => p.heading).filter((h): h is string => Boolean(h)))];
  const subsections = c.knowledge.sections.filter((s) => s.number && section.number && s.number.startsWith(`${section.number}.`) && s.level === section.level + 1);
  const topics = [...subsections.map((s) => `${s.number} ${s.title}`), ...headings];
  const list = topics.length ? `\n\n**Themen:** ${topics.join(' · ')}` : '';
  const name = section.number ? `${section.number} ${section.title}` : section.title;
  return answer('section', `**${name}**${section.page !== undefined ? ` (S. ${section.page})` : ''}\n\n${intro}${list}`, [c.sections.source(ref)], related);
}

function targetGroupOverview(c: Composer): Answer {
  const groups = c.knowledge.targetGroups.map((g) => `- **${g.name}** (${g.sectionRefs.join(', ')})`);
  const refs = [...new Set(c.knowledge.targetGroups.flatMap((g) => g.sectionRefs))];
  return answer(
    'overview',
    `Das Programm richtet sich besonders an diese Zielgruppen:\n${groups.join('\n')}\n\nFragen Sie nach einer Gruppe, z. B. „Was gibt es für ${c.knowledge.targetGroups[0]?.name ?? 'Jugendliche'}?“`,
    refs.slice(0, 3).map((r) => c.sections.source(r)),
    c.knowledge.targetGroups.slice(0, 3).map((g) => ({ label: g.name, query: `Was gibt es für ${g.name}?` })),
  );
}

function instrumentOverview(c: Composer): Answer {
  const names = c.knowledge.instruments.map((i) => `- **${i.name}** (${i.sectionRefs.join(', ')})`);
  return answer('overview', `Instrumente und Angebote, die das Programm nennt:\n${names.join('\n')}`, [], []);
}

function tableById(c: Composer, id: string): Table {
  const table = c.knowledge.tables.find((t) => t.id === id);
  if (!table) throw new Error(`[answers] unknown table "${id}"`);
  return table;
}

function answer(kind: Answer['kind'], text: string, sources: SourceRef[], related: RelatedTopic[]): Answer {
  return { kind, text, sources: dedupe(sources), related, notes: [] };
}

function dedupe(sources: SourceRef[]): SourceRef[] {
  const seen = new Set<string>();
  return sources.filter((s) => !seen.has(s.sectionRef) && seen.add(s.sectionRef));
}
