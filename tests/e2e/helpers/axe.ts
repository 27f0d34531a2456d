// Runs axe-core in a page against the WCAG 2.2 A and AA rules, and lists what it finds as text.
import type { Page } from '@playwright/test';
import type axe from 'axe-core';
import { createRequire } from 'node:module';

declare global {
	interface Window {
		axe: typeof axe;
	}
}

const axeScriptPath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe's tags for every WCAG 2.0, 2.1 and 2.2 success criterion at levels A and AA. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** One line per failing element: rule, what it asks, and where ("color-contrast: … (#id .x)"). */
export async function axeViolations(page: Page): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) {
		await page.addScriptTag({ path: axeScriptPath });
	}
	return page.evaluate(async (tags) => {
		const results = await window.axe.run(document, {
			runOnly: { type: 'tag', values: tags },
			resultTypes: ['violations'],
		});
		return results.violations.flatMap((violation) =>
			violation.nodes.map(
				(node) =>
					`${violation.id}: ${violation.help} (${node.target.join(' ')}) ${node.failureSummary ?? ''}`,
			),
		);
	}, WCAG_AA_TAGS);
}
