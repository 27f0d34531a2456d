// KaTeX's stylesheet rewritten for Cascade: each @font-face keeps only its woff2 file, at the URL the
// build gave it (unquoted, as public/sw.js looks for them), with font-display: optional, so a formula
// never reflows the text when a font is late.

/** One @font-face rule of KaTeX's stylesheet (no nested braces in them). */
const FONT_FACE = /@font-face\{([^}]*)\}/g;

/** The woff2 file a KaTeX @font-face names, e.g. `KaTeX_AMS-Regular.woff2`. */
const WOFF2 = /url\((?:["']?)fonts\/(KaTeX_[\w-]+\.woff2)(?:["']?)\)/;

/** A declaration's value in a @font-face body, e.g. `font-weight` → `700`. */
function declaration(body: string, property: string): string | undefined {
	return new RegExp(`(?:^|;)${property}:([^;]+)`).exec(body)?.[1];
}

/**
 * KaTeX's minified stylesheet with its font faces rewritten. `fontUrl` maps a woff2 file name to
 * its built URL; a face whose file it does not know is an error (a KaTeX upgrade renamed a font).
 */
export function katexStylesheet(
	css: string,
	fontUrl: (file: string) => string | undefined,
): string {
	return css.replace(FONT_FACE, (_rule, body: string) => {
		const file = WOFF2.exec(body)?.[1];
		const family = declaration(body, 'font-family');
		const style = declaration(body, 'font-style') ?? 'normal';
		const weight = declaration(body, 'font-weight') ?? '400';
		const url = file === undefined ? undefined : fontUrl(file);
		if (file === undefined || family === undefined || url === undefined)
			throw new Error(`KaTeX font face without a built woff2 file: ${body}`);
		return (
			`@font-face{font-display:optional;font-family:${family};font-style:${style};` +
			`font-weight:${weight};src:url(${url}) format("woff2")}`
		);
	});
}

/** The two faces nearly every formula uses, worth preloading on a page with maths. */
export const PRELOADED_KATEX_FONTS = ['KaTeX_Main-Regular.woff2', 'KaTeX_Math-Italic.woff2'];
