// Svelte configuration, read by the Astro integration, svelte-check, ESLint and Vitest alike.
import { vitePreprocess } from '@astrojs/svelte';

export default {
	preprocess: vitePreprocess(),
};
