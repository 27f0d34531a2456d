// /precache.json: every page of the built site, listed at build time for the service worker (public/sw.js).
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getChapters } from '../lib/chapter-list';

/** Route of a page file without parameters: `./teach/reference.astro` → `/teach/reference/`. */
function staticRoute(file: string): string | undefined {
	const path = file.replace(/^\.\//, '').replace(/\.(astro|md|mdx)$/, '');
	if (path.includes('[')) return undefined;
	const route = path === 'index' ? '' : path.replace(/(^|\/)index$/, '');
	return `/${route}${route === '' ? '' : '/'}`;
}

export const GET: APIRoute = async () => {
	const files = Object.keys(import.meta.glob('./**/*.{astro,md,mdx}'));
	const pages = new Set(files.flatMap((file) => staticRoute(file) ?? []));
	for (const chapter of await getChapters()) pages.add(chapter.href);
	for (const entry of await getCollection('teach')) pages.add(`/teach/${entry.data.chapter}/`);
	const body = {
		/** Changes with every build, so the worker knows when to refresh its copy. */
		version: new Date().toISOString(),
		pages: [...pages].sort(),
	};
	return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
