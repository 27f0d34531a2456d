// Accessibility of every built page and embed: axe (WCAG 2.2 AA) in light, dark and the site's own
// dark switch after every widget hydrated; Tab order, focus rings and live regions on the chapters.
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './helpers/axe';
import { hydrateAll, settle } from './helpers/hydrate';
import { walkTabOrder } from './helpers/keyboard';
import { LIVE_REGIONS, nudge } from './helpers/nudge';
import { builtPages, chapterPages } from './helpers/site';
import { watchPage } from './helpers/watch';

// The offline copy the service worker makes is not what these checks are about, and would keep
// the network busy while they wait for it to be quiet.
test.use({ colorScheme: 'light', serviceWorkers: 'block' });
// Each test loads a whole page, hydrates every widget and runs axe up to three times; the case
// study, with four simulations, once took just over two minutes on a loaded two-core CI machine.
// The limit only catches a page that hangs: no test here asserts how long anything takes.
test.describe.configure({ timeout: 240_000 });

/** Switches to dark the way a reader does: the theme button where there is one, else the flag. */
async function chooseDark(page: Page): Promise<void> {
	const toggle = page.locator('[data-theme-toggle]:visible').first();
	if ((await toggle.count()) > 0) {
		await toggle.click();
	} else {
		// Embed pages have no button; their `theme=dark` flag sets the same attribute.
		await page.evaluate(() => (document.documentElement.dataset['theme'] = 'dark'));
	}
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
}

test('the build has pages and chapters to check', () => {
	expect(builtPages.length).toBeGreaterThan(0);
	expect(chapterPages.length).toBeGreaterThan(0);
});

for (const path of builtPages) {
	test(`${path}: no axe violations in light, system dark and chosen dark, no errors, own origin only`, async ({
		page,
		baseURL,
	}) => {
		// Three axe runs, and on a loaded machine up to 45 s for the network to go quiet.
		test.setTimeout(150_000);
		const watch = watchPage(page, new URL(baseURL ?? '').origin);
		await page.goto(path);
		await hydrateAll(page);

		expect(await axeViolations(page), 'light').toEqual([]);

		await page.emulateMedia({ colorScheme: 'dark' });
		await settle(page);
		expect(await axeViolations(page), 'system dark').toEqual([]);

		await page.emulateMedia({ colorScheme: 'light' });
		await chooseDark(page);
		await settle(page);
		expect(await axeViolations(page), 'dark chosen with the theme switch').toEqual([]);

		expect(watch.problems()).toEqual([]);
	});
}

for (const path of ['/', ...chapterPages]) {
	test(`${path}: Tab reaches every control in order, each with a visible focus ring, and no trap`, async ({
		page,
	}) => {
		await page.goto(path);
		await hydrateAll(page);
		const walk = await walkTabOrder(page);
		test.info().annotations.push({
			type: 'tab stops',
			description: `${String(walk.stops.length)} of ${String(walk.expected.length)} expected`,
		});

		expect(walk.escaped, 'focus came back to the start: no keyboard trap').toBe(true);
		expect(walk.stops.filter((stop) => !stop.inOrder).map((stop) => stop.name)).toEqual([]);
		expect(walk.stops.filter((stop) => !stop.visibleIndicator).map((stop) => stop.name)).toEqual(
			[],
		);
		const reached = new Set(walk.stops.map((stop) => stop.expectedIndex));
		expect(walk.expected.filter((_name, i) => !reached.has(i))).toEqual([]);
	});
}

for (const path of ['/', ...chapterPages]) {
	test(`${path}: each widget's live region speaks after a slider key press`, async ({ page }) => {
		// Several labs, each answering from its worker: slow on a loaded two-core machine.
		test.setTimeout(180_000);
		await page.goto(path);
		await hydrateAll(page);
		const widgets = page.locator('figure.widget');
		const count = await widgets.count();
		for (let i = 0; i < count; i++) {
			const widget = widgets.nth(i);
			const slider = widget.locator('input[type="range"]:visible').first();
			if ((await slider.count()) === 0) continue;
			await nudge(page, widget, LIVE_REGIONS);
		}
	});
}
