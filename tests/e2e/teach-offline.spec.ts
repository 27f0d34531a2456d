// Offline: the precache list covers the build, and a reload with the network cut still shows pages.
import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { resolve, sep } from 'node:path';

test('pages load from the service worker cache when offline', async ({ page, context }) => {
	await page.goto('/teach/');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await expect
		.poll(async () =>
			page.evaluate(async () => {
				const cache = await caches.open('cascade-site-v1');
				const keys = await cache.keys();
				return keys.some((request) => new URL(request.url).pathname === '/chapters/cascade/');
			}),
		)
		.toBe(true);

	await context.setOffline(true);
	await page.reload();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Teaching with Cascade' }),
	).toBeVisible();
	await page.goto('/chapters/cascade/');
	await expect(page.locator('h1')).toBeVisible();
	await context.setOffline(false);
});

test('the service worker is registered only after the page has loaded', async ({ page }) => {
	// Its first job downloads the whole site: it must not compete with the reader's first page.
	await page.addInitScript(() => {
		const calls: { at: number; loaded: boolean }[] = [];
		Object.assign(window, { swRegistrations: calls });
		const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
		navigator.serviceWorker.register = (...args) => {
			calls.push({ at: performance.now(), loaded: document.readyState === 'complete' });
			return register(...args);
		};
	});
	await page.goto('/chapters/margin/');
	await expect
		.poll(
			() =>
				page.evaluate(
					() => (window as unknown as { swRegistrations: unknown[] }).swRegistrations.length,
				),
			{ timeout: 20_000 },
		)
		.toBe(1);
	const [call] = await page.evaluate(
		() =>
			(window as unknown as { swRegistrations: { at: number; loaded: boolean }[] }).swRegistrations,
	);
	const loadEnd = await page.evaluate(
		() =>
			(performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
	);
	expect(call?.loaded).toBe(true);
	expect(call?.at).toBeGreaterThanOrEqual(loadEnd);
});

/** Every page in the build under test, as the site addresses it: /teach/, /404.html… */
function builtPages(): string[] {
	const dist = resolve(import.meta.dirname, '../..', process.env.DIST ?? 'dist');
	return readdirSync(dist, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.map((file) => `/${file.split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1'));
}

test('the precache list holds every built page and the search index, and each loads', async ({
	request,
}) => {
	const list = (await (await request.get('/precache.json')).json()) as { pages: string[] };
	const built = builtPages();
	expect(built.length).toBeGreaterThan(40);
	expect([...list.pages].filter((p) => p.endsWith('/') || p.endsWith('.html')).sort()).toEqual(
		[...built].sort(),
	);
	expect(list.pages).toContain('/search-index.json');
	for (const page of list.pages) {
		const response = await request.get(page);
		expect(response.status(), page).toBe(200);
	}
});
