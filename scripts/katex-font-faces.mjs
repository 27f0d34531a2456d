// PostCSS plugin: drops the @font-face rules from KaTeX's stylesheet. src/styles/katex-fonts.css
// declares the same faces (woff2 only, font-display: optional), so KaTeX's rules were dead weight in
// every page with a formula, and made the build copy its .woff and .ttf files as well.

/** Matches KaTeX's own stylesheet, and no other file. */
const KATEX_CSS = /[\\/]katex[\\/]dist[\\/]katex(?:\.min)?\.css$/;

/** @type {import('postcss').Plugin} */
const dropKatexFontFaces = {
	postcssPlugin: 'cascade-drop-katex-font-faces',
	Once(root) {
		if (!KATEX_CSS.test(root.source?.input.file ?? '')) return;
		root.walkAtRules('font-face', (rule) => {
			rule.remove();
		});
	},
};

export default dropKatexFontFaces;
