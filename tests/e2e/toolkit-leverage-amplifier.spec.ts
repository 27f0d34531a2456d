// The widget toolkit in a real browser, through LeverageAmplifier on chapter 1 of the built site.
import { expect, test, type Page } from '@playwright/test';
import type axe from 'axe-core';
import { createRequire } from 'node:module';

declare global {
	interface Window {
		axe: typeof axe;
	}
}

const axeScriptPath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const chapter = '/chapters/leverage/';

/** The widget, scrolled into view and hydrated (its controls answer only once it is). */
async function openWidget(page: Page, query = '') {
	const errors: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(chapter + query);
	const widget = page.locator('figure.widget').filter({ hasText: 'Leverage amplifier' });
	await widget.scrollIntoViewIfNeeded();
	await expect(page.locator('astro-island').filter({ has: widget })).not.toHaveAttribute('ssr');
	return { widget, errors };
}

const equityPath = (page: Page) => page.locator('svg.equity-chart path.equity').getAttribute('d');

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the static page already holds the chart, its words and its table', async ({ page }) => {
		await page.goto(chapter);
		const chart = page.locator('svg.equity-chart');
		await expect(chart).toHaveCount(1);
		expect(await chart.locator('path.equity').getAttribute('d')).toMatch(/^M/);
		await expect(chart.locator('desc')).toHaveText(
			'At 10× a 5% fall costs a long $500, 50% of the margin; it would be liquidated at $90,361, 9.6% below entry.',
		);
		await expect(page.locator('figure.widget table tbody tr')).toHaveCount(14);
	});
});

test.describe('with JavaScript', () => {
	test('the keyboard moves leverage; the chart, readout and URL follow', async ({ page }) => {
		const { widget, errors } = await openWidget(page);
		const leverage = widget.getByRole('slider', { name: 'Leverage' });
		const before = await equityPath(page);
		await leverage.focus();
		await page.keyboard.press('ArrowRight');
		await expect(leverage).toHaveAttribute('aria-valuetext', '11×');
		expect(await equityPath(page)).not.toBe(before);
		await expect(page).toHaveURL(/\?lev=11&move=-5&side=long&venue=binance&margin=1000$/);
		await page.keyboard.press('End');
		await expect(leverage).toHaveAttribute('aria-valuetext', '125×');
		expect(errors).toEqual([]);
	});

	test('the mouse moves the price; past the liquidation price the position is gone', async ({
		page,
	}) => {
		const { widget, errors } = await openWidget(page);
		const move = widget.getByRole('slider', { name: 'Price move' });
		const box = await move.boundingBox();
		if (box === null) throw new Error('the price-move slider has no box');
		await page.mouse.click(box.x + box.width * 0.3, box.y + box.height / 2);
		await expect(move).not.toHaveAttribute('aria-valuetext', '−5%');
		await expect(widget.getByText('liquidated: margin lost')).toBeVisible();
		expect(errors).toEqual([]);
	});

	test('reloading the address restores the state', async ({ page }) => {
		const { widget } = await openWidget(
			page,
			'?lev=20&move=-5&side=long&venue=binance&margin=1000',
		);
		await expect(widget.getByText('liquidated: margin lost')).toBeVisible();
		await page.reload();
		await expect(widget.getByRole('slider', { name: 'Leverage' })).toHaveAttribute(
			'aria-valuetext',
			'20×',
		);
		await expect(widget.getByText('liquidated: margin lost')).toBeVisible();
	});

	test('bad values in the address are clamped, with a visible notice', async ({ page }) => {
		const { widget, errors } = await openWidget(page, '?lev=500&move=%3Cb%3Ex%3C/b%3E');
		await expect(widget.getByText('lev: 500 is above the maximum 125; using 125.')).toBeVisible();
		await expect(widget.getByText('move: “<b>x</b>” is not a number; using -5.')).toBeVisible();
		await expect(widget.locator('b')).toHaveCount(0);
		await expect(widget.getByRole('slider', { name: 'Leverage' })).toHaveAttribute(
			'aria-valuetext',
			'125×',
		);
		await widget.getByRole('button', { name: 'Dismiss' }).click();
		await expect(widget.getByText('lev: 500')).toHaveCount(0);
		expect(errors).toEqual([]);
	});

	test('a typed value beyond the range is clamped and says so', async ({ page }) => {
		const { widget } = await openWidget(page);
		const field = widget.getByRole('spinbutton', { name: 'Leverage, exact value in ×' });
		await field.fill('300');
		await field.press('Enter');
		await expect(field).toHaveValue('125');
		await expect(widget.getByText('Set to 125, the maximum.')).toBeVisible();
	});

	test('Share copies the address of this exact state', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const { widget } = await openWidget(page);
		await widget.getByRole('slider', { name: 'Leverage' }).focus();
		await page.keyboard.press('ArrowLeft');
		await widget.getByRole('button', { name: 'Share' }).click();
		await expect(widget.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toContain('lev=9&move=-5&side=long&venue=binance&margin=1000');
	});

	test('CSV, SVG and PNG downloads', async ({ page }) => {
		const { widget } = await openWidget(page);
		for (const [button, name] of [
			['Download the data as CSV', 'leverage-amplifier-10x-long.csv'],
			['Download the chart as SVG', 'leverage-amplifier-10x-long.svg'],
			['Download the chart as PNG', 'leverage-amplifier-10x-long.png'],
		] as const) {
			const download = page.waitForEvent('download');
			await widget.getByRole('button', { name: button }).click();
			expect((await download).suggestedFilename()).toBe(name);
		}
	});

	for (const colorScheme of ['light', 'dark'] as const) {
		test(`no axe violations in the widget (${colorScheme})`, async ({ page }) => {
			await page.emulateMedia({ colorScheme });
			const { widget } = await openWidget(page);
			await widget.locator('summary').click();
			await page.addScriptTag({ path: axeScriptPath });
			const violations = await page.evaluate(async () => {
				const figure = document.querySelector('figure.widget');
				if (figure === null) return ['no widget'];
				const results = await window.axe.run(figure);
				return results.violations.map(
					(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
				);
			});
			expect(violations).toEqual([]);
		});
	}
});
