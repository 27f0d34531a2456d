// The teaching hub against the built site: every teaching page renders cleanly, answers stay folded, print works.
import { expect, test } from '@playwright/test';
import type { WidgetManifest } from '../../src/widgets/manifest';
import { axeViolations, watchErrors } from './teach-helpers';

// axe over a whole teaching page (presenter mode holds every widget) is slow on a busy machine.
test.describe.configure({ timeout: 60_000 });

// Every built teaching page is checked with axe in light and dark in quality-a11y.spec.ts; presenter
// mode with a widget chosen is a state of /teach/present/ that no built file holds, so it is here.
for (const colorScheme of ['light', 'dark'] as const) {
	test(`/teach/present/?widget=cascade-lab in ${colorScheme}: no console errors, no axe violations`, async ({
		page,
	}) => {
		await page.emulateMedia({ colorScheme });
		const problems = watchErrors(page);
		await page.goto('/teach/present/?widget=cascade-lab');
		await expect(page.locator('h1')).toBeVisible();
		await page.waitForLoadState('networkidle');
		expect(await axeViolations(page)).toEqual([]);
		expect(problems).toEqual([]);
	});
}

test('worked answers stay hidden until revealed', async ({ page }) => {
	await page.goto('/teach/leverage/');
	const answer = page.locator('details.answer').first();
	const text = answer.getByText('$10,000');
	await expect(text).toBeHidden();
	await answer.locator('summary').click();
	await expect(text).toBeVisible();
});

for (const slug of ['contagion', 'protecting-yourself', 'fixing-the-system', 'case-study-2025']) {
	test(`/teach/${slug}/ has objectives, an activity, discussion and exercises with folded answers`, async ({
		page,
	}) => {
		await page.goto(`/teach/${slug}/`);
		const heading = (name: string | RegExp) => page.getByRole('heading', { level: 2, name });
		await expect(heading('Learning objectives')).toBeVisible();
		await expect(heading(/^Activity: /)).toBeVisible();
		for (const step of ['Predict', 'Observe', 'Explain']) {
			await expect(page.getByRole('heading', { level: 3, name: step })).toBeVisible();
		}
		await expect(heading('Discussion questions')).toBeVisible();
		await expect(heading('Exercises')).toBeVisible();
		// The objectives and the discussion questions are lists with items.
		for (const id of ['objectives', 'discussion']) {
			expect(
				await page.locator(`h2#${id} ~ :is(ul, ol)`).first().locator('li').count(),
			).toBeGreaterThan(1);
		}
		const answers = page.locator('details.answer');
		expect(await answers.count()).toBeGreaterThan(0);
		for (const answer of await answers.all()) {
			await expect(answer).not.toHaveAttribute('open');
		}
		const first = answers.first();
		const body = first.locator(':scope > :not(summary)').first();
		await expect(body).toBeHidden();
		await first.locator('summary').click();
		await expect(body).toBeVisible();
		await expect(body).not.toBeEmpty();
	});
}

test('chapter 3 offers predict mode for the tipping point as well as the lab', async ({ page }) => {
	await page.goto('/teach/cascade/');
	const lab = page.locator('.predict-link a').first();
	await expect(lab).toHaveAttribute('href', /^\/chapters\/cascade\/\?.*predict=1$/);
	const tipping = page.locator('.predict-link', { hasText: 'tipping point asks for predictions' });
	await expect(tipping).toContainText('(3 questions, starting with “At 10× leverage');
	const present = tipping.getByRole('link');
	await expect(present).toHaveAttribute('href', '/teach/present/?widget=cascade-tipping&predict=1');
	await present.click();
	const stage = page.locator('.stage[data-widget="cascade-tipping"]');
	await expect(stage.getByText('Predict first')).toBeVisible({ timeout: 20_000 });
	await expect(stage.getByLabel(/^After a 3% initial fall at 20× leverage/)).toBeVisible();
});

test('the activity shows its scenario link with a QR code', async ({ page }) => {
	await page.goto('/teach/cascade/');
	const link = page.locator('.scenario a.address');
	await expect(link).toHaveAttribute('href', /\/chapters\/cascade\/\?cl-preset=ordinary/);
	await expect(page.getByRole('img', { name: /^QR code for / })).toBeVisible();
});

test('a printed teaching page contains the activity, and the answers only when asked', async ({
	page,
}) => {
	await page.goto('/teach/margin/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('heading', { name: /^Activity: / })).toBeVisible();
	await expect(page.locator('details.answer').first()).toBeHidden();
	await page.evaluate(() => {
		document.documentElement.classList.add('print-with-answers');
		for (const details of document.querySelectorAll('details')) details.open = true;
	});
	await expect(page.getByText('≈ $45,180.72')).toBeVisible();
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdf.byteLength).toBeGreaterThan(10_000);
	expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
});

test('presenter mode shows only the chosen widget and rejects unknown ids', async ({ page }) => {
	await page.goto('/teach/present/?widget=leverage-amplifier');
	await expect(page.locator('.stage[data-widget="leverage-amplifier"]')).toBeVisible();
	await expect(page.locator('.stage[data-widget="cascade-lab"]')).toBeHidden();
	await expect(page.getByText('press ?', { exact: false })).toBeVisible();
	await page.locator('.stage:visible').getByText('Link and QR code for this setup').click();
	await expect(
		page.getByRole('img', { name: /^QR code for .*widget=leverage-amplifier/ }),
	).toBeVisible();
	await page.goto('/teach/present/?widget=%3Cimg%20src%3Dx%3E');
	await expect(page.getByRole('status')).toHaveText(/no widget by that name/);
	await expect(page.locator('.stage:visible')).toHaveCount(0);
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

test('the parameter reference lists every key with an example link', async ({ page }) => {
	await page.goto('/teach/reference/');
	for (const key of ['lev', 'move', 'mode', 'cl-depth', 'sq-push', 'predict', 'predict-room']) {
		await expect(
			page.locator('tbody th code, tbody td code', { hasText: new RegExp(`^${key}$`) }).first(),
		).toBeVisible();
	}
	const example = page.locator('a[href^="/chapters/cascade/?cl-leverage="]');
	await expect(example).toHaveCount(1);
});

test('the parameter reference has a section for every widget in /widgets.json', async ({
	page,
	request,
}) => {
	const manifest = (await (await request.get('/widgets.json')).json()) as WidgetManifest;
	await page.goto('/teach/reference/');
	expect(manifest.widgets.length).toBeGreaterThanOrEqual(5);
	for (const widget of manifest.widgets) {
		const section = page.locator(`section[data-widget="${widget.id}"]`);
		await expect(section.getByRole('heading', { level: 2 })).toHaveText(widget.title);
		await expect(section.locator('tbody th code')).toHaveText(
			widget.parameters.map((p) => p.query),
		);
		await expect(section.getByRole('region', { name: /prediction questions$/ })).toHaveCount(
			widget.predictions.length > 0 ? 1 : 0,
		);
	}
});

test('presenter mode offers every widget in /widgets.json', async ({ page, request }) => {
	const manifest = (await (await request.get('/widgets.json')).json()) as WidgetManifest;
	await page.goto('/teach/present/');
	const choices = page.getByRole('navigation', { name: 'Choose a widget' }).getByRole('link');
	await expect(choices).toHaveText(manifest.widgets.map((widget) => widget.title));
});
