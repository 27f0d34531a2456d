// EventReplay in the built chapter 8: it shows simulate(preset)'s figures, sliders move it, the URL keeps it, axe passes.
import { expect, test, type Locator, type Page } from '@playwright/test';
import type axe from 'axe-core';
import { createRequire } from 'node:module';
import { presets, simulate, type PresetName } from '../../src/sim';

declare global {
	interface Window {
		axe: typeof axe;
	}
}

const CHAPTER = '/chapters/case-study-2025/';
const axeScriptPath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Collects console errors and uncaught page errors. */
function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
	return errors;
}

/** The replay's frame, scrolled into view and hydrated, once the run on screen is the current one. */
async function openReplay(page: Page, query = ''): Promise<Locator> {
	if (query !== 'stay') await page.goto(`${CHAPTER}${query}`);
	const widget = page.locator('figure', { has: page.getByText('Event replay', { exact: true }) });
	await widget.scrollIntoViewIfNeeded();
	await expect(page.locator('astro-island', { has: widget })).not.toHaveAttribute('ssr', {
		timeout: 20_000,
	});
	await settled(widget);
	return widget;
}

/** Waits until the run on screen is of the current settings (October's run takes seconds). */
async function settled(widget: Locator): Promise<void> {
	await expect(widget.locator('.chart.stale')).toHaveCount(0, { timeout: 60_000 });
}

/** What the chart shows: the price line's shape and the low's label. */
async function chartState(widget: Locator): Promise<{ path: string; low: string }> {
	const svg = widget.locator('.wide svg');
	return {
		path: (await svg.locator('path.played').getAttribute('d')) ?? '',
		low: (await svg.locator('.low-label').textContent())?.trim() ?? '',
	};
}

/** The run-summary table as figure → value, read from the rendered data table. */
async function runSummary(widget: Locator): Promise<Record<string, string>> {
	const table = widget.locator('table', {
		has: widget.page().locator('caption', { hasText: 'Run summary' }),
	});
	const pairs = await table
		.locator('tbody tr')
		.evaluateAll((rows) =>
			rows.map((row): [string, string] => [
				row.querySelector('th')?.textContent?.trim() ?? '',
				row.querySelector('td')?.textContent?.trim() ?? '',
			]),
		);
	const summary: Record<string, string> = {};
	for (const [label, value] of pairs) summary[label] = value;
	return summary;
}

/** Whole dollars and cents written independently of the widget's own formatters. */
const dollars = (usd: number): string => `$${Math.round(usd).toLocaleString('en-US')}`;
const cents = (usd: number): string =>
	`$${usd.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** The figures the widget must show for a preset, straight from the simulator in Node. */
function expectedOf(name: PresetName): Record<string, string> {
	const run = simulate(presets[name]);
	const s = run.summary;
	let longs = 0;
	let shorts = 0;
	let adlFills = 0;
	for (const e of run.events) {
		if (e.type === 'liquidation') {
			if (e.side === 'long') longs += e.notionalUsd;
			else shorts += e.notionalUsd;
		} else if (e.type === 'adl') adlFills++;
	}
	const expected: Record<string, string> = {
		'Liquidated, all markets': dollars(s.liquidatedUsd),
		'Liquidated longs': dollars(longs),
		'Liquidated shorts': dollars(shorts),
		'Accounts liquidated': s.liquidatedAccounts.toLocaleString('en-US'),
		'Traders they stand for': s.liquidatedTraders.toLocaleString('en-US'),
		'BTC lowest price': cents(s.lowestPrice),
		'BTC final price': cents(s.finalPrice),
		'Auto-deleveraged': dollars(s.adlUsd),
		'Auto-deleveraging fills': adlFills.toLocaleString('en-US'),
		'Bad debt (not covered by the fund)': dollars(s.badDebtUsd),
		'Insurance fund at the end': dollars(s.insuranceFundEndUsd),
	};
	for (const m of s.markets.slice(1)) {
		expected[`${m.symbol} lowest price`] = cents(m.lowestPrice);
		expected[`${m.symbol} liquidated`] = dollars(m.liquidatedUsd);
	}
	return expected;
}

test('the static page already contains the chart and the comparison, before any script runs', async ({
	browser,
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(CHAPTER);
	const chart = page.locator('.wide svg[role="img"]', { hasText: 'BTC last price' });
	await expect(chart).toHaveCount(1);
	await expect(chart.locator('path.played')).toHaveAttribute('d', /^M[\d.]+,[\d.]+L/);
	expect(await chart.locator('rect.long').count()).toBeGreaterThan(10);
	await expect(chart.locator('.low-label')).toHaveText(/lab low \$106,075/);
	const rows = page.locator('.comparison tbody tr');
	await expect(rows).toHaveCount(10);
	await expect(rows.filter({ hasText: 'BTC low' })).toContainText('Matches');
	await context.close();
});

for (const name of ['oct-10-2025', 'nov-2025'] as const) {
	test(`${name}: the displayed summary is simulate(presets['${name}'])'s`, async ({ page }) => {
		test.setTimeout(120_000);
		const errors = watchErrors(page);
		// October is the page's default (handed over from the static page); November runs in a worker.
		const widget = await openReplay(page, name === 'nov-2025' ? '?er-event=nov-2025' : '');
		const expected = expectedOf(name);
		await expect(widget.locator('caption', { hasText: 'Run summary' })).toContainText(
			'as calibrated',
		);
		const shown = await runSummary(widget);
		for (const [label, value] of Object.entries(expected)) {
			expect(shown[label], label).toBe(value);
		}
		// The readout and the comparison table agree with it.
		const s = simulate(presets[name]).summary;
		const lowest = `$${Math.round(s.lowestPrice).toLocaleString('en-US')}`;
		const lowestFigure = widget.locator('dl div', {
			has: page.locator('dt', { hasText: /^Lowest$/ }),
		});
		await expect(lowestFigure.locator('dd')).toContainText(lowest);
		await expect(widget.locator('.comparison tr[data-figure="btc-low"] td').first()).toContainText(
			lowest,
		);
		expect(errors).toEqual([]);
	});
}

test('the outside-move slider moves the chart, by keyboard and by mouse', async ({ page }) => {
	test.setTimeout(180_000);
	const errors = watchErrors(page);
	const widget = await openReplay(page, '?er-event=nov-2025');
	await widget.getByText('How sensitive is it?').click();
	const shock = widget.getByRole('slider', { name: 'Outside move' });
	const before = await chartState(widget);

	await shock.focus();
	await shock.press('ArrowRight');
	await shock.press('ArrowRight');
	await expect(widget.getByRole('spinbutton', { name: /Outside move/ })).toHaveValue('110');
	await settled(widget);
	const byKeyboard = await chartState(widget);
	expect(byKeyboard.path).not.toBe(before.path);
	expect(byKeyboard.low).not.toBe(before.low);

	const box = await shock.boundingBox();
	if (box === null) throw new Error('the slider is not on screen');
	await page.mouse.click(box.x + box.width * 0.1, box.y + box.height / 2);
	await expect(page).toHaveURL(/[?&]er-shock=(5\d|6\d)(&|$)/);
	await settled(widget);
	const byMouse = await chartState(widget);
	expect(byMouse.low).not.toBe(byKeyboard.low);
	await expect(widget.getByRole('button', { name: 'Back to the calibrated run' })).toBeEnabled();
	expect(errors).toEqual([]);
});

test('choosing the event by keyboard replays the other day', async ({ page }) => {
	test.setTimeout(120_000);
	const errors = watchErrors(page);
	const widget = await openReplay(page);
	const october = widget.getByRole('radio', { name: '10–11 Oct 2025' });
	await october.focus();
	await october.press('ArrowRight');
	await expect(widget.getByRole('radio', { name: '3–4 Nov 2025' })).toBeChecked();
	await settled(widget);
	await expect(widget.locator('.comparison caption')).toContainText('3–4 Nov 2025');
	await expect(widget.locator('.comparison tbody tr')).toHaveCount(5);
	await expect(page).toHaveURL(/[?&]er-event=nov-2025(&|$)/);
	expect(errors).toEqual([]);
});

test('reloading the page restores the state from the URL', async ({ page }) => {
	test.setTimeout(120_000);
	const errors = watchErrors(page);
	const widget = await openReplay(page, '?er-event=nov-2025');
	await widget.getByText('How sensitive is it?').click();
	const seed = widget.getByRole('spinbutton', { name: /Seed/ });
	await seed.fill('3');
	await seed.press('Enter');
	await expect(page).toHaveURL(/[?&]er-seed=3(&|$)/);
	await settled(widget);
	const shown = await chartState(widget);
	const verdict = await widget.locator('.comparison tr[data-figure="liquidated"]').textContent();

	await page.reload();
	const again = await openReplay(page, 'stay');
	await again.getByText('How sensitive is it?').click();
	await expect(again.getByRole('spinbutton', { name: /Seed/ })).toHaveValue('3');
	await expect(again.getByRole('radio', { name: '3–4 Nov 2025' })).toBeChecked();
	await expect.poll(() => chartState(again)).toEqual(shown);
	await expect(again.locator('.comparison tr[data-figure="liquidated"]')).toHaveText(verdict ?? '');
	expect(errors).toEqual([]);
});

test('values out of range in the link are clamped, with a notice', async ({ page }) => {
	test.setTimeout(120_000);
	const errors = watchErrors(page);
	const widget = await openReplay(page, '?er-event=nov-2025&er-depth=1e9&er-seed=abc');
	await expect(widget.getByText(/depth: 1e9 is above the maximum 200/)).toBeVisible();
	await expect(widget.getByText(/seed: “abc” is not a number/)).toBeVisible();
	await widget.getByText('How sensitive is it?').click();
	await expect(widget.getByRole('spinbutton', { name: /Book depth/ })).toHaveValue('200');
	expect(errors).toEqual([]);
});

test('play animates from the start; with reduced motion it jumps to the end', async ({ page }) => {
	test.setTimeout(120_000);
	const errors = watchErrors(page);
	const widget = await openReplay(page, '?er-event=nov-2025');
	await widget.getByRole('button', { name: 'Replay' }).click();
	await expect(widget.locator('.wide svg .low-label')).toContainText('so far');
	await expect(widget.locator('.wide svg line.playhead')).toHaveCount(1);
	await widget.getByRole('button', { name: 'Pause' }).click();

	await page.emulateMedia({ reducedMotion: 'reduce' });
	await widget.getByRole('button', { name: /^(Play|Replay)$/ }).click();
	await expect(widget.locator('.wide svg .low-label')).toHaveText(/^lab low \$/);
	await expect(widget.locator('.wide svg line.playhead')).toHaveCount(0);
	expect(errors).toEqual([]);
});

test('the CSV holds the run and the comparison', async ({ page }) => {
	test.setTimeout(120_000);
	const errors = watchErrors(page);
	const widget = await openReplay(page, '?er-event=nov-2025');
	const download = page.waitForEvent('download');
	await widget.getByRole('button', { name: 'CSV' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe('event-replay-nov-2025.csv');
	const stream = await file.createReadStream();
	let text = '';
	for await (const chunk of stream) text += String(chunk);
	expect(text).toContain('BTC last (USD)');
	expect(text).toContain('tick,event,asset');
	expect(text).toContain('figure,lab value');
	expect(text).toContain('Largest single liquidation');
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
		test.setTimeout(120_000);
		await page.emulateMedia({ colorScheme });
		const errors = watchErrors(page);
		const widget = await openReplay(page);
		await widget.getByText('Show the data as tables').click();
		await widget.getByText('How sensitive is it?').click();
		await page.addScriptTag({ path: axeScriptPath });
		expect(await axeViolations(page)).toEqual([]);
		expect(errors).toEqual([]);
	});
}

test('on a phone the comparison reads as cards with labelled cells', async ({ page }) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 375, height: 800 });
	const errors = watchErrors(page);
	const widget = await openReplay(page);
	await expect(widget.locator('.narrow svg')).toBeVisible();
	await expect(widget.locator('.wide svg')).toBeHidden();
	const cell = widget.locator('.comparison tr[data-figure="liquidated"] td').first();
	const label = await cell.evaluate((td) => getComputedStyle(td, '::before').content);
	expect(label).toBe('"This run"');
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
	);
	expect(overflow).toBeLessThanOrEqual(0);
	expect(errors).toEqual([]);
});
