// Opens the search dialog from the header link or the / key, loading the search code on first use.
import { controlOwnsKey } from '../lib/shortcuts';

/** Wires the [data-search-open] links and the / key to the page's search (the page's own field on /search/). */
export function openSearchOnDemand(root: Document): void {
	const dialog = root.querySelector<HTMLDialogElement>('[data-search-dialog]');
	if (dialog === null) return;
	const input = dialog.querySelector<HTMLInputElement>('input[type="search"]');
	const panel = dialog.querySelector<HTMLElement>('[data-search-panel]');
	const all = dialog.querySelector<HTMLAnchorElement>('[data-search-all]');
	let started: Promise<void> | undefined;

	function start(): Promise<void> {
		started ??= import('./search-ui').then(({ attachSearch }) => {
			if (panel === null) return;
			const run = attachSearch(panel, {
				onOpen: () => dialog?.close(),
				onQuery: (query) => {
					if (all !== null) {
						all.href = query.trim() === '' ? '/search/' : `/search/?q=${encodeURIComponent(query)}`;
					}
				},
			});
			// Whatever was typed while the code loaded is searched now.
			if (input !== null && input.value !== '') run(input.value);
		});
		return started;
	}

	function open(): void {
		const pageField = root.querySelector<HTMLInputElement>(
			'[data-search-page] input[type="search"]',
		);
		if (pageField !== null) {
			pageField.focus();
			pageField.select();
			return;
		}
		if (dialog === null || dialog.open) return;
		dialog.showModal();
		input?.focus();
		input?.select();
		void start();
	}

	root.addEventListener('click', (event) => {
		if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
			return;
		if (!(event.target instanceof Element) || event.target.closest('[data-search-open]') === null)
			return;
		event.preventDefault();
		open();
	});

	root.addEventListener('keydown', (event) => {
		if (event.key !== '/' || event.metaKey || event.ctrlKey || event.altKey) return;
		const target = event.target instanceof HTMLElement ? event.target : root.body;
		const owner = {
			tagName: target.tagName,
			type: target instanceof HTMLInputElement ? target.type : '',
			isContentEditable: target.isContentEditable,
			role: target.getAttribute('role'),
		};
		if (controlOwnsKey(owner, event.key)) return;
		event.preventDefault();
		open();
	});

	dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
	// A click on the dialog element itself (not its sheet) is a click on the backdrop.
	dialog.addEventListener('click', (event) => {
		if (event.target === dialog) dialog.close();
	});
}
