// SurvivalOdds in the built chapter 6: leverage moves the odds, the URL keeps them, no JS still shows them, axe passes.
import { expect, test, type Locator, type Page } from '@playwright/test';
import type axe from 'axe-core';
import { createRequire } from 'node:module';

declare global {
	interface Window {
		axe: typeof axe;
	}
}

const CHAPTER = '/chapters/protecting-yourself/';

// Hydration draws 500 week-long paths; on a busy two-core runner that can take several seconds.
test.describe.configure({ timeout: 90_000 });
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

/** The widget's frame, scrolled into view and hydrated (drawing the paths takes a moment). */
async function openWidget(page: Page, query = ''): Promise<Locator> {
	if (query !== 'stay') await page.goto(`${CHAPTER}${query}`);
	const widget = page.locator('figure', { has: page.getByText('Survival odds', { exact: true }) });
	await widget.scrollIntoViewIfNeeded();
	await expect(page.locator('astro-island', { has: widget })).not.toHaveAttribute('ssr', {
		timeout: 60_000,
	});
	return widget;
}

/** The survival chance the readout shows, as a number of percent. */
async function survivalShown(widget: Locator): Promise<number> {
	const text = (await widget.locator('.survival').textContent()) ?? '';
	return Number(text.replace('%', ''));
}

/**
 * The fan as drawn, as one string, to tell pictures apart: the paths' data, the transform that
 * places them, where each is cut and the marks (element ids, which differ per page, left out).
 */
async function fanPicture(widget: Locator): Promise<string> {
	return widget
		.locator('svg.fan')
		.evaluate((svg) => svg.innerHTML.replace(/ id="[^"]*"|url\(#[^)]*\)/g, ''));
}

test('the static page already contains the charts and the odds, before any script runs', async ({
	browser,
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(CHAPTER);
	const fan = page.locator('svg.fan[role="img"]');
	await expect(fan).toHaveCount(1);
	await expect(fan.locator('path.held')).toHaveCount(16);
	await expect(fan.locator('.guide-label.liquidation')).toHaveText('liquidation $90,361');
	await expect(page.locator('svg[role="img"]', { hasText: 'Not liquidated' })).toHaveCount(1);
	await expect(page.locator('svg[role="img"]', { hasText: 'chance of liquidation' })).toHaveCount(
		1,
	);
	await expect(page.locator('.survival')).toHaveText('82%');
	await expect(page.locator('figure.widget table tbody tr')).toHaveCount(8);
	await context.close();
});

test('raising leverage lowers the survival chance, by keyboard and by mouse', async ({ page }) => {
	const errors = watchErrors(page);
	const widget = await openWidget(page);
	const leverage = widget.getByRole('slider', { name: 'Leverage' });
	expect(await survivalShown(widget)).toBe(82);
	const before = await fanPicture(widget);

	// Keyboard: each arrow multiplies leverage by about 1.1 on the log track.
	await leverage.focus();
	for (let i = 0; i < 8; i++) await leverage.press('ArrowRight');
	await expect(leverage).not.toHaveAttribute('aria-valuetext', '10×');
	await expect.poll(() => survivalShown(widget)).toBeLessThan(82);
	const byKeyboard = await survivalShown(widget);
	expect(await fanPicture(widget)).not.toBe(before);
	// The data table's row for the reader's leverage says the same.
	const own = widget.locator('table tbody tr', { hasText: '(yours)' });
	await expect(own.locator('td').nth(1)).toHaveText(`${String(byKeyboard)}%`);

	// Mouse: a click near the right end of the track asks for far more leverage.
	const box = await leverage.boundingBox();
	if (box === null) throw new Error('the leverage slider is not on screen');
	await page.mouse.click(box.x + box.width * 0.9, box.y + box.height / 2);
	await expect.poll(() => survivalShown(widget)).toBeLessThan(byKeyboard);
	expect(errors).toEqual([]);
});

test('the stop slider changes the picture and the URL; reloading restores it', async ({ page }) => {
	const errors = watchErrors(page);
	const widget = await openWidget(page);
	const stop = widget.getByRole('spinbutton', { name: /Stop-loss/ });
	await stop.fill('3');
	await stop.press('Enter');
	await expect(widget.locator('svg.fan .guide-label.stop')).toHaveText('stop $97,000');
	await expect(widget.getByText(/stopped out: 311/)).toBeVisible();
	await expect(page).toHaveURL(/[?&]so-stop=3(&|$)/);
	const shown = await fanPicture(widget);

	await page.reload();
	const again = await openWidget(page, 'stay');
	await expect(again.getByRole('spinbutton', { name: /Stop-loss/ })).toHaveValue('3');
	await expect.poll(() => fanPicture(again)).toBe(shown);
	expect(errors).toEqual([]);
});

test('odd values in the link are clamped, with a notice, and nothing reads NaN', async ({
	page,
}) => {
	const errors = watchErrors(page);
	const widget = await openWidget(page, '?so-lev=1e9&so-hours=abc&so-stop=-2');
	await expect(widget.getByText(/lev: 1e9 is above the maximum 100/)).toBeVisible();
	await expect(widget.getByText(/hours: “abc” is not a number/)).toBeVisible();
	await expect(widget.getByRole('spinbutton', { name: /Leverage/ })).toHaveValue('100');
	await expect(widget).not.toContainText('NaN');
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
		const widget = await openWidget(page, '?so-stop=3');
		await widget.getByText('Show the data as a table').click();
		await widget.getByText('More settings').click();
		await page.addScriptTag({ path: axeScriptPath });
		expect(await axeViolations(page)).toEqual([]);
		expect(errors).toEqual([]);
	});
}
