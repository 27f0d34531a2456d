/// <reference types="vitest/config" />
// Vitest configuration: unit and property tests under tests/, run in Node with Astro's Vite setup
// (so Svelte rune modules such as widget.svelte.ts compile as they do in the site).
import { getViteConfig } from 'astro/config';

export default getViteConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		exclude: ['tests/e2e/**', 'node_modules/**', 'dist/**'],
		environment: 'node',
		// Whole calibrated runs (the October preset) take about a second on a quiet 2-core machine
		// and many times that on a busy one; a generous limit keeps a slow machine from failing them.
		testTimeout: 60_000,
	},
});
