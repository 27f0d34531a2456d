// Search over the static index: tokenising, prefix matching, ranking by field and position, snippets.

/** What a search result is: a chapter section, a glossary term or a section of the About page. */
export type DocKind = 'chapter' | 'glossary' | 'about';

/** One searchable piece of the site, as /search-index.json lists it. */
export interface SearchDoc {
	/** Site-relative address, with the section's anchor. */
	readonly url: string;
	readonly kind: DocKind;
	/** The page it is on: "Chapter 2: Margin and the liquidation price", "Glossary". */
	readonly page: string;
	/** The section's heading, or the glossary term. */
	readonly title: string;
	/** Other names that count like the title: a term's abbreviation and aliases. */
	readonly keywords: string;
	/** The plain text. */
	readonly text: string;
}

/** A word of a text, normalised, with where it stands in the original. */
export interface Token {
	readonly word: string;
	/** Offsets into the original text, end exclusive. */
	readonly start: number;
	readonly end: number;
}

/** A document with its fields tokenised once. */
export interface PreparedDoc {
	readonly doc: SearchDoc;
	readonly title: readonly Token[];
	readonly keywords: readonly Token[];
	readonly page: readonly Token[];
	readonly text: readonly Token[];
}

export interface SearchResult {
	readonly doc: SearchDoc;
	readonly score: number;
}

/** Numbers keep their decimal point and lose thousands separators; words are letters and digits. */
const WORD = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{N}]+/gu;

/** How much a match in each field counts. */
export const FIELD_WEIGHTS = { title: 10, keywords: 8, page: 3, text: 1 } as const;

/** Extra score when the whole query is exactly a result's title ("margin" → the term Margin). */
export const EXACT_TITLE_BONUS = 10;

/** One word in the form searches compare: lower case, accents off, "95,000" → "95000". */
export function normalizeWord(raw: string): string {
	const word = raw.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
	return /^\p{N}/u.test(word) ? word.replace(/,/g, '') : word;
}

/** The words of a text with their positions. */
export function tokenize(text: string): Token[] {
	return [...text.matchAll(WORD)].map((match) => ({
		word: normalizeWord(match[0]),
		start: match.index,
		end: match.index + match[0].length,
	}));
}

/** The distinct words of a query, in order, at most ten. */
export function queryWords(query: string): string[] {
	return [...new Set(tokenize(query).map((token) => token.word))].slice(0, 10);
}

/** Tokenises every field of every document once, for repeated searches. */
export function prepare(docs: readonly SearchDoc[]): PreparedDoc[] {
	return docs.map((doc) => ({
		doc,
		title: tokenize(doc.title),
		keywords: tokenize(doc.keywords),
		page: tokenize(doc.page),
		text: tokenize(doc.text),
	}));
}

/**
 * How well one query word matches a field, from 0 to 2: 1 for a whole word, 0.5 for a word it
 * only begins; the earliest best match counts, discounted by how far into the field it stands
 * (`reach` words halve it); in long text, repeats add up to double.
 */
export function fieldScore(tokens: readonly Token[], word: string, reach: number): number {
	let best = 0;
	let count = 0;
	tokens.forEach((token, index) => {
		if (!token.word.startsWith(word)) return;
		count += 1;
		const quality = token.word === word ? 1 : 0.5;
		best = Math.max(best, quality / (1 + index / reach));
	});
	return count === 0 ? 0 : best * (1 + Math.min(count - 1, 10) / 10);
}

/** Score of one document for the query's words; 0 when any word is missing from it. */
export function scoreDoc(prepared: PreparedDoc, words: readonly string[]): number {
	let total = 0;
	for (const word of words) {
		const score =
			FIELD_WEIGHTS.title * fieldScore(prepared.title, word, 4) +
			FIELD_WEIGHTS.keywords * fieldScore(prepared.keywords, word, 4) +
			FIELD_WEIGHTS.page * fieldScore(prepared.page, word, 4) +
			FIELD_WEIGHTS.text * fieldScore(prepared.text, word, 25);
		if (score === 0) return 0;
		total += score;
	}
	const title = prepared.title.map((token) => token.word).join(' ');
	return title === words.join(' ') ? total + EXACT_TITLE_BONUS : total;
}

/** The documents matching every word of the query, best first (ties keep index order). */
export function search(index: readonly PreparedDoc[], query: string, limit = 50): SearchResult[] {
	const words = queryWords(query);
	if (words.length === 0) return [];
	return index
		.map((prepared, order) => ({ doc: prepared.doc, score: scoreDoc(prepared, words), order }))
		.filter((result) => result.score > 0)
		.sort((a, b) => b.score - a.score || a.order - b.order)
		.slice(0, limit)
		.map(({ doc, score }) => ({ doc, score }));
}

/** Where the words a query begins stand in a text, as [start, end) ranges of whole words. */
export function matchRanges(text: string, words: readonly string[]): [number, number][] {
	return tokenize(text)
		.filter((token) => words.some((word) => token.word.startsWith(word)))
		.map((token) => [token.start, token.end]);
}

/**
 * About `length` characters of a text from its start, or around its first match when that lies
 * further in, cut at spaces, with an ellipsis where text was left out, and the matches in it.
 */
export function snippet(
	text: string,
	words: readonly string[],
	length = 160,
): { text: string; ranges: [number, number][] } {
	const first = matchRanges(text, words)[0]?.[0] ?? 0;
	// Start at the beginning when the first match is well inside the window anyway.
	let start = first < length * 0.6 ? 0 : first - Math.round(length / 3);
	if (start > 0) start = text.indexOf(' ', start) + 1 || start;
	let end = Math.min(text.length, start + length);
	if (end < text.length)
		end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
	const cut = `${start > 0 ? '… ' : ''}${text.slice(start, end).trim()}${end < text.length ? ' …' : ''}`;
	return { text: cut, ranges: matchRanges(cut, words) };
}

/** A text split into runs, marked where a range covers it, for building highlighted text nodes. */
export function segments(
	text: string,
	ranges: readonly [number, number][],
): { text: string; marked: boolean }[] {
	const runs: { text: string; marked: boolean }[] = [];
	let at = 0;
	for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
		if (start < at) continue;
		if (start > at) runs.push({ text: text.slice(at, start), marked: false });
		runs.push({ text: text.slice(start, end), marked: true });
		at = end;
	}
	if (at < text.length) runs.push({ text: text.slice(at), marked: false });
	return runs;
}
