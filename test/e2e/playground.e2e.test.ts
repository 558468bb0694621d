import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { kpiSnapshot } from '../../src/answers/kpi-snapshot';
import { formatCell } from '../../src/answers/format-figure';
import { formatSource, SectionLookup } from '../../src/answers/source';
import { loadKnowledge } from '../../src/knowledge/load';
import { projectRoot } from '../../src/knowledge/paths';
import { COMMANDS } from '../../src/figures/calculation-result';
import { formatNumber, formatPercent } from '../../src/german/number';
import { integrationQuota } from '../../src/figures/formulas';
import { launchBrowser } from './browser';
import { freePort, scratchDir, start, waitForUrl, type Started } from './processes';

/**
 * The built bot (dist/) behind Microsoft's Agents Playground, driven in headless
 * Chromium the way a caseworker would use it: read the welcome, type
 * "Kennzahlen", type a question. Expected figures come from the knowledge files.
 */
const root = projectRoot();
const SCREENSHOTS = join(root, 'test', 'e2e', 'screenshots');
const knowledge = loadKnowledge();
const QUESTION = 'Wie hoch ist die Integrationsquote 2024?';

/** The Playground renders every bot message as a Fluent AI output card. */
const BOT_MESSAGE = '.fai-OutputCard';
const ADAPTIVE_CARD = '.ac-adaptiveCard';

let bot: Started;
let playground: Started;
let scratch: ReturnType<typeof scratchDir>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const botPort = await freePort();
  bot = start(process.execPath, [join(root, 'dist', 'src', 'index.js')], { env: { PORT: String(botPort), LOG_LEVEL: 'warn' } });
  await waitForUrl(`http://127.0.0.1:${botPort}/healthz`, 20_000, () => bot.output());

  const playgroundPort = await freePort();
  scratch = scratchDir();
  playground = start(
    join(root, 'node_modules', '.bin', 'agentsplayground'),
    ['start', '--disable-telemetry', '-c', 'msteams', '-p', String(playgroundPort), '-e', `http://127.0.0.1:${botPort}/api/messages`],
    // Without TEAMSAPPTESTER_BROWSER=none the Playground tries to open a desktop browser and exits.
    { env: { TEAMSAPPTESTER_BROWSER: 'none' }, cwd: scratch.path },
  );
  await waitForUrl(`http://127.0.0.1:${playgroundPort}/`, 30_000, () => playground.output());

  browser = await launchBrowser();
  // Tall enough for the whole KPI card, so its screenshot shows every part.
  page = await browser.newPage({ viewport: { width: 1280, height: 3000 } });
  await page.goto(`http://127.0.0.1:${playgroundPort}/`);
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await playground?.stop();
  await bot?.stop();
  scratch?.remove();
});

afterEach(async () => {
  const name = expect.getState().currentTestName?.replace(/[^a-z0-9]+/gi, '-').toLowerCase() ?? 'step';
  await page?.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
});

async function send(text: string): Promise<Locator> {
  const before = await page.locator(BOT_MESSAGE).count();
  const box = page.locator('[data-lexical-editor=true]');
  await box.click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await page.locator(BOT_MESSAGE).nth(before).waitFor({ timeout: 15_000 });
  return page.locator(BOT_MESSAGE).nth(before);
}

it('greets a new user exactly once', async () => {
  await page.locator(BOT_MESSAGE, { hasText: 'Willkommen!' }).first().waitFor({ timeout: 20_000 });
  // installationUpdate and conversationUpdate arrive together; give a second greeting time to show up.
  await page.waitForTimeout(1500);
  await expect(page.locator(BOT_MESSAGE, { hasText: 'Willkommen!' }).count()).resolves.toBe(1);
}, 30_000);

it('renders the KPI snapshot card for "Kennzahlen"', async () => {
  const reply = await send('Kennzahlen');
  const card = page.locator(`${BOT_MESSAGE} ${ADAPTIVE_CARD}`).last();
  await card.waitFor({ timeout: 15_000 });
  await expect(reply.isVisible()).resolves.toBe(true);
  await card.screenshot({ path: join(SCREENSHOTS, 'kpi-card.png') });
  const text = await card.innerText();
  const blocks = kpiSnapshot(knowledge, 'all');
  expect(blocks.length).toBeGreaterThan(2);
  for (const block of blocks) {
    expect(text).toContain(block.title);
    // Every block's first row is drawn with its printed value.
    const first = block.rows[0]!;
    expect(text).toContain(first.values.find((v) => v && v !== '–') ?? first.label);
  }
}, 30_000);

it('round-trips a card form: the Integrationsquote form computes from both fields', async () => {
  // Teams' imBack/messageBack buttons (related topics, KPI parts) are ignored by the Playground;
  // a plain Action.Submit, as the calculation forms use, reaches the bot as a message with a value.
  await send(COMMANDS.quota);
  const form = page.locator(`${BOT_MESSAGE} ${ADAPTIVE_CARD}`, { has: page.getByRole('button', { name: 'Berechnen' }) }).last();
  await form.waitFor({ timeout: 15_000 });
  const [integrations, stock] = [865, 4521];
  const inputs = form.locator('input');
  await inputs.nth(0).fill(String(integrations));
  await inputs.nth(1).fill(String(stock));
  const before = await page.locator(BOT_MESSAGE).count();
  await form.getByRole('button', { name: 'Berechnen' }).click();
  await page.locator(BOT_MESSAGE).nth(before).waitFor({ timeout: 15_000 });
  const quota = integrationQuota(integrations, stock);
  if (!quota.ok) throw new Error('the example inputs must give a quota');
  const formula = `${formatNumber(integrations)} ÷ ${formatNumber(stock)} × 100 = ${formatPercent(quota.value)}`;
  await page.locator(BOT_MESSAGE, { hasText: formula }).first().waitFor({ timeout: 15_000 });
}, 30_000);

it('answers a question with the figure first and its source', async () => {
  const table = knowledge.tables.find((t) => t.rows.some((r) => r.label === 'Integrationsquote gesamt'))!;
  const plan2024 = table.rows.find((r) => r.label === 'Integrationsquote gesamt')!.cells.find((c) => c.period === 'Plan' && c.year === 2024)!;
  const source = formatSource(new SectionLookup(knowledge).source(table.sectionRef));
  const reply = await send(QUESTION);
  await expect(reply.innerText()).resolves.toMatch(new RegExp(`^${escape(formatCell(plan2024))}`));
  const answer = page.locator(BOT_MESSAGE, { hasText: `Quelle: ${source}` });
  await expect(answer.count()).resolves.toBeGreaterThan(0);
}, 30_000);

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
