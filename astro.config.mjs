// Astro configuration: a fully static site with Svelte islands, MDX chapters and a sitemap.
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import svelte from '@astrojs/svelte';
import { defineConfig } from 'astro/config';

// The sitemap needs absolute URLs; deployments set SITE_URL to their public origin.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
	site,
	output: 'static',
	integrations: [svelte(), mdx(), sitemap()],
});
