// Draws the widgets a chapter leaves undrawn until the reader nears them, for checks of rendered text.
import type { Page } from '@playwright/test';

/**
 * A chapter's widgets have `content-visibility: auto` (src/layouts/Chapter.astro): while off
 * screen they are not laid out, so `innerText` reads them as empty and axe sees no boxes to
 * check. Checks that read what the whole page shows call this first, so every widget is drawn as
 * it is when the reader reaches it. Nothing else about the page changes.
 */
export async function drawEveryWidget(page: Page): Promise<void> {
	// Not page.addStyleTag: it waits on a page script, and some checks run with JavaScript off.
	await page.locator('head').evaluate((head) => {
		const style = document.createElement('style');
		style.textContent = 'figure.widget { content-visibility: visible !important; }';
		head.append(style);
	});
}
