// ESLint flat config: type-checked TypeScript rules for .ts, .svelte and .astro files, zero warnings.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import svelte from 'eslint-plugin-svelte';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import ts from 'typescript-eslint';

const simulatorKnowsNoView =
	'The simulator (src/sim) must not know the view: keep it pure TypeScript in domain units, and let the widgets render it.';

export default defineConfig(
	globalIgnores([
		'dist/',
		'node_modules/',
		'.astro/',
		'test-results/',
		'playwright-report/',
		'blob-report/',
		'coverage/',
	]),
	js.configs.recommended,
	ts.configs.recommendedTypeChecked,
	ts.configs.stylisticTypeChecked,
	svelte.configs.recommended,
	astro.configs.recommended,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node },
			parserOptions: {
				projectService: true,
				tsconfigRootDir: import.meta.dirname,
				extraFileExtensions: ['.svelte', '.astro'],
			},
		},
	},
	{
		rules: {
			// Reading a key of a Record with brackets says "look this up", which is what validation does.
			'@typescript-eslint/dot-notation': ['error', { allowIndexSignaturePropertyAccess: true }],
			// `x!` and `x as T` both assert; `as T` at least names the type being claimed.
			'@typescript-eslint/non-nullable-type-assertion-style': 'off',
		},
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: { parser: ts.parser },
		},
		rules: {
			// Svelte's compiler warnings (accessibility among them) fail the lint, not just svelte-check.
			'svelte/valid-compile': 'error',
		},
	},
	{
		files: ['**/*.astro'],
		languageOptions: {
			// astro-eslint-parser cannot use the project service; it reads the tsconfig itself.
			parserOptions: { parser: ts.parser, projectService: false, project: './tsconfig.json' },
		},
	},
	{
		// Files in public/ are served to other sites as written: plain browser scripts, no types.
		files: ['public/**/*.js'],
		extends: [ts.configs.disableTypeChecked],
		languageOptions: {
			sourceType: 'script',
			globals: globals.browser,
			parserOptions: { projectService: false },
		},
	},
	{
		files: ['src/sim/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: ['svelte', 'astro', 'd3', 'd3-selection', 'd3-transition'].map((name) => ({
						name,
						message: simulatorKnowsNoView,
					})),
					patterns: [
						{ group: ['svelte/*', 'astro/*', 'astro:*'], message: simulatorKnowsNoView },
						{ group: ['**/*.svelte', '**/*.astro'], message: simulatorKnowsNoView },
					],
				},
			],
			'no-restricted-globals': [
				'error',
				...[
					'window',
					'document',
					'navigator',
					'localStorage',
					'sessionStorage',
					'requestAnimationFrame',
					'cancelAnimationFrame',
					'HTMLElement',
					'Element',
					'Node',
					'Event',
					'EventTarget',
					'CustomEvent',
				].map((name) => ({ name, message: simulatorKnowsNoView })),
			],
		},
	},
);
