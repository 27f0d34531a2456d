// Predict mode in the tipping-point view: its curves held back, outcomes from the worker, the static page.
import { expect, test } from '@playwright/test';
import { axeViolations, widgetHydrated, watchErrors } from './teach-helpers';

// The view computes 84 runs in a worker after a change, on a shared, busy machine.
test.describe.configure({ timeout: 60_000 });

test('tipping point: the curves hide until the prediction; a new market brings new outcomes', async ({
	page,
}) => {
	const problems = watchErrors(page);
	await page.goto('/embed/cascade-tipping/?predict=1');
	const widget = page.locator('figure.widget').first();
	await widgetHydrated(page, widget);
	const curves = widget.locator('svg g.curve');
	await expect(curves.first()).toBeHidden();
	await expect(widget.getByText('runs away to', { exact: false }).first()).toBeHidden();
	await expect(widget.getByRole('button', { name: 'Download CSV' })).toHaveCount(0);
	expect(await axeViolations(page)).toEqual([]);

	await widget.getByLabel('At 10× leverage, how big an initial fall').fill('1');
	await widget.getByLabel('After a 3% initial fall at 3× leverage').fill('3');
	await widget.getByLabel('After a 3% initial fall at 20× leverage').fill('9');
	await widget.getByRole('button', { name: 'Show the outcome' }).click();
	const rows = widget.locator('.predict .rows');
	for (const sentence of [
		'You said 1%; at 10× a 0.3% shock was the smallest tried that ran away.',
		'You said 3%; at 3× the price fell 4.3% at its lowest.',
		'You said 9%; at 20× the price fell 9.2% at its lowest.',
	]) {
		await expect(rows.getByText(sentence)).toBeVisible();
	}
	await expect(rows.locator('svg')).toHaveCount(3);
	await expect(curves).toHaveCount(4);
	await expect(curves.first()).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);

	// Leverage and shock move only the reader's own dot: the curves, and so the outcomes, stay.
	const leverage = widget.getByRole('spinbutton', {
		name: 'Population leverage, exact value in ×',
	});
	await leverage.fill('30');
	await leverage.press('Enter');
	await page.waitForTimeout(400);
	await expect(widget.locator('.predict .changed')).toHaveCount(0);

	// A thinner book is a new market: pointed out, and its curves (from the worker) give new outcomes.
	const depth = widget.getByRole('spinbutton', { name: 'Book depth, exact value in $M' });
	await depth.fill('10');
	await depth.press('Enter');
	await expect(widget.locator('.predict .changed')).toContainText(
		'The setup has changed since you predicted',
	);
	await expect(
		rows.getByText('You said 1%; at 10× a 0.2% shock was the smallest tried that ran away.'),
	).toBeVisible({ timeout: 20_000 });
	await expect(
		rows.getByText('You said 9%; at 20× the price fell 12.1% at its lowest.'),
	).toBeVisible();
	expect(problems).toEqual([]);
});

test('tipping point without JavaScript: the static page still shows the curves', async ({
	browser,
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/embed/cascade-tipping/?predict=1');
	await expect(page.locator('svg g.curve').first()).toBeVisible();
	await expect(page.getByText('Predict first')).toHaveCount(0);
	await context.close();
});
