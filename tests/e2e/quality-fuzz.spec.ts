// Hostile links: every widget of /widgets.json opened with nasty and generated query values, on its
// embed page and in its chapter; and every slider at both ends and every preset and option.
import { expect, test, type Page } from '@playwright/test';
import fc from 'fast-check';
import { hydrateAll, hydrateOnScreen } from './helpers/hydrate';
import { screenTextProblems } from './helpers/screen-text';
import { manifest, type ManifestWidget } from './helpers/site';
import { watchPage } from './helpers/watch';

declare global {
	interface Window {
		/** Set only by the script in an injected payload; must stay unset. */
		qaPwned?: unknown;
	}
}

test.use({ serviceWorkers: 'block' });
test.describe.configure({ timeout: 300_000 });

/** Values no widget should trust: odd numbers, encodings, markup and script. */
const NASTY: readonly string[] = [
	'',
	'   ',
	'NaN',
	'Infinity',
	'-Infinity',
	'-0',
	'-1',
	'1e308',
	'-1e308',
	'1e-320',
	'0x1F',
	'١٢٣',
	'\u202E42',
	'\u200F7\u200E',
	'9'.repeat(400),
	'x'.repeat(3000),
	'<img src=x onerror="window.qaPwned=1">',
	'"><script>window.qaPwned=1</script>',
	"'><svg onload=window.qaPwned=1>",
	'javascript:window.qaPwned=1',
	'${window.qaPwned=1}',
	'{{constructor.constructor("window.qaPwned=1")()}}',
	'__proto__',
	'undefined',
	'null',
	'💥🧨',
	'\u0000\u0007',
];

/** Query keys a widget reads. */
const keysOf = (widget: ManifestWidget): string[] => widget.parameters.map((p) => p.query);

/** Three links per widget: every key gets a different nasty value each time, a key twice, the
 * keys of another widget and the embed flags too; the last also has broken percent-encoding. */
function fixedQueries(widget: ManifestWidget): string[] {
	const keys = keysOf(widget);
	const other = manifest.widgets.find((w) => w.id !== widget.id);
	const flags = manifest.flags.map((flag) => flag.key);
	return [0, 1, 2].map((round) => {
		const query = new URLSearchParams();
		keys.forEach((key, i) =>
			query.append(key, NASTY[(round * keys.length + i) % NASTY.length] ?? ''),
		);
		const first = keys[0];
		if (first !== undefined) query.append(first, NASTY[(round + 16) % NASTY.length] ?? '');
		for (const key of other === undefined ? [] : keysOf(other)) query.append(key, 'NaN');
		flags.forEach((key, i) => query.append(key, NASTY[(round + i + 16) % NASTY.length] ?? ''));
		const text = query.toString();
		return round === 2 && first !== undefined ? `${text}&${first}=%E0%A4%A&%ZZ=%` : text;
	});
}

/** Eight generated links per widget, the same on every run (fixed seed). */
function generatedQueries(widget: ManifestWidget, seed: number): string[] {
	const keys = keysOf(widget);
	const value = fc.oneof(
		fc.constantFrom(...NASTY),
		fc.string({ unit: 'grapheme', maxLength: 30 }),
		fc.string({ unit: 'binary', maxLength: 30 }),
		fc.double().map((d) => (Object.is(d, -0) ? '-0' : String(d))),
		fc.integer().map(String),
	);
	const links = fc.record({
		values: fc.array(fc.option(value, { nil: undefined }), {
			minLength: keys.length,
			maxLength: keys.length,
		}),
		repeated: value,
	});
	return fc.sample(links, { seed, numRuns: 8 }).map(({ values, repeated }) => {
		const query = new URLSearchParams();
		keys.forEach((key, i) => {
			const raw = values[i];
			if (raw !== undefined) query.append(key, raw);
		});
		// A repeated key always earns a notice, so every generated link must show one.
		const first = keys[0];
		if (first !== undefined) {
			query.append(first, repeated);
			query.append(first, repeated);
		}
		return query.toString();
	});
}

/** Waits until the widget rewrote its keys in the address with values inside its schema. */
async function expectClampedAddress(page: Page, widget: ManifestWidget): Promise<void> {
	const outOfRange = (): string[] => {
		const search = new URL(page.url()).searchParams;
		return widget.parameters.flatMap((p) => {
			const all = search.getAll(p.query);
			if (all.length === 0) return [];
			const raw = all[0] ?? '';
			if (all.length > 1) return [`${p.query} given ${String(all.length)} times`];
			if (p.kind === 'number') {
				const n = Number(raw);
				const ok =
					/^-?\d+(\.\d+)?(e-?\d+)?$/.test(raw) &&
					n >= p.min &&
					n <= p.max &&
					(!p.integer || Number.isInteger(n));
				return ok ? [] : [`${p.query}=${raw.slice(0, 40)}`];
			}
			const allowed = p.kind === 'boolean' ? ['0', '1'] : (p.options ?? []).map((o) => o.value);
			return allowed.includes(raw) ? [] : [`${p.query}=${raw.slice(0, 40)}`];
		});
	};
	await expect.poll(outOfRange, { message: 'the address holds the clamped state' }).toEqual([]);
}

/** Opens one hostile link and checks what the reader gets. */
async function visit(page: Page, widget: ManifestWidget, path: string, query: string) {
	await page.goto(`${path}?${query}`);
	// An embed's widget is on screen at once; in a chapter it may be further down.
	await (path === widget.embedPath ? hydrateOnScreen(page) : hydrateAll(page));
	await expect(page.locator('figure.widget .notice').first(), `notice for ?${query}`).toBeVisible();
	await expectClampedAddress(page, widget);
	expect(await screenTextProblems(page), `?${query}`).toEqual([]);
	expect(await page.evaluate(() => window.qaPwned), `script ran for ?${query}`).toBeUndefined();
}

/** A small stable number from a widget id, so each widget gets its own generated links. */
const seedOf = (id: string): number =>
	[...id].reduce((hash, ch) => (hash * 31 + (ch.codePointAt(0) ?? 0)) >>> 0, 2026);

test('/widgets.json lists widgets to fuzz', () => {
	expect(manifest.widgets.length).toBeGreaterThan(0);
});

for (const widget of manifest.widgets) {
	test(`${widget.id}: hostile links to its embed page give a clamped state, a notice and nothing else`, async ({
		page,
		baseURL,
	}) => {
		const watch = watchPage(page, new URL(baseURL ?? '').origin);
		const queries = [...fixedQueries(widget), ...generatedQueries(widget, seedOf(widget.id))];
		for (const query of queries) await visit(page, widget, widget.embedPath, query);
		expect(watch.problems()).toEqual([]);
	});

	test(`${widget.id}: hostile links to its chapter give a clamped state, a notice and nothing else`, async ({
		page,
		baseURL,
	}) => {
		const watch = watchPage(page, new URL(baseURL ?? '').origin);
		// The first and last fixed links (the last adds broken percent-encoding): a chapter visit
		// hydrates every widget on the page, so these are the costly ones.
		const [first, , last] = fixedQueries(widget);
		for (const query of [first, last]) {
			if (query !== undefined) await visit(page, widget, widget.chapter.path, query);
		}
		expect(watch.problems()).toEqual([]);
	});

	test(`${widget.id}: every slider at both ends and every preset and option show sane figures`, async ({
		page,
		baseURL,
	}) => {
		const watch = watchPage(page, new URL(baseURL ?? '').origin);
		await page.goto(widget.embedPath);
		await hydrateOnScreen(page);
		const frame = page.locator('figure.widget').first();
		const check = async (what: string): Promise<void> => {
			// Redrawn on the next frames; work handed to a worker comes back soon after.
			await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 150)));
			expect(await screenTextProblems(page), what).toEqual([]);
		};

		const sliders = frame.locator('input[type="range"]:visible');
		for (let i = 0; i < (await sliders.count()); i++) {
			const slider = sliders.nth(i);
			const name = (await slider.getAttribute('aria-label')) ?? `slider ${String(i + 1)}`;
			for (const key of ['Home', 'End'] as const) {
				await slider.focus();
				await page.keyboard.press(key);
				await check(`${name} at ${key === 'Home' ? 'its minimum' : 'its maximum'}`);
			}
		}

		const presets = frame.locator('.presets button:visible');
		for (let i = 0; i < (await presets.count()); i++) {
			const preset = presets.nth(i);
			if (await preset.isDisabled()) continue;
			await preset.click();
			await check(`preset ${(await preset.innerText()).trim()}`);
		}

		// Radio buttons may be drawn as styled labels; clicking the input itself is what a
		// reader's click on its label does.
		const options = frame.locator('input[type="radio"]:enabled');
		for (let i = 0; i < (await options.count()); i++) {
			const option = options.nth(i);
			await option.evaluate((input) => (input as HTMLInputElement).click());
			await check(`option ${(await option.getAttribute('value')) ?? String(i)}`);
		}

		// Narration is announced after a pause: the last state's sentence too.
		await page.waitForTimeout(1000);
		await check('the last narration');
		expect(watch.problems()).toEqual([]);
	});
}
