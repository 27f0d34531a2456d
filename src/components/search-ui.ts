// Runs a SearchPanel in the browser: loads the index once, lists results with highlights, handles the keyboard.
import {
	prepare,
	queryWords,
	search,
	segments,
	snippet,
	type PreparedDoc,
	type SearchDoc,
} from '../lib/search';

/** How long typing must pause before the live region announces the count (ms). */
const ANNOUNCE_DELAY_MS = 400;

let index: Promise<PreparedDoc[]> | undefined;

/** The prepared index, fetched on first use and shared by every panel on the page. */
function loadIndex(): Promise<PreparedDoc[]> {
	index ??= fetch('/search-index.json')
		.then((response) => {
			if (!response.ok) throw new Error(`search index: HTTP ${String(response.status)}`);
			return response.json() as Promise<{ docs: SearchDoc[] }>;
		})
		.then((data) => prepare(data.docs));
	return index;
}

/** Text with the query's words marked, as text nodes and <mark> elements (never parsed as HTML). */
function highlighted(text: string, ranges: [number, number][]): DocumentFragment {
	const fragment = document.createDocumentFragment();
	for (const run of segments(text, ranges)) {
		if (run.marked) {
			const mark = document.createElement('mark');
			mark.textContent = run.text;
			fragment.append(mark);
		} else fragment.append(document.createTextNode(run.text));
	}
	return fragment;
}

function resultItem(doc: SearchDoc, words: string[]): HTMLLIElement {
	const item = document.createElement('li');
	const link = document.createElement('a');
	link.className = 'result';
	link.href = doc.url;
	const page = document.createElement('span');
	page.className = 'result-page';
	page.textContent = doc.page;
	const title = document.createElement('span');
	title.className = 'result-title';
	title.append(highlighted(doc.title, snippet(doc.title, words, 200).ranges));
	const excerpt = snippet(doc.text, words);
	const text = document.createElement('span');
	text.className = 'result-text';
	text.append(highlighted(excerpt.text, excerpt.ranges));
	link.append(page, title, text);
	item.append(link);
	return item;
}

/** What the status line says for a finished search. */
export function statusText(query: string, found: number, shown: number): string {
	const quoted = `‘${query.trim()}’`;
	if (found === 0) return `No results for ${quoted}. Try fewer or shorter words.`;
	const noun = found === 1 ? 'result' : 'results';
	return shown < found
		? `${String(found)} ${noun} for ${quoted}; showing the first ${String(shown)}.`
		: `${String(found)} ${noun} for ${quoted}`;
}

/** Options of one panel. */
export interface PanelOptions {
	/** Called with the query after every search (the search page writes it to the URL). */
	readonly onQuery?: (query: string) => void;
	/** Called before a result is opened (the dialog closes itself). */
	readonly onOpen?: () => void;
}

/** The panel's element matching `selector`; a panel without it is a programming error. */
function part<T extends Element>(panel: HTMLElement, selector: string): T {
	const element = panel.querySelector<T>(selector);
	if (element === null) throw new Error(`A search panel needs ${selector}.`);
	return element;
}

/** Wires up one [data-search-panel]; returns a function that runs a query as if typed. */
export function attachSearch(
	panel: HTMLElement,
	options: PanelOptions = {},
): (query: string) => void {
	const form = part<HTMLFormElement>(panel, 'form');
	const input = part<HTMLInputElement>(panel, 'input[type="search"]');
	const status = part<HTMLElement>(panel, '[data-search-status]');
	const list = part<HTMLOListElement>(panel, '[data-search-results]');
	const limit = Number(panel.dataset['limit'] ?? '50');
	let announceTimer: ReturnType<typeof setTimeout> | undefined;
	let run = 0;

	const links = (): HTMLAnchorElement[] => [
		...list.querySelectorAll<HTMLAnchorElement>('a.result'),
	];

	function say(text: string, delay = 0): void {
		clearTimeout(announceTimer);
		announceTimer = setTimeout(() => {
			status.textContent = text;
		}, delay);
	}

	async function update(query: string): Promise<void> {
		const current = (run += 1);
		options.onQuery?.(query);
		const words = queryWords(query);
		panel.toggleAttribute('data-has-query', words.length > 0);
		if (words.length === 0) {
			list.replaceChildren();
			say('');
			return;
		}
		let prepared: PreparedDoc[];
		try {
			if (index === undefined) say('Loading the search index…');
			prepared = await loadIndex();
		} catch {
			index = undefined;
			say('The search index could not be loaded. Check the connection and try again.');
			return;
		}
		if (current !== run) return;
		const all = search(prepared, query, Number.POSITIVE_INFINITY);
		const shown = all.slice(0, limit);
		list.replaceChildren(...shown.map((result) => resultItem(result.doc, words)));
		say(statusText(query, all.length, shown.length), ANNOUNCE_DELAY_MS);
	}

	input.addEventListener('input', () => void update(input.value));

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const first = links()[0];
		if (first !== undefined) {
			options.onOpen?.();
			window.location.assign(first.href);
		}
	});

	input.addEventListener('keydown', (event) => {
		if (event.key === 'ArrowDown') {
			event.preventDefault();
			links()[0]?.focus();
		}
	});

	list.addEventListener('keydown', (event) => {
		const all = links();
		const at = all.indexOf(document.activeElement as HTMLAnchorElement);
		if (at === -1) return;
		const target =
			event.key === 'ArrowDown'
				? all[Math.min(at + 1, all.length - 1)]
				: event.key === 'ArrowUp'
					? (all[at - 1] ?? input)
					: event.key === 'Home'
						? all[0]
						: event.key === 'End'
							? all.at(-1)
							: event.key === 'Escape' && panel.dataset['escape'] === 'input'
								? input
								: undefined;
		if (target === undefined) return;
		event.preventDefault();
		target.focus();
	});

	list.addEventListener('click', (event) => {
		if (event.target instanceof Element && event.target.closest('a.result') !== null) {
			options.onOpen?.();
		}
	});

	return (query: string) => {
		input.value = query;
		void update(query);
	};
}
