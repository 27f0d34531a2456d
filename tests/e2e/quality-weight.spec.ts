// Weight and stability of the pages readers land on: JavaScript sent before and after interaction,
// no request off the site's origin, and no layout shift, on the home page and every chapter.
//
// Compressed size is the gzip (level 9, node:zlib) of each JavaScript response body, computed
// here because the local server sends files uncompressed; real hosts compress at least as well.
// Every other page's requests are held to the site's origin by quality-a11y.spec.ts, which visits
// each built page with every widget hydrated.
import { expect, test, type Page, type Response } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { hydrateAll } from './helpers/hydrate';
import { chapterPages } from './helpers/site';
import { watchPage } from './helpers/watch';

/** Budgets in compressed bytes: before any interaction, and after every widget was used once. */
const BEFORE_INTERACTION = 60 * 1024;
const IN_ALL = 150 * 1024;

// The offline copy the service worker downloads in the background is not the page's weight.
test.use({ serviceWorkers: 'block' });
test.describe.configure({ timeout: 120_000 });

declare global {
	interface Window {
		qaLayoutShift?: { total: number; sources: string[] };
	}
}

/** Sums layout shifts not caused by input, from the start of the page (run before its scripts). */
function observeLayoutShift(): void {
	const shifts = { total: 0, sources: [] as string[] };
	window.qaLayoutShift = shifts;
	interface Shift extends PerformanceEntry {
		value: number;
		hadRecentInput: boolean;
		sources?: { node?: Node | null }[];
	}
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries() as Shift[]) {
			if (entry.hadRecentInput) continue;
			shifts.total += entry.value;
			for (const source of entry.sources ?? []) {
				const node = source.node;
				const name =
					node instanceof Element
						? `${node.tagName.toLowerCase()}.${[...node.classList].join('.')}`
						: String(node?.nodeName);
				shifts.sources.push(`${name} (${entry.value.toFixed(4)})`);
			}
		}
	}).observe({ type: 'layout-shift', buffered: true });
}

async function layoutShift(page: Page): Promise<{ total: number; sources: string[] }> {
	return page.evaluate(() => window.qaLayoutShift ?? { total: Number.NaN, sources: [] });
}

/** Records every JavaScript response with its gzip size, keyed by URL (a file counts once). */
function recordScripts(page: Page): { bytes: () => number; files: () => string[] } {
	const sizes = new Map<string, Promise<number>>();
	const settled = new Map<string, number>();
	page.on('response', (response: Response) => {
		const type = response.headers()['content-type'] ?? '';
		if (!type.includes('javascript') || sizes.has(response.url())) return;
		const size = response
			.body()
			.then((body) => gzipSync(body, { level: 9 }).length)
			.catch(() => 0);
		sizes.set(response.url(), size);
		void size.then((bytes) => settled.set(response.url(), bytes));
	});
	return {
		bytes: () => [...settled.values()].reduce((sum, bytes) => sum + bytes, 0),
		files: () => [...settled].map(([url, bytes]) => `${new URL(url).pathname} ${String(bytes)} B`),
	};
}

/** Uses every widget once: the first slider of each gets one arrow-key press. */
async function interactOnce(page: Page): Promise<void> {
	const widgets = page.locator('figure.widget');
	for (let i = 0; i < (await widgets.count()); i++) {
		const slider = widgets.nth(i).locator('input[type="range"]:visible').first();
		if ((await slider.count()) === 0) continue;
		await slider.focus();
		await page.keyboard.press('ArrowRight');
	}
	await page.waitForLoadState('networkidle');
}

/** Waits until every response body has been read and measured. */
async function quiet(page: Page): Promise<void> {
	await page.waitForLoadState('networkidle');
	await page.evaluate(() => document.fonts.ready.then(() => undefined));
	await page.waitForTimeout(300);
}

/** Gzip sizes of the scripts written into the page itself (Astro inlines small ones). */
async function inlineScriptBytes(page: Page): Promise<number> {
	const sources = await page.evaluate(() =>
		[...document.scripts].filter((script) => script.src === '').map((script) => script.text),
	);
	return sources.reduce((sum, text) => sum + gzipSync(text, { level: 9 }).length, 0);
}

for (const path of ['/', ...chapterPages]) {
	const budgeted = chapterPages.includes(path);
	test(`${path}: ${budgeted ? '≤ 60 KB of compressed JavaScript before interaction, ≤ 150 KB in all, ' : ''}no layout shift`, async ({
		page,
		baseURL,
	}) => {
		const watch = watchPage(page, new URL(baseURL ?? '').origin);
		const scripts = recordScripts(page);
		await page.addInitScript(observeLayoutShift);
		await page.goto(path);
		await quiet(page);
		const inline = await inlineScriptBytes(page);
		const before = inline + scripts.bytes();
		const atLoad = await layoutShift(page);

		await hydrateAll(page);
		await quiet(page);
		const afterScroll = await layoutShift(page);
		await interactOnce(page);
		await quiet(page);
		const all = inline + scripts.bytes();

		test.info().annotations.push({
			type: 'compressed JavaScript',
			description: `${(before / 1024).toFixed(1)} KB before interaction, ${(all / 1024).toFixed(1)} KB in all (${(inline / 1024).toFixed(1)} KB inline): ${scripts.files().join(', ')}`,
		});
		expect(atLoad.total, `layout shift after load: ${atLoad.sources.join(', ')}`).toBe(0);
		expect(
			afterScroll.total,
			`layout shift while scrolling: ${afterScroll.sources.join(', ')}`,
		).toBe(0);
		if (budgeted) {
			expect(before, 'bytes before interaction').toBeLessThanOrEqual(BEFORE_INTERACTION);
			expect(all, 'bytes in all').toBeLessThanOrEqual(IN_ALL);
		}
		expect(watch.problems()).toEqual([]);
	});
}
