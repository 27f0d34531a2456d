// Shared steps of the teaching-hub browser tests: console watching, axe, waiting for islands.
import { expect, type Locator, type Page } from '@playwright/test';
import type axe from 'axe-core';
import { createRequire } from 'node:module';

declare global {
	interface Window {
		axe: typeof axe;
	}
}

const axeScriptPath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Collects console errors and uncaught exceptions. */
export function watchErrors(page: Page): string[] {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	return problems;
}

/** axe-core's violations on the page as it is now, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
	await page.addScriptTag({ path: axeScriptPath });
	return page.evaluate(async () => {
		const results = await window.axe.run(document);
		return results.violations.map(
			(violation) =>
				`${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
		);
	});
}

/**
 * Waits until every island on the page (or within `scope`) has hydrated. Each is brought into view
 * first: an island that hydrates when visible never does below the fold, and on a loaded machine
 * the fonts can arrive late enough to push one there.
 */
export async function hydrated(page: Page, scope = 'body'): Promise<void> {
	const islands = page.locator(`${scope} astro-island`);
	const count = await islands.count();
	for (let i = 0; i < count; i++) {
		const island = islands.nth(i);
		// The island itself has no box (display: contents); its first element does.
		const content = island.locator('> *').first();
		if (await content.isVisible()) await content.scrollIntoViewIfNeeded();
		await expect(island).not.toHaveAttribute('ssr', { timeout: 40_000 });
	}
}

/** Waits until the island holding `widget` has hydrated (its controls answer only then). */
export async function widgetHydrated(page: Page, widget: Locator): Promise<void> {
	const island = page.locator('astro-island').filter({ has: widget }).last();
	await expect(island).not.toHaveAttribute('ssr', { timeout: 20_000 });
}
