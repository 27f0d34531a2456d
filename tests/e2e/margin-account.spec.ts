// MarginAccount in the built chapter: keyboard drives the gauge to liquidation, the URL keeps it, axe passes.
import { expect, test, type Locator, type Page } from '@playwright/test';
import type axe from 'axe-core';
import { createRequire } from 'node:module';

declare global {
	interface Window {
		axe: typeof axe;
	}
}

const CHAPTER = '/chapters/margin/';
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

/** The widget's frame, scrolled into view and hydrated (its island no longer marked ssr). */
async function openWidget(page: Page, query = ''): Promise<Locator> {
	await page.goto(`${CHAPTER}${query}`);
	const widget = page.locator('figure', { has: page.getByText('Margin account', { exact: true }) });
	await widget.scrollIntoViewIfNeeded();
	await expect(page.locator('astro-island', { has: widget })).not.toHaveAttribute('ssr');
	return widget;
}

/** The margin ratio the gauge shows, as a percentage, or 100 once liquidated. */
async function gaugeRatio(widget: Locator): Promise<number> {
	const text = (await widget.locator('svg .gauge .heading').textContent()) ?? '';
	if (text.includes('100%')) return 100;
	const match = /([\d.]+)%/.exec(text);
	return match === null ? Number.NaN : Number(match[1]);
}

test('the static page already contains the chart, before any script runs', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(CHAPTER);
	const svg = page.locator('svg[role="img"]', { hasText: 'Margin ratio' });
	await expect(svg).toHaveCount(1);
	await expect(svg.locator('.gauge .heading')).toHaveText('Margin ratio 8.2%');
	await expect(svg.locator('.ladder .liquidation text')).toContainText('liquidation $104,9');
	await expect(page.locator('dd', { hasText: '$104,924.62' }).first()).toBeVisible();
	await context.close();
});

test('moving the mark by keyboard fills the gauge, then the engine takes over', async ({
	page,
}) => {
	const errors = watchErrors(page);
	const widget = await openWidget(page);
	const mark = widget.getByRole('slider', { name: 'Mark price' });
	expect(await gaugeRatio(widget)).toBeCloseTo(8.2, 5);

	// $100 a step: 40 steps take the long to $106,000, short of its $104,924.62 line.
	await mark.focus();
	for (let i = 0; i < 40; i++) await mark.press('ArrowLeft');
	const partway = await gaugeRatio(widget);
	expect(partway).toBeGreaterThan(20);
	expect(partway).toBeLessThan(100);
	await expect(widget.getByText('If the mark reaches the liquidation price')).toBeVisible();

	for (let i = 0; i < 20; i++) await mark.press('ArrowLeft');
	expect(await gaugeRatio(widget)).toBe(100);
	await expect(widget.getByText('The engine has taken over')).toBeVisible();
	await expect(widget.locator('svg .gauge .heading')).toContainText('liquidated');
	await expect(widget.locator('[aria-live="polite"]').last()).toContainText(
		'so the engine took over and closed 0.5 BTC at $104,819.70',
	);

	// Enough slippage puts the fill beyond bankruptcy, and the fund pays instead of gaining.
	const slippage = widget.getByRole('spinbutton', { name: /Liquidation slippage/ });
	await slippage.fill('1');
	await slippage.press('Enter');
	await expect(widget.getByText(/the insurance fund paid a \$312\.31 shortfall/)).toBeVisible();
	expect(errors).toEqual([]);
});

test('reloading the page restores the state from the URL', async ({ page }) => {
	const errors = watchErrors(page);
	const widget = await openWidget(page);
	await widget.getByRole('radio', { name: 'Short' }).check();
	await widget.getByRole('radio', { name: 'Hyperliquid' }).check();
	const field = widget.getByRole('spinbutton', { name: /Mark price/ });
	await field.fill('115000');
	await field.press('Enter');
	await expect(page).toHaveURL(/[?&]mark=115000(&|$)/);
	await expect(page).toHaveURL(/[?&]side=short(&|$)/);

	await page.reload();
	const again = await openWidget(page, new URL(page.url()).search);
	await expect(again.getByRole('radio', { name: 'Short' })).toBeChecked();
	await expect(again.getByRole('radio', { name: 'Hyperliquid' })).toBeChecked();
	await expect(again.getByRole('spinbutton', { name: /Mark price/ })).toHaveValue('115000');
	await expect(again.getByText('The engine has taken over')).toBeVisible();
	expect(errors).toEqual([]);
});

test('a value out of range in the link is clamped, with a notice', async ({ page }) => {
	const errors = watchErrors(page);
	const widget = await openWidget(page, '?lev=500&mark=banana');
	await expect(widget.getByText(/lev: 500 is above the maximum 125/)).toBeVisible();
	await expect(widget.getByText(/Binance allows at most 100×/)).toBeVisible();
	expect(await gaugeRatio(widget)).toBeLessThan(100);
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
	test(`axe finds no violations, before and after liquidation (${colorScheme})`, async ({
		page,
	}) => {
		await page.emulateMedia({ colorScheme });
		const errors = watchErrors(page);
		const widget = await openWidget(page);
		await widget.getByText('Show the figures as a table').click();
		await page.addScriptTag({ path: axeScriptPath });
		expect(await axeViolations(page)).toEqual([]);

		const field = widget.getByRole('spinbutton', { name: /Mark price/ });
		await field.fill('104000');
		await field.press('Enter');
		await expect(widget.getByText('The engine has taken over')).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
		expect(errors).toEqual([]);
	});
}
