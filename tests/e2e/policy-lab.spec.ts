// PolicyLab in the built chapter 7: the shock moves every panel, the URL keeps panels and policies, the CSV proves one seed and shock.
import { expect, test, type Locator, type Page } from '@playwright/test';
import type axe from 'axe-core';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { formatUsd } from '../../src/lib/format';
import { parseParams } from '../../src/lib/params';
import { simulate } from '../../src/sim/index';
import {
	policyLabSchema,
	sharedScenario,
	type PanelSlot,
} from '../../src/widgets/policy-lab/params';
import { applyPolicy, panelSetting } from '../../src/widgets/policy-lab/policies';

declare global {
	interface Window {
		axe: typeof axe;
	}
}

const CHAPTER = '/chapters/fixing-the-system/';

// Every test hydrates the lab (three or four simulator runs) and waits for the worker's runs: on a
// busy two-core runner that takes a while.
test.describe.configure({ timeout: 120_000 });
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

/** The lab's frame, scrolled into view and hydrated; `query` is appended to the chapter's address. */
async function openLab(page: Page, query = ''): Promise<Locator> {
	if (query !== 'stay') await page.goto(`${CHAPTER}${query}`);
	const widget = page.locator('figure', { has: page.getByText('Policy lab', { exact: true }) });
	await widget.scrollIntoViewIfNeeded();
	// Hydration runs the simulator once per panel; allow for a busy machine.
	await expect(page.locator('astro-island', { has: widget })).not.toHaveAttribute('ssr', {
		timeout: 60_000,
	});
	return widget;
}

/** Waits until every panel shows its own run (none faded while the worker computes). */
async function settled(widget: Locator): Promise<void> {
	await expect(widget.locator('.wide svg g.panel.stale')).toHaveCount(0, { timeout: 30_000 });
	await expect(widget.locator('li.card.stale')).toHaveCount(0);
}

/** What the panels show: each title line with its figures, and the first price path's shape. */
async function chartState(widget: Locator): Promise<{ figures: string[]; path: string }> {
	const svg = widget.locator('.wide svg');
	return {
		figures: await svg.locator('g.panel text.figures').allTextContents(),
		path: (await svg.locator('g.panel path.price').first().getAttribute('d')) ?? '',
	};
}

/** The scenario of panel `slot` for a lab address, computed here in Node from the lab's own schema. */
function scenarioFromUrl(address: string, slot: PanelSlot) {
	const { values } = parseParams(policyLabSchema, new URL(address).searchParams, 'pl-');
	return applyPolicy(sharedScenario(values), panelSetting(values, slot));
}

/** RFC 4180 text into rows of cells (quoted cells may hold commas and doubled quotes). */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	for (const line of text.split('\r\n')) {
		if (line === '') continue;
		const cells: string[] = [];
		let cell = '';
		let quoted = false;
		for (let i = 0; i < line.length; i++) {
			const ch = line[i];
			if (quoted && ch === '"' && line[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (ch === '"') quoted = !quoted;
			else if (ch === ',' && !quoted) {
				cells.push(cell);
				cell = '';
			} else cell += ch;
		}
		cells.push(cell);
		rows.push(cells);
	}
	return rows;
}

test('the static page already contains every panel and its figures, before any script runs', async ({
	browser,
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(CHAPTER);
	const chart = page.locator('.wide svg[role="img"]', { hasText: 'No policy' });
	await expect(chart).toHaveCount(1);
	await expect(chart.locator('g.panel')).toHaveCount(3);
	await expect(chart.locator('g.panel path.price')).toHaveCount(3);
	await expect(chart.locator('g.panel rect.halt')).toHaveCount(1);
	const none = simulate(scenarioFromUrl('http://x/', 1)).summary;
	await expect(page.locator('li.card[data-panel="1"] [data-figure="liquidated"]')).toHaveText(
		formatUsd(none.liquidatedUsd),
	);
	await context.close();
});

test('the shock slider moves every panel, by keyboard and by mouse', async ({ page }) => {
	const errors = watchErrors(page);
	const widget = await openLab(page);
	const shock = widget.getByRole('slider', { name: 'Shock' });
	const before = await chartState(widget);

	// Keyboard: ten steps of 0.1 point take the shock from −3% to −2%.
	await shock.focus();
	for (let i = 0; i < 10; i++) await shock.press('ArrowRight');
	await expect(widget.getByRole('spinbutton', { name: /Shock/ })).toHaveValue('-2');
	await settled(widget);
	const byKeyboard = await chartState(widget);
	expect(byKeyboard.path).not.toBe(before.path);
	for (let k = 0; k < 3; k++) expect(byKeyboard.figures[k]).not.toBe(before.figures[k]);

	// Mouse: a click a tenth of the way along the track asks for about a −12% shock.
	const box = await shock.boundingBox();
	if (box === null) throw new Error('the shock slider is not on screen');
	await page.mouse.click(box.x + box.width * 0.1, box.y + box.height / 2);
	await settled(widget);
	const byMouse = await chartState(widget);
	expect(byMouse.path).not.toBe(byKeyboard.path);
	expect(Number(await widget.getByRole('spinbutton', { name: /Shock/ }).inputValue())).toBeLessThan(
		-8,
	);
	expect(errors).toEqual([]);
});

test('panels can be added, changed and removed, and reloading restores them', async ({ page }) => {
	const errors = watchErrors(page);
	const widget = await openLab(page);
	await widget.getByRole('button', { name: 'Crowded longs' }).click();
	const panel2 = widget.locator('fieldset[data-panel="2"]');
	const cap = panel2.getByRole('spinbutton', { name: /Leverage cap/ });
	await cap.fill('10');
	await cap.press('Enter');
	await widget.getByRole('button', { name: 'Add a panel' }).click();
	const panel4 = widget.locator('fieldset[data-panel="4"]');
	await expect(panel4.getByRole('combobox', { name: 'Policy' })).toBeFocused();
	await panel4.getByRole('combobox', { name: 'Policy' }).selectOption('fund');
	const fund = panel4.getByRole('spinbutton', { name: /Fund size/ });
	await fund.fill('0');
	await fund.press('Enter');
	await expect(widget.getByRole('button', { name: 'Four panels at most' })).toBeDisabled();
	await expect(page).toHaveURL(/[?&]pl-preset=crowded-longs(&|$)/);
	await expect(page).toHaveURL(/[?&]pl-p2-cap=10(&|$)/);
	await expect(page).toHaveURL(/[?&]pl-panels=4(&|$)/);
	await expect(page).toHaveURL(/[?&]pl-p4=fund(&|$)/);
	await expect(page).toHaveURL(/[?&]pl-p4-fund=0(&|$)/);
	await settled(widget);
	await expect(widget.locator('.wide svg g.panel')).toHaveCount(4);
	const shown = await chartState(widget);
	expect(shown.figures).toHaveLength(4);

	await page.reload();
	const again = await openLab(page, 'stay');
	await settled(again);
	await expect(
		again.locator('fieldset[data-panel="2"]').getByRole('spinbutton', { name: /Leverage cap/ }),
	).toHaveValue('10');
	await expect(again.getByRole('button', { name: 'Crowded longs' })).toHaveAttribute(
		'aria-pressed',
		'true',
	);
	await expect.poll(() => chartState(again)).toEqual(shown);

	// Removing panel 1 moves the others up; the first panel is now the 10× cap.
	await again.getByRole('button', { name: 'Remove panel 1' }).click();
	await expect(again.getByRole('button', { name: 'Add a panel' })).toBeFocused();
	await settled(again);
	await expect(again.locator('.wide svg g.panel')).toHaveCount(3);
	await expect(again.locator('.wide svg g.panel text.title').first()).toHaveText(
		'Leverage cap 10×',
	);
	await expect(page).toHaveURL(/[?&]pl-panels=3(&|$)/);
	expect(errors).toEqual([]);
});

test('odd values in the link are clamped, with a notice', async ({ page }) => {
	const errors = watchErrors(page);
	const widget = await openLab(page, '?pl-panels=9&pl-p2=ban&pl-shock=abc');
	await expect(widget.getByText(/panels: 9 is above the maximum 4/)).toBeVisible();
	await expect(widget.getByText(/p2: “ban” is not one of/)).toBeVisible();
	await expect(widget.getByText(/shock: “abc” is not a number/)).toBeVisible();
	await settled(widget);
	await expect(widget.locator('.wide svg g.panel')).toHaveCount(4);
	expect(errors).toEqual([]);
});

test('the exported CSV shows one seed and one shock under different policies, and the figures are the simulator’s', async ({
	page,
}) => {
	const errors = watchErrors(page);
	const query = '?pl-preset=ordinary&pl-shock=-4&pl-seed=7&pl-panels=4&pl-p4=fund&pl-p4-fund=0';
	const widget = await openLab(page, query);
	await settled(widget);

	const download = page.waitForEvent('download');
	await widget.getByRole('button', { name: 'Download the data as CSV' }).click();
	const file = await (await download).path();
	const [framesText = ''] = (await readFile(file, 'utf8')).split('\r\n\r\n');
	const [header = [], ...rows] = parseCsv(framesText);
	const at = (name: string): number => header.indexOf(name);
	const distinct = (name: string): Set<string> => new Set(rows.map((r) => r[at(name)] ?? ''));
	expect(rows.length).toBeGreaterThan(1000);
	expect(distinct('panel')).toEqual(new Set(['1', '2', '3', '4']));
	expect(distinct('seed')).toEqual(new Set(['7']));
	expect(distinct('shock (fraction)')).toEqual(new Set(['-0.04']));
	expect(distinct('policy').size).toBe(4);
	for (const panel of ['1', '2', '3', '4']) {
		const policies = new Set(
			rows.filter((r) => r[at('panel')] === panel).map((r) => r[at('policy')]),
		);
		expect(policies.size).toBe(1);
	}

	// Panel 4 (no insurance fund) recomputed here in Node from the address alone.
	const scenario = scenarioFromUrl(page.url(), 4);
	expect(scenario.seed).toBe(7);
	expect(scenario.insuranceFundUsd).toBe(0);
	const summary = simulate(scenario).summary;
	const shown = widget.locator('li.card[data-panel="4"] [data-figure="liquidated"]');
	await expect(shown).toHaveText(formatUsd(summary.liquidatedUsd));
	const exact = Number(await shown.getAttribute('data-value'));
	expect(Math.abs(exact - summary.liquidatedUsd)).toBeLessThanOrEqual(1e-6 * summary.liquidatedUsd);
	const csvTotal = rows
		.filter((r) => r[at('panel')] === '4')
		.reduce(
			(sum, r) =>
				sum +
				Number(r[at('BTC liquidated longs (USD)')]) +
				Number(r[at('BTC liquidated shorts (USD)')]),
			0,
		);
	expect(Math.abs(csvTotal - summary.liquidatedUsd)).toBeLessThanOrEqual(
		1e-6 * summary.liquidatedUsd,
	);
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
		const widget = await openLab(page, '?pl-panels=4&pl-p4=fund&pl-p4-fund=0');
		await settled(widget);
		await widget.getByText('Show the data as tables').click();
		await page.addScriptTag({ path: axeScriptPath });
		expect(await axeViolations(page)).toEqual([]);
		expect(errors).toEqual([]);
	});
}
