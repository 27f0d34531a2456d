// Brings every island of a page to life the way a reader does: by scrolling it into view.
import { expect, type Page } from '@playwright/test';

/**
 * Scrolls through the whole page one screen at a time (so each `client:visible` island sees the
 * viewport), waits until every island that has a box has hydrated (Astro removes its `ssr`
 * attribute then) and the network is quiet, and scrolls back to the top.
 */
export async function hydrateAll(page: Page): Promise<void> {
	await page.evaluate(async () => {
		const frame = (): Promise<void> =>
			new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 30)));
		const step = Math.max(200, Math.round(window.innerHeight * 0.8));
		for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
			window.scrollTo(0, y);
			await frame();
		}
		window.scrollTo(0, document.documentElement.scrollHeight);
		await frame();
	});
	await expect
		.poll(
			() =>
				page.evaluate(
					() =>
						[...document.querySelectorAll('astro-island[ssr]')].filter((island) =>
							[...island.children].some((child) => child.getClientRects().length > 0),
						).length,
				),
			{ message: 'islands still waiting to hydrate', timeout: 30_000 },
		)
		.toBe(0);
	await page.waitForLoadState('networkidle');
	await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * Waits, without scrolling, until the islands on screen have hydrated (an embed page's widget
 * starts at the top) and the network is quiet.
 */
export async function hydrateOnScreen(page: Page): Promise<void> {
	await expect
		.poll(
			() =>
				page.evaluate(
					() =>
						[...document.querySelectorAll('astro-island[ssr]')].filter((island) =>
							[...island.children].some((child) => {
								const box = child.getBoundingClientRect();
								return box.height > 0 && box.top < window.innerHeight && box.bottom > 0;
							}),
						).length,
				),
			{ message: 'islands on screen still waiting to hydrate', timeout: 30_000 },
		)
		.toBe(0);
	await page.waitForLoadState('networkidle');
}

/** Resolves once running CSS transitions and animations have finished (after a theme switch). */
export async function settle(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await Promise.allSettled(document.getAnimations().map((animation) => animation.finished));
		await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
	});
}
