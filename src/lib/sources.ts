// Pure helpers for /sources/: the footnotes of a chapter, and which listed sources each note cites.
import { inlinePlain } from './search-text';

/** One footnote definition of a chapter. */
export interface Footnote {
	/** Its label in the source, `[^label]`; the rendered note's id is `user-content-fn-<label>`. */
	readonly label: string;
	/** The number readers see: its place among the notes in order of first reference. */
	readonly number: number;
	/** The note's text as a reader sees it. */
	readonly text: string;
}

/** A source as content/sources.json lists it. */
export interface Source {
	readonly id: string;
	readonly publisher: string;
	readonly title: string;
	readonly kind: 'exchange' | 'data' | 'research' | 'press' | 'project';
	readonly url?: string | undefined;
	readonly usedFor: string;
	/** Case-insensitive snippets; a note containing any of them cites this source. */
	readonly match: readonly string[];
}

/** A chapter as the sources scan needs it. */
export interface CitingChapter {
	readonly slug: string;
	readonly order: number;
	readonly title: string;
	readonly href: string;
	/** The MDX source. */
	readonly body: string;
}

/** One note of one chapter. */
export interface Citation {
	readonly chapter: Omit<CitingChapter, 'body'>;
	readonly note: Footnote;
}

/** The footnote definitions of an MDX body, numbered as the rendered page numbers them. */
export function parseFootnotes(body: string): Footnote[] {
	const texts = new Map<string, string>();
	let open: string | undefined;
	for (const line of body.split('\n')) {
		const start = /^\[\^([^\]]+)\]:\s*(.*)$/.exec(line);
		if (start?.[1] !== undefined) {
			open = start[1];
			texts.set(open, start[2] ?? '');
		} else if (open !== undefined && /^\s{2,}\S/.test(line)) {
			texts.set(open, `${texts.get(open) ?? ''} ${line.trim()}`);
		} else if (line.trim() !== '') {
			open = undefined;
		}
	}
	// Notes are numbered by their first reference in the text, as remark-gfm numbers them.
	const order: string[] = [];
	for (const match of body.matchAll(/\[\^([^\]]+)\](?!:)/g)) {
		const label = match[1];
		if (label !== undefined && texts.has(label) && !order.includes(label)) order.push(label);
	}
	return order.map((label, index) => ({
		label,
		number: index + 1,
		text: inlinePlain(texts.get(label) ?? '')
			.replace(/\s+/g, ' ')
			.trim(),
	}));
}

/** The listed sources a note cites. */
export function sourcesOfNote(text: string, sources: readonly Source[]): Source[] {
	const haystack = text.toLowerCase();
	return sources.filter((source) =>
		source.match.some((snippet) => haystack.includes(snippet.toLowerCase())),
	);
}

/** A listed source with the notes that cite it, in reading order. */
export interface CitedSource {
	readonly source: Source;
	readonly citations: readonly Citation[];
}

const KIND_ORDER: readonly Source['kind'][] = ['exchange', 'data', 'research', 'press', 'project'];

/**
 * Every note of every chapter matched to the listed sources. `cited` holds the sources at least one
 * note cites, by kind, then publisher and title; `unmatched` the notes that cite none of them.
 */
export function collectCitations(
	chapters: readonly CitingChapter[],
	sources: readonly Source[],
): { cited: CitedSource[]; unmatched: Citation[] } {
	const bySource = new Map<string, Citation[]>();
	const unmatched: Citation[] = [];
	for (const { body, ...chapter } of [...chapters].sort((a, b) => a.order - b.order)) {
		for (const note of parseFootnotes(body)) {
			const citation = { chapter, note };
			const cited = sourcesOfNote(note.text, sources);
			if (cited.length === 0) unmatched.push(citation);
			for (const source of cited)
				bySource.set(source.id, [...(bySource.get(source.id) ?? []), citation]);
		}
	}
	const cited = sources
		.filter((source) => bySource.has(source.id))
		.sort(
			(a, b) =>
				KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
				a.publisher.localeCompare(b.publisher) ||
				a.title.localeCompare(b.title),
		)
		.map((source) => ({ source, citations: bySource.get(source.id) ?? [] }));
	return { cited, unmatched };
}

/** Site-relative link to a rendered note. */
export function noteHref(citation: Citation): string {
	return `${citation.chapter.href}#user-content-fn-${encodeURIComponent(citation.note.label.toLowerCase())}`;
}
