// Embed pages, /widgets.json, oEmbed and the Embed panel, against the built site.
import { expect, test, type Page } from '@playwright/test';
import type axe from 'axe-core';
import { createRequire } from 'node:module';
import { describeSchema } from '../../src/lib/params';
import { chapterWidgets, queryKeys, WIDGETS } from '../../src/widgets/registry';
import type { WidgetManifest } from '../../src/widgets/manifest';

declare global {
	interface Window {
		axe: typeof axe;
	}
}

const axeScriptPath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
	return errors;
}

/** Opens an embed page and waits for its widget to hydrate. */
async function openEmbed(page: Page, id: string, query = ''): Promise<void> {
	await page.goto(`/embed/${id}/${query}`);
	await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr', {
		timeout: 20_000,
	});
}

test('/widgets.json lists every widget with every schema parameter', async ({ request }) => {
	const response = await request.get('/widgets.json');
	expect(response.ok()).toBe(true);
	const manifest = (await response.json()) as WidgetManifest;
	expect(manifest.widgets.map((w) => w.id)).toEqual(WIDGETS.map((w) => w.id));
	for (const widget of WIDGETS) {
		const entry = manifest.widgets.find((w) => w.id === widget.id);
		expect(entry?.embedPath).toBe(`/embed/${widget.id}/`);
		expect(entry?.chapter.path).toBe(`/chapters/${widget.chapter}/`);
		expect(entry?.chapter.title).not.toBe('');
		expect(entry?.parameters).toEqual(
			describeSchema(widget.schema).map((p) => ({ ...p, query: widget.prefix + p.key })),
		);
		// Every parameter says what it is, in what unit and range, from where, and what it means.
		for (const p of entry?.parameters ?? []) {
			expect(p.description).not.toBe('');
			if (p.kind === 'number') expect(p.min).toBeLessThan(p.max);
		}
	}
});

for (const widget of WIDGETS) {
	test(`${widget.id}: oEmbed JSON is valid and discoverable`, async ({ page, request }) => {
		const response = await request.get(`/oembed/${widget.id}.json`);
		expect(response.ok()).toBe(true);
		const answer = (await response.json()) as Record<string, unknown>;
		expect(answer).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Cascade' });
		expect(answer['width']).toBeGreaterThan(0);
		expect(answer['height']).toBe(widget.embedHeight);
		const html = String(answer['html']);
		const src = /<iframe src="([^"]+)"/.exec(html)?.[1] ?? '';
		expect(new URL(src).pathname).toBe(`/embed/${widget.id}/`);
		expect(html).toMatch(/<script src="[^"]+\/embed\.js" async><\/script>$/);

		for (const path of [`/embed/${widget.id}/`, `/chapters/${widget.chapter}/`]) {
			await page.goto(path);
			const links = page.locator('link[rel="alternate"][type="application/json+oembed"]');
			const hrefs = await links.evaluateAll((nodes) =>
				nodes.map((node) => new URL((node as HTMLLinkElement).href).pathname),
			);
			expect(hrefs).toContain(`/oembed/${widget.id}.json`);
		}
	});

	// axe in light and dark, console errors and off-origin requests: quality-a11y.spec.ts, for every page.
	test(`${widget.id}: embed page is not indexed and has no site chrome`, async ({ page }) => {
		const errors = watchErrors(page);
		await openEmbed(page, widget.id);
		await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
		await expect(page.locator('body > header, nav')).toHaveCount(0);
		expect(errors).toEqual([]);
	});
}

test('controls=none leaves the picture without controls or toolbar', async ({ page }) => {
	await openEmbed(page, 'leverage-amplifier', '?controls=none');
	await expect(page.locator('html')).toHaveAttribute('data-controls', 'none');
	// The sliders are in the page, out of sight and out of the accessibility tree.
	await expect(page.locator('input[type="range"]')).toHaveCount(3);
	await expect(page.getByRole('slider')).toHaveCount(0);
	await expect(page.locator('figure.widget > .toolbar')).toBeHidden();
	await expect(page.locator('figure svg').first()).toBeVisible();
});

test('controls=minimal keeps the main sliders only', async ({ page }) => {
	await openEmbed(page, 'leverage-amplifier', '?controls=minimal');
	await expect(page.getByRole('slider', { name: 'Leverage' })).toBeVisible();
	await expect(page.getByRole('slider', { name: 'Price move' })).toBeVisible();
	for (const key of ['side', 'venue', 'margin']) {
		await expect(page.locator(`[data-param="${key}"]`)).toHaveCount(1);
		await expect(page.locator(`[data-param="${key}"]`)).toBeHidden();
	}
	await expect(page.locator('figure.widget > .toolbar')).toBeHidden();
});

test('controls=minimal keeps play and the timeline of a run', async ({ page }) => {
	await openEmbed(page, 'cascade-lab', '?controls=minimal');
	await expect(page.getByRole('button', { name: /^(Play|Replay)$/ })).toBeVisible();
	await expect(page.getByRole('slider', { name: 'Run time' })).toBeVisible();
	for (const text of ['Reset', 'Crowded longs']) {
		await expect(page.locator('button', { hasText: text })).toHaveCount(1);
		await expect(page.locator('button', { hasText: text })).toBeHidden();
	}
});

test('title=0 hides the caption but keeps the figure named; theme=dark applies', async ({
	page,
}) => {
	await openEmbed(page, 'margin-account', '?title=0&theme=dark');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	const caption = page.locator('figure.widget > figcaption');
	expect(await caption.evaluate((node) => node.getBoundingClientRect().height)).toBeLessThanOrEqual(
		1,
	);
	await expect(page.getByRole('figure', { name: 'Margin account' })).toBeAttached();
});

test('unknown flags and bad values are ignored, and never reach the page as HTML', async ({
	page,
}) => {
	const errors = watchErrors(page);
	await openEmbed(
		page,
		'leverage-amplifier',
		'?controls=%3Cimg%20src=x%20onerror=alert(1)%3E&theme=purple&autoplay=yes&title=2&colour=red',
	);
	const root = page.locator('html');
	await expect(root).toHaveAttribute('data-controls', 'full');
	await expect(root).toHaveAttribute('data-title', '1');
	await expect(root).toHaveAttribute('data-autoplay', '0');
	await expect(root).not.toHaveAttribute('data-theme');
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
	await expect(page.locator('[data-param="margin"]').getByRole('slider')).toBeVisible();
	expect(errors).toEqual([]);
});

test('autoplay=1 plays the run once the widget is on screen', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	await openEmbed(page, 'cascade-lab', '?autoplay=1');
	await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
});

test('"Open in Cascade" leads to the chapter with the widget state, not the flags', async ({
	page,
}) => {
	const widget = WIDGETS.find((w) => w.id === 'cascade-tipping');
	if (widget === undefined) throw new Error('cascade-tipping is not registered.');
	await openEmbed(page, widget.id, '?tp-shock=-5&theme=dark&childId=x');
	const link = page.getByRole('link', { name: /^Open in Cascade/ });
	await link.hover();
	const href = new URL((await link.getAttribute('href')) ?? '', page.url());
	expect(href.pathname).toBe('/chapters/cascade/');
	expect([...href.searchParams.keys()].every((key) => queryKeys(widget).includes(key))).toBe(true);
	expect(href.searchParams.get('tp-shock')).toBe('-5');
	await expect(link).toHaveAttribute('target', '_blank');
});

test('the Embed panel previews the current state and gives a snippet holding it', async ({
	page,
	baseURL,
}) => {
	const errors = watchErrors(page);
	await page.goto('/chapters/leverage/?lev=25&move=-3');
	const widget = page.getByRole('figure', { name: 'Leverage amplifier' });
	await widget.scrollIntoViewIfNeeded();
	await expect(page.locator('astro-island', { has: widget })).not.toHaveAttribute('ssr', {
		timeout: 20_000,
	});
	await widget.getByRole('button', { name: 'Embed' }).click();
	const dialog = page.getByRole('dialog', { name: 'Embed this widget' });
	await expect(dialog).toBeVisible();

	const code = dialog.getByRole('textbox', { name: 'Code to paste into your page' });
	await expect(code).toHaveValue(
		new RegExp(
			`^<iframe src="${baseURL ?? ''}/embed/leverage-amplifier/\\?lev=25&amp;move=-3&amp;`,
		),
	);
	await expect(code).toHaveValue(/data-cascade-embed.*<script src="[^"]+\/embed\.js" async>/);

	await dialog.getByRole('radio', { name: 'Dark' }).check();
	await dialog.getByRole('radio', { name: 'Main only' }).check();
	await expect(code).toHaveValue(/theme=dark&amp;controls=minimal"/);
	const preview = dialog.locator('iframe');
	await expect(preview).toHaveAttribute('src', /\?lev=25&move=-3&.*theme=dark&controls=minimal$/);
	const inside = preview.contentFrame();
	await expect(inside.getByRole('slider', { name: 'Leverage' })).toHaveValue(/./);
	await expect(inside.locator('html')).toHaveAttribute('data-theme', 'dark');

	// The open dialog, its preview included, passes axe.
	await page.addScriptTag({ path: axeScriptPath });
	const violations = await page.evaluate(async () => {
		const results = await window.axe.run(document.querySelector('dialog[open]') ?? document);
		return results.violations.map((v) => `${v.id}: ${v.help}`);
	});
	expect(violations).toEqual([]);

	await dialog.getByRole('radio', { name: 'Fixed' }).check();
	await expect(code).toHaveValue(/width="700" height="\d+" style="max-width:100%;border:0"/);
	await expect(code).not.toHaveValue(/embed\.js/);

	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	expect(errors).toEqual([]);
});

test('the chapter with two embeddable views advertises both', async ({ page }) => {
	await page.goto('/chapters/cascade/');
	const hrefs = await page
		.locator('link[type="application/json+oembed"]')
		.evaluateAll((nodes) => nodes.map((node) => new URL((node as HTMLLinkElement).href).pathname));
	expect(hrefs).toEqual(chapterWidgets('cascade').map((w) => `/oembed/${w.id}.json`));
});
