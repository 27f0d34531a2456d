// ContagionMap in the built chapter 5: shocks spread, sliders move it, the URL keeps it, figures match the simulator, axe passes.
import { expect, test, type Locator, type Page } from '@playwright/test';
import type axe from 'axe-core';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { formatCount, formatSignedPercent, formatUsd } from '../../src/lib/format';
import { parseParams } from '../../src/lib/params';
import { simulate } from '../../src/sim/index';
import { contagionSchema, contagionScenarioOf } from '../../src/widgets/contagion-map/params';

declare global {
	interface Window {
		axe: typeof axe;
	}
}

const CHAPTER = '/chapters/contagion/';
const CAPTION = 'Contagion map';
const axeScriptPath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** One run takes a few hundred milliseconds in its worker; a busy test machine is much slower. */
const RUN_TIMEOUT = 30_000;

test.describe.configure({ timeout: 120_000 });

/** Collects console errors and uncaught page errors. */
function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
	return errors;
}

/** The widget's frame, scrolled into view and hydrated. */
async function openWidget(page: Page, query = ''): Promise<Locator> {
	if (query !== 'stay') await page.goto(`${CHAPTER}${query}`);
	const widget = page.locator('figure', { has: page.getByText(CAPTION, { exact: true }) });
	await widget.scrollIntoViewIfNeeded();
	await expect(page.locator('astro-island', { has: widget })).not.toHaveAttribute('ssr', {
		timeout: 20_000,
	});
	return widget;
}

/** Waits until the chart shows the current setting's run (no "Simulating…" status). */
async function settled(widget: Locator): Promise<void> {
	await expect(widget.getByText('Simulating the new setting…')).toHaveCount(0, {
		timeout: RUN_TIMEOUT,
	});
}

/** What the small multiples show: each market's line and its low. */
async function chartState(widget: Locator): Promise<{ lines: string[]; lows: string[] }> {
	const svg = widget.locator('.wide svg');
	return {
		lines: await svg
			.locator('path.move')
			.evaluateAll((paths) => paths.map((p) => p.getAttribute('d') ?? '')),
		lows: (await svg.locator('.extreme-label').allTextContents()).map((t) => t.trim()),
	};
}

/** The "Each market over the whole run" table, as rows of cells keyed by header. */
async function marketTable(widget: Locator): Promise<Record<string, string>[]> {
	const table = widget.locator('table', { hasText: 'Each market over the whole run' });
	const headers = (await table.locator('thead th').allTextContents()).map((h) => h.trim());
	const rows = await table.locator('tbody tr').all();
	return Promise.all(
		rows.map(async (row) => {
			const cells = (await row.locator('th, td').allTextContents()).map((c) => c.trim());
			return Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? '']));
		}),
	);
}

/** A percentage as the widget prints it ("−2.1%") as a number of percent. */
const percent = (text: string): number => Number(text.replace('\u2212', '-').replace('%', ''));

test('the static page already contains the chart, the network and the figures', async ({
	browser,
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(CHAPTER);
	const chart = page.locator('.wide svg[role="img"]', { hasText: 'shocked' });
	await expect(chart).toHaveCount(1);
	await expect(chart.locator('path.move')).toHaveCount(3);
	await expect(chart.locator('path.push')).toHaveCount(3);
	await expect(chart.locator('.extreme-label').first()).toContainText('low \u2212');
	await expect(page.locator('svg[role="img"] .link')).toHaveCount(3);
	await expect(page.locator('.wide svg[role="img"]', { hasText: 'Insurance fund' })).toHaveCount(1);
	await expect(page.locator('.adl .number')).toHaveText('269');
	await context.close();
});

test('hydration takes over the static chart instead of drawing it again', async ({ page }) => {
	const errors = watchErrors(page);
	await page.goto(CHAPTER);
	const chart = page.locator('.wide svg[role="img"]', { hasText: 'shocked' });
	// Before the widget scrolls into view (client:visible), keep a handle on the static chart.
	await chart.evaluate((element) => Object.assign(window, { staticChart: element }));
	const widget = await openWidget(page, 'stay');
	await expect(widget.getByRole('button', { name: 'Download the data as CSV' })).toBeVisible({
		timeout: RUN_TIMEOUT,
	});
	const kept = await page.evaluate(
		() => (window as unknown as { staticChart: Element }).staticChart.isConnected,
	);
	expect(kept).toBe(true);
	expect(errors).toEqual([]);
});

test('the shock slider moves the chart, by keyboard and by mouse', async ({ page }) => {
	const errors = watchErrors(page);
	const widget = await openWidget(page);
	await settled(widget);
	const shock = widget.getByRole('slider', { name: 'Shock' });
	const before = await chartState(widget);

	// Keyboard: four steps of 0.5 point take the shock from −10% to −8%.
	await shock.focus();
	for (let i = 0; i < 4; i++) await shock.press('ArrowRight');
	await expect(widget.getByRole('spinbutton', { name: /^Shock/ })).toHaveValue('-8');
	await settled(widget);
	await expect.poll(() => chartState(widget), { timeout: RUN_TIMEOUT }).not.toEqual(before);
	const byKeyboard = await chartState(widget);

	// Mouse: a click a tenth of the way along the track asks for about a −20% shock.
	const box = await shock.boundingBox();
	if (box === null) throw new Error('the shock slider is not on screen');
	await page.mouse.click(box.x + box.width * 0.1, box.y + box.height / 2);
	await settled(widget);
	await expect.poll(() => chartState(widget), { timeout: RUN_TIMEOUT }).not.toEqual(byKeyboard);
	expect(Number((await shock.inputValue()).replace('\u2212', '-'))).toBeLessThan(-15);
	expect(errors).toEqual([]);
});

test('shocking ETH moves BTC and SOL, even with correlation at zero', async ({ page }) => {
	const errors = watchErrors(page);
	const query = '?cm-market=eth&cm-shock=-10&cm-cross=30&cm-correlation=0&cm-fund=5&cm-seed=1';
	const widget = await openWidget(page, query);
	await settled(widget);
	await widget.getByText('Show the data as tables').click();
	const rows = await marketTable(widget);
	const cell = (symbol: string, column: string): string =>
		rows.find((r) => r['Market'] === symbol)?.[column] ?? '';
	expect(cell('ETH', 'Shocked')).toBe('yes');
	expect(cell('BTC', 'Outside push')).toBe('0%');
	expect(cell('SOL', 'Outside push')).toBe('0%');
	// No push from outside, yet both fall: cross-margin accounts carried ETH's fall to them.
	expect(percent(cell('BTC', 'Deepest move'))).toBeLessThan(-1);
	expect(percent(cell('SOL', 'Deepest move'))).toBeLessThan(-1);

	// The same figures as the simulator gives for the same URL.
	const values = parseParams(contagionSchema, new URLSearchParams(query), 'cm-').values;
	const run = simulate(contagionScenarioOf(values));
	for (const m of run.summary.markets) {
		const low = m.lowestPrice / m.startPrice - 1;
		expect(cell(m.symbol, 'Deepest move'), m.symbol).toBe(formatSignedPercent(low));
	}

	// The exported run starts with ETH's shock and holds a column per market.
	const download = page.waitForEvent('download');
	await widget.getByRole('button', { name: 'Download the data as CSV' }).click();
	const csv = await readFile((await (await download).path()) ?? '', 'utf8');
	expect(csv.split('\r\n')[0]).toContain('SOL last (USD)');
	expect(csv).toContain('\r\n0,shock,ETH,,,,0,3500,move -0.1\r\n');
	expect(errors).toEqual([]);
});

test('the ADL counter and the fund gauge show the simulator’s figures for a fixed link', async ({
	page,
}) => {
	const errors = watchErrors(page);
	const query = 'cm-market=sol&cm-shock=-20&cm-cross=40&cm-correlation=80&cm-fund=3&cm-seed=7';
	const values = parseParams(contagionSchema, new URLSearchParams(query), 'cm-').values;
	const scenario = contagionScenarioOf(values);
	const run = simulate(scenario);
	const adl = run.events.filter((e) => e.type === 'adl');
	const positions = new Set(adl.map((e) => `${String(e.account)}:${e.asset}`)).size;
	expect(positions).toBeGreaterThan(0);

	const widget = await openWidget(page, `?${query}`);
	await settled(widget);
	const counter = widget.locator('.adl');
	await expect(counter.locator('.number')).toHaveText(formatCount(positions), {
		timeout: RUN_TIMEOUT,
	});
	await expect(counter.locator('.detail')).toContainText(formatUsd(run.summary.adlUsd));
	const gauge = widget.locator('svg:visible', { hasText: 'Insurance fund' });
	await expect(gauge.locator('.value')).toContainText(formatUsd(run.summary.insuranceFundEndUsd));
	await expect(gauge.locator('.value')).toContainText(`of ${formatUsd(scenario.insuranceFundUsd)}`);
	expect(errors).toEqual([]);
});

test('reloading the page restores the state from the URL', async ({ page }) => {
	const errors = watchErrors(page);
	const widget = await openWidget(page);
	await widget.getByRole('radio', { name: 'ETH' }).check();
	const fund = widget.getByRole('spinbutton', { name: /Insurance fund/ });
	await fund.fill('12');
	await fund.press('Enter');
	await expect(page).toHaveURL(/[?&]cm-market=eth(&|$)/);
	await expect(page).toHaveURL(/[?&]cm-fund=12(&|$)/);
	await settled(widget);
	const shown = await chartState(widget);

	await page.reload();
	const again = await openWidget(page, 'stay');
	await expect(again.getByRole('spinbutton', { name: /Insurance fund/ })).toHaveValue('12');
	await expect(again.getByRole('radio', { name: 'ETH' })).toBeChecked();
	await settled(again);
	await expect.poll(() => chartState(again), { timeout: RUN_TIMEOUT }).toEqual(shown);
	expect(errors).toEqual([]);
});

test('values out of range in the link are clamped, with a notice', async ({ page }) => {
	const errors = watchErrors(page);
	const widget = await openWidget(page, '?cm-shock=-40&cm-cross=abc&cm-market=doge');
	await expect(widget.getByText(/shock: -40 is below the minimum -25/)).toBeVisible();
	await expect(widget.getByText(/cross: “abc” is not a number/)).toBeVisible();
	await expect(widget.getByText(/market: “doge” is not one of btc, eth, sol/)).toBeVisible();
	await expect(widget.getByRole('spinbutton', { name: /^Shock/ })).toHaveValue('-25');
	expect(errors).toEqual([]);
});

test('replay animates from the start; with reduced motion it jumps to the end', async ({
	page,
}) => {
	const errors = watchErrors(page);
	const widget = await openWidget(page);
	const adlNumber = widget.locator('.adl .number');
	const atEnd = await adlNumber.textContent();
	await widget.getByRole('button', { name: 'Replay' }).click();
	await expect(widget.getByRole('button', { name: 'Pause' })).toBeVisible();
	await widget.getByRole('button', { name: 'Pause' }).click();
	await widget.getByRole('button', { name: 'Reset' }).click();
	await expect(adlNumber).toHaveText('0');

	await page.emulateMedia({ reducedMotion: 'reduce' });
	await widget.getByRole('button', { name: /^(Play|Replay)$/ }).click();
	await expect(adlNumber).toHaveText(atEnd ?? '');
	expect(errors).toEqual([]);
});

/** axe's violations on the whole page, one line each. */
async function axeViolations(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		const results = await window.axe.run(document);
		return results.violations.map(
			(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
		);
	});
}

for (const colorScheme of ['light', 'dark'] as const) {
	test(`axe finds no violations (${colorScheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		const errors = watchErrors(page);
		const widget = await openWidget(page);
		await widget.getByText('Show the data as tables').click();
		await widget.getByText('More settings').click();
		await page.addScriptTag({ path: axeScriptPath });
		expect(await axeViolations(page)).toEqual([]);
		expect(errors).toEqual([]);
	});
}
