// Lighthouse (mobile emulation, its default throttling) on the home page, every chapter and one
// embed of a production build, served as static hosts serve it (headers, gzip). Writes the scores into
// doc/quality.md between its markers (full results in test-results/lighthouse/) and exits 1 when
// a page misses its threshold. With --gate (the `npm test` stage) it scores only accessibility,
// best practices and SEO, which do not depend on how busy the machine is, and records nothing.
// With --runs=N it audits each page N times and records, per page, the run with the median
// performance score and all N scores (the full run does 3 by default: one run is noise).
// With --only=/a/,/b/ it audits just those pages and records nothing: for trying a change.
// Usage: node scripts/lighthouse.mjs [build dir] [--gate] [--only=paths] [--runs=N]
//        (default: DIST or dist/; CHROME_PATH)
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
/** The quick pass `npm test` runs: no performance score, nothing written to doc/quality.md. */
const gate = args.includes('--gate');
const buildArg = args.find((arg) => !arg.startsWith('--'));
/** The value of `--name=value`, if given. */
const option = (/** @type {string} */ name) =>
	args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
/** Pages named on the command line: audited alone, nothing recorded. */
const only = option('only')
	?.split(',')
	.filter((path) => path !== '');
/**
 * How many times each page is audited. The same build scores 5–15 points apart between runs on a
 * two-core machine, so the recorded full run takes the median of three; the gate needs one.
 */
const runs = Math.max(1, Number(option('runs') ?? (gate || only ? 1 : 3)) || 1);
const dist = resolve(buildArg ?? process.env.DIST ?? join(root, 'dist'));
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const report = join(root, 'doc', 'quality.md');
/** Where each page's full Lighthouse result is kept, to see why a score is what it is. */
const resultsDir = join(root, 'test-results', gate ? 'lighthouse-gate' : 'lighthouse');
const START = '<!-- lighthouse:start -->';
const END = '<!-- lighthouse:end -->';

/** Minimum scores (0–100) per category; embeds are not meant to be found, so SEO is not asked. */
const THRESHOLDS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };

/**
 * The gate's shortcuts, none of which changes an accessibility, best-practice or SEO finding:
 * no throttling model or screenshots (they serve the performance score), and shorter waits for
 * a quiet page (a static page is quiet as soon as it has loaded).
 */
const GATE_SETTINGS = {
	throttlingMethod: /** @type {const} */ ('provided'),
	disableFullPageScreenshot: true,
	pauseAfterFcpMs: 250,
	pauseAfterLoadMs: 250,
	networkQuietThresholdMs: 500,
	cpuQuietThresholdMs: 500,
};

/** @typedef {keyof typeof THRESHOLDS} Category */
/** @typedef {{ path: string, scores: Partial<Record<Category, number>>, misses: string[], seconds: number }} PageResult */

/** The pages to audit, found in the build: home, every chapter, the first embed. */
function pagesToAudit() {
	const chapters = join(dist, 'chapters');
	const slugs = existsSync(chapters)
		? readdirSync(chapters, { withFileTypes: true })
				.filter(
					(entry) => entry.isDirectory() && existsSync(join(chapters, entry.name, 'index.html')),
				)
				.map((entry) => entry.name)
				.sort()
		: [];
	const embeds = existsSync(join(dist, 'embed'))
		? readdirSync(join(dist, 'embed')).filter((id) =>
				existsSync(join(dist, 'embed', id, 'index.html')),
			)
		: [];
	const embed = embeds.includes('leverage-amplifier') ? 'leverage-amplifier' : embeds.sort()[0];
	return [
		'/',
		...slugs.map((slug) => `/chapters/${slug}/`),
		...(embed === undefined ? [] : [`/embed/${embed}/`]),
	];
}

/** A TCP port nobody is listening on. */
function freePort() {
	/** @type {Promise<number>} */
	const port = new Promise((done, fail) => {
		const probe = createServer();
		probe.once('error', fail);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address !== null ? address.port : 0;
			probe.close(() => done(port));
		});
	});
	return port;
}

/** Starts scripts/serve.mjs on the build and resolves once it answers. */
async function serve(/** @type {number} */ port) {
	const server = spawn(process.execPath, [join(root, 'scripts', 'serve.mjs'), String(port)], {
		env: { ...process.env, DIST: dist },
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	for (let attempt = 0; attempt < 100; attempt++) {
		try {
			if ((await fetch(`http://127.0.0.1:${String(port)}/`)).ok) return server;
		} catch {
			// Not listening yet.
		}
		await new Promise((wait) => setTimeout(wait, 100));
	}
	server.kill();
	throw new Error('The static server did not start.');
}

/**
 * Answers on `port` for the static server on `upstream`, gzipping text the way static hosts do
 * (scripts/serve.mjs sends files as they are, and uncompressed pages would be scored as heavier
 * than any reader gets them).
 */
function compressingProxy(/** @type {number} */ port, /** @type {number} */ upstream) {
	const text = /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml)/;
	const proxy = createHttpServer((request, response) => {
		const forward = httpRequest(
			{
				host: '127.0.0.1',
				port: upstream,
				path: request.url,
				method: request.method,
				headers: { ...request.headers, 'accept-encoding': 'identity' },
			},
			(answer) => {
				const type = String(answer.headers['content-type'] ?? '');
				const accepts = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
				if (!text.test(type) || !accepts) {
					response.writeHead(answer.statusCode ?? 502, answer.headers);
					answer.pipe(response);
					return;
				}
				// The length changes with compression, so it is left to the chunked encoding.
				const headers = { ...answer.headers, 'content-encoding': 'gzip', vary: 'Accept-Encoding' };
				delete headers['content-length'];
				response.writeHead(answer.statusCode ?? 502, headers);
				answer.pipe(createGzip()).pipe(response);
			},
		);
		forward.on('error', () => response.writeHead(502).end());
		request.pipe(forward);
	});
	/** @type {Promise<import('node:http').Server>} */
	const listening = new Promise((done) => {
		proxy.listen(port, '127.0.0.1', () => done(proxy));
	});
	return listening;
}

/**
 * The audits that cost points in a scored category, worst first ("color-contrast 0"), so the table
 * says what to fix and not only that something is wrong.
 * @param {import('lighthouse').Result} result
 */
function misses(result, /** @type {Category[]} */ categories) {
	/** @type {string[]} */
	const found = [];
	for (const id of categories) {
		for (const ref of result.categories[id]?.auditRefs ?? []) {
			const audit = result.audits[ref.id];
			if (ref.weight === 0 || audit?.score === null || audit === undefined) continue;
			if (audit.score < (id === 'performance' ? 0.9 : 1)) {
				found.push(`${ref.id} ${String(Math.round(audit.score * 100))}`);
			}
		}
	}
	return found;
}

/**
 * One result per page: the run with the median performance score (the lower middle one for an even
 * count), carrying every run's score in `runs`, in the order the pages were audited.
 * @param {PageResult[]} results
 * @returns {(PageResult & { runs: number[] })[]}
 */
function medianRuns(results) {
	return [...new Set(results.map((r) => r.path))].map((path) => {
		const mine = results.filter((r) => r.path === path);
		const sorted = [...mine].sort(
			(a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0),
		);
		const median = sorted[Math.floor((sorted.length - 1) / 2)] ?? mine[0];
		if (median === undefined) throw new Error(`No result for ${path}`);
		return { ...median, runs: mine.map((r) => r.scores.performance ?? Number.NaN) };
	});
}

/** The one-minute load average, to one decimal. */
const load = () => (loadavg()[0] ?? 0).toFixed(1);

/** The markdown table of the results, with when, with what and on how busy a machine it was measured. */
function table(
	/** @type {(PageResult & { runs: number[] })[]} */ results,
	/** @type {string} */ versions,
	/** @type {string} */ machine,
) {
	const cell = (/** @type {number | undefined} */ score, /** @type {Category} */ id) =>
		score === undefined ? '–' : score >= THRESHOLDS[id] ? String(score) : `**${String(score)}**`;
	const rows = results.map(
		(r) =>
			`| \`${r.path}\` | ${cell(r.scores.performance, 'performance')} | ${r.runs.join(', ')} | ${cell(r.scores.accessibility, 'accessibility')} | ${cell(r.scores['best-practices'], 'best-practices')} | ${cell(r.scores.seo, 'seo')} | ${r.misses.join(', ') || '–'} |`,
	);
	return [
		`Measured ${new Date().toISOString().slice(0, 10)} with ${versions}, mobile emulation and`,
		"Lighthouse's default simulated throttling, against `scripts/serve.mjs` behind a gzip proxy.",
		'Bold: below the threshold (performance 95, the others 100; embeds have no SEO score).',
		`Each page was audited ${String(runs)} time${runs === 1 ? '' : 's'}; a row is the run with the median performance score, and "Runs" lists every run's.`,
		machine,
		'',
		'| Page | Performance | Runs | Accessibility | Best practices | SEO | Audits below par |',
		'| --- | ---: | --- | ---: | ---: | ---: | --- |',
		...rows,
	].join('\n');
}

/** Puts the table between the markers in doc/quality.md (the rest of the file is prose). */
function record(/** @type {string} */ markdown) {
	const text = readFileSync(report, 'utf8');
	const start = text.indexOf(START);
	const end = text.indexOf(END);
	if (start === -1 || end < start) throw new Error(`${report} has no ${START} … ${END} markers.`);
	writeFileSync(report, `${text.slice(0, start + START.length)}\n${markdown}\n${text.slice(end)}`);
}

async function main() {
	if (!existsSync(join(dist, 'index.html'))) {
		console.error(`No build in ${dist}: run \`npm run build\` first.`);
		return 1;
	}
	mkdirSync(resultsDir, { recursive: true });
	const loadAtStart = load();
	const upstream = await freePort();
	const server = await serve(upstream);
	const port = await freePort();
	const proxy = await compressingProxy(port, upstream);
	const chrome = await chromeLauncher.launch({
		chromePath,
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
	});
	/** @type {PageResult[]} */
	const results = [];
	let versions = 'Lighthouse';
	try {
		for (const path of (only ?? pagesToAudit()).flatMap((page) =>
			Array.from({ length: runs }, () => page),
		)) {
			const started = performance.now();
			/** @type {Category[]} */
			const categories = /** @type {Category[]} */ (Object.keys(THRESHOLDS)).filter(
				(id) => !(gate && id === 'performance') && !(path.startsWith('/embed/') && id === 'seo'),
			);
			// localhost, not 127.0.0.1: the build's canonical links name localhost (SITE_URL's default).
			const run = await lighthouse(`http://localhost:${String(port)}${path}`, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: categories,
				...(gate ? GATE_SETTINGS : {}),
			});
			if (run === undefined) throw new Error(`Lighthouse returned nothing for ${path}`);
			const result = run.lhr;
			const file = `${path.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'home'}.json`;
			writeFileSync(join(resultsDir, file), JSON.stringify(result));
			versions = `Lighthouse ${result.lighthouseVersion} (${/Chrome\/[\d.]+/.exec(result.environment.hostUserAgent)?.[0] ?? 'Chrome'})`;
			/** @type {Partial<Record<Category, number>>} */
			const scores = {};
			for (const id of categories) {
				const score = result.categories[id]?.score;
				if (typeof score === 'number') scores[id] = Math.round(score * 100);
			}
			const seconds = (performance.now() - started) / 1000;
			results.push({ path, scores, misses: misses(result, categories), seconds });
			const line = categories.map((id) => `${id} ${String(scores[id] ?? '–')}`).join(', ');
			// The gate does not trace the load, so it has no blocking time to report.
			const tbt = result.audits['total-blocking-time']?.numericValue;
			const blocking = tbt === undefined ? '' : `; TBT ${String(Math.round(tbt))} ms`;
			console.log(`${path}: ${line}${blocking} (${seconds.toFixed(1)} s)`);
		}
	} finally {
		chrome.kill();
		proxy.close();
		server.kill();
	}
	const machine = `Machine: ${String(availableParallelism())} cores, one-minute load average ${loadAtStart} at the start and ${load()} at the end (a performance score is only meaningful on a quiet machine, load well under the core count).`;
	console.log(machine);
	const medians = medianRuns(results);
	for (const r of medians) {
		if (r.runs.length > 1) {
			console.log(
				`${r.path}: performance median ${String(r.scores.performance)} of ${r.runs.join(', ')}`,
			);
		}
	}
	if (only !== undefined) return 0;
	if (!gate) record(table(medians, versions, machine));
	const failing = medians.filter((r) =>
		Object.entries(r.scores).some(
			([id, score]) => score < THRESHOLDS[/** @type {Category} */ (id)],
		),
	);
	for (const r of failing) console.error(`Below threshold: ${r.path} (${r.misses.join(', ')})`);
	console.log(
		`Lighthouse: ${String(medians.length - failing.length)} of ${String(medians.length)} pages meet the thresholds${gate ? ' for accessibility, best practices and SEO' : '; scores in doc/quality.md'}.`,
	);
	return failing.length > 0 ? 1 : 0;
}

process.exitCode = await main();
