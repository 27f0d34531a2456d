// Pure glossary helpers: names, alphabetical order and letters, and which chapters use a term.

/** One glossary entry as content/glossary.yaml gives it (the id is its key there). */
export interface GlossaryTerm {
	/** Anchor on /glossary/ and the value of `<Term id>`, e.g. `mark-price`. */
	readonly id: string;
	/** The term as a heading: "Mark price". */
	readonly term: string;
	/** Its usual abbreviation, shown after the term: "ADL". */
	readonly abbr?: string | undefined;
	/** A few plain sentences, also the pop-up text in the chapters. */
	readonly definition: string;
	/** Ids of related terms. */
	readonly related: readonly string[];
	/** Other forms readers may search for. */
	readonly aliases: readonly string[];
	/** Phrases whose presence in a chapter counts as a use; undefined means the term and aliases. */
	readonly match?: readonly string[] | undefined;
}

/** A chapter as the glossary scan needs it. */
export interface ScannedChapter {
	readonly slug: string;
	readonly order: number;
	readonly title: string;
	/** Site-relative URL of the chapter page. */
	readonly href: string;
	/** The MDX source. */
	readonly body: string;
	/** The plain reading text of the body (search-text's `plainText`). */
	readonly text: string;
}

/** The name a term is listed under: "Auto-deleveraging (ADL)". */
export function displayName(term: Pick<GlossaryTerm, 'term' | 'abbr'>): string {
	return term.abbr === undefined ? term.term : `${term.term} (${term.abbr})`;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', ignorePunctuation: true });

/** Terms in alphabetical order of their names, ignoring case, accents and punctuation. */
export function sortTerms<T extends Pick<GlossaryTerm, 'term'>>(terms: readonly T[]): T[] {
	return [...terms].sort((a, b) => collator.compare(a.term, b.term));
}

/** The letter a name is filed under: its first letter in upper case, or '#' for anything else. */
export function letterOf(name: string): string {
	const first = name
		.normalize('NFKD')
		.replace(/[^\p{L}\p{N}]/gu, '')
		.charAt(0)
		.toUpperCase();
	return /^[A-Z]$/.test(first) ? first : '#';
}

/** Sorted terms grouped under their letters, letters in order ('#' first). */
export function groupByLetter<T extends Pick<GlossaryTerm, 'term'>>(
	terms: readonly T[],
): { letter: string; terms: T[] }[] {
	const groups = new Map<string, T[]>();
	for (const term of sortTerms(terms)) {
		const letter = letterOf(term.term);
		groups.set(letter, [...(groups.get(letter) ?? []), term]);
	}
	return [...groups.entries()]
		.sort(([a], [b]) => (a === '#' ? -1 : b === '#' ? 1 : a.localeCompare(b)))
		.map(([letter, grouped]) => ({ letter, terms: grouped }));
}

/** The phrases that count as a chapter using a term. */
export function usePhrases(term: Pick<GlossaryTerm, 'term' | 'aliases' | 'match'>): string[] {
	return [...(term.match ?? [term.term, ...term.aliases])];
}

/**
 * A pattern for a phrase as whole words in any case, with a space or hyphen between its words
 * and an optional plural ending: "stop-loss" finds "stop losses", "Stop-loss" and "stop-loss".
 */
export function phrasePattern(phrase: string): RegExp {
	const words = phrase
		.trim()
		.split(/[\s-]+/)
		.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[\\s-]+')}(?:s|es)?(?![\\p{L}\\p{N}])`, 'iu');
}

/** The ids named by `<Term id="…">` tags in an MDX body. */
export function termTagIds(body: string): Set<string> {
	const ids = new Set<string>();
	for (const match of body.matchAll(/<Term\s[^>]*?\bid=(["'])([^"']+)\1/g)) {
		if (match[2] !== undefined) ids.add(match[2]);
	}
	return ids;
}

/** True when a chapter links the term with a Term tag or uses one of its phrases in its text. */
export function chapterUsesTerm(
	term: Pick<GlossaryTerm, 'id' | 'term' | 'aliases' | 'match'>,
	chapter: Pick<ScannedChapter, 'body' | 'text'>,
): boolean {
	if (termTagIds(chapter.body).has(term.id)) return true;
	return usePhrases(term).some((phrase) => phrasePattern(phrase).test(chapter.text));
}

/** The chapters that use a term, in reading order. */
export function chaptersUsing<C extends ScannedChapter>(
	term: Pick<GlossaryTerm, 'id' | 'term' | 'aliases' | 'match'>,
	chapters: readonly C[],
): C[] {
	return chapters
		.filter((chapter) => chapterUsesTerm(term, chapter))
		.sort((a, b) => a.order - b.order);
}

/** What is wrong with a glossary as a whole: related ids that lead nowhere or back to the term. */
export function glossaryProblems(terms: readonly GlossaryTerm[]): string[] {
	const ids = new Set(terms.map((term) => term.id));
	const problems: string[] = [];
	for (const term of terms) {
		for (const related of term.related) {
			if (related === term.id) problems.push(`"${term.id}" lists itself as related.`);
			else if (!ids.has(related)) {
				problems.push(`"${term.id}" lists "${related}" as related, but there is no such term.`);
			}
		}
	}
	return problems;
}

/** The message for a `<Term id>` that the glossary does not have, with the nearest ids as hints. */
export function unknownTermMessage(id: string, known: readonly string[], page: string): string {
	const stem = id.split('-')[0] ?? id;
	const near = known.filter((candidate) => candidate.includes(stem)).slice(0, 5);
	return (
		`<Term id="${id}"> on ${page}: there is no glossary term "${id}" in content/glossary.yaml. ` +
		(near.length > 0 ? `Did you mean ${near.map((n) => `"${n}"`).join(', ')}? ` : '') +
		'Add the term there or fix the id.'
	);
}
