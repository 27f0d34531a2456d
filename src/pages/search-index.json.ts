// /search-index.json: the text the site search looks through, made at build time from the content.
import type { APIRoute } from 'astro';
import { buildSearchDocs } from '../lib/search-index';

export const GET: APIRoute = async () => {
	const docs = await buildSearchDocs();
	return new Response(JSON.stringify({ docs }), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
