import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance, PerformanceObserver } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { buildBrain } from '../../src/compose';
import { loadKnowledge } from '../../src/knowledge/load';
import { projectRoot } from '../../src/knowledge/paths';
import { startEchoServer } from './echo-server';
import { waitUntilHealthy } from '../../src/tools/wait-healthy';

/**
 * `npm run bench`: one table of how fast the bot is, printed; `-- --write` also writes test/bench/results.md.
 * Loopback only; bounded in time; the load generator shares the machine's cores.
 */
const root = projectRoot();
const QUESTIONS = ['Wie hoch ist die Integrationsquote 2024?', 'Was bedeutet ELB?', 'Wie viele Langzeitleistungsbeziehende sind für 2024 geplant?', 'Was tut das Jobcenter für Alleinerziehende?', 'Gesamtbudget 2024', 'Welche Rolle spielen Netzwerkpartner?'];

function devQuestions(): string[] {
  try {
    const cases = (JSON.parse(readFileSync(join(root, '..', 'shared', 'eval', 'dev-questions.json'), 'utf8')) as { cases: { kind: string; turns: { say: string }[] }[] }).cases;
    return cases.filter((c) => c.kind !== 'dialog').map((c) => c.turns[0]!.say);
  } catch {
    return QUESTIONS;
  }
}

const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

const ROUNDS = 50;

interface SearchLatency {
  buildMs: number;
  p50: number;
  p99: number;
  n: number;
  cachedP99: number;
  /** p99 over the last half of the rounds: what is left once the JIT and the young heap have settled. */
  laterP99: number;
  /** Garbage collections during the first-time rounds. */
  gc: { count: number; totalMs: number; maxMs: number };
  /** The questions slowest at their median, in µs. */
  slowest: { question: string; p50: number; max: number }[];
}

async function searchLatency(): Promise<SearchLatency> {
  const knowledge = loadKnowledge();
  const t0 = performance.now();
  const brain = buildBrain(knowledge);
  const buildMs = performance.now() - t0;
  const questions = devQuestions();
  const timed = (answer: (q: string) => unknown): { all: number[]; later: number[]; byQuestion: Map<string, number[]> } => {
    for (const q of questions) answer(q);
    const all: number[] = [];
    const later: number[] = [];
    const byQuestion = new Map(questions.map((q) => [q, [] as number[]]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const q of questions) {
        const start = performance.now();
        answer(q);
        const micros = (performance.now() - start) * 1000;
        all.push(micros);
        if (round >= ROUNDS / 2) later.push(micros);
        byQuestion.get(q)!.push(micros);
      }
    }
    const sort = (values: number[]): number[] => values.sort((a, b) => a - b);
    return { all: sort(all), later: sort(later), byQuestion: new Map([...byQuestion].map(([q, t]) => [q, sort(t)])) };
  };
  const pauses: number[] = [];
  const observer = new PerformanceObserver((list) => pauses.push(...list.getEntries().map((e) => e.duration)));
  observer.observe({ entryTypes: ['gc'] });
  const fresh = timed((q) => brain.answerer.answerUncached(q));
  // GC entries arrive asynchronously.
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  const cached = timed((q) => brain.answerer.answer(q));
  const slowest = [...fresh.byQuestion]
    .map(([question, t]) => ({ question, p50: quantile(t, 0.5), max: t[t.length - 1]! }))
    .sort((a, b) => b.p50 - a.p50)
    .slice(0, 5);
  return {
    buildMs,
    p50: quantile(fresh.all, 0.5),
    p99: quantile(fresh.all, 0.99),
    n: fresh.all.length,
    cachedP99: quantile(cached.all, 0.99),
    laterP99: quantile(fresh.later, 0.99),
    gc: { count: pauses.length, totalMs: pauses.reduce((a, b) => a + b, 0), maxMs: Math.max(0, ...pauses) },
    slowest,
  };
}

function startBot(env: Record<string, string> = {}): { child: ChildProcess; port: number; started: number } {
  const port = 4100 + Math.floor(Math.random() * 800);
  const started = performance.now();
  const child = spawn(process.execPath, [join(root, 'dist/src/index.js')], { env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn', ...env }, stdio: 'ignore' });
  return { child, port, started };
}

async function coldStart(): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const bot = startBot();
    await waitUntilHealthy(bot.port);
    times.push(performance.now() - bot.started);
    bot.child.kill('SIGTERM');
    await new Promise((r) => bot.child.once('exit', r));
  }
  return times.sort((a, b) => a - b)[2]!;
}

function activity(text: string, conversation: string): string {
  return JSON.stringify({ type: 'message', id: '1', text, from: { id: 'u' }, recipient: { id: 'b' }, conversation: { id: conversation }, channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/', deliveryMode: 'expectReplies' });
}

async function load(port: number, seconds: number, amount?: number): Promise<autocannon.Result> {
  let n = 0;
  return autocannon({
    url: `http://127.0.0.1:${port}/api/messages`,
    connections: 20,
    ...(amount ? { amount } : { duration: seconds }),
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [{ setupRequest: (req) => ({ ...req, body: activity(QUESTIONS[n % QUESTIONS.length]!, `bench-${n++}`) }) }],
  });
}

/** A question as a table cell: cut, without the characters that would end the cell or the code span. */
function shortQuestion(question: string): string {
  const plain = question.replace(/[|`]/g, ' ');
  return plain.length > 70 ? `${plain.slice(0, 69)}…` : plain;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

async function main(): Promise<void> {
  // Other work on the machine shows in every figure here, the answer p99 most: the results say how busy it was.
  const loadBefore = loadavg()[0]!;
  const search = await searchLatency();
  const cold = await coldStart();

  const bot = startBot();
  await waitUntilHealthy(bot.port);
  await load(bot.port, 2);
  const botRun = await load(bot.port, 10);
  const echo = await startEchoServer();
  await load(echo.port, 2);
  const echoRun = await load(echo.port, 10);
  await echo.close();
  bot.child.kill('SIGTERM');

  const memoryBot = startBot({ STORAGE_MAX_CONVERSATIONS: '10000' });
  await waitUntilHealthy(memoryBot.port);
  const rssBefore = rssMb(memoryBot.child.pid!);
  await load(memoryBot.port, 0, 20_000);
  const rssAfter = rssMb(memoryBot.child.pid!);
  await load(memoryBot.port, 0, 20_000);
  const rssAfter40k = rssMb(memoryBot.child.pid!);
  memoryBot.child.kill('SIGTERM');

  const ratio = botRun.requests.average / echoRun.requests.average;
  const rows: [string, string, string][] = [
    ['Index build (knowledge → search index)', `${search.buildMs.toFixed(0)} ms`, ''],
    ['Answer latency p50, first time (analyse → search → compose)', `${search.p50.toFixed(0)} µs`, ''],
    ['Answer latency p99', `${search.p99.toFixed(0)} µs`, 'target ≤ 1 000 µs'],
    ['Answer latency p99, rounds 26–50 only', `${search.laterP99.toFixed(0)} µs`, 'explains the p99: the early rounds run before the JIT and the young heap settle'],
    ['GC during the first-time rounds', `${search.gc.count} pauses, ${search.gc.totalMs.toFixed(0)} ms in all, longest ${search.gc.maxMs.toFixed(1)} ms`, ''],
    ['Answer latency p99, repeated question (answer cache)', `${search.cachedP99.toFixed(0)} µs`, 'the load below repeats six questions'],
    ['Cold start to /healthz (median of 5)', `${cold.toFixed(0)} ms`, 'target ≤ 1 000 ms'],
    ['Bot throughput (20 connections, 10 s)', `${botRun.requests.average.toFixed(0)} req/s, p50 ${botRun.latency.p50} ms, p99 ${botRun.latency.p99} ms`, `errors ${botRun.errors}, non-2xx ${botRun.non2xx}`],
    ['Echo bot, same stack', `${echoRun.requests.average.toFixed(0)} req/s, p50 ${echoRun.latency.p50} ms, p99 ${echoRun.latency.p99} ms`, `errors ${echoRun.errors}, non-2xx ${echoRun.non2xx}`],
    ['Ratio bot ÷ echo', ratio.toFixed(2), 'target ≥ 0.80'],
    ['RSS before → after 20 000 / 40 000 conversations', `${rssBefore.toFixed(0)} → ${rssAfter.toFixed(0)} / ${rssAfter40k.toFixed(0)} MB`, 'default storage, cap 10 000'],
  ];
  const table = ['| Measure | Result | Note |', '| --- | --- | --- |', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, 1-min load average ${loadBefore.toFixed(2)} before the run`;
  const slowest = ['| Slowest questions (first time) | p50 | max |', '| --- | --- | --- |', ...search.slowest.map((s) => `| \`${shortQuestion(s.question)}\` | ${s.p50.toFixed(0)} µs | ${s.max.toFixed(0)} µs |`)].join('\n');
  const out = `# Benchmarks\n\n${new Date().toISOString().slice(0, 10)} · ${machine} · ${search.n} answer timings over the shared dev questions (${ROUNDS} rounds)\n\n${table}\n\n${slowest}\n`;
  console.log(out);
  // The tracked results change only when asked: `npm run bench -- --write`.
  if (process.argv.includes('--write')) {
    writeFileSync(join(root, 'test/bench/results.md'), out);
    console.log('test/bench/results.md geschrieben.');
  } else console.log('(test/bench/results.md unverändert – mit `npm run bench -- --write` schreiben)');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
