// The documents of /search-index.json, gathered at build time: chapter sections, glossary terms and About sections.
import { getEntry, render } from 'astro:content';
import { getChapters, type Chapter } from './chapter-list';
import { getGlossary } from './glossary-data';
import type { SearchDoc } from './search';
import { cutComponent, cutFootnotes, plainText, splitSections } from './search-text';

/** A site-relative address with an optional anchor. */
function withAnchor(path: string, anchor: string): string {
	return anchor === '' ? path : `${path}#${anchor}`;
}

/** One document per section of a chapter, plus its summary box and its notes. */
async function chapterDocs(chapter: Chapter): Promise<SearchDoc[]> {
	const page = `Chapter ${String(chapter.order)}: ${chapter.title}`;
	const { headings } = await render(chapter.entry);
	const { inner: summary, rest: withoutSummary } = cutComponent(
		chapter.entry.body ?? '',
		'Summary',
	);
	const { notes, rest } = cutFootnotes(withoutSummary);
	const docs: SearchDoc[] = splitSections(rest, headings, 2).map((section) => ({
		url: withAnchor(chapter.href, section.anchor),
		kind: 'chapter',
		page,
		title: section.depth === 0 ? chapter.title : section.heading,
		keywords: '',
		text: section.depth === 0 ? `${chapter.summary} ${section.text}` : section.text,
	}));
	if (summary.trim() !== '') {
		const text = plainText(summary);
		docs.push({
			url: `${chapter.href}#summary`,
			kind: 'chapter',
			page,
			title: 'Summary',
			keywords: '',
			text,
		});
	}
	if (notes.trim() !== '') {
		const text = plainText(notes);
		docs.push({
			url: `${chapter.href}#footnote-label`,
			kind: 'chapter',
			page,
			title: 'Notes',
			keywords: '',
			text,
		});
	}
	return docs;
}

/** One document per term. */
async function glossaryDocs(): Promise<SearchDoc[]> {
	return (await getGlossary()).map((entry) => ({
		url: `/glossary/#${entry.id}`,
		kind: 'glossary',
		page: 'Glossary',
		title: entry.name,
		keywords: entry.aliases.join(' '),
		text: entry.definition,
	}));
}

/** One document per section of doc/model.md, as /about/ shows it. */
async function aboutDocs(): Promise<SearchDoc[]> {
	const model = await getEntry('docs', 'model');
	if (model === undefined) throw new Error('doc/model.md is missing from the docs collection.');
	const { headings } = await render(model);
	// The page shows the document's own title as its heading, so its first section is the page top.
	return splitSections(model.body ?? '', headings, 3).map((section) => ({
		url: section.depth <= 1 ? '/about/' : withAnchor('/about/', section.anchor),
		kind: 'about',
		page: 'About the model',
		title: section.depth <= 1 ? 'About the model' : section.heading,
		keywords: '',
		text: section.text,
	}));
}

/** Everything the site search looks through, chapters first in reading order. */
export async function buildSearchDocs(): Promise<SearchDoc[]> {
	const chapters = await getChapters();
	const perChapter = await Promise.all(chapters.map(chapterDocs));
	return [...perChapter.flat(), ...(await glossaryDocs()), ...(await aboutDocs())];
}
