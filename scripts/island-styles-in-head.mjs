// Astro integration: moves the one-line <style> Astro writes before a page's first island from
// <body> into <head>, where HTML allows <style> (the Nu HTML Checker rejects it in <body>).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * What Astro 7 inlines before the first island (astro/dist/runtime/server/astro-island-styles.js).
 * Should a later Astro write something else, nothing is moved and the HTML check says so.
 */
const ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

/** The page with the island style in its head, once; unchanged when it has no island style. */
export function moveIslandStyle(/** @type {string} */ html) {
	const bodyAt = html.indexOf('<body');
	const headEnd = html.indexOf('</head>');
	if (bodyAt === -1 || headEnd === -1 || !html.includes(ISLAND_STYLE, bodyAt)) return html;
	const body = html.slice(bodyAt).split(ISLAND_STYLE).join('');
	const head = html.slice(0, bodyAt).split(ISLAND_STYLE).join('');
	const end = head.indexOf('</head>');
	return `${head.slice(0, end)}${ISLAND_STYLE}${head.slice(end)}${body}`;
}

/** @returns {import('astro').AstroIntegration} */
export default function islandStylesInHead() {
	return {
		name: 'cascade:island-styles-in-head',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				let moved = 0;
				for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
					if (!file.endsWith('.html')) continue;
					const path = join(root, file);
					const html = readFileSync(path, 'utf8');
					const fixed = moveIslandStyle(html);
					if (fixed === html) continue;
					writeFileSync(path, fixed);
					moved++;
				}
				logger.info(`island style moved into <head> on ${String(moved)} pages`);
			},
		},
	};
}
