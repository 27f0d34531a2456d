// /precache.json: every page of the built site, listed at build time for the service worker (public/sw.js).
import type { APIRoute } from 'astro';
import { taughtChapters } from '../components/teach/teach-notes';
import { getChapters } from '../lib/chapter-list';
import { embedPath, WIDGETS } from '../widgets/registry';

/**
 * Route of a page file without parameters: `./teach/reference.astro` → `/teach/reference/`,
 * `./404.astro` → `/404.html` (Astro writes the not-found page as a file of its own). Files and
 * folders whose names start with `_` are helpers, not pages.
 */
function staticRoute(file: string): string | undefined {
	const path = file.replace(/^\.\//, '').replace(/\.(astro|md|mdx)$/, '');
	if (path.includes('[') || path.split('/').some((part) => part.startsWith('_'))) return undefined;
	if (path === '404') return '/404.html';
	const route = path === 'index' ? '' : path.replace(/(^|\/)index$/, '');
	return `/${route}${route === '' ? '' : '/'}`;
}

/** Files the pages fetch from scripts rather than link to, so the worker would not find them. */
const FETCHED = ['/search-index.json', '/widgets.json'];

export const GET: APIRoute = async () => {
	const files = Object.keys(import.meta.glob('./**/*.{astro,md,mdx}'));
	const pages = new Set(files.flatMap((file) => staticRoute(file) ?? []));
	// The pages with parameters, from the same lists their getStaticPaths read.
	for (const chapter of await getChapters()) pages.add(chapter.href);
	for (const { chapter } of await taughtChapters()) {
		pages.add(`/teach/${chapter.slug}/`);
		pages.add(`/teach/${chapter.slug}/worksheet/`);
	}
	for (const widget of WIDGETS) pages.add(embedPath(widget));
	for (const file of FETCHED) pages.add(file);
	const body = {
		/** Changes with every build, so the worker knows when to refresh its copy. */
		version: new Date().toISOString(),
		pages: [...pages].sort(),
	};
	return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
