// The reference pages against the built site: glossary, about, search and sources, and glossary terms in chapters.
import { expect as baseExpect, test, type Page } from '@playwright/test';
import type axe from 'axe-core';
import { createRequire } from 'node:module';

declare global {
	interface Window {
		axe: typeof axe;
	}
}

const axeScriptPath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

// Chapter pages carry live simulations; on a busy machine they need more than the default waits.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 120_000 });

/** Collects console errors and uncaught exceptions. */
function watchErrors(page: Page): () => string[] {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	return () => problems;
}

async function axeViolations(page: Page): Promise<string[]> {
	await page.addScriptTag({ path: axeScriptPath });
	return page.evaluate(async () => {
		const results = await window.axe.run(document);
		return results.violations.map(
			(violation) =>
				`${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
		);
	});
}

// Every built page is checked with axe in quality-a11y.spec.ts; these are the states it does not
// reach: the search page with results, and the search dialog open over a page.
const PAGES = ['/search/?q=margin'];

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`${colorScheme} colour scheme`, () => {
		test.use({ colorScheme });

		for (const path of PAGES) {
			test(`${path} renders with no console errors and no axe violations`, async ({ page }) => {
				const errors = watchErrors(page);
				const response = await page.goto(path);
				expect(response?.status()).toBe(200);
				await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
				await page.waitForLoadState('networkidle');
				if (path.includes('?q=')) await expect(page.locator('a.result').first()).toBeVisible();
				expect(await axeViolations(page)).toEqual([]);
				expect(errors()).toEqual([]);
			});
		}

		test('the search dialog has no axe violations with results showing', async ({ page }) => {
			const errors = watchErrors(page);
			await page.goto('/chapters/');
			await page.keyboard.press('/');
			await page.keyboard.type('liquidation');
			await expect(page.locator('dialog a.result').first()).toBeVisible();
			expect(await axeViolations(page)).toEqual([]);
			expect(errors()).toEqual([]);
		});
	});
}

test.describe('glossary terms in a chapter', () => {
	test('a definition opens on keyboard focus, is announced, and closes with Escape', async ({
		page,
	}) => {
		await page.goto('/chapters/margin/');
		const term = page.locator('[data-term]').first();
		const link = term.locator('.term-link');
		const popup = term.locator('.term-popup');
		await expect(popup).toBeHidden();

		// The description is the definition itself, present in the HTML without any request.
		const describedBy = await link.getAttribute('aria-describedby');
		const definition = page.locator(`[id="${describedBy ?? ''}"]`);
		await expect(definition).toHaveText(/\w{3,}/);

		// A keyboard user (a key press first, so focus shows as keyboard focus); the pop-up script
		// loads after the page, so focus again until it answers.
		await expect(async () => {
			await page.keyboard.press('Shift');
			await link.blur();
			await link.focus();
			await baseExpect(popup).toBeVisible({ timeout: 500 });
		}).toPass();
		await expect(popup).toContainText((await definition.textContent()) ?? '');
		await page.keyboard.press('Escape');
		await expect(popup).toBeHidden();
		await expect(link).toBeFocused();

		// Focus again opens it, and Enter follows the link to the glossary.
		await link.blur();
		await page.keyboard.press('Shift');
		await link.focus();
		await expect(popup).toBeVisible();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/glossary\/#[a-z-]+$/);
	});

	test('a definition opens on mouse hover and stays while the pointer moves onto it', async ({
		page,
	}) => {
		await page.goto('/chapters/leverage/');
		const term = page.locator('[data-term]').first();
		await term.locator('.term-link').hover();
		const popup = term.locator('.term-popup');
		await expect(popup).toBeVisible();
		await popup.locator('.term-more').hover();
		await expect(popup).toBeVisible();
		await page.locator('h1').hover();
		await expect(popup).toBeHidden();
	});

	test('every chapter links its glossary terms to entries that exist', async ({ page }) => {
		await page.goto('/glossary/');
		const ids = new Set(
			await page.locator('article.entry').evaluateAll((nodes) => nodes.map((n) => n.id)),
		);
		await page.goto('/chapters/');
		const chapters = await page
			.locator('main a[href^="/chapters/"]')
			.evaluateAll((links) => [
				...new Set(
					links
						.map((link) => (link as HTMLAnchorElement).pathname)
						.filter((path) => path !== '/chapters/'),
				),
			]);
		expect(chapters.length).toBe(8);
		for (const path of chapters) {
			await page.goto(path);
			const targets = await page
				.locator('.term-link')
				.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).hash.slice(1)));
			expect(targets.length).toBeGreaterThan(5);
			expect(targets.filter((id) => !ids.has(id))).toEqual([]);
		}
	});
});

test.describe('glossary terms on a touch screen', () => {
	test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 740 } });

	test('a first tap shows the definition, its link opens the glossary, a tap elsewhere or Escape closes', async ({
		page,
	}) => {
		await page.goto('/chapters/margin/');
		const term = page.locator('[data-term]').first();
		const link = term.locator('.term-link');
		const popup = term.locator('.term-popup');

		await link.tap();
		await expect(popup).toBeVisible();
		await expect(page).toHaveURL(/\/chapters\/margin\/$/);

		// The pop-up fits on the phone's screen.
		const box = await popup.boundingBox();
		expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
		expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(375);

		await page.locator('h1').tap();
		await expect(popup).toBeHidden();

		await link.tap();
		await expect(popup).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(popup).toBeHidden();

		await link.tap();
		const href = (await link.getAttribute('href')) ?? '';
		await popup.locator('.term-more').tap();
		await expect(page).toHaveURL(new RegExp(`${href.replace(/[/#-]/g, '\\$&')}$`));
	});
});

test.describe('search', () => {
	test('by keyboard: / opens it, "margin" finds chapter 2 and the glossary entry, Enter opens one', async ({
		page,
	}) => {
		await page.goto('/');
		await page.keyboard.press('/');
		const dialog = page.locator('dialog[open]');
		await expect(dialog).toBeVisible();
		await expect(dialog.getByRole('searchbox')).toBeFocused();
		await page.keyboard.type('margin');

		const results = dialog.locator('a.result');
		await expect(results.first()).toBeVisible();
		const urls = await results.evaluateAll((links) =>
			links.map((link) => (link as HTMLAnchorElement).pathname + (link as HTMLAnchorElement).hash),
		);
		expect(urls).toContain('/glossary/#margin');
		expect(urls.some((url) => url.startsWith('/chapters/margin/'))).toBe(true);
		await expect(dialog.getByRole('status')).toHaveText(/^\d+ results for ‘margin’/);

		// Down into the results until the glossary entry has focus, then Enter.
		await page.keyboard.press('ArrowDown');
		await expect(results.first()).toBeFocused();
		const target = urls.indexOf('/glossary/#margin');
		for (let step = 0; step < target; step += 1) await page.keyboard.press('ArrowDown');
		await expect(results.nth(target)).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/glossary\/#margin$/);
		await expect(page.locator('dialog[open]')).toHaveCount(0);
	});

	test('Escape closes the dialog and the header link opens it', async ({ page }) => {
		await page.goto('/glossary/');
		await page.locator('.site-header [data-search-open]').click();
		await expect(page.locator('dialog[open]')).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(page.locator('dialog[open]')).toHaveCount(0);
	});

	test('the search page runs ?q=, keeps it in the address, and walks results by arrow keys', async ({
		page,
	}) => {
		await page.goto('/search/?q=mark%20price');
		const field = page.getByRole('searchbox');
		await expect(field).toHaveValue('mark price');
		const results = page.locator('a.result');
		await expect(results.first()).toBeVisible();
		await expect(results.first().locator('mark').first()).toHaveText(/^mark/i);
		await field.fill('short squeeze');
		await expect(page).toHaveURL(/\?q=short\+squeeze$/);
		await field.press('ArrowDown');
		await expect(results.first()).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await expect(results.nth(1)).toBeFocused();
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		await expect(field).toBeFocused();
	});

	test('a query is shown as text, never as markup', async ({ page }) => {
		const errors = watchErrors(page);
		await page.goto('/search/?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
		await expect(page.getByRole('status')).toHaveText(
			/No results for ‘<img src=x onerror=alert\(1\)>’/,
		);
		await expect(page.locator('main img')).toHaveCount(0);
		expect(errors()).toEqual([]);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the search page lists the chapters and the glossary instead', async ({ page }) => {
		await page.goto('/search/?q=margin');
		await expect(page.getByRole('searchbox')).toBeHidden();
		await expect(page.getByText('Search runs in your browser and needs JavaScript.')).toBeVisible();
		await expect(page.locator('[data-search-browse] a[href="/chapters/margin/"]')).toBeVisible();
		await expect(page.locator('[data-search-browse] a[href="/glossary/"]')).toBeVisible();
	});

	test('a glossary term in a chapter is a plain link to its entry', async ({ page }) => {
		await page.goto('/chapters/leverage/');
		const link = page.locator('.term-link').first();
		await expect(link).toHaveAttribute('href', /^\/glossary\/#[a-z-]+$/);
		await link.click();
		await expect(page).toHaveURL(/\/glossary\/#[a-z-]+$/);
	});
});

test.describe('reference content', () => {
	test('the glossary lists terms alphabetically with letters, related terms and chapters', async ({
		page,
	}) => {
		await page.goto('/glossary/');
		const names = await page.locator('article.entry dfn').allTextContents();
		expect(names.length).toBeGreaterThan(40);
		expect(names).toEqual(
			[...names].sort((a, b) =>
				a.localeCompare(b, 'en', { sensitivity: 'base', ignorePunctuation: true }),
			),
		);
		for (const href of await page
			.locator('.letters a')
			.evaluateAll((links) => links.map((l) => (l as HTMLAnchorElement).hash))) {
			await expect(page.locator(`[id="${href.slice(1)}"]`)).toHaveCount(1);
		}
		const margin = page.locator('article#margin');
		await expect(margin.locator('a[href="/chapters/margin/"]')).toHaveCount(1);
		await expect(margin.locator('a[href="#leverage"]')).toHaveCount(1);
	});

	test('/sources/ lists a source cited in chapter 2 and no unmatched notes', async ({ page }) => {
		await page.goto('/sources/');
		const fromChapter2 = page.locator('article.source', {
			has: page.locator('a[href^="/chapters/margin/#user-content-fn-"]'),
		});
		expect(await fromChapter2.count()).toBeGreaterThan(3);
		await expect(
			page.locator(
				'article#binance-liquidation-price-faq a[href="/chapters/margin/#user-content-fn-5"]',
			),
		).toHaveCount(1);
		await expect(page.locator('[data-unmatched]')).toHaveCount(0);

		// A note link lands on the note.
		await page
			.locator(
				'article#binance-liquidation-price-faq a[href="/chapters/margin/#user-content-fn-5"]',
			)
			.click();
		await expect(page).toHaveURL(/\/chapters\/margin\/#user-content-fn-5$/);
		await expect(page.locator('#user-content-fn-5')).toContainText(
			'How to Calculate Liquidation Price',
		);
	});

	test('/about/ is doc/model.md with typeset maths, a contents list and the reproduce section', async ({
		page,
	}) => {
		await page.goto('/about/');
		await expect(page.locator('.doc .katex').first()).toBeVisible();
		await expect(page.locator('.doc .katex math').first()).toBeAttached();
		// Formulas standing alone in the document are set in display style.
		expect(await page.locator('.doc .katex-display').count()).toBeGreaterThan(10);
		const contents = await page
			.locator('.contents a')
			.evaluateAll((links) => links.map((l) => (l as HTMLAnchorElement).hash));
		expect(contents.length).toBeGreaterThan(10);
		for (const hash of contents)
			await expect(page.locator(`[id="${hash.slice(1)}"]`)).toHaveCount(1);
		await expect(page.getByRole('heading', { name: /^From a page.s address$/ })).toBeVisible();
		// The page's own heading replaces the document's title.
		await expect(page.locator('h1')).toHaveText('About the model');
		await expect(page.getByText('Cascade: model description')).toHaveCount(0);
	});
});
