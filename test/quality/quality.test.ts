// The quality corpus (tuning + held-out, and the separate fresh part) is well-formed and meets the brief's coverage, and — when
// QUALITY_RESULTS names a summary written by `run-quality.mjs --json` — the measured rates
// meet test/quality/thresholds.json. Nothing here starts the bot: `npm run eval` measures it.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

const HERE = __dirname;
const SHARED_WRONG_RATE = resolve(HERE, '..', '..', '..', 'shared', 'eval', 'wrong-rate.mjs');

/** The shared evaluator's abstention pattern, which `unanswerable` cases must expect verbatim. */
const ABSTAIN =
  'leider|keine Aussage|nennt (das Programm|es) (sie |diese |das )?nicht|steht (so )?nicht|nicht im Programm|enthält .{0,60}nicht|nicht enthalten|Meinten Sie|meinen Sie|Welche(s|n)? .{0,40} meinen|bitte genauer|präzisier';

/** Minimum number of cases per class, over both parts together. */
const MINIMUM = {
  figure: 110,
  definition: 25,
  list: 20,
  reason: 12,
  process: 20,
  navigation: 12,
  document: 12,
  comparison: 15,
  ranking: 15,
  calculation: 30,
  unanswerable: 85,
  followup: 45,
  smalltalk: 12,
} as const;
type CaseClass = keyof typeof MINIMUM;
const CLASSES = Object.keys(MINIMUM) as [CaseClass, ...CaseClass[]];

const compiles = (source: string): boolean => {
  try {
    new RegExp(source, 'i');
    return true;
  } catch {
    return false;
  }
};
const Pattern = z.string().min(1).refine(compiles, { message: 'is not a valid regular expression' });

const Turn = z.strictObject({
  say: z.string().trim().min(1),
  expect: z.array(Pattern).min(1),
  expectNot: z.array(Pattern).min(1).optional(),
});

const Case = z.strictObject({
  id: z.string().regex(/^[a-z]+-\d{3}$/),
  kind: z.enum(['qa', 'followup', 'robust']),
  class: z.enum(CLASSES),
  topic: z.string().min(1),
  conversationType: z.enum(['personal', 'groupChat', 'channel']).optional(),
  tricky: z.literal(true).optional(),
  why: z.string().min(1).optional(),
  turns: z.array(Turn).min(1),
});
type Case = z.infer<typeof Case>;
type Turn = z.infer<typeof Turn>;

const CorpusFile = z.strictObject({ version: z.literal(1), note: z.string().min(1), cases: z.array(Case).min(1) });

function readCorpus(name: string): Case[] {
  const parsed = CorpusFile.safeParse(JSON.parse(readFileSync(join(HERE, name), 'utf8')));
  if (!parsed.success) throw new Error(`[quality] ${name}: ${z.prettifyError(parsed.error)}`);
  return parsed.data.cases;
}

/** Would the evaluator pass this turn if the bot replied `reply`? */
const passes = (turn: Turn, reply: string): boolean =>
  turn.expect.every((re) => new RegExp(re, 'i').test(reply)) &&
  !(turn.expectNot ?? []).some((re) => new RegExp(re, 'i').test(reply));

const normalised = (say: string): string => say.toLowerCase().replace(/\s+/g, ' ').trim();

describe('the quality corpus', () => {
  const tuning = readCorpus('tuning.json');
  const heldOut = readCorpus('held-out.json');
  const all = [...tuning, ...heldOut];
  const ofClass = (cases: Case[], cls: CaseClass) => cases.filter((c) => c.class === cls);

  it('has unique ids over both parts', () => {
    const ids = all.map((c) => c.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('meets the minimum count of every class and at least 420 cases', () => {
    const short = CLASSES.filter((cls) => ofClass(all, cls).length < MINIMUM[cls]).map(
      (cls) => `${cls}: ${ofClass(all, cls).length} < ${MINIMUM[cls]}`,
    );
    expect(short).toEqual([]);
    expect(all.length).toBeGreaterThanOrEqual(420);
  });

  it('holds out between 18 % and 22 % of the cases, every class represented', () => {
    const share = heldOut.length / all.length;
    expect(share).toBeGreaterThanOrEqual(0.18);
    expect(share).toBeLessThanOrEqual(0.22);
    const unstratified = CLASSES.filter((cls) => {
      const s = ofClass(heldOut, cls).length / ofClass(all, cls).length;
      return s < 0.1 || s > 0.3;
    });
    expect(unstratified).toEqual([]);
  });

  it('has no message said in both parts', () => {
    const heldOutSays = new Set(heldOut.flatMap((c) => c.turns.map((t) => normalised(t.say))));
    const leaked = tuning.flatMap((c) => c.turns.map((t) => t.say)).filter((say) => heldOutSays.has(normalised(say)));
    expect(leaked).toEqual([]);
  });

  it('is exactly what split.mjs draws from the master list with its fixed seed', () => {
    const check = spawnSync(process.execPath, [join(HERE, 'split.mjs'), '--check'], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('makes every unanswerable case expect the shared abstention pattern and nothing else', () => {
    const off = ofClass(all, 'unanswerable').filter((c) => c.turns.length !== 1 || c.turns[0]?.expect.join('\n') !== ABSTAIN);
    expect(off.map((c) => c.id)).toEqual([]);
    // About a third share words with real figures.
    expect(ofClass(all, 'unanswerable').filter((c) => c.tricky).length).toBeGreaterThanOrEqual(ofClass(all, 'unanswerable').length / 3);
  });

  it('uses the abstention pattern of ../shared/eval/wrong-rate.mjs when that file is there', () => {
    if (!existsSync(SHARED_WRONG_RATE)) return;
    expect(readFileSync(SHARED_WRONG_RATE, 'utf8')).toContain(`/${ABSTAIN}/i`);
  });

  // Generic replies name the programme, the jobcenter, the year and example topics; a case whose
  // expectation such a reply satisfies would count an abstention as correct.
  const noAnswer =
    'Dazu enthält das Arbeitsmarkt- und Integrationsprogramm 2024 des Jobcenters Elbe-Elster leider keine Aussage. Fragen Sie zum Beispiel: Wie hoch ist die Integrationsquote 2024? Was bedeutet LZB?';
  const help =
    'Ich beantworte Fragen zum Arbeitsmarkt- und Integrationsprogramm 2024 des Jobcenters Elbe-Elster: Ziele und Kennzahlen wie die Integrationsquote (IQ), Langzeitleistungsbeziehende (LZB) und ELB, Zielgruppen, Instrumente und das Budget.';

  it('never lets the no-answer text pass a question that has an answer, nor small talk', () => {
    const passing = all
      .filter((c) => c.class !== 'unanswerable')
      .filter((c) => c.turns.some((t) => !t.expect.includes(ABSTAIN) && passes(t, noAnswer)));
    expect(passing.map((c) => c.id)).toEqual([]);
  });

  it('never lets a generic help text pass a question', () => {
    const passing = all
      .filter((c) => c.class !== 'smalltalk' && c.class !== 'unanswerable')
      .filter((c) => c.turns.some((t) => !t.expect.includes(ABSTAIN) && !(t.expectNot ?? []).includes(ABSTAIN) && passes(t, help)));
    expect(passing.map((c) => c.id)).toEqual([]);
  });

  it('never lets a bare figure pass an unanswerable case', () => {
    const figureOnly = '**19,1 %** – Integrationsquote gesamt, Plan 2024. Quelle: Abschnitt 3.1, S. 10';
    expect(ofClass(all, 'unanswerable').filter((c) => passes(c.turns[0] as Turn, figureOnly)).map((c) => c.id)).toEqual([]);
  });

  it('gives every small-talk turn the abstention pattern as expectNot', () => {
    const off = ofClass(all, 'smalltalk').filter((c) => c.turns.some((t) => !(t.expectNot ?? []).includes(ABSTAIN)));
    expect(off.map((c) => c.id)).toEqual([]);
  });

  it('shows the arithmetic of every calculation', () => {
    expect(ofClass(all, 'calculation').filter((c) => !/\d.*[=≥≤<>]/.test(c.why ?? '')).map((c) => c.id)).toEqual([]);
  });

  it('has follow-ups of two or more turns', () => {
    const three = ofClass(all, 'followup').filter((c) => c.turns.length >= 3).length;
    expect(ofClass(all, 'followup').filter((c) => c.turns.length < 2).map((c) => c.id)).toEqual([]);
    expect(three).toBeGreaterThanOrEqual(2);
  });

  it('has at least 10 group-chat or channel cases, each mentioning the bot first', () => {
    const group = all.filter((c) => c.conversationType === 'groupChat' || c.conversationType === 'channel');
    expect(group.length).toBeGreaterThanOrEqual(10);
    expect(group.filter((c) => !c.turns.every((t) => t.say.startsWith('<at>AMIP-Bot</at> '))).map((c) => c.id)).toEqual([]);
  });
});

/** The fresh part's class mix (test/quality/source/fresh.mjs): spread like real use, 150 in all. */
const FRESH_MIX: Record<CaseClass, number> = {
  figure: 40,
  definition: 10,
  list: 10,
  reason: 8,
  process: 10,
  navigation: 6,
  document: 6,
  comparison: 8,
  ranking: 8,
  calculation: 12,
  unanswerable: 20,
  followup: 10,
  smalltalk: 2,
};

describe('the fresh part (fresh.json)', () => {
  const fresh = readCorpus('fresh.json');
  const corpus = [...readCorpus('tuning.json'), ...readCorpus('held-out.json')];
  const ofClass = (cls: CaseClass) => fresh.filter((c) => c.class === cls);
  const noAnswer =
    'Dazu enthält das Arbeitsmarkt- und Integrationsprogramm 2024 des Jobcenters Elbe-Elster leider keine Aussage. Fragen Sie zum Beispiel: Wie hoch ist die Integrationsquote 2024? Was bedeutet LZB?';
  const help =
    'Ich beantworte Fragen zum Arbeitsmarkt- und Integrationsprogramm 2024 des Jobcenters Elbe-Elster: Ziele und Kennzahlen wie die Integrationsquote (IQ), Langzeitleistungsbeziehende (LZB) und ELB, Zielgruppen, Instrumente und das Budget.';

  it('numbers its cases frs-001 … in order and has the planned class mix', () => {
    expect(fresh.map((c) => c.id)).toEqual(fresh.map((_, i) => `frs-${String(i + 1).padStart(3, '0')}`));
    expect(Object.fromEntries(CLASSES.map((cls) => [cls, ofClass(cls).length]))).toEqual(FRESH_MIX);
  });

  it('says nothing that the tuning or held-out part says', () => {
    const said = new Set(corpus.flatMap((c) => c.turns.map((t) => normalised(t.say))));
    expect(fresh.flatMap((c) => c.turns.map((t) => t.say)).filter((say) => said.has(normalised(say)))).toEqual([]);
  });

  it('makes every unanswerable case expect the abstention pattern only, at least half of them tricky', () => {
    const off = ofClass('unanswerable').filter((c) => c.turns.length !== 1 || c.turns[0]?.expect.join('\n') !== ABSTAIN);
    expect(off.map((c) => c.id)).toEqual([]);
    expect(ofClass('unanswerable').filter((c) => c.tricky).length).toBeGreaterThanOrEqual(ofClass('unanswerable').length / 2);
  });

  it('lets neither the no-answer text nor a generic help text pass an answerable question', () => {
    const answerable = fresh.filter((c) => c.class !== 'unanswerable');
    const byNoAnswer = answerable.filter((c) => c.turns.some((t) => !t.expect.includes(ABSTAIN) && passes(t, noAnswer)));
    const byHelp = answerable
      .filter((c) => c.class !== 'smalltalk')
      .filter((c) => c.turns.some((t) => !(t.expectNot ?? []).includes(ABSTAIN) && passes(t, help)));
    expect(byNoAnswer.map((c) => c.id)).toEqual([]);
    expect(byHelp.map((c) => c.id)).toEqual([]);
  });

  it('gives small talk the abstention pattern as expectNot, calculations their arithmetic, follow-ups two turns', () => {
    expect(ofClass('smalltalk').filter((c) => c.turns.some((t) => !(t.expectNot ?? []).includes(ABSTAIN))).map((c) => c.id)).toEqual([]);
    expect(ofClass('calculation').filter((c) => !/\d.*[=≥≤<>]/.test(c.why ?? '')).map((c) => c.id)).toEqual([]);
    expect(ofClass('followup').filter((c) => c.turns.length < 2).map((c) => c.id)).toEqual([]);
  });

  it('mentions the bot first in every group-chat or channel message', () => {
    const group = fresh.filter((c) => c.conversationType === 'groupChat' || c.conversationType === 'channel');
    expect(group.length).toBeGreaterThanOrEqual(3);
    expect(group.filter((c) => !c.turns.every((t) => t.say.startsWith('<at>AMIP-Bot</at> '))).map((c) => c.id)).toEqual([]);
  });
});

const Rates = z.object({ n: z.number().int().positive(), correctRate: z.number().min(0).max(1), wrongRate: z.number().min(0).max(1) });
const PartSummary = z.object({ total: Rates });
const Summary = z.object({ version: z.literal(1), tuning: PartSummary.optional(), heldOut: PartSummary.optional() });
const Limit = z.strictObject({ minCorrect: z.number().min(0).max(1), maxWrong: z.number().min(0).max(1) });
const Thresholds = z.object({ tuning: Limit, heldOut: Limit });

describe('test/quality/thresholds.json', () => {
  it('sets a minimum correct rate and a maximum wrong rate for both parts', () => {
    expect(() => Thresholds.parse(JSON.parse(readFileSync(join(HERE, 'thresholds.json'), 'utf8')))).not.toThrow();
  });
});

const results = process.env.QUALITY_RESULTS;
if (results) {
  describe(`measured rates in ${results}`, () => {
    const thresholds = Thresholds.parse(JSON.parse(readFileSync(join(HERE, 'thresholds.json'), 'utf8')));
    const summary = Summary.parse(JSON.parse(readFileSync(resolve(results), 'utf8')));
    const parts = (['tuning', 'heldOut'] as const).filter((p) => summary[p]);

    it('holds at least one measured part', () => expect(parts.length).toBeGreaterThan(0));

    it.each(parts)('%s: correct rate ≥ minCorrect and wrong rate ≤ maxWrong', (part) => {
      const total = summary[part]?.total;
      expect(total?.correctRate).toBeGreaterThanOrEqual(thresholds[part].minCorrect);
      expect(total?.wrongRate).toBeLessThanOrEqual(thresholds[part].maxWrong);
    });
  });
} else {
  describe.skip('measured rates (set QUALITY_RESULTS to a run-quality.mjs --json summary)', () => {
    it('compares the measured rates with thresholds.json', () => undefined);
  });
}
