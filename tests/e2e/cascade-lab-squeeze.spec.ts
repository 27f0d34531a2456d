// SqueezeLab in the built chapter 4: the push slider moves the chart, shorts alone are liquidated, axe passes.
import { expect, test, type Locator, type Page } from '@playwright/test';
import type axe from 'axe-core';
import { createRequire } from 'node:module';

declare global {
	interface Window {
		axe: typeof axe;
	}
}

const CHAPTER = '/chapters/short-squeeze/';
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

/** The squeeze lab's frame, scrolled into view and hydrated. */
async function openWidget(page: Page, query = ''): Promise<Locator> {
	await page.goto(`${CHAPTER}${query}`);
	const widget = page.locator('figure', { has: page.getByText('Squeeze lab', { exact: true }) });
	await widget.scrollIntoViewIfNeeded();
	await expect(page.locator('astro-island', { has: widget })).not.toHaveAttribute('ssr', {
		timeout: 20_000,
	});
	return widget;
}

test('the static page already contains the squeeze chart', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(CHAPTER);
	const svg = page.locator('.wide svg[role="img"]', { hasText: 'Liquidation levels' });
	await expect(svg).toHaveCount(1);
	await expect(svg.locator('.extreme-label')).toContainText('stopped: highest mark $');
	expect(await svg.locator('rect.short.reached').count()).toBeGreaterThan(3);
	await expect(svg.locator('rect.long.reached')).toHaveCount(0);
	await expect(svg.locator('circle.long')).toHaveCount(0);
	await context.close();
});

test('a bigger push squeezes further, liquidating shorts only', async ({ page }) => {
	const errors = watchErrors(page);
	const widget = await openWidget(page);
	const label = widget.locator('.wide svg .extreme-label');
	const before = (await label.textContent()) ?? '';
	const push = widget.getByRole('slider', { name: 'Upward push' });
	await push.focus();
	for (let i = 0; i < 20; i++) await push.press('ArrowRight');
	await expect(widget.locator('dl dd').first()).toHaveText('+5%');
	await expect(label).not.toHaveText(before);
	await expect(widget.locator('.wide svg circle.long')).toHaveCount(0);
	expect(await widget.locator('.wide svg circle.short').count()).toBeGreaterThan(5);
	await expect(page).toHaveURL(/[?&]sq-push=5(&|$)/);
	expect(errors).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`axe finds no violations (${colorScheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		const errors = watchErrors(page);
		const widget = await openWidget(page);
		await widget.getByText('Show the data as tables').click();
		await page.addScriptTag({ path: axeScriptPath });
		const violations = await page.evaluate(async () => {
			const results = await window.axe.run(document);
			return results.violations.map(
				(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
			);
		});
		expect(violations).toEqual([]);
		expect(errors).toEqual([]);
	});
}
