// Smoke test of the built site: the home page renders cleanly, stays on its origin, and passes axe.
import { expect, test } from '@playwright/test';
import type axe from 'axe-core';
import { createRequire } from 'node:module';

declare global {
	interface Window {
		axe: typeof axe;
	}
}

const axeScriptPath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`${colorScheme} colour scheme`, () => {
		test.use({ colorScheme });

		test('home page renders cleanly, stays on its origin and has no axe violations', async ({
			page,
			baseURL,
		}) => {
			const consoleErrors: string[] = [];
			const pageErrors: string[] = [];
			const offOriginRequests: string[] = [];
			const origin = new URL(baseURL ?? '').origin;
			page.on('console', (message) => {
				if (message.type() === 'error') consoleErrors.push(message.text());
			});
			page.on('pageerror', (error) => pageErrors.push(error.message));
			page.on('request', (request) => {
				const url = new URL(request.url());
				if (url.protocol !== 'data:' && url.origin !== origin)
					offOriginRequests.push(request.url());
			});

			const response = await page.goto('/');
			expect(response?.status()).toBe(200);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(
				'How leverage turns a small price move into a crash',
			);
			await page.waitForLoadState('networkidle');

			await page.addScriptTag({ path: axeScriptPath });
			const violations = await page.evaluate(async () => {
				const results = await window.axe.run(document);
				return results.violations.map((violation) => ({
					id: violation.id,
					help: violation.help,
					targets: violation.nodes.map((node) => node.target.join(' ')),
				}));
			});

			expect(violations).toEqual([]);
			expect(consoleErrors).toEqual([]);
			expect(pageErrors).toEqual([]);
			expect(offOriginRequests).toEqual([]);
		});
	});
}
