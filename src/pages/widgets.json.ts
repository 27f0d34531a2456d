// /widgets.json: every embeddable widget with its chapter, embed address and parameters, from the schemas.
import type { APIRoute } from 'astro';
import { getChapters } from '../lib/chapter-list';
import { buildManifest } from '../widgets/manifest';

export const GET: APIRoute = async () => {
	const chapters = await getChapters();
	const titles = new Map(chapters.map((chapter) => [chapter.slug, chapter.title]));
	return new Response(`${JSON.stringify(buildManifest(titles), null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
