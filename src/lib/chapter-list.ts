// The chapters in reading order, with the facts every page that lists or links them needs.
import { getCollection, type CollectionEntry } from 'astro:content';
import { chapterSlug, countWords, readingMinutes } from './chapter-text';

/** A chapter as pages list and link it. */
export interface Chapter {
	/** The collection entry, for rendering the chapter itself. */
	entry: CollectionEntry<'chapters'>;
	/** URL segment: the file name without its number, e.g. `leverage`. */
	slug: string;
	/** Site-relative URL of the chapter page, with its trailing slash. */
	href: string;
	title: string;
	summary: string;
	/** Chapter number, 1–8. */
	order: number;
	/** Widget ids the chapter embeds. */
	widgets: string[];
	/** Estimated reading time in whole minutes, from the word count of the body. */
	minutes: number;
}

/** All chapters sorted by `order`; fails the build if two chapters share an order or a slug. */
export async function getChapters(): Promise<Chapter[]> {
	const entries = await getCollection('chapters');
	const chapters = entries
		.map((entry): Chapter => {
			const slug = chapterSlug(entry.id);
			return {
				entry,
				slug,
				href: `/chapters/${slug}/`,
				title: entry.data.title,
				summary: entry.data.summary,
				order: entry.data.order,
				widgets: entry.data.widgets,
				minutes: readingMinutes(countWords(entry.body ?? '')),
			};
		})
		.sort((a, b) => a.order - b.order);
	chapters.forEach((current, index) => {
		const previous = chapters[index - 1];
		if (previous?.order === current.order) {
			throw new Error(
				`Chapters "${previous.entry.id}" and "${current.entry.id}" both have order ${String(current.order)}.`,
			);
		}
	});
	const slugs = new Set(chapters.map((chapter) => chapter.slug));
	if (slugs.size !== chapters.length) {
		throw new Error('Two chapter files have the same name after their number; rename one.');
	}
	return chapters;
}

/** A widget id as readers see it: `leverage-amplifier` → `Leverage amplifier`. */
export function widgetLabel(id: string): string {
	const words = id.replace(/-/g, ' ');
	return words.charAt(0).toUpperCase() + words.slice(1);
}
