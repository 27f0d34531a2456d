// Runs every check in order (types, lint, format, advisories, unit and property tests, build, HTML
// validity, Lighthouse, browser tests), records each runner's results, and ends with one line:
// "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const resultsDir = join(root, 'test-results');
const vitestJson = join(resultsDir, 'vitest.json');
const playwrightJson = join(resultsDir, 'e2e.json');

// Put the project's binaries (and so its pinned Node) first, however this script was started.
const env = {
	...process.env,
	PATH: `${join(root, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}`,
	ASTRO_TELEMETRY_DISABLED: '1',
};

/**
 * @typedef {{ name: string, passed: number, failed: number, skipped: number, seconds: number,
 *   note?: string }} StageResult
 */

/** @type {StageResult[]} */
const results = [];

/** Runs a command with inherited output; returns its exit status (1 if it could not start). */
function run(/** @type {string} */ command, /** @type {string[]} */ args, extraEnv = {}) {
	console.log(`\n▶ ${[command, ...args].join(' ')}`);
	const child = spawnSync(command, args, {
		cwd: root,
		stdio: 'inherit',
		env: { ...env, ...extraEnv },
	});
	if (child.error) console.error(child.error.message);
	return child.status ?? 1;
}

/** Times a stage that counts as one test: passed when the command exits 0. */
function stage(
	/** @type {string} */ name,
	/** @type {string} */ command,
	/** @type {string[]} */ args,
) {
	const start = performance.now();
	const status = run(command, args);
	const passed = status === 0;
	results.push({
		name,
		passed: passed ? 1 : 0,
		failed: passed ? 0 : 1,
		skipped: 0,
		seconds: (performance.now() - start) / 1000,
	});
	return passed;
}

/** Reads a JSON report, or undefined when the runner did not write one. */
function readReport(/** @type {string} */ path) {
	if (!existsSync(path)) return undefined;
	try {
		/** @type {unknown} */
		const report = JSON.parse(readFileSync(path, 'utf8'));
		return typeof report === 'object' && report !== null
			? /** @type {Record<string, unknown>} */ (report)
			: undefined;
	} catch {
		return undefined;
	}
}

/** A count from a report, 0 when absent. */
function count(
	/** @type {Record<string, unknown> | undefined} */ report,
	/** @type {string} */ key,
) {
	const value = report?.[key];
	return typeof value === 'number' ? value : 0;
}

/**
 * Records a test runner's counts from its JSON report. A runner that exits non-zero without a
 * failing test (a crash, an unhandled error, no tests found) adds one failure, so it is not lost.
 */
function recordRunner(
	/** @type {string} */ name,
	/** @type {number} */ status,
	/** @type {number} */ start,
	/** @type {{ passed: number, failed: number, skipped: number } | undefined} */ counts,
) {
	const seconds = (performance.now() - start) / 1000;
	if (counts === undefined) {
		results.push({ name, passed: 0, failed: 1, skipped: 0, seconds, note: 'no report written' });
		return;
	}
	const unexplained = status !== 0 && counts.failed === 0;
	results.push({
		name,
		...counts,
		failed: counts.failed + (unexplained ? 1 : 0),
		seconds,
		...(unexplained ? { note: `exited with ${String(status)} and no failing test` } : {}),
	});
}

/**
 * `npm audit` of what ships (no dev dependencies): fails on a high or critical advisory. When the
 * registry's advisory service cannot be reached the stage is skipped, and says why, rather than
 * failing a build that changed nothing.
 */
function auditStage() {
	const args = ['audit', '--omit=dev', '--audit-level=high', '--json'];
	console.log(`\n▶ npm ${args.join(' ')}`);
	const start = performance.now();
	const child = spawnSync('npm', args, {
		cwd: root,
		env,
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	const seconds = (performance.now() - start) / 1000;
	/** @type {{ message?: string, metadata?: { vulnerabilities?: Record<string, number> }, vulnerabilities?: Record<string, { severity?: string }> } | undefined} */
	let report;
	try {
		/** @type {unknown} */
		const parsed = JSON.parse(child.stdout);
		report = /** @type {typeof report} */ (parsed);
	} catch {
		report = undefined;
	}
	const counts = report?.metadata?.vulnerabilities;
	if (counts === undefined) {
		const why = report?.message ?? child.error?.message ?? 'no report from npm audit';
		console.log(`npm audit could not reach the advisory service (${why}): skipped.`);
		results.push({
			name: 'npm audit',
			passed: 0,
			failed: 0,
			skipped: 1,
			seconds,
			note: `skipped: ${why}`,
		});
		return;
	}
	const serious = Object.entries(report?.vulnerabilities ?? {}).filter(([, advisory]) =>
		['high', 'critical'].includes(advisory.severity ?? ''),
	);
	for (const [name, advisory] of serious)
		console.error(`${name}: ${advisory.severity ?? ''} advisory`);
	const summary = Object.entries(counts)
		.filter(([level, n]) => level !== 'total' && n > 0)
		.map(([level, n]) => `${String(n)} ${level}`)
		.join(', ');
	console.log(
		`npm audit: ${summary === '' ? 'no advisories' : summary} in production dependencies.`,
	);
	results.push({
		name: 'npm audit',
		passed: serious.length === 0 ? 1 : 0,
		failed: serious.length === 0 ? 0 : 1,
		skipped: 0,
		seconds,
	});
}

mkdirSync(resultsDir, { recursive: true });
rmSync(vitestJson, { force: true });
rmSync(playwrightJson, { force: true });

stage('astro check', 'astro', ['check']);
stage('svelte-check', 'svelte-check', []);
stage('eslint', 'eslint', ['.', '--max-warnings', '0']);
stage('prettier', 'prettier', ['--check', '.']);
auditStage();

{
	const start = performance.now();
	const status = run('vitest', [
		'run',
		'--reporter=default',
		'--reporter=json',
		`--outputFile.json=${vitestJson}`,
	]);
	const report = readReport(vitestJson);
	recordRunner(
		'vitest',
		status,
		start,
		report && {
			passed: count(report, 'numPassedTests'),
			failed: count(report, 'numFailedTests'),
			skipped: count(report, 'numPendingTests') + count(report, 'numTodoTests'),
		},
	);
}

const built = stage('build (astro build, then the CSP from scripts/csp.mjs)', 'npm', [
	'run',
	'build',
]);

if (built) stage('html validity (Nu HTML Checker)', 'node', ['scripts/validate-html.mjs']);

// Accessibility, best practices and SEO at 100 on the home page, every chapter and one embed. The
// performance score stays out: it measures the machine as much as the site (doc/quality.md).
if (built) {
	stage('lighthouse (accessibility, best practices, SEO)', 'node', [
		'scripts/lighthouse.mjs',
		'--gate',
	]);
}

if (built) {
	const start = performance.now();
	const status = run('playwright', ['test', '--reporter=list,json'], {
		PLAYWRIGHT_JSON_OUTPUT_FILE: playwrightJson,
	});
	const report = readReport(playwrightJson);
	const stats = /** @type {Record<string, unknown> | undefined} */ (report?.['stats']);
	recordRunner(
		'playwright',
		status,
		start,
		stats && {
			passed: count(stats, 'expected') + count(stats, 'flaky'),
			failed: count(stats, 'unexpected'),
			skipped: count(stats, 'skipped'),
		},
	);
	// Tests that passed only on their retry (playwright.config.ts) are counted as passed and said.
	const flaky = stats === undefined ? 0 : count(stats, 'flaky');
	const last = results.at(-1);
	if (flaky > 0 && last !== undefined) {
		last.note = `${String(flaky)} passed only on the retry: see "flaky" in the list above`;
	}
} else {
	results.push({
		name: 'playwright',
		passed: 0,
		failed: 1,
		skipped: 0,
		seconds: 0,
		note: 'not run: the build failed',
	});
}

const passed = results.reduce((sum, result) => sum + result.passed, 0);
const failed = results.reduce((sum, result) => sum + result.failed, 0);
const skipped = results.reduce((sum, result) => sum + result.skipped, 0);

console.log('\nSummary');
for (const result of results) {
	const verdict =
		result.failed > 0 ? 'FAIL' : result.passed === 0 && result.skipped > 0 ? 'skip' : 'ok  ';
	const counts = `${String(result.passed)} passed, ${String(result.failed)} failed`;
	const note = result.note === undefined ? '' : ` (${result.note})`;
	console.log(
		`  ${verdict} ${result.name.padEnd(13)} ${counts.padEnd(22)} ${result.seconds.toFixed(1).padStart(6)} s${note}`,
	);
}
if (skipped > 0) console.log(`  ${String(skipped)} skipped`);
console.log(`Results: ${vitestJson}, ${playwrightJson}`);
console.log(`${String(passed)} passed, ${String(failed)} failed`);
process.exitCode = failed > 0 ? 1 : 0;
