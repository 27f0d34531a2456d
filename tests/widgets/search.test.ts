// Tables for the site search: tokenising, query words, field scores, ranking, snippets and highlight runs.
import { describe, expect, it } from 'vitest';
import {
	EXACT_TITLE_BONUS,
	fieldScore,
	matchRanges,
	prepare,
	queryWords,
	search,
	segments,
	snippet,
	tokenize,
	type SearchDoc,
} from '../../src/lib/search';
import { statusText } from '../../src/components/search-ui';

describe('tokenize', () => {
	it.each([
		['', [], 'nothing to read'],
		['Mark price', ['mark', 'price'], 'words in lower case'],
		['auto-deleveraging', ['auto', 'deleveraging'], 'a hyphen separates words'],
		["Binance's formula", ['binance', 's', 'formula'], 'an apostrophe separates too'],
		[
			'$95,000 and 0.4%',
			['95000', 'and', '0.4'],
			'numbers keep decimals and drop thousands commas',
		],
		['10× 1.62 million', ['10', '1.62', 'million'], 'the times sign is not part of a number'],
		['Déjà vu', ['deja', 'vu'], 'accents are taken off'],
		['BTCUSDT, USDⓈ-M', ['btcusdt', 'usd', 'm'], 'a circled letter is a symbol, not a letter'],
		['  “Quoted” — text…  ', ['quoted', 'text'], 'punctuation and dashes are not words'],
	])('%j → %j (%s)', (text, words) => {
		expect(tokenize(text).map((token) => token.word)).toEqual(words);
	});

	it('keeps where each word stands in the original text', () => {
		expect(tokenize('A $1,000 loss')).toEqual([
			{ word: 'a', start: 0, end: 1 },
			{ word: '1000', start: 3, end: 8 },
			{ word: 'loss', start: 9, end: 13 },
		]);
	});
});

describe('queryWords', () => {
	it.each([
		['  ', [], 'blank'],
		['Margin margin MARGIN', ['margin'], 'repeats count once'],
		['liquidation price', ['liquidation', 'price'], 'order kept'],
		['a b c d e f g h i j k l', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'], 'ten at most'],
	])('%j → %j (%s)', (query, words) => {
		expect(queryWords(query)).toEqual(words);
	});
});

describe('fieldScore', () => {
	const tokens = tokenize('margin ratio and the maintenance margin');
	it.each([
		['margin', 4, 1 * 1.1, 'whole word first; a second match adds a tenth'],
		['marg', 4, 0.5 * 1.1, 'a beginning counts half'],
		['ratio', 4, 1 / (1 + 1 / 4), 'second word, reach 4'],
		['maint', 4, 0.5 / (1 + 4 / 4), 'fifth word, a beginning'],
		['argin', 4, 0, 'the middle of a word does not match'],
		['ratios', 4, 0, 'a longer word does not match a shorter one'],
	])('%s with reach %i → %f (%s)', (word, reach, score) => {
		expect(fieldScore(tokens, word, reach)).toBeCloseTo(score, 12);
	});

	it('caps the bonus for repeats at double', () => {
		const many = tokenize(Array.from({ length: 30 }, () => 'fund').join(' '));
		expect(fieldScore(many, 'fund', 25)).toBe(2);
	});
});

const docs: SearchDoc[] = [
	{
		url: '/chapters/leverage/',
		kind: 'chapter',
		page: 'Chapter 1: Leverage',
		title: 'Leverage',
		keywords: '',
		text: 'Margin is your own money set aside to back the position.',
	},
	{
		url: '/chapters/margin/#the-margin-ratio',
		kind: 'chapter',
		page: 'Chapter 2: Margin and the liquidation price',
		title: 'The margin ratio',
		keywords: '',
		text: 'Binance sums up your situation in a single number, the margin ratio.',
	},
	{
		url: '/chapters/margin/#fees',
		kind: 'chapter',
		page: 'Chapter 2: Margin and the liquidation price',
		title: 'Fees',
		keywords: '',
		text: 'Trading fees are charged on the notional.',
	},
	{
		url: '/glossary/#margin',
		kind: 'glossary',
		page: 'Glossary',
		title: 'Margin',
		keywords: 'collateral',
		text: 'Your own money set aside to back a leveraged position.',
	},
	{
		url: '/glossary/#auto-deleveraging',
		kind: 'glossary',
		page: 'Glossary',
		title: 'Auto-deleveraging (ADL)',
		keywords: 'ADL deleveraged',
		text: 'The last resort when the insurance fund cannot pay.',
	},
];
const index = prepare(docs);

describe('search', () => {
	it.each([
		[
			'margin',
			[
				'/glossary/#margin',
				'/chapters/margin/#the-margin-ratio',
				'/chapters/margin/#fees',
				'/chapters/leverage/',
			],
			'the exact term first, then a title match, then page-title matches, then text',
		],
		[
			'MARGIN',
			[
				'/glossary/#margin',
				'/chapters/margin/#the-margin-ratio',
				'/chapters/margin/#fees',
				'/chapters/leverage/',
			],
			'case does not matter',
		],
		[
			'marg',
			[
				'/chapters/margin/#the-margin-ratio',
				'/glossary/#margin',
				'/chapters/margin/#fees',
				'/chapters/leverage/',
			],
			'a beginning finds the same, without the exact-title bonus',
		],
		['margin ratio', ['/chapters/margin/#the-margin-ratio'], 'every word must match'],
		['collateral', ['/glossary/#margin'], 'aliases count'],
		['adl', ['/glossary/#auto-deleveraging'], 'an abbreviation finds its term'],
		['deleveraging', ['/glossary/#auto-deleveraging'], 'half of a hyphenated term'],
		['notional fees', ['/chapters/margin/#fees'], 'words from title and text together'],
		['zebra', [], 'nothing matches'],
		['', [], 'an empty query finds nothing'],
		['— …', [], 'punctuation alone finds nothing'],
	])('%j → %j (%s)', (query, urls) => {
		expect(search(index, query).map((result) => result.doc.url)).toEqual(urls);
	});

	it('scores the exact term above the best title match by the bonus', () => {
		const [term, section] = search(index, 'margin');
		// The term: its whole title, weight 10, plus the bonus; nothing else mentions margin.
		expect(term?.score).toBe(10 + EXACT_TITLE_BONUS);
		// The section: second word of its title, third of its page, eleventh of its text.
		expect(section?.score).toBeCloseTo(10 / (1 + 1 / 4) + 3 / (1 + 2 / 4) + 1 / (1 + 10 / 25), 12);
	});

	it('keeps index order for equal scores and stops at the limit', () => {
		const results = search(index, 'chapter', 2);
		expect(results.map((result) => result.doc.url)).toEqual([
			'/chapters/leverage/',
			'/chapters/margin/#the-margin-ratio',
		]);
	});
});

describe('matchRanges, snippet and segments', () => {
	it('marks whole words that begin with a query word', () => {
		expect(matchRanges('Marginal margins; MARGIN.', ['margin'])).toEqual([
			[0, 8],
			[9, 16],
			[18, 24],
		]);
	});

	it('cuts a long text around the first match, at spaces, with ellipses', () => {
		const text = `${'alpha '.repeat(30)}margin call ${'omega '.repeat(30)}`.trim();
		const cut = snippet(text, ['margin'], 60);
		// The window starts a third of its length before the match, moved on to the next word.
		expect(cut.text).toBe('… alpha alpha alpha margin call omega omega omega omega omega …');
		expect(cut.ranges).toEqual([[20, 26]]);
	});

	it('starts at the beginning when the first match is near it', () => {
		const text = `The mark ${'word '.repeat(40)}end`;
		const cut = snippet(text, ['mark'], 60);
		expect(cut.text).toBe('The mark word word word word word word word word word word …');
		expect(cut.ranges).toEqual([[4, 8]]);
	});

	it('returns a short text whole', () => {
		expect(snippet('A short text.', ['short'])).toEqual({
			text: 'A short text.',
			ranges: [[2, 7]],
		});
	});

	it.each<[string, [number, number][], { text: string; marked: boolean }[], string]>([
		['abc', [], [{ text: 'abc', marked: false }], 'no ranges'],
		['abc', [[0, 3]], [{ text: 'abc', marked: true }], 'all marked'],
		[
			'one two three',
			[
				[8, 13],
				[0, 3],
			],
			[
				{ text: 'one', marked: true },
				{ text: ' two ', marked: false },
				{ text: 'three', marked: true },
			],
			'ranges in any order',
		],
		[
			'abcdef',
			[
				[0, 4],
				[2, 6],
			],
			[
				{ text: 'abcd', marked: true },
				{ text: 'ef', marked: false },
			],
			'an overlapping range is skipped',
		],
	])('segments(%j, %j) (%s)', (text, ranges, runs) => {
		expect(segments(text, ranges)).toEqual(runs);
	});
});

describe('statusText', () => {
	it.each([
		['margin', 7, 7, '7 results for ‘margin’'],
		[' margin ', 1, 1, '1 result for ‘margin’'],
		['zebra', 0, 0, 'No results for ‘zebra’. Try fewer or shorter words.'],
		['price', 73, 50, '73 results for ‘price’; showing the first 50.'],
	])('%j, %i found, %i shown → %j', (query, found, shown, text) => {
		expect(statusText(query, found, shown)).toBe(text);
	});
});
