import { parseGermanFigure } from '../../german/number';
import { slug } from '../ingest/text';
import type { ProseFigure, Section, Unit } from '../schema';
import { splitSentences } from '../sentences';

/**
 * One grammar for a figure in a sentence: [qualifier] number [unit] [what it counts].
 *   qualifier: ca., rund, etwa, fast, knapp, mehr als, über, mindestens, bis zu
 *   unit:      %, Prozent, Mio. EUR/Euro/€, EUR, Euro, €  (none: a count)
 *   what:      the noun phrase after it, up to its first noun ("erwerbsfähige
 *              leistungsberechtigte Menschen"), or for a share "der …"
 */
const FIGURE = new RegExp(
  String.raw`(?<![\d.,/§\p{L}-])(?<qualifier>(?:ca\.|rund|etwa|fast|knapp|mehr als|über|mindestens|bis zu)\s+)?` +
    String.raw`(?<number>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)` +
    // Not a date, a range, a compound ("3-Monats", "§ 16i"), or an ordinal ("2. Arbeitsmarkt").
    String.raw`(?![\d/-]|\p{L}|\.\d|\.\s+\p{Lu}|\.\s*$)` +
    String.raw`(?<unit>\s?%|\s+Prozent\b|\s+Mio\.\s?(?:EUR|Euro|€)|\s+(?:EUR|Euro)\b|\s?€)?`,
  'gu',
);
const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const STAND = new RegExp(String.raw`\b(?:Im|im|Stand|Berichtsmonat|bis zum Berichtsmonat)\s+(${MONTHS.join('|')})\s+(\d{4})\b`);
/** Words a phrase of what is counted does not start with or run past. */
const STOP = /^(in|im|auf|an|am|zu|zur|zum|aus|von|vom|bei|mit|nach|für|und|oder|sowie|je|pro|als|bis|unter|seit|gegenüber|ist|sind|war|waren|wird|werden|hat|haben|liegt|beträgt|sollen|soll|kann|können|der|die|das|den|dem|des)$/i;

/** Every figure the sentences of the document state, each with its sentence as the quote. */
export function deriveFigures(sections: readonly Section[]): ProseFigure[] {
  const figures: ProseFigure[] = [];
  for (const section of sections) {
    for (const paragraph of section.paragraphs) {
      for (const sentence of splitSentences(paragraph.text)) {
        for (const match of sentence.matchAll(FIGURE)) {
          const figure = readFigure(sentence, match, section);
          if (figure && !figures.some((f) => f.sectionRef === figure.sectionRef && f.value === figure.value && f.unit === figure.unit)) {
            figures.push({ ...figure, id: uniqueId(figure.id, figures) });
          }
        }
      }
    }
  }
  return figures;
}

function readFigure(sentence: string, match: RegExpMatchArray, section: Section): ProseFigure | undefined {
  const { qualifier = '', number, unit: unitText = '' } = match.groups as { qualifier?: string; number: string; unit?: string };
  const base = parseGermanFigure(number);
  if (base === undefined) return undefined;
  const unit: Unit = /%|Prozent/.test(unitText) ? '%' : unitText.trim() ? '€' : 'Anzahl';
  const after = sentence.slice(match.index! + match[0].length);
  const before = sentence.slice(0, match.index);
  if (unit === 'Anzahl' && (/^(19|20)\d\d$/.test(number) || /(?:\b(?:unter|bis|seit|ab|von|im Jahr|Jahr)|§)\s*$/i.test(before) || /^\s*(bis|Jahre|Jahren|Monat)/.test(after))) return undefined;
  const value = /Mio\./.test(unitText) ? Math.round(base * 1_000_000) : base;
  const what = tidy((unit === '%' ? shareOf(after, before) : unit === '€' ? prepositional(after) : phraseAfter(after)) || subjectBefore(before));
  if (!what) return undefined;
  const standMatch = STAND.exec(sentence);
  const stand = standMatch ? lastDay(Number(standMatch[2]), MONTHS.indexOf(standMatch[1]!) + 1) : undefined;
  const label = `${what}${standMatch ? ` (${standMatch[1]} ${standMatch[2]})` : ''}`;
  return {
    id: slug(`${section.ref}-${what}`) || 'zahl',
    label,
    value,
    unit,
    sectionRef: section.ref,
    quote: sentence,
    ...(stand ? { stand } : {}),
    printed: `${qualifier}${number}${unitText}`.trim(),
    keywords: [],
  };
}

/** "4.530 erwerbsfähige leistungsberechtigte Menschen in …" → "erwerbsfähige leistungsberechtigte Menschen". */
function phraseAfter(after: string): string {
  const words = after.replace(/^[\s(]+/, '').split(/\s+/);
  const out: string[] = [];
  for (const raw of words.slice(0, 6)) {
    const word = raw.replace(/[.,;:!?)“”"]+$/, '');
    // Another figure ("+0,7 Prozent") ends the phrase: it is not what this one counts.
    if (!word || (out.length === 0 && STOP.test(word)) || /^[+−-]?\d/.test(word)) break;
    if (out.length > 0 && STOP.test(word)) break;
    out.push(word);
    if (/^\p{Lu}/u.test(word) || raw !== word) break;
  }
  return out.length && out.some((w) => /^\p{Lu}/u.test(w)) ? out.join(' ') : '';
}

/** "Das Verwaltungskostenbudget beträgt 10,3 Mio. EUR" → "Verwaltungskostenbudget": the subject when nothing follows. */
function subjectBefore(before: string): string {
  const match = /(?<![\p{L}\d])((?:[\p{L}-]+\s+)?\p{Lu}[\p{L}*-]+(?:\s+(?:der|des|von|im)\s+[\p{L}*-]+)?)\s+(?:beträgt|betrug|liegt|lag|umfasst|sind|ist|war|von|mit|bei)\s+(?:ca\.|rund|etwa|knapp|fast)?\s*$/u.exec(before);
  return match ? match[1]!.trim() : '';
}

/** "6,8 Mio. EUR an Bundesmitteln für …" → "an Bundesmitteln für den Verwaltungskostenhaushalt": what the money is for. */
function prepositional(after: string): string {
  const match = /^\s*((?:an|im|in|für|aus|zur|zum)\s+(?:den|dem|der|die|das|des)?\s*)(.+)$/.exec(after);
  if (!match) return phraseAfter(after);
  const words = match[2]!.split(/\s+/);
  const out: string[] = [];
  for (const raw of words.slice(0, 6)) {
    const word = raw.replace(/[.,;:!?)“”"]+$/, '');
    if (!word || /^(zur|zum|sind|ist|werden|wird|stehen|steht|bereit|vorgesehen)$/i.test(word)) break;
    out.push(word);
    if (raw !== word) break;
  }
  return out.some((w) => /^\p{Lu}/u.test(w)) ? `${match[1]!.trim()} ${out.join(' ')}` : '';
}

/** "90,2% der arbeitslosen Menschen …" → "Anteil der arbeitslosen Menschen"; "Anteil … mit ca. 52 Prozent" → that "Anteil …". */
function shareOf(after: string, before: string): string {
  const of = /^\s*(der|des|aller|an den|an der)\s+(.+)$/.exec(after);
  if (of) {
    const phrase = phraseAfter(of[2]!);
    if (phrase) return `Anteil ${of[1]} ${phrase}`;
  }
  // A named share runs to the figure, past no other figure ("… Frauen 13,6 % gegenüber den Männern 15,3 %" names only the first).
  const named = /\b(Anteil|Quote|Integrationsquote)\b([^,;\d]*)$/.exec(before);
  if (named) return `${named[1]}${named[2]!.split(/\s+(?:liegt|beträgt|betrug|ist|war|mit|bei|auf|sind)\b/)[0]}`.trim().split(/\s+/).slice(0, 8).join(' ');
  const phrase = prepositional(after) || phraseAfter(after);
  return phrase ? `Anteil ${phrase}` : '';
}

/** No leading article, no bracket left open by the cut ("… (kommunaler Finanzierungsanteil"). */
function tidy(phrase: string): string {
  const open = (phrase.match(/\(/g) ?? []).length > (phrase.match(/\)/g) ?? []).length;
  return (open ? phrase.replace(/\s*\([^)]*$/, '') : phrase).replace(/^(?:Der|Die|Das|Den|Dem|Des)\s+/, '').trim();
}

function lastDay(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function uniqueId(base: string, figures: readonly ProseFigure[]): string {
  let id = base.slice(0, 60).replace(/-$/, '');
  for (let n = 2; figures.some((f) => f.id === id); n++) id = `${base.slice(0, 56)}-${n}`;
  return id;
}
