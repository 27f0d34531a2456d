// Astro configuration: a fully static site with Svelte islands, MDX chapters and a sitemap.
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import svelte from '@astrojs/svelte';
import { defineConfig } from 'astro/config';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import islandStylesInHead from './scripts/island-styles-in-head.mjs';

// The sitemap needs absolute URLs; deployments set SITE_URL to their public origin.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
	site,
	output: 'static',
	// Every page's CSS goes into its own <style>: no stylesheet request stands between the HTML and
	// the first paint (a few KB per page, gzipped with the HTML). The policy already allows inline
	// styles (scripts/csp-policy.mjs).
	build: { inlineStylesheets: 'always' },
	// OUT_DIR lets several builds exist side by side (e.g. a helper's build beside the main one).
	outDir: process.env.OUT_DIR ?? './dist',
	integrations: [
		svelte(),
		mdx(),
		// Embed pages are noindex: they are for iframes, not for search results.
		sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/embed/') }),
		islandStylesInHead(),
	],
	// Sandboxed embeds have an opaque origin, so their scripts and fonts are cross-origin requests;
	// the preview server answers them as public/_headers asks real hosts to.
	server: { headers: { 'Access-Control-Allow-Origin': '*' } },
	markdown: {
		// The remark/rehype pipeline, because KaTeX runs as a rehype plugin: formulas become HTML at
		// build time and the reader's browser runs no maths code. MDX inherits this processor.
		processor: unified({
			remarkPlugins: [remarkMath],
			rehypePlugins: [rehypeKatex],
			remarkRehype: {
				// A visible "Notes" heading: it is listed in the chapter's table of contents.
				footnoteLabel: 'Notes',
				footnoteLabelProperties: { className: ['footnotes-heading'] },
				footnoteBackLabel: (referenceIndex, rereferenceIndex) =>
					`Back to the text for note ${String(referenceIndex + 1)}` +
					(rereferenceIndex > 1 ? `, reference ${String(rereferenceIndex)}` : ''),
			},
		}),
	},
});
