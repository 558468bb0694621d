import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBrain } from '../../src/compose';
import { ingestFile } from '../../src/knowledge/ingest-file';
import { loadKnowledge } from '../../src/knowledge/load';
import { tempProgrammes, writeTemp } from '../programmes/helpers';

/**
 * Answers over a programme the engine was never tuned on (test/quality/other-programme), known only through
 * ingest: its age bands are rows of other bounds, its group table prints counts next to quotas, its synonyms
 * meet other row names. Expected values are read from its tables, not written here.
 */
const markdown = readFileSync(join(__dirname, '..', 'quality', 'other-programme', 'amip-2025-jobcenter-havelmark.md'), 'utf8');
const knowledge = loadKnowledge(ingestFile(writeTemp('amip-2025-havelmark.md', markdown), { programmesDir: tempProgrammes() }).dir);
const { answerer } = buildBrain(knowledge);
const lead = (text: string): string | undefined => /^\*\*(.+?)\*\*/.exec(text)?.[1];
const rowOf = (label: RegExp) => {
  for (const table of knowledge.tables) {
    const row = table.rows.find((r) => label.test(r.label));
    if (row) return { table, row };
  }
  throw new Error(`no row ${label}`);
};

describe('an unseen programme', () => {
  it('"u25 ELB anzahl": the row that is the band under 25, not the next band that also names 25', () => {
    const { row } = rowOf(/^15 bis unter 25/);
    expect(lead(answerer.answer('u25 ELB anzahl').text)).toBe(row.cells[0]!.raw);
  });

  it('"IQ Frauen": the quota column of the group table, not its integrations', () => {
    const { row } = rowOf(/^Frauen$/);
    const quota = row.cells.find((c) => c.unit === '%' && /Integrationsquote/.test(c.column) && c.year === 2024)!;
    const answer = answerer.answer('IQ frauen vs männer prognose 2024');
    expect(answer.text).toContain(`${quota.raw} %`);
  });

  it('"und die VK?" after "EGL Plan 2025": the two-letter abbreviation names a thing, so it replaces the old topic', () => {
    const first = answerer.answer('EGL plan 2025');
    const second = answerer.answer('und die VK?', { text: first.understood!.question || 'EGL plan 2025', subject: first.understood!.subject!, at: Date.now() });
    const { row } = rowOf(/^Verwaltungskosten \(VK\)$/);
    const plan = row.cells.find((c) => c.year === 2025)!;
    expect(lead(second.text)).toBe(`${plan.raw} €`);
  });

  it('"arbeitslose sgb II 2024" asks a count: the row named as a share ("Anteil … in %") beside it is no answer', () => {
    expect(answerer.answer('arbeitslose sgb II 2024').text).not.toMatch(/^\*\*[\d,]+ %\*\*/);
  });

  it('"arbeitslose sgb II 2024": the row under "Arbeitslose insgesamt" for SGB II, not "Langzeitarbeitslose im SGB II" (a compound of the word asked)', () => {
    const { row } = rowOf(/^davon Rechtskreis SGB II$/);
    expect(lead(answerer.answer('arbeitslose sgb II 2024').text)).toBe(row.cells.find((c) => c.year === 2024)!.raw);
  });

  it('"arbeitslose sgb II vs sgb III 2024": both Rechtskreis rows, the marker "davon" naming neither', () => {
    const [two, three] = [/^davon Rechtskreis SGB II$/, /^davon Rechtskreis SGB III$/].map((label) => rowOf(label).row.cells.find((c) => c.year === 2024)!.raw);
    const text = answerer.answer('arbeitslose sgb II vs sgb III 2024').text;
    expect(text).toContain(`**${two}**`);
    expect(text).toContain(`**${three}**`);
  });

  it('"verwaltungskosten ist 2024 hochrechnung": a Hochrechnung is the actual column, not the plan beside it', () => {
    const { row } = rowOf(/^Verwaltungskosten \(VK\)$/);
    const projected = row.cells.find((c) => c.period === 'Ist' && c.year === 2024)!;
    expect(lead(answerer.answer('verwaltungskosten ist 2024 hochrechnung').text)).toBe(`${projected.raw} €`);
  });

  it('"integrationen im september 2024": the month\'s cell of the monthly table, not the yearly forecast without months', () => {
    const table = knowledge.tables.find((t) => t.rows.some((r) => r.label === '2024' && r.cells.some((c) => c.column === 'Sep')))!;
    const september = (year: string) => table.rows.find((r) => r.label === year)!.cells.find((c) => c.column === 'Sep')!.raw;
    const first = answerer.answer('integrationen im september 2024');
    expect(lead(first.text)).toBe(september('2024'));
    expect(first.understood!.subject).toBe(`${table.title} 2024`);
    // A row that is only a year is named by its table: "und 2023?" stays with the monthly table.
    const second = answerer.answer('und 2023?', { text: first.understood!.question, subject: first.understood!.subject!, at: Date.now() });
    expect(lead(second.text)).toBe(september('2023'));
  });

  it('"wie viel prozent der ELB sind 50 oder älter": the sentence about the leistungsberechtigte Personen of 50 and older, not the 100 % of the total row', () => {
    const text = answerer.answer('wie viel prozent der ELB sind 50 oder älter').text;
    expect(text).not.toMatch(/^\*\*100,0 %/);
    expect(text).toMatch(/50 Jahre oder älter.*\d+,\d Prozent/);
  });

  it('"ab wann gilt jemand als langzeitarbeitslos": the sentence that explains the term ("…, also seit mindestens einem Jahr …"), not one that only names it', () => {
    expect(answerer.answer('ab wann gilt jemand als langzeitarbeitslos').text).toMatch(/langzeitarbeitslos, also seit mindestens einem Jahr/);
  });

  it('"wie viele BG mit kindern gibt es": a list sentence whose counts belong to other items ("vier Wochen") gives no count of them', () => {
    const answer = answerer.answer('wie viele BG mit kindern gibt es');
    expect(answer.kind).toBe('no-answer');
    expect(answer.text).not.toMatch(/vier Wochen/);
  });

  it('"kosten der unterkunft 2025": a figure of a year is not answered by a sentence without a number that only names it', () => {
    const answer = answerer.answer('kosten der unterkunft 2025');
    expect(answer.kind).toBe('no-answer');
  });

  it('"und wie hoch ist ihre IQ?" after the Alleinerziehende: the quota of that group, not the overall one', () => {
    const { row } = rowOf(/^Alleinerziehende$/);
    const quotaRow = knowledge.tables.flatMap((t) => t.rows).find((r) => r.label === row.label && r.cells.some((c) => c.unit === '%' && /Integrationsquote/.test(c.column)))!;
    const first = answerer.answer('wie viele alleinerziehende ELB gibt es');
    const second = answerer.answer('und wie hoch ist ihre IQ?', { text: first.understood!.question, subject: first.understood!.subject!, at: Date.now() });
    expect(second.text).toContain(quotaRow.cells.find((c) => c.unit === '%' && /Integrationsquote/.test(c.column))!.raw);
  });

  it('a share is not computed from a sentence figure that only stands beside the words asked ("310 Eintritte … mit Berufsabschluss")', () => {
    expect(answerer.answer('wie viel prozent der kunden haben keinen berufsabschluss').text).not.toMatch(/Eintritte/);
  });

  it('"Integrationsquote Geflüchtete": no row of "Junge Menschen" through the synonym "geflüchtete Menschen"', () => {
    expect(answerer.answer('integrationsquote geflüchtete').text).not.toMatch(/Junge Menschen/);
  });
});
