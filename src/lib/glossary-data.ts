// The glossary as pages use it: every term from content/glossary.yaml with its related terms and the chapters that use it.
import { getCollection } from 'astro:content';
import { getChapters } from './chapter-list';
import {
	chaptersUsing,
	displayName,
	glossaryProblems,
	sortTerms,
	type GlossaryTerm,
	type ScannedChapter,
} from './glossary';
import { cutFootnotes, plainText } from './search-text';

/** A chapter a term appears in, as the glossary links it. */
export interface ChapterLink {
	readonly order: number;
	readonly title: string;
	readonly href: string;
}

/** A glossary term ready to list: its related terms named, its chapters found. */
export interface GlossaryEntry extends GlossaryTerm {
	/** "Auto-deleveraging (ADL)". */
	readonly name: string;
	readonly relatedTerms: readonly { id: string; name: string }[];
	/** The chapters that use the term, in reading order (found by scanning them at build time). */
	readonly chapters: readonly ChapterLink[];
}

/** Every term as content/glossary.yaml has it, unsorted. */
export async function getTerms(): Promise<GlossaryTerm[]> {
	const entries = await getCollection('glossary');
	return entries.map(({ id, data }) => ({ id, ...data }));
}

/** The whole glossary in alphabetical order; fails the build if a related id leads nowhere. */
export async function getGlossary(): Promise<GlossaryEntry[]> {
	const terms = await getTerms();
	const problems = glossaryProblems(terms);
	if (problems.length > 0) {
		throw new Error(`content/glossary.yaml: ${problems.join(' ')}`);
	}
	const chapters: ScannedChapter[] = (await getChapters()).map((chapter) => {
		const body = chapter.entry.body ?? '';
		// Notes name their sources ("Bankruptcy Price (USDT Contract)"), which is not using a term.
		return { ...chapter, body, text: plainText(cutFootnotes(body).rest) };
	});
	const names = new Map(terms.map((term) => [term.id, displayName(term)]));
	return sortTerms(terms).map((term) => ({
		...term,
		name: displayName(term),
		relatedTerms: term.related.map((id) => ({ id, name: names.get(id) ?? id })),
		chapters: chaptersUsing(term, chapters).map(({ order, title, href }) => ({
			order,
			title,
			href,
		})),
	}));
}
