// Checks every built HTML page with the Nu HTML Checker (npm package vnu-jar) in one Java run, and
// lists each error as file:line:column. Usage: node scripts/validate-html.mjs [build dir]
// (default: DIST or dist/). Exits 1 when there are errors or the checker cannot run.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(process.argv[2] ?? process.env.DIST ?? join(root, 'dist'));
/** The package's main export is the jar's path (a String object with a helper attached). */
const jar = String(createRequire(import.meta.url)('vnu-jar'));

/**
 * The checker's CSS validator predates some CSS that every current browser supports; its
 * complaints about exactly these are not errors in the page. Anything else about CSS still fails.
 */
const CSS_THE_CHECKER_DOES_NOT_KNOW = [
	/^CSS: “(paint-order|container-type|container-name|container|text-wrap|text-wrap-style|content-visibility|scrollbar-gutter)”: Property “\1” doesn't exist\.$/,
	/^CSS: Unrecognized at-rule “@container”\.?$/,
];

/** It cannot know what a custom property holds, so calc() over var() may look mistyped to it. */
const typesOfCustomProperties = (/** @type {NuMessage} */ message) =>
	/^CSS: “[a-z-]+”: The types are incompatible\.$/.test(message.message) &&
	(message.extract ?? '').includes('var(--');

/**
 * @typedef {{ type: string, subType?: string, url?: string, lastLine?: number,
 *   lastColumn?: number, message: string, extract?: string }} NuMessage
 */

/** Every .html file under the build, sorted. */
function htmlFiles(/** @type {string} */ dir) {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.sort()
		.map((file) => join(dir, file));
}

/** The JSON report the checker writes to stderr, after whatever the JVM printed first. */
function parseReport(/** @type {string} */ stderr) {
	const start = stderr.indexOf('{"');
	if (start === -1) throw new Error(`The checker wrote no report:\n${stderr.slice(0, 2000)}`);
	/** @type {unknown} */
	const parsed = JSON.parse(stderr.slice(start));
	const report = /** @type {{ messages?: NuMessage[] }} */ (parsed);
	return report.messages ?? [];
}

/** "chapters/margin/index.html:62:704" for a message, relative to the build. */
function place(/** @type {NuMessage} */ message) {
	const file = message.url?.startsWith('file:') ? fileURLToPath(message.url) : (message.url ?? '?');
	const line = message.lastLine === undefined ? '' : `:${String(message.lastLine)}`;
	const column = message.lastColumn === undefined ? '' : `:${String(message.lastColumn)}`;
	return `${relative(dist, file)}${line}${column}`;
}

function main() {
	if (!existsSync(join(dist, 'index.html'))) {
		console.error(`No build in ${dist}: run \`npm run build\` first.`);
		return 1;
	}
	const files = htmlFiles(dist);
	const started = performance.now();
	const run = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', ...files], {
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	if (run.error) {
		console.error(
			`Could not start Java (${run.error.message}). The Nu HTML Checker needs Java 11 or later: ` +
				'`apt-get install -y default-jre-headless` on Debian/Ubuntu.',
		);
		return 1;
	}
	const messages = parseReport(run.stderr);
	const errors = messages.filter(
		(message) =>
			(message.type === 'error' || message.subType === 'fatal') &&
			!CSS_THE_CHECKER_DOES_NOT_KNOW.some((pattern) => pattern.test(message.message)) &&
			!typesOfCustomProperties(message),
	);
	for (const error of errors) {
		const extract = error.extract === undefined ? '' : `\n    near: ${error.extract.trim()}`;
		console.error(`${place(error)}: ${error.message}${extract}`);
	}
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	const pages = `${String(files.length)} pages`;
	if (errors.length > 0) {
		const where = new Set(errors.map((error) => place(error).split(':')[0])).size;
		console.error(
			`\n${String(errors.length)} HTML errors in ${String(where)} of ${pages} (${seconds} s).`,
		);
		return 1;
	}
	console.log(`Nu HTML Checker: no errors in ${pages} (${seconds} s).`);
	return 0;
}

process.exitCode = main();
