// The site shell against the built site: home, the chapter list and every chapter in dist/chapters.
import { expect, test } from '@playwright/test';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const chaptersDir = resolve(import.meta.dirname, '../..', process.env.DIST ?? 'dist', 'chapters');

/** The chapter slugs that were built, so the tests follow the chapters as they are added. */
const chapterSlugs = existsSync(chaptersDir)
	? readdirSync(chaptersDir, { withFileTypes: true })
			.filter((entry) => entry.isDirectory())
			.filter((entry) => existsSync(join(chaptersDir, entry.name, 'index.html')))
			.map((entry) => entry.name)
			.sort()
	: [];

const pages = ['/', '/chapters/', ...chapterSlugs.map((slug) => `/chapters/${slug}/`)];

test('there is at least one chapter in the build', () => {
	expect(chapterSlugs.length).toBeGreaterThan(0);
});

// axe, console errors and off-origin requests on every page, light and dark, are checked once in
// quality-a11y.spec.ts; here each page's heading and the tags that sharing and search engines read.
for (const path of pages) {
	test(`${path} has one heading, a description, a canonical link and a sharing image`, async ({
		page,
	}) => {
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
		await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
		await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S/);
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/$/);
		await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
			'content',
			/\/og\/cascade\.png$/,
		);
	});
}

for (const slug of chapterSlugs) {
	test(`/chapters/${slug}/ links its neighbours, contents and maths`, async ({ page }) => {
		await page.goto(`/chapters/${slug}/`);
		await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
		await expect(page).toHaveTitle(/ · Cascade$/);

		// Every contents entry points at a heading that exists.
		const targets = await page
			.locator('.toc--sidebar a')
			.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).hash.slice(1)));
		for (const id of targets) await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);

		// Maths is HTML from the build: KaTeX markup with MathML, and no KaTeX script.
		const scripts = await page
			.locator('script[src]')
			.evaluateAll((nodes) => nodes.map((node) => (node as HTMLScriptElement).src));
		expect(scripts.filter((src) => /katex/i.test(src))).toEqual([]);
		const formulas = page.locator('#chapter-text .katex');
		// KaTeX's styles come only with formulas: with them the MathML copy is there for screen
		// readers but clipped out of sight; without formulas no KaTeX rule is sent at all.
		const katexRules = await page.evaluate(
			() =>
				[...document.styleSheets].flatMap((sheet) =>
					[...sheet.cssRules].filter((rule) => rule.cssText.includes('.katex-mathml')),
				).length,
		);
		if ((await formulas.count()) > 0) {
			await expect(formulas.first().locator('math')).toHaveCount(1);
			await expect(formulas.first().locator('.katex-mathml')).toHaveCSS('position', 'absolute');
		} else expect(katexRules, 'KaTeX rules on a page without formulas').toBe(0);

		// Previous and next lead to chapters whose own links lead back here.
		for (const [rel, back] of [
			['prev', 'next'],
			['next', 'prev'],
		] as const) {
			const link = page.locator(`.chapter-nav a[rel="${rel}"]`);
			if ((await link.count()) === 0) continue;
			const title = (await link.locator('.title').textContent()) ?? '';
			await link.click();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(title.trim());
			await expect(page.locator(`.chapter-nav a[rel="${back}"]`)).toHaveAttribute(
				'href',
				`/chapters/${slug}/`,
			);
			await page.goBack();
		}

		// Scrolling to the end fills the reading-progress bar.
		await page.evaluate(() => {
			window.scrollTo(0, document.documentElement.scrollHeight);
		});
		await expect
			.poll(() =>
				page
					.locator('.reading-progress__bar')
					.evaluate((bar) => new DOMMatrix(getComputedStyle(bar).transform).a),
			)
			.toBeGreaterThan(0.99);
	});
}

test('following "next" from the first chapter visits every chapter once, in order', async ({
	page,
}) => {
	await page.goto('/chapters/');
	const listed = await page
		.locator('.chapter-list a')
		.evaluateAll((links) =>
			links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
		);
	expect([...listed].sort()).toEqual(chapterSlugs.map((slug) => `/chapters/${slug}/`).sort());

	const first = listed[0];
	if (first === undefined) throw new Error('The chapter list is empty.');
	await page.goto(first);
	await expect(page.locator('.chapter-nav a[rel="prev"]')).toHaveCount(0);
	const visited = [first];
	for (let next = page.locator('.chapter-nav a[rel="next"]'); (await next.count()) > 0;) {
		await next.click();
		await page.waitForURL((url) => !visited.includes(url.pathname));
		visited.push(new URL(page.url()).pathname);
	}
	expect(visited).toEqual(listed);
});

test('every chapter reads in full without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	let pagesWithMaths = 0;
	for (const slug of chapterSlugs) {
		await page.goto(`/chapters/${slug}/`);
		await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
		const words = (await page.locator('#chapter-text').innerText()).split(/\s+/).length;
		expect(words, `words in /chapters/${slug}/`).toBeGreaterThan(100);
		await expect(page.locator('.chapter-nav')).toBeVisible();
		// The theme toggle and progress bar need JavaScript, so they stay out of the way.
		await expect(page.locator('[data-theme-toggle]')).toBeHidden();
		await expect(page.locator('.reading-progress')).toBeHidden();
		if ((await page.locator('#chapter-text .katex .katex-html').count()) > 0) pagesWithMaths++;
	}
	expect(pagesWithMaths).toBeGreaterThan(0);
	await context.close();
});

test('the theme toggle switches theme, says so, and is remembered', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/');
	const toggle = page.getByRole('button', { name: 'Dark theme' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	const background = () =>
		page.evaluate(() => getComputedStyle(document.body).backgroundColor.replace(/\s/g, ''));
	expect(await background()).toBe('rgb(253,252,250)');

	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	expect(await background()).toBe('rgb(20,21,25)');

	await page.goto('/chapters/');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
		'aria-pressed',
		'true',
	);
	await page.getByRole('button', { name: 'Dark theme' }).click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});
