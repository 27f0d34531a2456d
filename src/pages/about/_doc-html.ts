// Adjusts the HTML of a rendered project document for its page: no duplicate title, display formulas, scrollable tables.
import katex from 'katex';
import { texPlain } from '../../lib/search-text';

/** The text of an HTML fragment without its tags. */
function textOf(html: string): string {
	return html
		.replace(/<[^>]*>/g, '')
		.replace(/&amp;/g, '&')
		.replace(/&#x27;|&#39;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/\s+/g, ' ')
		.trim();
}

/** HTML character references back to characters (what rehype writes inside an annotation). */
function decode(text: string): string {
	return text
		.replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
		.replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&');
}

/** Where the span opened at `start` closes (the index after its `</span>`), or -1. */
function spanEnd(html: string, start: number): number {
	const tags = /<span[\s>]|<\/span>/g;
	tags.lastIndex = start;
	let depth = 0;
	for (let tag = tags.exec(html); tag !== null; tag = tags.exec(html)) {
		depth += tag[0] === '</span>' ? -1 : 1;
		if (depth === 0) return tag.index + tag[0].length;
	}
	return -1;
}

/**
 * Paragraphs that hold nothing but one formula set as display maths. The document writes such
 * formulas as `$$…$$` on one line, which remark-math reads as inline maths: small fractions in
 * running text. KaTeX sets them again from their own TeX annotation, in display style.
 */
export function displayLoneFormulas(html: string): string {
	const opening = '<p><span class="katex">';
	let out = '';
	let at = 0;
	for (let start = html.indexOf(opening); start !== -1; start = html.indexOf(opening, at)) {
		const end = spanEnd(html, start + 3);
		const tex = /<annotation encoding="application\/x-tex">([\s\S]*?)<\/annotation>/.exec(
			html.slice(start, end),
		)?.[1];
		if (end === -1 || !html.startsWith('</p>', end) || tex === undefined) {
			out += html.slice(at, start + opening.length);
			at = start + opening.length;
			continue;
		}
		out += html.slice(at, start);
		out += katex.renderToString(decode(tex), { displayMode: true, throwOnError: false });
		at = end + '</p>'.length;
	}
	return out + html.slice(at);
}

/** HTML with every KaTeX formula cut out. */
function withoutFormulas(html: string): string {
	const opening = '<span class="katex">';
	let rest = html;
	for (let start = rest.indexOf(opening); start !== -1; start = rest.indexOf(opening)) {
		const end = spanEnd(rest, start);
		if (end === -1) break;
		rest = rest.slice(0, start) + rest.slice(end);
	}
	return rest;
}

/**
 * Header cells that hold only a formula, given its words as text for assistive technology (which
 * does not take a column's name from MathML), the formula itself shown but hidden from it.
 */
export function nameFormulaHeaders(html: string): string {
	return html.replace(
		/<th([^>]*)>([\s\S]*?)<\/th>/g,
		(cell: string, attributes: string, inner: string) => {
			const tex = /<annotation encoding="application\/x-tex">([\s\S]*?)<\/annotation>/.exec(
				inner,
			)?.[1];
			const text = withoutFormulas(inner)
				.replace(/<[^>]*>/g, '')
				.trim();
			if (tex === undefined || text !== '') return cell;
			const label = texPlain(decode(tex).replace(/_/g, ' '))
				.replace(/&/g, '&amp;')
				.replace(/</g, '&lt;');
			return `<th${attributes}><span class="visually-hidden">${label}</span><span aria-hidden="true">${inner}</span></th>`;
		},
	);
}

/**
 * The document's HTML with its first h1 removed (the page shows its own heading), lone formulas
 * in display style and focusable, formula headers named, and every table wrapped in a focusable,
 * labelled region that scrolls sideways on narrow screens.
 */
export function pageReadyHtml(html: string): string {
	const withoutTitle = html.replace(/<h1[\s>][\s\S]*?<\/h1>/, '');
	// A display formula wider than the column scrolls sideways, so keyboards must reach it.
	const ready = nameFormulaHeaders(displayLoneFormulas(withoutTitle)).replace(
		/<span class="katex-display">/g,
		'<span class="katex-display" tabindex="0">',
	);
	let heading = 'the document';
	let tables = 0;
	return ready.replace(
		/<h([23])[^>]*>([\s\S]*?)<\/h\1>|<table[\s>][\s\S]*?<\/table>/g,
		(match: string, _level: string | undefined, inner: string | undefined) => {
			if (inner !== undefined) {
				heading = textOf(inner);
				tables = 0;
				return match;
			}
			tables += 1;
			const label = `Table ${tables > 1 ? `${String(tables)} ` : ''}in ${heading}`.replace(
				/"/g,
				'&quot;',
			);
			return `<div class="table-scroll" role="region" tabindex="0" aria-label="${label}">${match}</div>`;
		},
	);
}
