import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { kpiSnapshot } from '../../src/answers/kpi-snapshot';
import { buildTour } from '../../src/answers/tour';
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
/** The KPI overview must fit one screen of Teams desktop (a 1080 px display shows about 900 px of chat). */
const KPI_MAX_HEIGHT = 900;
/** A phone's message width. */
const PHONE_WIDTH = 360;

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

it('greets a group chat exactly once, with the examples as buttons', async () => {
  await page.getByText('Group Chat', { exact: true }).click();
  const welcome = page.locator(BOT_MESSAGE, { hasText: 'Hallo zusammen!' });
  await welcome.first().waitFor({ timeout: 20_000 });
  await page.waitForTimeout(1500);
  await expect(welcome.count()).resolves.toBe(1);
  await expect(page.getByRole('button', { name: 'Was bedeutet LZB?' }).count()).resolves.toBeGreaterThan(0);
  await page.getByText('Personal Chat', { exact: true }).click();
  await page.locator(BOT_MESSAGE, { hasText: 'Willkommen!' }).first().waitFor({ timeout: 10_000 });
}, 40_000);

it('renders the KPI snapshot in one screen at desktop width, legible at phone width', async () => {
  const reply = await send('Kennzahlen');
  const card = page.locator(`${BOT_MESSAGE} ${ADAPTIVE_CARD}`).last();
  await card.waitFor({ timeout: 15_000 });
  await expect(reply.isVisible()).resolves.toBe(true);
  await card.screenshot({ path: join(SCREENSHOTS, 'kpi-card-desktop.png') });
  const box = await card.boundingBox();
  expect(box!.height).toBeLessThan(KPI_MAX_HEIGHT);
  const text = (await card.innerText()).replace(/\u00ad/g, '');
  for (const block of kpiSnapshot(knowledge, 'all').filter((b) => b.topic !== 'lage')) {
    // Every block's first row is drawn with its printed value.
    const first = block.rows[0]!;
    expect(text).toContain(first.values.find((v) => v && v !== '–') ?? first.label);
  }
  // The same card in a phone's width: every number still on one line.
  await card.evaluate((el, width) => {
    (el as unknown as { style: { width: string } }).style.width = `${width}px`;
  }, PHONE_WIDTH);
  await page.waitForTimeout(300);
  await card.screenshot({ path: join(SCREENSHOTS, 'kpi-card-phone.png') });
  const broken = await card.evaluate((el) =>
    [...el.querySelectorAll('.ac-textBlock')]
      .filter((t) => /^[+\-−]?[\d.,]+( €| %)?$/.test((t.textContent ?? '').trim()))
      .filter((t) => t.getBoundingClientRect().height > 1.6 * parseFloat((globalThis as unknown as { getComputedStyle(e: unknown): { lineHeight: string } }).getComputedStyle(t).lineHeight || '16'))
      .map((t) => t.textContent),
  );
  expect(broken).toEqual([]);
  await card.evaluate((el) => {
    (el as unknown as { style: { width: string } }).style.width = '';
  });
}, 30_000);

it('shows a tour step with its gender stars and its text once', async () => {
  const steps = buildTour(knowledge);
  const index = steps.findIndex((s) => /\*innen[\s\S]*\*innen/.test(s.text));
  expect(index).toBeGreaterThan(0);
  const before = await page.locator(BOT_MESSAGE).count();
  await send('Einführung');
  for (let i = 0; i < index; i++) await send('Weiter');
  const card = page.locator(`${BOT_MESSAGE} ${ADAPTIVE_CARD}`, { hasText: steps[index]!.title }).last();
  await card.waitFor({ timeout: 15_000 });
  await card.screenshot({ path: join(SCREENSHOTS, 'tour-step.png') });
  await expect(card.locator('em, i').count()).resolves.toBe(0);
  await expect(card.innerText()).resolves.toContain('*innen');
  const start = steps[index]!.text.slice(0, 50);
  const messages = await page.locator(BOT_MESSAGE).allInnerTexts();
  expect(messages.slice(before).filter((m) => m.includes(start))).toHaveLength(1);
  await send('Beenden');
}, 60_000);

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
  // The statement is the text above the card, not on the card again; no Markdown leaks into either.
  const messages = (await page.locator(BOT_MESSAGE).allInnerTexts()).slice(before);
  expect(messages.filter((m) => m.includes(`Integrationsquote: ${formatPercent(quota.value)}`))).toHaveLength(1);
  expect(messages.join('\n')).not.toMatch(/\*\*|(^|\s)_\S/);
  await page.locator(`${BOT_MESSAGE} ${ADAPTIVE_CARD}`, { hasText: formula }).last().screenshot({ path: join(SCREENSHOTS, 'result-card.png') });
}, 30_000);

it('answers for a target group with its instruments once', async () => {
  const before = await page.locator(BOT_MESSAGE).count();
  await send('Was tut das Jobcenter für Alleinerziehende?');
  await page.waitForTimeout(700);
  const replies = page.locator(BOT_MESSAGE);
  const count = await replies.count();
  await replies.nth(count - 1).scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SCREENSHOTS, 'target-group.png'), clip: { x: 0, y: Math.max(0, ((await replies.nth(before).boundingBox())?.y ?? 0) - 20), width: 1280, height: 700 } });
  const texts = (await replies.allInnerTexts()).slice(before);
  expect(texts.filter((t) => t.includes('Spezialisten-Teams') && t.includes('Angebote laut Programm'))).toHaveLength(1);
  // No table of the instruments under the text, at most three buttons.
  for (let i = before; i < count; i++) {
    await expect(replies.nth(i).locator('.ac-factset').count()).resolves.toBe(0);
    await expect(replies.nth(i).locator('.ac-pushButton').count()).resolves.toBeLessThanOrEqual(3);
  }
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
