// The site's Content-Security-Policy: which sources each kind of resource may come from, and the
// _headers rules that send it (framing allowed only under /embed/). Shared by scripts/csp.mjs and
// the tests.
import { createHash } from 'node:crypto';

/** Inline <script> elements with code (no src, not a data block such as JSON). */
const inlineScript = /<script(\s[^>]*)?>([\s\S]*?)<\/script\s*>/gi;

/** CSP source expressions ('sha256-…') for every inline script in an HTML document. */
export function inlineScriptHashes(/** @type {string} */ html) {
	/** @type {string[]} */
	const hashes = [];
	for (const match of html.matchAll(inlineScript)) {
		const attributes = match[1] ?? '';
		const code = match[2] ?? '';
		if (/\ssrc\s*=/i.test(attributes)) continue;
		const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
		if (type !== undefined && type !== 'module' && !type.includes('javascript')) continue;
		hashes.push(`'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`);
	}
	return hashes;
}

/**
 * The policy: everything from the site's own origin only; scripts also by hash; styles may be
 * inline (Svelte sets style attributes for chart geometry); fonts may be data: URLs (the bundler
 * inlines KaTeX's smallest font files); images may be data:/blob: URLs (PNG
 * export, QR codes); who may frame the page is given separately.
 */
export function policy(/** @type {string[]} */ scriptHashes, /** @type {string} */ frameAncestors) {
	return [
		"default-src 'self'",
		`script-src 'self' ${scriptHashes.join(' ')}`.trim(),
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data: blob:",
		"font-src 'self' data:",
		"connect-src 'self'",
		"worker-src 'self'",
		"manifest-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		`frame-ancestors ${frameAncestors}`,
	].join('; ');
}

/**
 * _headers rules that give every path the policy: /embed/ may be framed by any site (that is
 * what it is for), everything else only by the site itself. Each path matches exactly one CSP
 * rule, because hosts that merge several matching rules would otherwise send two policies.
 */
export function cspRules(/** @type {string[]} */ scriptHashes, /** @type {string[]} */ topLevel) {
	const closed = policy(scriptHashes, "'self'");
	const open = policy(scriptHashes, '*');
	const lines = ['/', `  Content-Security-Policy: ${closed}`, '  X-Frame-Options: SAMEORIGIN', ''];
	for (const entry of topLevel) {
		if (entry === '/embed/' || entry === '/_headers') continue;
		const pattern = entry.endsWith('/') ? `${entry}*` : entry;
		lines.push(
			pattern,
			`  Content-Security-Policy: ${closed}`,
			'  X-Frame-Options: SAMEORIGIN',
			'',
		);
	}
	lines.push('/embed/*', `  Content-Security-Policy: ${open}`, '');
	return lines.join('\n');
}
