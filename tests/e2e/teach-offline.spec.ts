// Offline: once the service worker has precached the site, a reload with the network cut still shows pages.
import { expect, test } from '@playwright/test';

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
