// Moves a widget's first slider by keyboard and waits for one of its live regions to say something new.
import { expect, type Locator, type Page } from '@playwright/test';

/** Live regions of a widget, as the accessibility checks count them. */
export const LIVE_REGIONS = '[aria-live], [role="status"], [role="alert"]';

/**
 * Focuses a slider and presses the arrow key that moves it: right, or left when it is already at
 * its maximum (a replay opens at its end, where a right arrow changes nothing).
 */
export async function moveSlider(page: Page, slider: Locator, presses = 1): Promise<void> {
	const atMax = await slider.evaluate(
		(input) => (input as HTMLInputElement).value === (input as HTMLInputElement).max,
	);
	await slider.focus();
	for (let i = 0; i < presses; i++) await page.keyboard.press(atMax ? 'ArrowLeft' : 'ArrowRight');
}

/**
 * Moves a widget's first visible slider one step and waits for a live region to change. A widget
 * that is still loading its run (from a worker, slow on a busy machine) may put the slider back
 * when the run arrives: then the step is taken again, for up to 30 s in all.
 */
export async function nudge(page: Page, widget: Locator, regions = '[aria-live]'): Promise<void> {
	const live = widget.locator(regions);
	const name = (await widget.locator('figcaption').first().innerText()).trim();
	await expect(async () => {
		const before = await live.allInnerTexts();
		await moveSlider(page, widget.locator('input[type="range"]:visible').first());
		await expect
			.poll(
				async () =>
					(await live.allInnerTexts()).some((text, i) => text.trim() !== '' && text !== before[i]),
				{ message: `${name}: a live region announces the change`, timeout: 8_000 },
			)
			.toBe(true);
	}).toPass({ timeout: 30_000 });
}
