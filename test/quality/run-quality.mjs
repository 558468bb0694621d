#!/usr/bin/env node
// Measures the bot on the quality corpus through the shared black-box evaluator and reports,
// per part and class, how many cases were answered correctly, wrongly, or abstained.
//   node test/quality/run-quality.mjs [--part tuning|held-out|fresh|all] [--failures] [--json FILE]
// `all` is tuning and held-out; the fresh part (questions written blind, never split or tuned on)
// runs only when asked for by name. The held-out part is only ever reported as counts: never its
// cases, ids or replies.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');
const evaluator = resolve(repoRoot, '..', 'shared', 'eval', 'run-eval.mjs');
const START = 'node dist/src/index.js';

/** The shared evaluator's abstention pattern (../shared/eval/wrong-rate.mjs). */
const ABSTAIN = /leider|keine Aussage|nennt (das Programm|es) (sie |diese |das )?nicht|steht (so )?nicht|nicht im Programm|enthält .{0,60}nicht|nicht enthalten|Meinten Sie|meinen Sie|Welche(s|n)? .{0,40} meinen|bitte genauer|präzisier/i;
const CLASSES = ['figure', 'definition', 'list', 'reason', 'process', 'navigation', 'document', 'comparison', 'ranking', 'calculation', 'unanswerable', 'followup', 'smalltalk'];
const PARTS = {
  tuning: { file: join(here, 'tuning.json'), label: 'tuning', key: 'tuning', mayShowCases: true },
  'held-out': { file: join(here, 'held-out.json'), label: 'held-out', key: 'heldOut', mayShowCases: false },
  fresh: { file: join(here, 'fresh.json'), label: 'fresh', key: 'fresh', mayShowCases: true },
};

function parseArgs(argv) {
  const opts = { part: 'all', failures: false, json: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--part') opts.part = argv[++i];
    else if (a === '--failures') opts.failures = true;
    else if (a === '--json') opts.json = argv[++i];
    else fail(`unknown argument: ${a}`);
  }
  if (!['tuning', 'held-out', 'fresh', 'all'].includes(opts.part)) fail(`--part must be tuning, held-out, fresh or all, not "${opts.part}"`);
  if (opts.json === '') fail('--json needs a file name');
  return opts;
}

function fail(message) {
  console.error(`[quality] ${message}`);
  process.exit(2);
}

/** Runs the shared evaluator on one corpus file; returns its per-case results. */
function evaluate(part) {
  const dir = mkdtempSync(join(tmpdir(), 'amip-quality-'));
  const out = join(dir, 'results.json');
  let problem = '';
  try {
    const run = spawnSync(process.execPath, [evaluator, '--cases', part.file, '--start', START, '--json', out], {
      cwd: repoRoot,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    // The evaluator prints every failing case; pass on only its score line, so held-out cases stay unseen.
    const score = (run.stdout ?? '').split('\n').filter((l) => l.startsWith('score:')).pop();
    if (run.status === 0 && existsSync(out)) return JSON.parse(readFileSync(out, 'utf8'));
    if (run.stderr) console.error(run.stderr.trim());
    problem = `the evaluator could not run on the ${part.label} part (exit ${run.status ?? run.signal})${score ? `: ${score}` : ''}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return fail(problem);
}

/** correct | wrong | abstained for one evaluated case. */
function verdict(result, cls) {
  if (result.pass) return { verdict: 'correct' };
  const bad = result.turns.find((t) => t.problems && t.problems.length) ?? result.turns.at(-1);
  const head = String(bad?.reply ?? '').slice(0, 300);
  // An unanswerable case fails only when the bot answered instead of abstaining.
  if (cls !== 'unanswerable' && ABSTAIN.test(head)) return { verdict: 'abstained', turn: bad, head };
  return { verdict: 'wrong', turn: bad, head };
}

const emptyCounts = () => ({ n: 0, correct: 0, wrong: 0, abstained: 0 });
const rate = (k, n) => (n ? k / n : 0);

function summarise(part) {
  const cases = JSON.parse(readFileSync(part.file, 'utf8')).cases;
  const classOf = new Map(cases.map((c) => [c.id, c.class]));
  const results = evaluate(part);
  const byClass = Object.fromEntries(CLASSES.map((c) => [c, emptyCounts()]));
  const total = emptyCounts();
  const failures = [];
  for (const r of results) {
    const cls = classOf.get(r.id) ?? 'unknown';
    byClass[cls] ??= emptyCounts();
    const v = verdict(r, cls);
    for (const counts of [byClass[cls], total]) {
      counts.n++;
      counts[v.verdict]++;
    }
    if (v.verdict !== 'correct') failures.push({ id: r.id, cls, ...v, said: r.turns.map((t) => t.say) });
  }
  const withRates = (c) => ({ ...c, correctRate: rate(c.correct, c.n), wrongRate: rate(c.wrong, c.n), abstainedRate: rate(c.abstained, c.n) });
  return {
    byClass: Object.fromEntries(Object.entries(byClass).filter(([, c]) => c.n).map(([k, c]) => [k, withRates(c)])),
    total: withRates(total),
    failures,
  };
}

const cell = (k, n) => `${String(k).padStart(4)} ${String(Math.round(100 * rate(k, n))).padStart(3)}%`;
const line = (part, cls, c) =>
  `${part.padEnd(9)} ${cls.padEnd(13)} ${String(c.n).padStart(4)}  ${cell(c.correct, c.n)}  ${cell(c.wrong, c.n)}  ${cell(c.abstained, c.n)}`;

function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(evaluator)) fail(`shared evaluator not found at ${evaluator} (expected ../shared/eval/run-eval.mjs beside the repository)`);
  if (!existsSync(join(repoRoot, 'dist', 'src', 'index.js'))) fail('dist/src/index.js is missing: build first (npm run eval does)');
  const names = opts.part === 'all' ? ['tuning', 'held-out'] : [opts.part];
  const summaries = {};
  for (const name of names) summaries[name] = summarise(PARTS[name]);

  console.log(`${'part'.padEnd(9)} ${'class'.padEnd(13)} ${'n'.padStart(4)}  ${'correct'.padEnd(9)}  ${'wrong'.padEnd(9)}  abstained`);
  for (const name of names) {
    for (const [cls, c] of Object.entries(summaries[name].byClass)) console.log(line(name, cls, c));
  }
  for (const name of names) console.log(line(name, 'TOTAL', summaries[name].total));

  if (opts.failures) {
    const shown = names.filter((name) => PARTS[name].mayShowCases);
    if (!shown.length) console.log('\n--failures lists tuning and fresh cases only; the held-out part is never shown case by case.');
    for (const name of shown) {
      console.log(`\nfailures (${name}):`);
      for (const f of summaries[name].failures) {
        console.log(`${f.verdict.toUpperCase().padEnd(9)} ${f.id} [${f.cls}]`);
        for (const s of f.said) console.log(`  > ${s}`);
        console.log(`  < ${f.head.replace(/\s+/g, ' ')}`);
        for (const p of f.turn?.problems ?? []) console.log(`    ! ${p}`);
      }
    }
  }

  if (opts.json) {
    const numbers = Object.fromEntries(names.map((name) => [PARTS[name].key, { byClass: summaries[name].byClass, total: summaries[name].total }]));
    writeFileSync(opts.json, `${JSON.stringify({ version: 1, measuredAt: new Date().toISOString(), ...numbers }, null, 2)}\n`);
  }
}

main();
