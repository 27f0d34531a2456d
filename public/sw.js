// Service worker: keeps a copy of the whole site so it works offline after the first visit.
// Pages come from /precache.json (written at build time); the hashed assets each page uses are
// found in its HTML (its inline styles included) and CSS. HTML is network-first with the cache as
// fallback; hashed assets (/_astro/) are cache-first, since their names change whenever their
// content does.

(function () {
	'use strict';

	const CACHE = 'cascade-site-v1';
	const ASSET = /(?:href|src)="(\/[^"?#]+\.(?:js|css|woff2|svg|png|webp|json))"/g;
	const CSS_URL = /url\((\/_astro\/[^)]+)\)/g;

	/** Site-relative URLs matched by `pattern` in `text`. */
	function urlsIn(text, pattern) {
		return [...text.matchAll(pattern)].map((match) => match[1]);
	}

	/** Fetches and stores one URL; a failure leaves that URL out rather than the whole copy. */
	async function store(cache, url) {
		const response = await fetch(url, { cache: 'no-cache' });
		if (!response.ok) throw new Error(`${url}: ${response.status}`);
		await cache.put(url, response.clone());
		return response;
	}

	/** Stores every page listed in /precache.json, then the assets those pages and stylesheets use. */
	async function precache() {
		const cache = await caches.open(CACHE);
		const list = await (await fetch('/precache.json', { cache: 'no-cache' })).json();
		const assets = new Set();
		await Promise.allSettled(
			list.pages.map(async (page) => {
				const html = await (await store(cache, page)).text();
				for (const url of urlsIn(html, ASSET)) assets.add(url);
				// Pages carry their CSS inline, so their fonts are named in url(…) in the HTML.
				for (const url of urlsIn(html, CSS_URL)) assets.add(url);
			}),
		);
		const styles = [...assets].filter((url) => url.endsWith('.css'));
		await Promise.allSettled(
			styles.map(async (url) => {
				const css = await (await store(cache, url)).text();
				for (const font of urlsIn(css, CSS_URL)) assets.add(font);
			}),
		);
		await Promise.allSettled([...assets].map((url) => store(cache, url)));
	}

	/** Readers whose browser asks to save data get pages kept as they visit them, not all at once. */
	function savesData() {
		return Boolean(self.navigator.connection && self.navigator.connection.saveData);
	}

	self.addEventListener('install', (event) => {
		event.waitUntil((savesData() ? Promise.resolve() : precache()).then(() => self.skipWaiting()));
	});

	self.addEventListener('activate', (event) => {
		event.waitUntil(
			caches
				.keys()
				.then((keys) =>
					Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))),
				)
				.then(() => self.clients.claim()),
		);
	});

	/** Network first; a fresh copy replaces the stored one, and the stored one stands in offline. */
	async function networkFirst(request) {
		const cache = await caches.open(CACHE);
		try {
			const response = await fetch(request);
			if (response.ok) await cache.put(request, response.clone());
			return response;
		} catch (error) {
			const stored = await cache.match(request, { ignoreSearch: true });
			if (stored) return stored;
			throw error;
		}
	}

	/** Cache first, for files whose names carry a hash of their content. */
	async function cacheFirst(request) {
		const cache = await caches.open(CACHE);
		const stored = await cache.match(request);
		if (stored) return stored;
		const response = await fetch(request);
		if (response.ok) await cache.put(request, response.clone());
		return response;
	}

	self.addEventListener('fetch', (event) => {
		const { request } = event;
		const url = new URL(request.url);
		if (request.method !== 'GET' || url.origin !== self.location.origin) return;
		if (url.pathname.startsWith('/_astro/')) {
			event.respondWith(cacheFirst(request));
		} else {
			event.respondWith(networkFirst(request));
		}
	});
})();
