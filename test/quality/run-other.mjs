#!/usr/bin/env node
// Measures the built bot on a programme it has never been tuned on: copies what the built bot
// needs (package.json, dist/, knowledge/common, node_modules as a symlink) into a temporary
// project, ingests the document there with the built ingest (no curated files), starts that copy
// with the shared evaluator and prints correct / wrong / abstained per class, like run-quality.mjs.
// The repository's knowledge/programmes is never touched.
//   node test/quality/run-other.mjs [--doc FILE] [--cases FILE] [--failures] [--json FILE] [--keep]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');
const evaluator = resolve(repoRoot, '..', 'shared', 'eval', 'run-eval.mjs');
const START = 'node dist/src/index.js';

/** The shared evaluator's abstention pattern (../shared/eval/wrong-rate.mjs). */
const ABSTAIN = /leider|keine Aussage|nennt (das Programm|es) (sie |diese |das )?nicht|steht (so )?nicht|nicht im Programm|enthält .{0,60}nicht|nicht enthalten|Meinten Sie|meinen Sie|Welche(s|n)? .{0,40} meinen|bitte genauer|präzisier/i;
const CLASSES = ['figure', 'definition', 'list', 'reason', 'process', 'navigation', 'document', 'comparison', 'ranking', 'calculation', 'unanswerable', 'followup', 'smalltalk'];

function parseArgs(argv) {
  const opts = {
    doc: join(here, 'other-programme', 'amip-2025-jobcenter-havelmark.md'),
    cases: join(here, 'other-programme', 'cases.json'),
    failures: false,
    json: undefined,
    keep: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--doc') opts.doc = resolve(argv[++i] ?? '');
    else if (a === '--cases') opts.cases = resolve(argv[++i] ?? '');
    else if (a === '--failures') opts.failures = true;
    else if (a === '--json') opts.json = argv[++i];
    else if (a === '--keep') opts.keep = true;
    else fail(`unknown argument: ${a}`);
  }
  return opts;
}

function fail(message) {
  console.error(`[other] ${message}`);
  process.exit(2);
}

/** A project folder holding only the built bot, the common knowledge and no programme. */
function makeProject() {
  const dir = mkdtempSync(join(tmpdir(), 'amip-other-'));
  cpSync(join(repoRoot, 'package.json'), join(dir, 'package.json'));
  cpSync(join(repoRoot, 'dist'), join(dir, 'dist'), { recursive: true });
  mkdirSync(join(dir, 'knowledge', 'programmes'), { recursive: true });
  cpSync(join(repoRoot, 'knowledge', 'common'), join(dir, 'knowledge', 'common'), { recursive: true });
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** The built ingest, run inside the copy: it writes knowledge/programmes/<id>/ there. */
function ingest(dir, doc) {
  const run = spawnSync(process.execPath, ['dist/src/knowledge/ingest-cli.js', doc], { cwd: dir, encoding: 'utf8', env: { ...process.env, INIT_CWD: dir } });
  const out = `${run.stdout ?? ''}${run.stderr ?? ''}`.trim();
  if (out) console.log(out.split('\n').map((l) => `  ${l}`).join('\n'));
  if (run.status !== 0) return undefined;
  const programmes = join(dir, 'knowledge', 'programmes');
  const id = readdirSync(programmes)[0];
  return id ? join(programmes, id, 'generated') : undefined;
}

/** What the ingest read: sections, tables, charts, and what the bot derives from them. */
function describeIngest(generated) {
  const sections = JSON.parse(readFileSync(join(generated, 'sections.json'), 'utf8'));
  const tables = JSON.parse(readFileSync(join(generated, 'tables.json'), 'utf8'));
  const paragraphs = sections.sections.reduce((n, s) => n + s.paragraphs.length, 0);
  const charts = sections.sections.reduce((n, s) => n + (s.charts?.length ?? 0), 0);
  const withPage = sections.sections.filter((s) => s.page !== undefined).length;
  console.log(`  title: ${sections.documentTitle} | Stand ${sections.documentStand}`);
  console.log(`  ${sections.sections.length} sections (${withPage} with a page), ${paragraphs} paragraphs, ${charts} charts, ${tables.tables.length} tables`);
  for (const t of tables.tables) console.log(`    table ${t.id} [${t.sectionRef}]: ${t.rows.length} rows × ${t.columns.length} columns (${t.columns.join(' | ')})`);
}

function evaluate(dir, cases) {
  const out = join(dir, 'results.json');
  const run = spawnSync(process.execPath, [evaluator, '--cases', cases, '--start', START, '--json', out], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status === 0 && existsSync(out)) return JSON.parse(readFileSync(out, 'utf8'));
  if (run.stderr) console.error(run.stderr.trim());
  const score = (run.stdout ?? '').split('\n').filter((l) => l.startsWith('score:')).pop();
  return fail(`the evaluator could not run (exit ${run.status ?? run.signal})${score ? `: ${score}` : ''}`);
}

function verdict(result, cls) {
  if (result.pass) return { verdict: 'correct' };
  const bad = result.turns.find((t) => t.problems && t.problems.length) ?? result.turns.at(-1);
  const head = String(bad?.reply ?? '').slice(0, 300);
  if (cls !== 'unanswerable' && ABSTAIN.test(head)) return { verdict: 'abstained', turn: bad, head };
  return { verdict: 'wrong', turn: bad, head };
}

const emptyCounts = () => ({ n: 0, correct: 0, wrong: 0, abstained: 0 });
const rate = (k, n) => (n ? k / n : 0);
const cell = (k, n) => `${String(k).padStart(4)} ${String(Math.round(100 * rate(k, n))).padStart(3)}%`;
const line = (cls, c) => `${cls.padEnd(13)} ${String(c.n).padStart(4)}  ${cell(c.correct, c.n)}  ${cell(c.wrong, c.n)}  ${cell(c.abstained, c.n)}`;

function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(evaluator)) fail(`shared evaluator not found at ${evaluator}`);
  if (!existsSync(join(repoRoot, 'dist', 'src', 'index.js'))) fail('dist/src/index.js is missing: run npm run build first');
  if (!existsSync(opts.doc)) fail(`no document at ${opts.doc}`);
  if (!existsSync(opts.cases)) fail(`no cases at ${opts.cases} (node test/quality/other-programme/source.mjs writes them)`);

  const dir = makeProject();
  try {
    console.log(`[other] ingesting ${basename(opts.doc)} in ${dir}`);
    const generated = ingest(dir, opts.doc);
    if (!generated) fail('ingest failed: the bot cannot load this document');
    describeIngest(generated);

    const cases = JSON.parse(readFileSync(opts.cases, 'utf8')).cases;
    const classOf = new Map(cases.map((c) => [c.id, c.class]));
    const results = evaluate(dir, opts.cases);
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

    console.log(`\n${'class'.padEnd(13)} ${'n'.padStart(4)}  ${'correct'.padEnd(9)}  ${'wrong'.padEnd(9)}  abstained`);
    for (const [cls, c] of Object.entries(byClass)) if (c.n) console.log(line(cls, c));
    console.log(line('TOTAL', total));

    if (opts.failures) {
      console.log('\nfailures:');
      for (const f of failures) {
        console.log(`${f.verdict.toUpperCase().padEnd(9)} ${f.id} [${f.cls}]`);
        for (const s of f.said) console.log(`  > ${s}`);
        console.log(`  < ${f.head.replace(/\s+/g, ' ')}`);
        for (const p of f.turn?.problems ?? []) console.log(`    ! ${p}`);
      }
    }
    if (opts.json) {
      const withRates = (c) => ({ ...c, correctRate: rate(c.correct, c.n), wrongRate: rate(c.wrong, c.n), abstainedRate: rate(c.abstained, c.n) });
      const summary = { version: 1, measuredAt: new Date().toISOString(), document: basename(opts.doc), byClass: Object.fromEntries(Object.entries(byClass).filter(([, c]) => c.n).map(([k, c]) => [k, withRates(c)])), total: withRates(total), failures };
      writeFileSync(opts.json, `${JSON.stringify(summary, null, 2)}\n`);
    }
  } finally {
    if (opts.keep) console.log(`[other] kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

main();
