#!/usr/bin/env node
// Builds the quality corpus from the master list in source/ and splits it, stratified by class,
// into tuning.json (four fifths) and held-out.json (one fifth) with a fixed seed, so the split
// is the same on every machine. A third part, fresh.json, is built from source/fresh.mjs (questions
// written blind, never tuned on) and is never mixed into the split. `node test/quality/split.mjs`
// writes all three files; `--check` only verifies that the files on disk are what the sources give.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cases as figure } from './source/figure.mjs';
import { definition, lists, reasons, processes, navigation, documents } from './source/text.mjs';
import { comparison, ranking, calculation } from './source/compare.mjs';
import { unanswerable, followup, smalltalk } from './source/rest.mjs';
import { fresh } from './source/fresh.mjs';

const SEED = 20240;
const HELD_OUT_SHARE = 0.2;
const here = dirname(fileURLToPath(import.meta.url));

/** Class → id prefix, in the order the master list is read. */
const PREFIX = {
  figure: 'fig', definition: 'def', list: 'lst', reason: 'rsn', process: 'prc', navigation: 'nav',
  document: 'doc', comparison: 'cmp', ranking: 'rnk', calculation: 'calc', unanswerable: 'una',
  followup: 'fup', smalltalk: 'sml',
};

const master = [
  ...figure, ...definition, ...lists, ...reasons, ...processes, ...navigation, ...documents,
  ...comparison, ...ranking, ...calculation, ...unanswerable, ...followup, ...smalltalk,
];

/** Ids per class (`fig-001`, …), or one running sequence with a fixed prefix (`frs-001`, …). */
function withIds(all, fixedPrefix) {
  const seen = {};
  return all.map((c) => {
    const prefix = PREFIX[c.class];
    if (!prefix) throw new Error(`[split] unknown class "${c.class}" for "${c.turns[0].say}"`);
    const key = fixedPrefix ?? c.class;
    seen[key] = (seen[key] ?? 0) + 1;
    const { kind, class: cls, topic, turns, ...rest } = c;
    return { id: `${fixedPrefix ?? prefix}-${String(seen[key]).padStart(3, '0')}`, kind, class: cls, topic, ...rest, turns };
  });
}

/** mulberry32: a small, well-known seeded PRNG. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A per-class seed, so that adding a case to one class leaves the other classes' draw unchanged. */
const classSeed = (cls) => [...cls].reduce((h, ch) => Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0, SEED);

function split(cases) {
  const heldOutIds = new Set();
  for (const cls of Object.keys(PREFIX)) {
    const random = prng(classSeed(cls));
    const ids = cases.filter((c) => c.class === cls).map((c) => c.id);
    for (let i = ids.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [ids[i], ids[j]] = [ids[j], ids[i]];
    }
    for (const id of ids.slice(0, Math.round(ids.length * HELD_OUT_SHARE))) heldOutIds.add(id);
  }
  return {
    tuning: cases.filter((c) => !heldOutIds.has(c.id)),
    heldOut: cases.filter((c) => heldOutIds.has(c.id)),
  };
}

const NOTE = {
  tuning:
    'AMIP quality corpus, tuning part (four fifths). Written from the programme document only. Tune the answer engine against these; see test/quality/README.md.',
  heldOut:
    'AMIP quality corpus, held-out part (one fifth, seeded stratified split). Never tune on its failures; report only its per-class and total rates.',
  fresh:
    'AMIP quality corpus, fresh part: 150 questions written blind from the programme document only, never mixed into the split. Measures the engine on questions nobody tuned on; see test/quality/README.md.',
};

const render = (note, cases) => `${JSON.stringify({ version: 1, note, cases }, null, 1)}\n`;

const { tuning, heldOut } = split(withIds(master));
const files = {
  [join(here, 'tuning.json')]: render(NOTE.tuning, tuning),
  [join(here, 'held-out.json')]: render(NOTE.heldOut, heldOut),
  [join(here, 'fresh.json')]: render(NOTE.fresh, withIds(fresh, 'frs')),
};

if (process.argv.includes('--check')) {
  const stale = Object.entries(files).filter(([path, text]) => {
    try { return readFileSync(path, 'utf8') !== text; } catch { return true; }
  });
  for (const [path] of stale) console.error(`[split] ${path} is not what the master list gives: run node test/quality/split.mjs`);
  process.exit(stale.length ? 1 : 0);
}
for (const [path, text] of Object.entries(files)) writeFileSync(path, text);
console.log(`tuning ${tuning.length}, held-out ${heldOut.length} (${((100 * heldOut.length) / (tuning.length + heldOut.length)).toFixed(1)} %), fresh ${fresh.length}`);
