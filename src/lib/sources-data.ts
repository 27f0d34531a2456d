// The sources as /sources/ lists them: content/sources.json matched against every chapter's notes at build time.
import { getCollection } from 'astro:content';
import { getChapters } from './chapter-list';
import { collectCitations, type CitedSource, type Citation, type Source } from './sources';

/** Every listed source from content/sources.json. */
export async function getSourceList(): Promise<Source[]> {
	return (await getCollection('sources')).map(({ id, data }) => ({ id, ...data }));
}

/** The cited sources with their notes, and any note that cites none of the listed sources. */
export async function getCitations(): Promise<{ cited: CitedSource[]; unmatched: Citation[] }> {
	const chapters = (await getChapters()).map((chapter) => ({
		slug: chapter.slug,
		order: chapter.order,
		title: chapter.title,
		href: chapter.href,
		body: chapter.entry.body ?? '',
	}));
	return collectCitations(chapters, await getSourceList());
}
