// Brings every island of a page to life the way a reader does: by scrolling it into view.
import { expect, type Page, type Request } from '@playwright/test';
import { drawEveryWidget } from './draw-widgets';

/** Longest wait for the scroll through a page, or for its network to go quiet (ms). */
const PATIENCE_MS = 45_000;

/** Rejects with `message` after `ms`, so a stuck page fails with a reason, not a test timeout. */
function deadline(ms: number, message: string): { promise: Promise<never>; clear: () => void } {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const promise = new Promise<never>((_resolve, reject) => {
		timer = setTimeout(() => reject(new Error(message)), ms);
	});
	return { promise, clear: () => clearTimeout(timer) };
}

/**
 * Waits until the network has been quiet for half a second; if it never is, fails naming the
 * requests still open (those started while waiting: a page that keeps fetching, or one that hangs).
 * When none of those is open, the page goes on: on loaded CI runs a worksheet page three times
 * never reached Playwright's "network idle" with no request of its own outstanding.
 */
export async function networkQuiet(page: Page, ms = PATIENCE_MS): Promise<void> {
	const open = new Set<Request>();
	const start = (request: Request): void => void open.add(request);
	const end = (request: Request): void => void open.delete(request);
	page.on('request', start);
	page.on('requestfinished', end);
	page.on('requestfailed', end);
	try {
		await page.waitForLoadState('networkidle', { timeout: ms });
	} catch (error) {
		const urls = [...open].map((request) => request.url());
		if (urls.length === 0) return;
		throw new Error(
			`the network did not go quiet in ${String(ms / 1000)} s; requests open: ${urls.join(', ')}`,
			{ cause: error },
		);
	} finally {
		page.off('request', start);
		page.off('requestfinished', end);
		page.off('requestfailed', end);
	}
}

/**
 * Scrolls through the whole page one screen at a time (so each `client:visible` island sees the
 * viewport), waits until every island that has a box has hydrated (Astro removes its `ssr`
 * attribute then) and the network is quiet, and scrolls back to the top. Each step waits for the
 * next frame, or half a second if none comes, so a page that stops painting fails at the
 * hydration check with a count of the frames that never came, instead of hanging.
 */
export async function hydrateAll(page: Page): Promise<void> {
	const stuck = deadline(
		PATIENCE_MS,
		`scrolling through the page did not finish in ${String(PATIENCE_MS / 1000)} s: its main thread is busy`,
	);
	const missedFrames = await Promise.race([
		page.evaluate(async () => {
			let missed = 0;
			const frame = (): Promise<void> =>
				new Promise((resolve) => {
					const late = setTimeout(() => {
						missed++;
						resolve();
					}, 500);
					requestAnimationFrame(() => {
						clearTimeout(late);
						setTimeout(resolve, 30);
					});
				});
			const step = Math.max(200, Math.round(window.innerHeight * 0.8));
			for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
				window.scrollTo(0, y);
				await frame();
			}
			window.scrollTo(0, document.documentElement.scrollHeight);
			await frame();
			return missed;
		}),
		stuck.promise,
	]).finally(stuck.clear);
	await expect
		.poll(
			() =>
				page.evaluate(
					() =>
						[...document.querySelectorAll('astro-island[ssr]')].filter((island) =>
							[...island.children].some((child) => child.getClientRects().length > 0),
						).length,
				),
			{
				message: `islands still waiting to hydrate (${String(missedFrames)} scroll steps saw no frame)`,
				timeout: 30_000,
			},
		)
		.toBe(0);
	await networkQuiet(page);
	await page.evaluate(() => window.scrollTo(0, 0));
	// Widgets scrolled past are undrawn again; the checks that follow read all of them.
	await drawEveryWidget(page);
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
	await networkQuiet(page);
}

/**
 * Resolves once the CSS transitions and animations running now have finished (after a theme
 * switch), or after five seconds if one keeps going (a widget dimming and undimming as its
 * worker answers), so a busy page is checked as it is instead of waited on for ever.
 */
export async function settle(page: Page): Promise<void> {
	await page.evaluate(async () => {
		const finished = Promise.allSettled(document.getAnimations().map((a) => a.finished));
		await Promise.race([finished, new Promise((resolve) => setTimeout(resolve, 5000))]);
		await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
	});
}
