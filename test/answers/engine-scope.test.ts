import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readProgrammeScope, type ProgrammeScope } from '../../src/answers/programme-scope';
import { findScopeProblem } from '../../src/answers/scope-check';
import { loadCues } from '../../src/knowledge/cues';
import { ingestFile } from '../../src/knowledge/ingest-file';
import { loadKnowledge } from '../../src/knowledge/load';
import type { Knowledge } from '../../src/knowledge/schema';
import { tempProgrammes, writeTemp } from '../programmes/helpers';
import { pinnedProgrammeDir } from '../programmes/pinned';

/**
 * Scope follows the document: the programme's own region is in scope, every
 * other place, the whole country and years the document never mentions are not.
 * Checked on the shipped programme and on the fictional Musterkreis programme.
 */
const cues = loadCues();
const shipped = loadKnowledge(pinnedProgrammeDir());
const musterkreis: Knowledge = loadKnowledge(
  ingestFile(writeTemp('amip-musterkreis-2025.md', readFileSync(join(__dirname, '..', 'programmes', 'fixtures', 'amip-musterkreis-2025.md'), 'utf8')), { programmesDir: tempProgrammes() }).dir,
);

/** A year neither document mentions: three after the later programme year, checked below. */
const unmentionedYear = (scope: ProgrammeScope, k: Knowledge): number => {
  let year = k.programme.year + 3;
  while (scope.mentionedYears.has(year)) year++;
  return year;
};

describe('readProgrammeScope', () => {
  it.each([
    ['shipped', shipped],
    ['Musterkreis', musterkreis],
  ])('reads region, years and vocabulary of the %s programme from its own document', (_name, k) => {
    const scope = readProgrammeScope(k);
    expect(scope.regionWords.has(k.programme.region.toLowerCase())).toBe(true);
    expect(scope.figureYears.has(k.programme.year)).toBe(true);
    for (const cell of k.tables.flatMap((t) => t.rows.flatMap((r) => r.cells))) if (cell.year !== undefined) expect(scope.figureYears.has(cell.year)).toBe(true);
    for (const y of scope.figureYears) expect(scope.mentionedYears.has(y)).toBe(true);
    // The signing town is a place the document names, not the region.
    if (k.programme.signOff && k.programme.signOff.place !== k.programme.region) expect(scope.otherPlaces.has(k.programme.signOff.place.toLowerCase())).toBe(true);
  });

  it('keeps each programme’s region to itself', () => {
    const a = readProgrammeScope(shipped);
    const b = readProgrammeScope(musterkreis);
    expect(a.regionWords.has(musterkreis.programme.region.toLowerCase())).toBe(false);
    expect(b.regionWords.has(shipped.programme.region.toLowerCase())).toBe(false);
  });
});

describe('findScopeProblem', () => {
  const scopes: [string, Knowledge, Knowledge][] = [
    ['shipped', shipped, musterkreis],
    ['Musterkreis', musterkreis, shipped],
  ];

  describe.each(scopes)('on the %s programme', (_name, own, other) => {
    const scope = readProgrammeScope(own);
    const region = own.programme.region;
    const otherRegion = other.programme.region;

    it('takes the programme’s own region as in scope, also with a place word or a typo', () => {
      expect(findScopeProblem(`Integrationsquote in ${region}`, scope, cues)).toBeUndefined();
      expect(findScopeProblem(`Wie viele LZB hat das Jobcenter ${region}?`, scope, cues)).toBeUndefined();
      expect(findScopeProblem(`Integrationsquote im Landkreis ${region.slice(0, -1)}`, scope, cues)).toBeUndefined();
    });

    it('names the other programme’s region as another place', () => {
      expect(findScopeProblem(`Integrationsquote im Jobcenter ${otherRegion}`, scope, cues)).toEqual({ kind: 'place', name: otherRegion });
    });

    it.each([
      ['Wie hoch ist die Integrationsquote im Jobcenter Cottbus?', 'Cottbus'],
      ['Wie viele ELB gibt es in Dresden?', 'Dresden'],
      ['wie viele elb in leipzig', 'leipzig'],
    ])('names a place the document never uses: %s', (question, name) => {
      expect(findScopeProblem(question, scope, cues)).toEqual({ kind: 'place', name });
    });

    it.each(['Integrationsquote bundesweit', 'Wie hoch ist der Bundesdurchschnitt?', 'Budget im Vergleich zu anderen Jobcentern'])('names the whole country or other jobcenters: %s', (question) => {
      expect(findScopeProblem(question, scope, cues)).toMatchObject({ kind: 'national' });
    });

    it('names a year the document never mentions, and none it does', () => {
      const year = unmentionedYear(scope, own);
      expect(findScopeProblem(`Wie hoch ist das Budget ${year}?`, scope, cues)).toEqual({ kind: 'year', years: [year] });
      expect(findScopeProblem(`Wie hoch ist das Budget ${own.programme.year}?`, scope, cues)).toBeUndefined();
    });

    it('does not take nouns after "in" or typos of document words for places', () => {
      expect(findScopeProblem('Wie viele Beschäftigte gibt es in der Industrie?', scope, cues)).toBeUndefined();
      expect(findScopeProblem('Was steht in Integratonsquote?', scope, cues)).toBeUndefined();
      expect(findScopeProblem('Wie hoch ist die Integrationsquote?', scope, cues)).toBeUndefined();
    });
  });

  it('takes the Agentur für Arbeit the document works with as a partner, not as a place asked about', () => {
    const scope = readProgrammeScope(shipped);
    expect(scope.otherPlaces.has('cottbus')).toBe(true);
    expect(findScopeProblem('Wie arbeitet das Jobcenter mit der Agentur für Arbeit Cottbus zusammen?', scope, cues)).toBeUndefined();
    expect(findScopeProblem('Wie viele ELB gibt es in Cottbus?', scope, cues)).toEqual({ kind: 'place', name: 'Cottbus' });
  });

  it('follows the document: a year the shipped programme has figures for is outside the fictional one', () => {
    const fictional = readProgrammeScope(musterkreis);
    const shippedOnly = [...readProgrammeScope(shipped).figureYears].filter((y) => !fictional.mentionedYears.has(y));
    expect(shippedOnly.length).toBeGreaterThan(0);
    const year = shippedOnly.at(-1)!;
    expect(findScopeProblem(`Integrationsquote ${year}`, readProgrammeScope(shipped), cues)).toBeUndefined();
    expect(findScopeProblem(`Integrationsquote ${year}`, fictional, cues)).toEqual({ kind: 'year', years: [year] });
  });

  // BUG: the shipped document names Sachsen in running text (commuters), so "sachsen" is in its vocabulary
  // and "in Sachsen" is not taken for another place; the fictional programme, which never names it, does.
  it.failing('takes a place the document names only in passing, after "in", as another place', () => {
    expect(findScopeProblem('Wie hoch ist die Integrationsquote in Sachsen?', readProgrammeScope(musterkreis), cues)).toEqual({ kind: 'place', name: 'Sachsen' });
    expect(findScopeProblem('Wie hoch ist die Integrationsquote in Sachsen?', readProgrammeScope(shipped), cues)).toEqual({ kind: 'place', name: 'Sachsen' });
  });
});

