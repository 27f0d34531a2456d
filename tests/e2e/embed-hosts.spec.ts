// Every widget embedded in a page on another port: with /embed.js, with Pym.js, and sandboxed.
import { expect, test, type Frame, type Locator, type Page } from '@playwright/test';
import { embedFrameTitle, embedSnippet } from '../../src/lib/embed-code';
import { WIDGETS, type WidgetEntry } from '../../src/widgets/registry';
import { startCorsSite, startHost, type HostServer, type LocalServer } from './embed-servers';

let host: HostServer;
let corsSite: LocalServer;

test.beforeAll(async () => {
	host = await startHost();
	corsSite = await startCorsSite();
});

test.afterAll(async () => {
	await host.close();
	await corsSite.close();
});

/** A host page: some text above, the embed, and enough below that the page could scroll. */
function hostPage(embed: string): string {
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A blog post</title>
<link rel="icon" href="data:,"><meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{margin:0 auto;max-width:760px;padding:16px;font:16px/1.5 sans-serif}</style></head>
<body><h1>A blog post</h1><p>Some writing before the widget.</p>${embed}
<div style="height:3000px">The rest of the post.</div></body></html>`;
}

/** Records console errors and uncaught errors of the page and of every frame in it. */
function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
	return errors;
}

/** The embedded widget's frame, once its island has hydrated. */
async function hydratedFrame(iframe: Locator): Promise<Frame> {
	const frame = await (await iframe.elementHandle())?.contentFrame();
	if (!frame) throw new Error('The embed has no frame.');
	await expect(frame.locator('astro-island').first()).not.toHaveAttribute('ssr', {
		timeout: 20_000,
	});
	return frame;
}

/** Waits until the iframe is as tall as the document inside it (within a pixel), and returns that. */
async function expectFitted(iframe: Locator, frame: Frame): Promise<number> {
	let content = 0;
	await expect
		.poll(
			async () => {
				content = await frame.evaluate(() =>
					Math.ceil(document.documentElement.getBoundingClientRect().height),
				);
				const box = await iframe.boundingBox();
				return Math.abs((box?.height ?? 0) - content);
			},
			{ timeout: 15_000 },
		)
		.toBeLessThanOrEqual(1);
	return content;
}

type Mode = 'loader' | 'pym' | 'sandbox';

function embedFor(mode: Mode, widget: WidgetEntry, site: string): string {
	const src = `${mode === 'sandbox' ? corsSite.origin : site}/embed/${widget.id}/`;
	if (mode === 'pym') {
		return `<div id="cascade-${widget.id}" data-pym-src="${src}"></div><script src="/pym.v1.min.js"></script>`;
	}
	const snippet = embedSnippet({
		src,
		title: embedFrameTitle(widget.title),
		size: { kind: 'responsive', height: 600 },
		origin: site,
	});
	return mode === 'sandbox'
		? snippet.replace('<iframe ', '<iframe sandbox="allow-scripts" ')
		: snippet;
}

for (const widget of WIDGETS) {
	for (const mode of ['loader', 'pym', 'sandbox'] as const) {
		test(`${widget.id} (${mode}): height follows the content, host stays put, no errors`, async ({
			page,
			baseURL,
		}) => {
			const errors = watchErrors(page);
			await page.goto(host.page(hostPage(embedFor(mode, widget, baseURL ?? ''))));
			const iframe = page.locator('iframe');
			const frame = await hydratedFrame(iframe);

			const before = await expectFitted(iframe, frame);
			// Loading, hydrating and sizing did not scroll the host page.
			expect(await page.evaluate(() => window.scrollY)).toBe(0);

			// Opening the data table makes the embed taller; the frame follows, and back.
			const summary = frame.locator('details.table > summary').first();
			await summary.click();
			expect(await expectFitted(iframe, frame)).toBeGreaterThan(before + 50);
			await summary.click();
			expect(Math.abs((await expectFitted(iframe, frame)) - before)).toBeLessThanOrEqual(1);
			expect(errors).toEqual([]);
		});
	}
}

test('nothing in an embed scrolls or focuses the host page as it loads', async ({
	page,
	baseURL,
}) => {
	const errors = watchErrors(page);
	const widget = WIDGETS.find((w) => w.id === 'margin-account') ?? WIDGETS[0];
	if (widget === undefined) throw new Error('No widgets registered.');
	await page.goto(host.page(hostPage(embedFor('loader', widget, baseURL ?? ''))));
	const iframe = page.locator('iframe');
	await expectFitted(iframe, await hydratedFrame(iframe));
	expect(await page.evaluate(() => [window.scrollY, document.activeElement?.tagName])).toEqual([
		0,
		'BODY',
	]);
	expect(errors).toEqual([]);
});

for (const mode of ['loader', 'sandbox'] as const) {
	test(`(${mode}) the keyboard works inside an embed, and the state follows into its address`, async ({
		page,
		baseURL,
	}) => {
		const errors = watchErrors(page);
		const widget = WIDGETS.find((w) => w.id === 'leverage-amplifier');
		if (widget === undefined) throw new Error('leverage-amplifier is not registered.');
		await page.goto(host.page(hostPage(embedFor(mode, widget, baseURL ?? ''))));
		const frame = await hydratedFrame(page.locator('iframe'));
		const slider = frame.getByRole('slider', { name: 'Leverage' });
		const start = Number(await slider.inputValue());
		await slider.click();
		await page.keyboard.press('ArrowRight');
		await expect.poll(async () => Number(await slider.inputValue())).not.toBe(start);
		// The widget rewrites its own (framed) address, even with an opaque origin.
		await expect.poll(() => new URL(frame.url()).searchParams.get('lev')).not.toBeNull();
		expect(errors).toEqual([]);
	});
}

test('full screen is offered only where the host allows it', async ({ page, baseURL }) => {
	const widget = WIDGETS.find((w) => w.id === 'leverage-amplifier');
	if (widget === undefined) throw new Error('leverage-amplifier is not registered.');
	await page.goto(host.page(hostPage(embedFor('loader', widget, baseURL ?? ''))));
	const allowed = await hydratedFrame(page.locator('iframe'));
	await expect(allowed.getByRole('button', { name: 'Full screen' })).toBeVisible();

	// Pym.js frames carry no allow="fullscreen" unless asked.
	await page.goto(host.page(hostPage(embedFor('pym', widget, baseURL ?? ''))));
	const refused = await hydratedFrame(page.locator('iframe'));
	await expect(refused.getByRole('button', { name: 'Full screen' })).toBeHidden();
});

test('an embed below the fold does no simulation work until it is scrolled to', async ({
	page,
	baseURL,
}) => {
	const src = `${baseURL ?? ''}/embed/cascade-lab/`;
	// No loading="lazy" here, so the frame loads at once and only hydration can wait.
	const below = `<div style="height:2500px"></div><iframe src="${src}" title="Cascade lab" style="width:100%;border:0" height="900"></iframe>`;
	await page.goto(host.page(hostPage(below)));
	const frame = await (await page.locator('iframe').elementHandle())?.contentFrame();
	if (!frame) throw new Error('The embed has no frame.');
	await frame.waitForLoadState('load');
	// The static HTML already holds the chart, but the island stays unhydrated off screen.
	await expect(frame.locator('figure svg').first()).toBeAttached();
	await page.waitForTimeout(1500);
	await expect(frame.locator('astro-island').first()).toHaveAttribute('ssr', '');

	await page.locator('iframe').scrollIntoViewIfNeeded();
	await expect(frame.locator('astro-island').first()).not.toHaveAttribute('ssr', {
		timeout: 20_000,
	});
});
