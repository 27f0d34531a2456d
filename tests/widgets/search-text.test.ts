// Tables for the plain-text helpers behind the search index: inline syntax, TeX, sections, summary and notes.
import { describe, expect, it } from 'vitest';
import {
	cutComponent,
	cutFootnotes,
	inlinePlain,
	plainText,
	splitSections,
	texPlain,
} from '../../src/lib/search-text';

describe('texPlain', () => {
	it.each([
		['\\Delta = 0.02', 'Δ = 0.02', 'Greek letters as symbols'],
		['\\frac{1}{L}', '1/L', 'a simple fraction'],
		['\\mathrm{LP} = \\mathrm{EP}\\,(1 - s/L)', 'LP = EP (1 - s/L)', 'roman text and thin spaces'],
		[
			'10{,}000 \\times 0.5\\%',
			'10,000 × 0.5%',
			'grouping braces go, times is a symbol, a TeX per cent is a per cent',
		],
		['\\mathrm{TMM}_1', 'TMM1', 'subscripts run on'],
		['g \\approx \\frac{\\rho}{D}', 'g ≈ ρ/D', 'commands inside a fraction'],
		['\\operatorname{median}(I,\\ P)', 'median(I, P)', 'operator names and a backslash space'],
		['\\hat p', 'hat p', 'unknown commands read as their names'],
	])('%j → %j (%s)', (tex, text) => {
		expect(texPlain(tex)).toBe(text);
	});
});

describe('inlinePlain', () => {
	it.each([
		['**Leverage**, written $L$', 'Leverage, written L', 'bold and inline maths'],
		['costs \\$1,000 or \\$2', 'costs $1,000 or $2', 'escaped dollars are prices, not maths'],
		['see [the FAQ](https://example.com) now', 'see the FAQ now', 'a link is its text'],
		['fell 16%.[^3] Then', 'fell 16%. Then', 'footnote markers go'],
		['A <Term id="long">long</Term>, paid', 'A long, paid', 'component tags go, their text stays'],
		['_isolated_ and snake_case', 'isolated and snake_case', 'underscores inside words stay'],
		['`code` &amp; more', 'code & more', 'code marks and entities'],
	])('%j → %j (%s)', (markdown, text) => {
		expect(inlinePlain(markdown)).toBe(text);
	});
});

describe('plainText', () => {
	it('reads a body as a reader would, leaving out what is never shown', () => {
		const body = [
			'---',
			'title: Front matter',
			'---',
			"import X from './x.svelte';",
			'{/* a note to authors */}',
			'# Heading',
			'- one *item*',
			'> quoted',
			'| A | B |',
			'| --- | --- |',
			'| 1 | 2 |',
			'$$',
			'LP = EP',
			'$$',
			'```ts',
			'const hidden = 1;',
			'```',
			'<X client:visible />',
			'[^1]: A note.',
		].join('\n');
		expect(plainText(body)).toBe('Heading one item quoted A B 1 2 A note.');
	});
});

describe('splitSections', () => {
	const body = [
		'Intro text.',
		'## First part',
		'Text one.',
		'### Detail',
		'Detail text.',
		'```md',
		'## Not a heading',
		'```',
		'## Second part',
		'Text two.',
	].join('\n');
	const rendered = [
		{ depth: 2, slug: 'first-part', text: 'First part' },
		{ depth: 3, slug: 'detail', text: 'Detail' },
		{ depth: 2, slug: 'second-part', text: 'Second part' },
		{ depth: 2, slug: 'footnote-label', text: 'Notes' },
	];

	it('splits at h2 and keeps h3 inside, anchored by the rendered headings', () => {
		expect(splitSections(body, rendered, 2)).toEqual([
			{ heading: '', depth: 0, anchor: '', text: 'Intro text.' },
			{
				heading: 'First part',
				depth: 2,
				anchor: 'first-part',
				text: 'Text one. Detail Detail text.',
			},
			{ heading: 'Second part', depth: 2, anchor: 'second-part', text: 'Text two.' },
		]);
	});

	it('splits at h3 too when asked', () => {
		expect(splitSections(body, rendered, 3).map((section) => section.anchor)).toEqual([
			'',
			'first-part',
			'detail',
			'second-part',
		]);
	});

	it('fails clearly when source and page disagree', () => {
		expect(() => splitSections(body, rendered.slice(0, 1))).toThrow(
			'The source has 3 headings but the page rendered 1; search anchors would be wrong. Is a heading inside a component or a code block?',
		);
	});
});

describe('cutComponent and cutFootnotes', () => {
	it('cuts a component block out and returns its inner text', () => {
		expect(cutComponent('Before\n<Summary title="S">\n- a\n</Summary>\nAfter', 'Summary')).toEqual({
			inner: '\n- a\n',
			rest: 'Before\n\nAfter',
		});
	});

	it('leaves a body without the component alone', () => {
		expect(cutComponent('Just text', 'Summary')).toEqual({ inner: '', rest: 'Just text' });
	});

	it('cuts footnote definitions, with their indented continuations', () => {
		const body = 'Text.[^1]\n\n[^1]: First\n    continued.\n[^2]: Second.\n\nMore text.';
		expect(cutFootnotes(body)).toEqual({
			notes: '[^1]: First\n    continued.\n[^2]: Second.\n',
			rest: 'Text.[^1]\n\nMore text.',
		});
	});
});
