// Reading and rewriting the page's query string in place, leaving other widgets' keys alone.

/** `href` with `keys` removed from its query and `query`'s pairs added in their place. */
export function mergeQuery(href: string, keys: readonly string[], query: string): string {
	const url = new URL(href);
	for (const key of keys) url.searchParams.delete(key);
	for (const [key, value] of new URLSearchParams(query)) url.searchParams.append(key, value);
	return url.href;
}

/** The page's current query parameters (empty during the server render). */
export function pageSearch(): URLSearchParams {
	return new URLSearchParams(typeof window === 'undefined' ? '' : window.location.search);
}

/** Replaces this page's history entry with one whose query holds `query` for `keys`. */
export function replacePageQuery(keys: readonly string[], query: string): void {
	if (typeof window === 'undefined') return;
	const next = mergeQuery(window.location.href, keys, query);
	if (next !== window.location.href) window.history.replaceState(window.history.state, '', next);
}
