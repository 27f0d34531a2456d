// Facts derived from a chapter's file name and MDX source: its URL slug, word count, reading time, links.

/** Reading speed for explanatory prose, in words per minute. */
export const WORDS_PER_MINUTE = 230;

/** The URL slug of a chapter from its collection id (the file name): `01-leverage` → `leverage`. */
export function chapterSlug(id: string): string {
	const name = id.split('/').at(-1) ?? id;
	return name.replace(/\.mdx?$/, '').replace(/^\d+-/, '');
}

/** The prose of an MDX body with code, imports, components, maths and link targets taken out. */
function proseOf(mdxBody: string): string {
	return (
		mdxBody
			.replace(/^```[\s\S]*?^```/gm, ' ')
			.replace(/^(import|export)\s.*$/gm, ' ')
			.replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
			.replace(/\$\$[\s\S]*?\$\$/g, ' ')
			.replace(/\$[^$\n]+\$/g, ' ')
			.replace(/<\/?[A-Za-z][^>]*>/g, ' ')
			.replace(/\[\^[^\]]+\]:?/g, ' ')
			// A link counts as its text, not its address.
			.replace(/\]\([^)]*\)/g, '] ')
	);
}

/** The number of words a reader reads in an MDX body. */
export function countWords(mdxBody: string): number {
	return proseOf(mdxBody)
		.split(/\s+/)
		.filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Whole minutes to read `words` words, never less than one. */
export function readingMinutes(words: number): number {
	if (!Number.isFinite(words) || words <= 0) return 1;
	return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** An external link written in the prose, for the list printed at the end of a handout. */
export interface ExternalLink {
	/** The link's text as written, Markdown emphasis removed. */
	text: string;
	/** The absolute http(s) address. */
	url: string;
}

/**
 * The external links of the running text, in order, each address once. Links inside footnote
 * definitions are left out: printed notes show their addresses where they stand.
 */
export function externalLinks(mdxBody: string): ExternalLink[] {
	const seen = new Set<string>();
	const links: ExternalLink[] = [];
	const body = mdxBody
		.replace(/^```[\s\S]*?^```/gm, ' ')
		.split('\n')
		.filter((line) => !/^\s*\[\^[^\]]+\]:/.test(line))
		.join('\n');
	for (const match of body.matchAll(/(?<!!)\[([^\]^][^\]]*)\]\((https?:\/\/[^)\s]+)\)/g)) {
		const [, text = '', url = ''] = match;
		if (seen.has(url)) continue;
		seen.add(url);
		links.push({ text: text.replace(/[*_`]/g, '').trim(), url });
	}
	return links;
}
