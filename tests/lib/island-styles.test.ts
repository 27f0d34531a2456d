// The build step that moves Astro's island style from <body> into <head>: exact output per case.
import { describe, expect, test } from 'vitest';
import { moveIslandStyle } from '../../scripts/island-styles-in-head.mjs';

const style = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

describe('moveIslandStyle', () => {
	const cases: [string, string, string][] = [
		[
			'the style before the first island goes to the end of the head',
			`<html><head><title>t</title></head><body><p>a</p>${style}<astro-island></astro-island></body></html>`,
			`<html><head><title>t</title>${style}</head><body><p>a</p><astro-island></astro-island></body></html>`,
		],
		[
			'several copies become one',
			`<html><head></head><body>${style}<i></i>${style}</body></html>`,
			`<html><head>${style}</head><body><i></i></body></html>`,
		],
		[
			'a page without islands is left alone',
			'<html><head></head><body><p>a</p></body></html>',
			'<html><head></head><body><p>a</p></body></html>',
		],
		[
			'a page already right is left alone',
			`<html><head>${style}</head><body><p>a</p></body></html>`,
			`<html><head>${style}</head><body><p>a</p></body></html>`,
		],
	];
	test.each(cases)('%s', (_reason, html, expected) => {
		expect(moveIslandStyle(html)).toBe(expected);
	});
});
