// Plain reading text out of MDX and Markdown sources, whole or by section, for search and the glossary.

/** A rendered heading as Astro reports it from `render(entry)`. */
export interface RenderedHeading {
	depth: number;
	/** The heading's id in the page. */
	slug: string;
	text: string;
}

/** A stretch of a page under one heading. */
export interface TextSection {
	/** The heading's text, or '' for the text before the first heading. */
	heading: string;
	/** 0 for the text before the first heading, else the heading's level. */
	depth: number;
	/** The id to link to, or '' for the top of the page. */
	anchor: string;
	/** The section's plain text, whitespace collapsed. */
	text: string;
}

const DOLLAR = '\u0000';

/** TeX commands read as the symbols they print. */
const TEX_SYMBOLS: Record<string, string> = {
	times: '×',
	cdot: '·',
	le: '≤',
	leq: '≤',
	ge: '≥',
	geq: '≥',
	approx: '≈',
	pm: '±',
	mp: '∓',
	infty: '∞',
	dots: '…',
	ldots: '…',
	Delta: 'Δ',
	delta: 'δ',
	rho: 'ρ',
	kappa: 'κ',
	lambda: 'λ',
	alpha: 'α',
	beta: 'β',
	gamma: 'γ',
	sigma: 'σ',
	pi: 'π',
	phi: 'φ',
	eta: 'η',
	tau: 'τ',
	mu: 'μ',
};

/** Inline TeX as a reader would say it: `\frac{1}{L}` → "1/L", `\Delta = 0.02` → "Δ = 0.02". */
export function texPlain(tex: string): string {
	return tex
		.replace(/\\(?:mathrm|text|operatorname|mathbf|mathit)\{([^{}]*)\}/g, '$1')
		.replace(/\\frac\{([^{}]*)\}\{([^{}]*)\}/g, '$1/$2')
		.replace(/\\[,;:! ]|\\q?quad/g, ' ')
		.replace(/\\([%$&#])/g, '$1')
		.replace(/\\([A-Za-z]+)/g, (_match, name: string) => TEX_SYMBOLS[name] ?? name)
		.replace(/[{}]/g, '')
		.replace(/_/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Markdown and MDX inline syntax taken out of a run of text, leaving what a reader sees. */
export function inlinePlain(text: string): string {
	return (
		text
			// Escaped dollars are prices, not maths: keep them out of the maths rule below.
			.replace(/\\\$/g, DOLLAR)
			.replace(/\$([^$\n]+)\$/g, (_match, tex: string) => texPlain(tex))
			.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
			.replace(/\[\^[^\]]+\]/g, '')
			.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
			// Tags go without a trace: inline ones (a glossary term) sit inside words' spacing already.
			.replace(/<\/?[A-Za-z][^>]*>/g, '')
			.replace(/`([^`]*)`/g, '$1')
			.replace(/\*+/g, '')
			.replace(/(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, '')
			.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1')
			.replace(/&nbsp;/g, ' ')
			.replace(/&amp;/g, '&')
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replaceAll(DOLLAR, '$')
	);
}

/** Block syntax of one line taken out: heading marks, list bullets, quotes, table pipes. */
function linePlain(line: string): string {
	if (/^\s*\|?[\s:|-]+\|[\s:|-]*$/.test(line) && line.includes('-')) return '';
	return inlinePlain(
		line
			.replace(/^\s{0,3}#{1,6}\s+/, '')
			.replace(/^\s*>\s?/, '')
			.replace(/^\s*(?:[-*+]|\d+\.)\s+/, '')
			.replace(/^\s*\[\^[^\]]+\]:\s*/, '')
			.replace(/\|/g, ' '),
	);
}

/** Collapses runs of whitespace to single spaces and trims. */
function squash(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** The source with what a reader never sees removed: front matter, code, imports, comments, display maths. */
function readable(body: string): string {
	return body
		.replace(/^---\n[\s\S]*?\n---\n/, '')
		.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1\s*$/gm, ' ')
		.replace(/^(import|export)\s.*$/gm, ' ')
		.replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
		.replace(/<!--[\s\S]*?-->/g, ' ')
		.replace(/\$\$[\s\S]*?\$\$/g, ' ');
}

/** The plain text of a whole MDX or Markdown body. */
export function plainText(body: string): string {
	return squash(readable(body).split('\n').map(linePlain).join('\n'));
}

/** The ATX headings of a body (outside code), in order, with the line each starts on. */
function sourceHeadings(lines: readonly string[]): { line: number; depth: number }[] {
	const found: { line: number; depth: number }[] = [];
	lines.forEach((line, index) => {
		const match = /^\s{0,3}(#{1,6})\s+\S/.exec(line);
		if (match?.[1] !== undefined) found.push({ line: index, depth: match[1].length });
	});
	return found;
}

/**
 * Splits a body into sections at its headings of level `maxDepth` or higher (2 → h1 and h2),
 * naming each by the rendered heading at the same position, so the anchors are the page's own.
 * Deeper headings stay inside their section, as text. Throws when the source and the rendered
 * headings disagree, since the links would then point at the wrong places.
 */
export function splitSections(
	body: string,
	rendered: readonly RenderedHeading[],
	maxDepth = 3,
): TextSection[] {
	const lines = readable(body).split('\n');
	const fromSource = sourceHeadings(lines);
	const headings = rendered.filter((heading) => heading.slug !== 'footnote-label');
	if (fromSource.length !== headings.length) {
		throw new Error(
			`The source has ${String(fromSource.length)} headings but the page rendered ${String(headings.length)}; ` +
				'search anchors would be wrong. Is a heading inside a component or a code block?',
		);
	}
	const sections: TextSection[] = [{ heading: '', depth: 0, anchor: '', text: '' }];
	let current = sections[0];
	let next = 0;
	lines.forEach((line, index) => {
		const source = fromSource[next];
		if (source?.line === index) {
			const heading = headings[next];
			next += 1;
			if (heading !== undefined && heading.depth <= maxDepth) {
				current = { heading: heading.text, depth: heading.depth, anchor: heading.slug, text: '' };
				sections.push(current);
				return;
			}
		}
		if (current !== undefined) current.text += `${linePlain(line)}\n`;
	});
	return sections
		.map((section) => ({ ...section, text: squash(section.text) }))
		.filter((section) => section.depth > 0 || section.text !== '');
}

/** A block of a body between `<Tag …>` and `</Tag>`, cut out: its inner text and the body without it. */
export function cutComponent(body: string, tag: string): { inner: string; rest: string } {
	const pattern = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`);
	const match = pattern.exec(body);
	if (match === null) return { inner: '', rest: body };
	return {
		inner: match[1] ?? '',
		rest: body.slice(0, match.index) + body.slice(match.index + match[0].length),
	};
}

/** Footnote definitions (`[^n]: …`, continued on indented lines) cut out of a body. */
export function cutFootnotes(body: string): { notes: string; rest: string } {
	const notes: string[] = [];
	const rest: string[] = [];
	let inNote = false;
	for (const line of body.split('\n')) {
		if (/^\[\^[^\]]+\]:/.test(line)) {
			inNote = true;
			notes.push(line);
		} else if (inNote && (/^\s{2,}\S/.test(line) || line.trim() === '')) {
			notes.push(line);
		} else {
			inNote = false;
			rest.push(line);
		}
	}
	return { notes: notes.join('\n'), rest: rest.join('\n') };
}
