// KaTeX's stylesheet as pages with formulas inline it: woff2 only, built URLs, font-display optional.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRELOADED_KATEX_FONTS, katexStylesheet } from '../../src/lib/katex-styles';

const shipped = readFileSync('node_modules/katex/dist/katex.min.css', 'utf8');
const built = (file: string): string => `/_astro/${file.replace('.woff2', '.abc123.woff2')}`;

describe('katexStylesheet on the stylesheet KaTeX ships', () => {
	const css = katexStylesheet(shipped, built);
	const faces = css.match(/@font-face\{[^}]*\}/g) ?? [];

	it('keeps all twenty faces, each with one woff2 source at its built URL', () => {
		expect(faces).toHaveLength(20);
		for (const face of faces) {
			expect(face).toMatch(/src:url\(\/_astro\/KaTeX_[\w-]+\.abc123\.woff2\) format\("woff2"\)\}$/);
			expect(face).toContain('font-display:optional');
		}
	});

	it('names no woff, ttf or relative font file any more', () => {
		expect(css).not.toMatch(/\.woff\)|\.ttf\)|url\(fonts\//);
		expect(css).not.toContain('font-display:block');
	});

	it('leaves every other rule as it was', () => {
		const withoutFaces = (text: string): string => text.replace(/@font-face\{[^}]*\}/g, '');
		expect(withoutFaces(css)).toBe(withoutFaces(shipped));
	});

	it('keeps each face its family, style and weight', () => {
		expect(faces).toContain(
			'@font-face{font-display:optional;font-family:KaTeX_Caligraphic;font-style:normal;' +
				'font-weight:700;src:url(/_astro/KaTeX_Caligraphic-Bold.abc123.woff2) format("woff2")}',
		);
		expect(faces).toContain(
			'@font-face{font-display:optional;font-family:KaTeX_Math;font-style:italic;' +
				'font-weight:400;src:url(/_astro/KaTeX_Math-Italic.abc123.woff2) format("woff2")}',
		);
	});

	it('preloads two faces the stylesheet declares', () => {
		for (const file of PRELOADED_KATEX_FONTS) expect(css).toContain(built(file));
	});
});

describe('katexStylesheet on odd input', () => {
	it.each([
		[
			'a face whose file the build does not know',
			'@font-face{font-family:X;src:url(fonts/KaTeX_X.woff2) format("woff2")}',
		],
		[
			'a face without a woff2 file',
			'@font-face{font-family:KaTeX_Main;src:url(fonts/KaTeX_Main.ttf)}',
		],
		['a face without a family', '@font-face{src:url(fonts/KaTeX_Main-Regular.woff2)}'],
	])('throws for %s', (_case, css) => {
		const known = (file: string): string | undefined =>
			file === 'KaTeX_Main-Regular.woff2' || file === 'KaTeX_Main.woff2' ? '/m.woff2' : undefined;
		expect(() => katexStylesheet(css, known)).toThrow(/KaTeX font face/);
	});

	it('fills in normal style and weight 400 where a face leaves them out', () => {
		expect(
			katexStylesheet(
				"@font-face{font-family:KaTeX_Size1;src:url('fonts/KaTeX_Size1-Regular.woff2')}",
				built,
			),
		).toBe(
			'@font-face{font-display:optional;font-family:KaTeX_Size1;font-style:normal;font-weight:400;' +
				'src:url(/_astro/KaTeX_Size1-Regular.abc123.woff2) format("woff2")}',
		);
	});

	it('passes a stylesheet without faces through unchanged', () => {
		expect(katexStylesheet('.katex{font-size:1.21em}', built)).toBe('.katex{font-size:1.21em}');
	});
});
