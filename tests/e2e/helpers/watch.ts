// Records what must never happen on a page: console errors, uncaught errors, dialogs, off-origin requests.
import type { Page } from '@playwright/test';

/** What a watched page did wrong so far, one line per problem. */
export interface PageWatch {
	readonly problems: () => string[];
}

/**
 * Watches a page from now on. Requests to any origin but `origin` (the site's own) are problems,
 * except `data:` and `blob:` addresses, which never leave the browser. Dialogs are dismissed.
 */
export function watchPage(page: Page, origin: string): PageWatch {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
	page.on('dialog', (dialog) => {
		problems.push(`dialog (${dialog.type()}): ${dialog.message()}`);
		void dialog.dismiss();
	});
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol === 'data:' || url.protocol === 'blob:') return;
		if (url.origin !== origin) problems.push(`request off the site's origin: ${url.href}`);
	});
	return { problems: () => [...problems] };
}
