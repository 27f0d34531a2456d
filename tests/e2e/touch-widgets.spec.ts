// Every widget on a phone: a finger dragging its first slider moves the value and the picture, and
// the page under the finger does not scroll.
import { expect, test, type CDPSession, type Locator } from '@playwright/test';
import { hydrateOnScreen } from './helpers/hydrate';
import { manifest } from './helpers/site';

/** The markup of every chart in the widget, to tell whether the picture changed. */
function chartMarkup(frame: Locator): Promise<string> {
	return frame
		.locator('svg')
		.evaluateAll((charts) => charts.map((chart) => chart.outerHTML).join('\n'));
}

/**
 * Puts a finger down at (x, y), slides it to (x + dx, y + dy) in small steps, and lifts it. Real
 * fingers wander: the vertical part is what would scroll the page if the slider let it.
 */
async function drag(cdp: CDPSession, x: number, y: number, dx: number, dy: number): Promise<void> {
	const point = (step: number, steps: number) => [
		{
			x: x + (dx * step) / steps,
			y: y + (dy * step) / steps,
			radiusX: 4,
			radiusY: 4,
			force: 1,
			id: 1,
		},
	];
	const steps = 10;
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(0, steps) });
	for (let step = 1; step <= steps; step++) {
		await cdp.send('Input.dispatchTouchEvent', {
			type: 'touchMove',
			touchPoints: point(step, steps),
		});
	}
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

test.describe('on a touch screen', () => {
	test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 740 } });

	test('/widgets.json lists widgets to try', () => {
		expect(manifest.widgets.length).toBeGreaterThan(0);
	});

	for (const widget of manifest.widgets) {
		test(`${widget.id}: a finger drags its first slider; value and picture follow; the page stays put`, async ({
			page,
		}) => {
			const errors: string[] = [];
			page.on('pageerror', (error) => errors.push(error.message));
			page.on('console', (message) => {
				if (message.type() === 'error') errors.push(message.text());
			});
			await page.goto(widget.embedPath);
			await hydrateOnScreen(page);
			const frame = page.locator('figure.widget').first();
			const slider = frame.locator('input[type="range"]:visible').first();
			await slider.scrollIntoViewIfNeeded();
			// Scroll a little further so that a page scroll, if the drag caused one, would show.
			await page.evaluate(() => window.scrollBy(0, 40));
			const box = await slider.boundingBox();
			if (box === null) throw new Error(`${widget.id}: its first slider has no box`);
			const range = await slider.evaluate((input) => {
				const el = input as HTMLInputElement;
				return { min: Number(el.min), max: Number(el.max), value: Number(el.value) };
			});
			const fraction = (range.value - range.min) / (range.max - range.min);
			// The thumb sits inside the track's ends by about half its width.
			const x = box.x + 12 + fraction * (box.width - 24);
			const y = box.y + box.height / 2;
			const dx = (fraction > 0.5 ? -0.3 : 0.3) * box.width;

			const before = {
				value: await slider.inputValue(),
				chart: await chartMarkup(frame),
				top: box.y,
			};
			const cdp = await page.context().newCDPSession(page);
			await drag(cdp, x, y, dx, -12);

			await expect.poll(() => slider.inputValue(), { timeout: 10_000 }).not.toBe(before.value);
			await expect.poll(() => chartMarkup(frame), { timeout: 15_000 }).not.toBe(before.chart);
			// A finger that scrolled the page would have carried the slider with it. (Not scrollY: the
			// browser's scroll anchoring may shift it when the text above changes, without moving the slider.)
			const after = await slider.boundingBox();
			expect(Math.abs((after?.y ?? Number.NaN) - before.top)).toBeLessThanOrEqual(2);
			expect(errors).toEqual([]);
		});
	}
});
