// Predict mode (?predict=1) in a real browser: in the chapters, in embeds and in presenter mode.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations, widgetHydrated, watchErrors } from './teach-helpers';

// Each test works a widget through several steps on a shared, busy machine.
test.describe.configure({ timeout: 60_000 });

/** Chapter 1's activity: a 50× long with $1,000 of margin after a 1% fall. */
const FIFTY_X = 'lev=50&move=-1&side=long&venue=binance&margin=1000';

/** The widget on a page, scrolled into view and hydrated. */
async function openWidget(page: Page, path: string): Promise<Locator> {
	await page.goto(path);
	const widget = page.locator('figure.widget').first();
	await widget.scrollIntoViewIfNeeded();
	await widgetHydrated(page, widget);
	return widget;
}

test('chapter 1: the outcome hides until the prediction, then shows beside it', async ({
	page,
}) => {
	const problems = watchErrors(page);
	const widget = await openWidget(page, `/chapters/leverage/?${FIFTY_X}&predict=1`);
	const chart = widget.locator('svg.equity-chart');

	await expect(widget.getByText('Predict first')).toBeVisible();
	await expect(chart).toBeHidden();
	await expect(widget.getByText('a 1.6% fall')).toBeHidden();
	await expect(widget.getByRole('button', { name: 'Download CSV' })).toHaveCount(0);

	// A blank form and an unreadable answer both hold the outcome back, with a message.
	await widget.getByRole('button', { name: 'Show the outcome' }).click();
	await expect(widget.getByText('Answer at least one question first.')).toBeVisible();
	const room = widget.getByLabel('How far can the price move against this position');
	await room.fill('<img src=x onerror=alert(1)>');
	await widget.getByRole('button', { name: 'Show the outcome' }).click();
	await expect(widget.getByText('is not a number. Type digits, like 50.')).toBeVisible();
	await expect(room).toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
	await expect(chart).toBeHidden();

	await room.fill('5');
	await widget.getByLabel('How much does the trader hold').fill('$700');
	await widget.getByRole('button', { name: 'Show the outcome' }).click();

	const rows = widget.locator('.predict .rows');
	await expect(
		rows.getByText('You said 5%; it is liquidated after a move of 1.6% against it.'),
	).toBeVisible();
	await expect(
		rows.getByText('3.4 percentage points too high: about 3.1 times the outcome.'),
	).toBeVisible();
	await expect(rows.getByText('You said $700; they hold $500.')).toBeVisible();
	await expect(rows.getByText('$200 too high.')).toBeVisible();
	await expect(widget.locator('.predict svg')).toHaveCount(2);
	await expect(chart).toBeVisible();
	await expect(widget.getByText('a 1.6% fall')).toBeVisible();

	// The prediction never reaches the address, so Share cannot pass it on.
	await page.waitForTimeout(400);
	expect(page.url()).not.toContain('predict-');
	expect(page.url()).not.toContain('700');

	// Changing the setup after the reveal is pointed out; trying again hides the outcome.
	const leverage = widget.getByRole('spinbutton', { name: 'Leverage, exact value in ×' });
	await leverage.fill('10');
	await leverage.press('Enter');
	await expect(widget.locator('.predict .changed')).toContainText(
		'The setup has changed since you predicted',
	);
	await widget.getByRole('button', { name: 'Try again' }).click();
	await expect(room).toBeFocused();
	await expect(room).toHaveValue('');
	await expect(chart).toBeHidden();
	expect(problems).toEqual([]);
});

test('a size typed with a sign is read as a size, and said so', async ({ page }) => {
	const widget = await openWidget(page, `/chapters/leverage/?${FIFTY_X}&predict=1`);
	await widget.getByLabel('How far can the price move against this position').fill('−1,6 %');
	await widget.getByRole('button', { name: 'Show the outcome' }).click();
	const rows = widget.locator('.predict .rows');
	await expect(rows.getByText('Using 1.6%: the answer is a size, without a sign.')).toBeVisible();
	await expect(rows.getByText('Spot on.')).toBeVisible();
});

test('margin account embed: a prediction beside the liquidation price', async ({ page }) => {
	const problems = watchErrors(page);
	const widget = await openWidget(page, '/embed/margin-account/?predict=1&mode=cross');
	const liquidation = widget.locator('.figure.liquidation dd');
	await expect(liquidation).toBeHidden();
	await widget.getByLabel('At what mark price does the engine liquidate it?').fill('100k');
	await widget.getByRole('button', { name: 'Show the outcome' }).click();
	const rows = widget.locator('.predict .rows');
	await expect(
		rows.getByText('You said $100,000; the engine steps in at a mark of $99,900.'),
	).toBeVisible();
	await expect(rows.getByText('Close: $100 off.')).toBeVisible();
	await expect(liquidation).toBeVisible();
	await expect(liquidation).toHaveText('$99,899.60');
	expect(problems).toEqual([]);
});

test('without the flag nothing changes: no panel, the outcome in view', async ({ page }) => {
	const widget = await openWidget(page, `/chapters/leverage/?${FIFTY_X}`);
	await expect(widget.locator('svg.equity-chart')).toBeVisible();
	await expect(widget.getByText('Predict first')).toHaveCount(0);
});

test('the server-rendered outcome stays out of sight before the widget hydrates', async ({
	page,
}) => {
	// The islands' scripts never arrive; only the inline flag script runs.
	await page.route('**/_astro/**/*.js', (route) => route.abort());
	await page.goto(`/chapters/leverage/?${FIFTY_X}&predict=1`);
	await expect(page.locator('html')).toHaveAttribute('data-predict', '');
	await expect(page.locator('svg.equity-chart')).toHaveCount(1);
	await expect(page.locator('svg.equity-chart')).toBeHidden();
});

test('an instructor’s link may carry a prediction: filled in, not revealed, then dropped', async ({
	page,
}) => {
	const widget = await openWidget(page, `/chapters/leverage/?${FIFTY_X}&predict=1&predict-room=4`);
	await expect(widget.getByLabel('How far can the price move against this position')).toHaveValue(
		'4',
	);
	await expect(widget.locator('svg.equity-chart')).toBeHidden();
	expect(page.url()).not.toContain('predict-room');
	await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
	await widget.getByRole('button', { name: 'Show the outcome' }).click();
	await widget.getByRole('button', { name: 'Copy a link with this prediction' }).click();
	await expect(widget.getByText('Link copied.')).toBeVisible();
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(new URL(link).searchParams.get('predict-room')).toBe('4');
	expect(new URL(link).searchParams.get('predict')).toBe('1');
});

test('presenter mode: predict mode on a projector, switched by a link', async ({ page }) => {
	const problems = watchErrors(page);
	await page.goto('/teach/present/?widget=leverage-amplifier');
	const toggle = page.getByRole('link', { name: 'Ask for predictions first' });
	await toggle.click();
	await expect(page).toHaveURL(/predict=1/);
	const stage = page.locator('.stage[data-widget="leverage-amplifier"]');
	await expect(stage.locator('astro-island').first()).not.toHaveAttribute('ssr', {
		timeout: 20_000,
	});
	await expect(stage.getByText('Predict first')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Stop asking for predictions' })).toBeVisible();
	await stage.getByLabel('How far can the price move against this position').fill('9');
	await stage.getByLabel('How far can the price move against this position').press('Enter');
	await expect(
		stage.locator('.predict .rows').getByText(/^You said 9%; it is liquidated after a move of/),
	).toBeVisible();
	expect(problems).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`predict mode has no axe violations, asking and revealed (${colorScheme})`, async ({
		page,
	}) => {
		await page.emulateMedia({ colorScheme });
		const problems = watchErrors(page);
		const widget = await openWidget(page, `/embed/leverage-amplifier/?${FIFTY_X}&predict=1`);
		expect(await axeViolations(page)).toEqual([]);
		await widget.getByLabel('How far can the price move against this position').fill('3');
		await widget.getByRole('button', { name: 'Show the outcome' }).click();
		await expect(widget.locator('.predict .rows').getByText(/^You said 3%/)).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
		expect(problems).toEqual([]);
	});
}

/** One widget's predict mode in its embed page: a question, an answer, the sentence that follows. */
interface PredictCase {
	readonly id: string;
	readonly question: string;
	readonly answer: string;
	/** The prediction beside the outcome of the default setup (from the simulator, seed 1). */
	readonly sentence: string;
	/** It plays a run, held at its start until the prediction is in. */
	readonly plays: boolean;
}

const CASES: readonly PredictCase[] = [
	{
		id: 'cascade-lab',
		question: 'How far below its starting price does BTC fall at its lowest?',
		answer: '5',
		sentence: 'You said 5%; at its lowest it was 7.5% below the start.',
		plays: true,
	},
	{
		id: 'cascade-tipping',
		question: 'At 10× leverage, how big an initial fall is enough to set off a runaway cascade?',
		answer: '1',
		sentence: 'You said 1%; at 10× a 0.3% shock was the smallest tried that ran away.',
		plays: false,
	},
	{
		id: 'squeeze-lab',
		question: 'How far above its starting price does BTC rise at its highest?',
		answer: '10',
		sentence: 'You said 10%; at its highest it was 11.2% above the start.',
		plays: true,
	},
	{
		id: 'contagion-map',
		question: 'How far below its starting price does ETH fall at its lowest?',
		answer: '10',
		sentence: 'You said 10%; ETH was 12.7% below its start at its lowest.',
		plays: true,
	},
	{
		id: 'survival-odds',
		question: 'What is the chance that this long is liquidated within the holding time?',
		answer: '20',
		sentence: 'You said 20%; it was liquidated on 17.8% of the paths.',
		plays: false,
	},
	{
		id: 'policy-lab',
		question: 'How many dollars of positions are liquidated in panel 1?',
		answer: '300m',
		sentence: 'You said $300M; panel 1 liquidated $391M.',
		plays: false,
	},
	{
		id: 'event-replay',
		question: 'In the model, how far below its starting price does BTC fall at its lowest?',
		answer: '10',
		sentence: 'You said 10%; the model’s BTC was 13.1% below its start at its lowest.',
		plays: true,
	},
];

for (const c of CASES) {
	test(`${c.id} embed: the prediction beside the outcome${c.plays ? ', then the run plays' : ''}`, async ({
		page,
	}) => {
		const problems = watchErrors(page);
		const widget = await openWidget(page, `/embed/${c.id}/?predict=1`);
		const chart = widget.locator('.chart');
		await expect(widget.getByText('Predict first')).toBeVisible();
		await expect(chart.locator('svg').first()).toBeHidden();
		await expect(widget.getByText('Hidden until you predict').first()).toBeVisible();
		const scrubber = widget.getByRole('slider', { name: 'Run time' });
		if (c.plays) await expect(scrubber).toHaveValue('0');

		await widget.getByLabel(c.question).fill(c.answer);
		await widget.getByRole('button', { name: 'Show the outcome' }).click();
		const rows = widget.locator('.predict .rows');
		await expect(rows.getByText(c.sentence)).toBeVisible({ timeout: 20_000 });
		await expect(rows.locator('svg')).toHaveCount(1);
		await expect(chart.locator('svg').first()).toBeVisible();
		if (c.plays) {
			// The run starts from the beginning once the prediction is in.
			await expect
				.poll(async () => Number(await scrubber.inputValue()), { timeout: 10_000 })
				.toBeGreaterThan(0);
		}
		expect(problems).toEqual([]);
	});
}
