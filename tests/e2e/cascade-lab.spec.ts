// CascadeLab in the built chapter 3: sliders move the chart, the URL keeps it, no JS still shows it, axe passes.
import { expect, test, type Locator, type Page } from '@playwright/test';
import type axe from 'axe-core';
import { createRequire } from 'node:module';

declare global {
	interface Window {
		axe: typeof axe;
	}
}

const CHAPTER = '/chapters/cascade/';
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

/** A widget's frame by its caption, scrolled into view and hydrated. */
async function openWidget(page: Page, caption: string, query = ''): Promise<Locator> {
	if (query !== 'stay') await page.goto(`${CHAPTER}${query}`);
	const widget = page.locator('figure', { has: page.getByText(caption, { exact: true }) });
	await widget.scrollIntoViewIfNeeded();
	// Hydration runs the simulator once; allow for a busy machine.
	await expect(page.locator('astro-island', { has: widget })).not.toHaveAttribute('ssr', {
		timeout: 20_000,
	});
	return widget;
}

/**
 * Waits until the run on screen is the current setting's: the new run is computed in a worker, and
 * until it arrives the old one stays, dimmed. Two frames first, so a change just made has shown.
 */
async function settled(page: Page, widget: Locator): Promise<void> {
	await page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
	);
	await expect(widget.locator('.run.stale')).toHaveCount(0, { timeout: 20_000 });
}

/** What the cascade chart shows: where the mark stopped, and the price line's shape. */
async function chartState(widget: Locator): Promise<{ stop: string; path: string }> {
	const svg = widget.locator('.wide svg');
	return {
		stop: (await svg.locator('.extreme-label').textContent())?.trim() ?? '',
		path: (await svg.locator('path.last').getAttribute('d')) ?? '',
	};
}

test('the static page already contains both charts, before any script runs', async ({
	browser,
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(CHAPTER);
	const cascade = page.locator('.wide svg[role="img"]', { hasText: 'Liquidation levels' });
	await expect(cascade).toHaveCount(1);
	await expect(cascade.locator('rect.long.reached').first()).toBeAttached();
	await expect(cascade.locator('.extreme-label')).toContainText('stopped: lowest mark $');
	expect(await cascade.locator('circle.long').count()).toBeGreaterThan(5);
	const tipping = page.locator('.wide svg[role="img"]', { hasText: 'Deepest fall' });
	await expect(tipping).toHaveCount(1);
	await expect(tipping.locator('g.curve')).toHaveCount(4);
	await expect(tipping.locator('g.curve.stale')).toHaveCount(0);
	await context.close();
});

test('the shock slider moves the chart, by mouse and by keyboard', async ({ page }) => {
	const errors = watchErrors(page);
	const widget = await openWidget(page, 'Cascade lab');
	const shock = widget.getByRole('slider', { name: 'Initial shock' });
	const shown = widget.locator('dl dd').first();
	const before = await chartState(widget);
	await expect(shown).toHaveText('−3%');

	// Keyboard: ten steps of 0.1 point take the shock from −3% to −2%.
	await shock.focus();
	for (let i = 0; i < 10; i++) await shock.press('ArrowRight');
	await expect(shown).toHaveText('−2%');
	await settled(page, widget);
	const byKeyboard = await chartState(widget);
	expect(byKeyboard.stop).not.toBe(before.stop);
	expect(byKeyboard.path).not.toBe(before.path);

	// Mouse: a click a tenth of the way along the track asks for about a −12% shock.
	const box = await shock.boundingBox();
	if (box === null) throw new Error('the shock slider is not on screen');
	await page.mouse.click(box.x + box.width * 0.1, box.y + box.height / 2);
	await expect(widget.getByRole('spinbutton', { name: /Initial shock/ })).not.toHaveValue('-2');
	await settled(page, widget);
	const byMouse = await chartState(widget);
	expect(byMouse.stop).not.toBe(byKeyboard.stop);
	expect(Number((await shock.inputValue()).replace('−', '-'))).toBeLessThan(-8);
	expect(errors).toEqual([]);
});

test('reloading the page restores the state from the URL', async ({ page }) => {
	const errors = watchErrors(page);
	const widget = await openWidget(page, 'Cascade lab');
	await widget.getByRole('button', { name: 'Crowded longs' }).click();
	const depth = widget.getByRole('spinbutton', { name: /Book depth/ });
	await depth.fill('8');
	await depth.press('Enter');
	await expect(page).toHaveURL(/[?&]cl-depth=8(&|$)/);
	await expect(page).toHaveURL(/[?&]cl-preset=crowded-longs(&|$)/);
	await settled(page, widget);
	const shown = await chartState(widget);

	await page.reload();
	const again = await openWidget(page, 'Cascade lab', 'stay');
	await expect(again.getByRole('spinbutton', { name: /Book depth/ })).toHaveValue('8');
	await expect(again.getByRole('spinbutton', { name: /Population leverage/ })).toHaveValue('15');
	await expect(again.getByRole('button', { name: 'Crowded longs' })).toHaveAttribute(
		'aria-pressed',
		'true',
	);
	await expect.poll(() => chartState(again)).toEqual(shown);
	expect(errors).toEqual([]);
});

test('a value out of range in the link is clamped, with a notice', async ({ page }) => {
	const errors = watchErrors(page);
	const widget = await openWidget(page, 'Cascade lab', '?cl-shock=-40&cl-leverage=abc');
	await expect(widget.getByText(/shock: -40 is below the minimum -15/)).toBeVisible();
	await expect(widget.getByText(/leverage: “abc” is not a number/)).toBeVisible();
	await expect(widget.getByRole('spinbutton', { name: /Initial shock/ })).toHaveValue('-15');
	expect(errors).toEqual([]);
});

test('replay animates from the start; with reduced motion it jumps to the end', async ({
	page,
}) => {
	const errors = watchErrors(page);
	const widget = await openWidget(page, 'Cascade lab');
	await widget.getByRole('button', { name: 'Replay' }).click();
	await expect(widget.locator('.wide svg .extreme-label')).toContainText('so far');
	await widget.getByRole('button', { name: 'Pause' }).click();

	await page.emulateMedia({ reducedMotion: 'reduce' });
	await widget.getByRole('button', { name: /^(Play|Replay)$/ }).click();
	await expect(widget.locator('.wide svg .extreme-label')).toContainText('stopped');
	expect(errors).toEqual([]);
});

test('the tipping-point curves follow the market, computed off the main thread', async ({
	page,
}) => {
	// About ninety runs of the simulator in a worker: seconds on a laptop, more on a busy runner.
	test.setTimeout(120_000);
	const errors = watchErrors(page);
	const widget = await openWidget(page, 'Tipping point');
	const curves = widget.locator('.wide svg g.curve path');
	const before = await curves.first().getAttribute('d');
	const depth = widget.getByRole('spinbutton', { name: /Book depth/ });
	await depth.fill('5');
	await depth.press('Enter');
	await expect(widget.locator('.wide svg g.curve.stale').first()).toBeAttached();
	await expect(widget.locator('.wide svg g.curve.stale')).toHaveCount(0, { timeout: 100_000 });
	expect(await curves.first().getAttribute('d')).not.toBe(before);
	await expect(page).toHaveURL(/[?&]tp-depth=5(&|$)/);
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
		const cascade = await openWidget(page, 'Cascade lab');
		await cascade.getByText('Show the data as tables').click();
		await cascade.getByText('More settings').click();
		const tipping = await openWidget(page, 'Tipping point', 'stay');
		await tipping.getByText('Show the data as a table').click();
		await page.addScriptTag({ path: axeScriptPath });
		expect(await axeViolations(page)).toEqual([]);
		expect(errors).toEqual([]);
	});
}
