/// <reference types="vitest/config" />
// Vitest configuration: unit and property tests under tests/, run in Node with Astro's Vite setup
// (so Svelte rune modules such as widget.svelte.ts compile as they do in the site).
import { getViteConfig } from 'astro/config';

export default getViteConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		exclude: ['tests/e2e/**', 'node_modules/**', 'dist/**'],
		environment: 'node',
	},
});
