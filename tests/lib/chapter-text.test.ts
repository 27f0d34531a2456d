// Tables for the chapter helpers: slugs from file names, word counts of MDX, reading time, printed links.
import { describe, expect, it } from 'vitest';
import {
	WORDS_PER_MINUTE,
	chapterSlug,
	countWords,
	externalLinks,
	readingMinutes,
} from '../../src/lib/chapter-text';

describe('chapterSlug', () => {
	it.each([
		['01-leverage', 'leverage', 'the number prefix goes'],
		['04-short-squeeze', 'short-squeeze', 'hyphens inside the name stay'],
		['10-policy-lab', 'policy-lab', 'two-digit numbers go too'],
		['01-leverage.mdx', 'leverage', 'an extension, if present, goes'],
		['drafts/02-margin', 'margin', 'only the file name counts'],
		['glossary', 'glossary', 'a name without a number is kept'],
		['2024-recap', 'recap', 'any leading number is a prefix'],
	])('%s → %s (%s)', (id, slug) => {
		expect(chapterSlug(id)).toBe(slug);
	});
});

describe('countWords', () => {
	it.each([
		['', 0, 'an empty body'],
		['One two three.', 3, 'plain words'],
		["import X from '../x.svelte';\n\nOne two.", 2, 'ESM imports are not read'],
		['<LeverageAmplifier client:visible />\n\nOne two.', 2, 'a self-closing component'],
		['<TryThis title="Go">\nOne two three.\n</TryThis>', 3, 'component tags, not their text'],
		['A price $P$ moves.', 3, 'inline maths is not counted as words'],
		['Before.\n\n$$\nLP = EP \\cdot (1 - 1/L)\n$$\n\nAfter.', 2, 'display maths'],
		['See [the FAQ](https://example.com/a-b-c).', 3, 'a link counts as its text'],
		['Fell 5%.[^1]\n\n[^1]: Source, 2025.', 4, 'footnote markers go, note text counts'],
		['```ts\nconst x = 1;\n```\n\nOne.', 1, 'code blocks are not read'],
		['— – * - | :', 0, 'punctuation alone is not a word'],
		['{/* a note to authors */}\n\nOne.', 1, 'MDX comments are not read'],
	])('%j has %i words (%s)', (body, words) => {
		expect(countWords(body)).toBe(words);
	});
});

describe('readingMinutes', () => {
	it.each([
		[0, 1, 'never less than a minute'],
		[-5, 1, 'a nonsense count still gives a minute'],
		[Number.NaN, 1, 'NaN gives a minute, not NaN'],
		[WORDS_PER_MINUTE, 1, 'one minute of words'],
		[WORDS_PER_MINUTE * 1.49, 1, 'rounds down below a half'],
		[WORDS_PER_MINUTE * 1.5, 2, 'rounds half up'],
		[2300, 10, '2,300 words at 230 wpm'],
	])('%d words → %i min (%s)', (words, minutes) => {
		expect(readingMinutes(words)).toBe(minutes);
	});
});

describe('externalLinks', () => {
	it('lists external links of the text once each, in order, without emphasis marks', () => {
		const body = [
			'Read the [*Binance* FAQ](https://www.binance.com/faq) and [docs](https://hl.xyz/docs).',
			'Again: [the FAQ](https://www.binance.com/faq). Inside: [chapter 2](/chapters/margin/).',
			'![a chart](https://example.com/chart.png)',
			'[^1]: Source: [CoinGlass](https://www.coinglass.com/).',
		].join('\n');
		expect(externalLinks(body)).toEqual([
			{ text: 'Binance FAQ', url: 'https://www.binance.com/faq' },
			{ text: 'docs', url: 'https://hl.xyz/docs' },
		]);
	});

	it('ignores links inside code blocks', () => {
		expect(externalLinks('```md\n[x](https://example.com)\n```')).toEqual([]);
	});
});
