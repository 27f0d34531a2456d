// Worksheets in a real browser: the configured setup carried over, printed with and without answers.
import { expect, test, type Page } from '@playwright/test';
import { pdfText } from './pdf-text';
import { axeViolations, hydrated, watchErrors } from './teach-helpers';

// Printing and checking a whole sheet takes a while on a shared, busy machine.
test.describe.configure({ timeout: 60_000 });

/** Opens a worksheet and waits for its widget, setup and footer to hydrate. */
async function openWorksheet(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await hydrated(page);
}

/** The worksheet printed to A4 as the browser's print would, as text. */
async function printedText(page: Page): Promise<string> {
	await page.emulateMedia({ media: 'print' });
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
	return pdfText(pdf);
}

test('a worksheet without a query shows the activity’s own scenario', async ({ page }) => {
	const problems = watchErrors(page);
	await openWorksheet(page, '/teach/leverage/worksheet/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'How small a move ends a 50× position?',
	);
	const setup = page.locator('.setup');
	await expect(setup.getByText('50×')).toBeVisible();
	await expect(setup.getByText('−1%')).toBeVisible();
	await expect(page.locator('[data-snapshot]').getByText('a 1.6% fall')).toBeVisible();
	await expect(page.locator('[data-snapshot] .controls')).toBeHidden();
	await expect(page.locator('.foot .scenario a')).toHaveAttribute(
		'href',
		/\/chapters\/leverage\/\?lev=50&move=-1&side=long&venue=binance&margin=1000$/,
	);
	expect(problems).toEqual([]);
});

test('the worksheet takes the widget’s setup from its query, and the live link follows', async ({
	page,
}) => {
	await openWorksheet(page, '/teach/leverage/worksheet/?lev=25&move=-2&widget=leverage-amplifier');
	await expect(page.locator('.setup').getByText('25×')).toBeVisible();
	await expect(page.locator('[data-snapshot]').getByText('a 3.6% fall')).toBeVisible();
	const live = page.locator('.foot .scenario a');
	await expect(live).toHaveAttribute('href', /\/chapters\/leverage\/\?lev=25&move=-2$/);
	await page.getByLabel('The link asks for a prediction in the widget').check();
	await expect(live).toHaveAttribute('href', /\/chapters\/leverage\/\?lev=25&move=-2&predict=1$/);
	await expect(page.getByRole('img', { name: /QR code for .*predict=1/ })).toBeVisible();
});

test('printed without answers: the activity, the snapshot and the link, no worked answers', async ({
	page,
}) => {
	await openWorksheet(page, '/teach/leverage/worksheet/');
	const text = await printedText(page);
	for (const expected of [
		'How small a move ends a 50× position?',
		'Setup',
		'Predict',
		'How far can the price move against this position before it is liquidated?',
		'Observe',
		'Set leverage to 10×, then 5×, and repeat.',
		'Explain',
		'Exercises',
		'You post $500 of margin and open a 20× long.',
		'a 1.6% fall',
		'Open it live',
		'chapters/leverage/?',
	]) {
		expect(text, expected).toContain(expected);
	}
	expect(text).not.toContain('The position is 20 × $500 = $10,000.');
	expect(text).not.toContain('Print with answers');
});

test('printed with answers: the worked answers are on the sheet', async ({ page }) => {
	await openWorksheet(page, '/teach/margin/worksheet/');
	await page.evaluate(() => {
		document.documentElement.classList.add('print-with-answers');
		for (const details of document.querySelectorAll('details.answer')) {
			(details as HTMLDetailsElement).open = true;
		}
	});
	const text = await printedText(page);
	expect(text).toContain('Does adding money to the wallet move the line?');
	expect(text).toContain('≈ $45,180.72');
});

test('the picture can be left off the sheet', async ({ page }) => {
	await openWorksheet(page, '/teach/leverage/worksheet/');
	await page.getByLabel('Include the picture of the widget').uncheck();
	await expect(page.locator('[data-snapshot]')).toBeHidden();
	const text = await printedText(page);
	expect(text).not.toContain('a 1.6% fall');
	expect(text).toContain('Open the link at the end of this sheet to see the widget.');
});

test('“Print worksheet” on a teaching page and beside a scenario link carries the setup', async ({
	page,
}) => {
	await page.goto('/teach/margin/');
	await hydrated(page);
	const scenarioQuery =
		'?venue=binance&mode=isolated&side=long&entry=110000&size=0.5&lev=20&wallet=2500&mark=110000';
	await expect(
		page.locator('.scenario').getByRole('link', { name: 'Print worksheet' }),
	).toHaveAttribute('href', `/teach/margin/worksheet/${scenarioQuery}`);
	await page.locator('.print-buttons').getByRole('link', { name: 'Print worksheet' }).click();
	await expect(page).toHaveURL(`/teach/margin/worksheet/${scenarioQuery}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Does adding money to the wallet move the line?',
	);
});

test('presenter mode’s worksheet link takes the current setup but not predict mode', async ({
	page,
}) => {
	await page.goto('/teach/present/?widget=leverage-amplifier&lev=20&predict=1');
	const stage = page.locator('.stage[data-widget="leverage-amplifier"]');
	await stage.getByText('Link and QR code for this setup').click();
	await hydrated(page, '.stage[data-widget="leverage-amplifier"]');
	const link = stage.getByRole('link', { name: 'Print worksheet' });
	await expect(link).toHaveAttribute('href', /^\/teach\/leverage\/worksheet\/\?/);
	const href = new URL((await link.getAttribute('href')) ?? '', 'https://x.test');
	expect(href.searchParams.get('lev')).toBe('20');
	expect(href.searchParams.has('predict')).toBe(false);
});

for (const colorScheme of ['light', 'dark'] as const) {
	for (const slug of ['leverage', 'margin', 'cascade', 'short-squeeze']) {
		test(`/teach/${slug}/worksheet/ has no console errors or axe violations (${colorScheme})`, async ({
			page,
		}) => {
			await page.emulateMedia({ colorScheme });
			const problems = watchErrors(page);
			await openWorksheet(page, `/teach/${slug}/worksheet/`);
			await page.waitForLoadState('networkidle');
			expect(await axeViolations(page)).toEqual([]);
			expect(problems).toEqual([]);
		});
	}
}
