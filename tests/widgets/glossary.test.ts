// Tables for the glossary helpers: names, order and letters, phrase matching, chapter use and problems.
import { describe, expect, it } from 'vitest';
import {
	chaptersUsing,
	displayName,
	glossaryProblems,
	groupByLetter,
	letterOf,
	phrasePattern,
	sortTerms,
	termTagIds,
	unknownTermMessage,
	usePhrases,
	type GlossaryTerm,
	type ScannedChapter,
} from '../../src/lib/glossary';

/** A term with only what a row needs set. */
function term(id: string, name: string, extra: Partial<GlossaryTerm> = {}): GlossaryTerm {
	return {
		id,
		term: name,
		definition: 'A definition long enough.',
		related: [],
		aliases: [],
		...extra,
	};
}

describe('displayName', () => {
	it.each<[{ term: string; abbr?: string }, string, string]>([
		[{ term: 'Margin' }, 'Margin', 'no abbreviation'],
		[
			{ term: 'Auto-deleveraging', abbr: 'ADL' },
			'Auto-deleveraging (ADL)',
			'abbreviation in brackets',
		],
	])('%j → %s (%s)', (input, name) => {
		expect(displayName(input)).toBe(name);
	});
});

describe('sortTerms and letterOf', () => {
	it('sorts by name, ignoring case and punctuation', () => {
		const names = ['short squeeze', 'Short', 'auto-deleveraging', 'Ask', 'Stop-loss', 'stablecoin'];
		expect(sortTerms(names.map((name) => ({ term: name }))).map((t) => t.term)).toEqual([
			'Ask',
			'auto-deleveraging',
			'Short',
			'short squeeze',
			'stablecoin',
			'Stop-loss',
		]);
	});

	it.each([
		['margin', 'M', 'lower case is filed in upper case'],
		['Éclat', 'E', 'accents are taken off'],
		['“Quoted”', 'Q', 'leading punctuation is skipped'],
		['1× leverage', '#', 'a digit goes under #'],
		['', '#', 'nothing goes under #'],
	])('letterOf(%j) → %s (%s)', (name, letter) => {
		expect(letterOf(name)).toBe(letter);
	});

	it('groups sorted terms by letter with # first', () => {
		const groups = groupByLetter(
			['Bid', '24-hour volume', 'Ask', 'bankruptcy price'].map((t) => ({ term: t })),
		);
		expect(groups.map((group) => [group.letter, group.terms.map((t) => t.term)])).toEqual([
			['#', ['24-hour volume']],
			['A', ['Ask']],
			['B', ['bankruptcy price', 'Bid']],
		]);
	});
});

describe('phrasePattern', () => {
	it.each([
		['stop-loss', 'Set a stop loss.', true, 'a space for a hyphen'],
		['stop-loss', 'Their stop-losses fired.', true, 'plural with -es'],
		['liquidation price', 'two liquidation prices', true, 'plural with -s'],
		['margin', 'MARGIN call', true, 'any case'],
		['margin', 'marginal gains', false, 'whole words only'],
		['short', 'shortfall', false, 'not the start of a longer word'],
		['MMR', 'an MMR of 0.4%', true, 'abbreviation'],
		['cross margin', 'cross-margin accounts', true, 'a hyphen for a space'],
		['1/L', 'a move of 1/L', true, 'special characters are literal'],
	])('%j in %j → %s (%s)', (phrase, text, found) => {
		expect(phrasePattern(phrase).test(text)).toBe(found);
	});
});

describe('termTagIds', () => {
	it('finds the ids of Term tags, in either quote style, once each', () => {
		const body = [
			'The <Term id="mark-price">mark</Term> and the',
			'<Term id=\'last-price\'>last price</Term>, then <Term id="mark-price">mark</Term>.',
			'<Terms id="not-this">',
			'<TermList />',
		].join('\n');
		expect([...termTagIds(body)]).toEqual(['mark-price', 'last-price']);
	});
});

describe('usePhrases and chaptersUsing', () => {
	const chapters: ScannedChapter[] = [
		{
			slug: 'b',
			order: 2,
			title: 'Two',
			href: '/chapters/b/',
			body: 'A <Term id="long">long</Term>.',
			text: 'A long.',
		},
		{
			slug: 'a',
			order: 1,
			title: 'One',
			href: '/chapters/a/',
			body: 'Margin.',
			text: 'Margin and stop losses.',
		},
		{
			slug: 'c',
			order: 3,
			title: 'Three',
			href: '/chapters/c/',
			body: 'How long?',
			text: 'How long? No margin here: marginal.',
		},
	];

	it.each([
		[term('margin', 'Margin'), ['a', 'c'], 'the term itself, in reading order'],
		[term('stop-loss', 'Stop-loss'), ['a'], 'hyphen or space, plural'],
		[term('long', 'Long', { match: [] }), ['b'], 'match: [] counts Term tags only, not "how long"'],
		[term('collateral', 'Collateral', { aliases: ['margin'] }), ['a', 'c'], 'aliases count'],
		[
			term('x', 'X', { aliases: ['margin'], match: ['stop loss'] }),
			['a'],
			'match replaces the name and aliases',
		],
	])('%o is used in %j (%s)', (entry, slugs) => {
		expect(chaptersUsing(entry, chapters).map((chapter) => chapter.slug)).toEqual(slugs);
	});

	it('lists the phrases it looks for', () => {
		expect(usePhrases(term('mmr', 'Maintenance margin rate', { aliases: ['MMR'] }))).toEqual([
			'Maintenance margin rate',
			'MMR',
		]);
	});
});

describe('glossaryProblems and unknownTermMessage', () => {
	it('reports related ids that lead nowhere or back to the term', () => {
		const terms = [term('a', 'A', { related: ['b', 'a'] }), term('b', 'B', { related: ['c'] })];
		expect(glossaryProblems(terms)).toEqual([
			'"a" lists itself as related.',
			'"b" lists "c" as related, but there is no such term.',
		]);
	});

	it('passes a consistent glossary', () => {
		expect(glossaryProblems([term('a', 'A', { related: ['b'] }), term('b', 'B')])).toEqual([]);
	});

	it.each([
		[
			'mark',
			['mark-price', 'last-price'],
			'<Term id="mark"> on /chapters/margin/: there is no glossary term "mark" in content/glossary.yaml. Did you mean "mark-price"? Add the term there or fix the id.',
		],
		[
			'zebra',
			['mark-price'],
			'<Term id="zebra"> on /chapters/margin/: there is no glossary term "zebra" in content/glossary.yaml. Add the term there or fix the id.',
		],
	])('unknown %s → a message naming the page, the file and near ids', (id, known, message) => {
		expect(unknownTermMessage(id, known, '/chapters/margin/')).toBe(message);
	});
});
