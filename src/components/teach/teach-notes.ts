// The chapters that have teaching notes, each with its notes: the paths of /teach/<slug>/ pages.
import { getCollection, type CollectionEntry } from 'astro:content';
import { getChapters, type Chapter } from '../../lib/chapter-list';

/** A chapter and its teaching notes (content/teach/NN-slug.yaml). */
export interface TaughtChapter {
	chapter: Chapter;
	notes: CollectionEntry<'teach'>['data'];
}

/** Every chapter with notes, in reading order; fails the build for notes naming no chapter. */
export async function taughtChapters(): Promise<TaughtChapter[]> {
	const chapters = await getChapters();
	const entries = await getCollection('teach');
	for (const entry of entries) {
		if (!chapters.some((chapter) => chapter.slug === entry.data.chapter)) {
			throw new Error(
				`content/teach/${entry.id}: no chapter has the slug "${entry.data.chapter}".`,
			);
		}
	}
	return chapters.flatMap((chapter) => {
		const entry = entries.find((candidate) => candidate.data.chapter === chapter.slug);
		return entry === undefined ? [] : [{ chapter, notes: entry.data }];
	});
}
