// The built site as the quality checks find it: every HTML page in the build, and /widgets.json.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';

/** The build under test: dist/, or DIST=path (the same rule as playwright.config.ts). */
export const distDir = resolve(import.meta.dirname, '../../..', process.env.DIST ?? 'dist');

/** Every built HTML file as the path a reader visits: `chapters/x/index.html` → `/chapters/x/`. */
function crawl(): string[] {
	if (!existsSync(distDir)) return [];
	return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.map((file) => `/${file.split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1'))
		.sort();
}

/** Every page in the build, found by crawling it, so pages added later are covered too. */
export const builtPages: readonly string[] = crawl();

/** The chapter pages: /chapters/<slug>/. */
export const chapterPages = builtPages.filter((path) => /^\/chapters\/[^/]+\/$/.test(path));

/** The embed pages: /embed/<id>/. */
export const embedPages = builtPages.filter((path) => /^\/embed\/[^/]+\/$/.test(path));

/** A number parameter as /widgets.json describes it. */
export interface NumberParameter {
	readonly kind: 'number';
	readonly key: string;
	readonly query: string;
	readonly label: string;
	readonly min: number;
	readonly max: number;
	readonly integer: boolean;
}

/** A yes/no or choice parameter as /widgets.json describes it. */
export interface OtherParameter {
	readonly kind: 'boolean' | 'choice';
	readonly key: string;
	readonly query: string;
	readonly label: string;
	readonly options?: readonly { readonly value: string }[];
}

/** One widget of /widgets.json (the fields these checks read). */
export interface ManifestWidget {
	readonly id: string;
	readonly title: string;
	readonly chapter: { readonly path: string };
	readonly embedPath: string;
	readonly prefix: string;
	readonly playable: boolean;
	readonly parameters: readonly (NumberParameter | OtherParameter)[];
}

/** One render flag of /widgets.json (theme, controls…). */
export interface ManifestFlag {
	readonly key: string;
	readonly values: readonly string[];
}

interface Manifest {
	readonly flags: readonly ManifestFlag[];
	readonly widgets: readonly ManifestWidget[];
}

/** /widgets.json as built (read from the build, so the test list exists before a browser starts). */
function readManifest(): Manifest {
	const file = resolve(distDir, 'widgets.json');
	if (!existsSync(file)) return { flags: [], widgets: [] };
	return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

export const manifest = readManifest();
