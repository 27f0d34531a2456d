// Browser benchmark: for every widget's main sliders, time from a key press to the frame showing it,
// at normal speed and with the CPU slowed 4×. Figures only, never a test: nothing is asserted.
// Usage: npm run bench:browser [-- --dist=dist --port=4399 --presses=60 --runs=1 --rates=1,4
//        --only=bare,cascade-lab,home --write --profile]   (build first; --write puts the table in
//        doc/performance.md; --profile also traces a second series of presses and prints where
//        the main thread's time went, and its CPU time per press)
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CALIBRATION_HTML, CALIBRATION_PATH } from './browser/calibration.mjs';
import { installKeyToFrameProbe } from './browser/probe.mjs';
import { mainThreadBreakdown, TRACE_CATEGORIES, traceEventsOf } from './browser/profile.mjs';
import { markdownTable, writeBetweenMarkers } from './browser/report.mjs';

const root = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
	options: {
		dist: { type: 'string', default: process.env.DIST ?? join(root, 'dist') },
		port: { type: 'string', default: process.env.PORT ?? '4399' },
		presses: { type: 'string', default: '60' },
		runs: { type: 'string', default: '1' },
		rates: { type: 'string', default: '1,4' },
		only: { type: 'string' },
		write: { type: 'boolean', default: false },
		profile: { type: 'boolean', default: false },
	},
});
const dist = resolve(args.dist);
const port = Number(args.port);
const presses = Math.max(2, Number(args.presses));
const runs = Math.max(1, Number(args.runs));
const rates = args.rates.split(',').map(Number);
/** Key presses before timing starts, so code is compiled and caches are warm. */
const WARMUP = 6;
/** Presses in one direction before turning back, so the slider stays near its default. */
const SWING = 10;

if (!existsSync(join(dist, 'widgets.json'))) {
	throw new Error(`No build with widgets.json in ${dist}: run \`npm run build\` (or pass --dist).`);
}
const chromePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
	(p) => p !== undefined && existsSync(p),
);
if (chromePath === undefined) {
	throw new Error('No Chromium: apt-get install -y chromium, or set CHROME_PATH.');
}

/**
 * Starts scripts/serve.mjs on the build and resolves once it listens.
 * @returns {Promise<import('node:child_process').ChildProcess>}
 */
function serve() {
	const server = spawn(process.execPath, [join(root, 'scripts/serve.mjs'), String(port)], {
		env: { ...process.env, DIST: dist },
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	return new Promise((ready, fail) => {
		server.once('error', fail);
		server.once('exit', (code) => fail(new Error(`The server exited (${String(code)}).`)));
		server.stdout.once('data', () => ready(server));
	});
}

/**
 * The pages to measure: the calibration page (a bare slider), every widget in the build's
 * /widgets.json, then the home page.
 * @param {string} origin
 * @returns {Promise<{ id: string, title: string, path: string }[]>}
 */
async function targetsOf(origin) {
	const response = await fetch(`${origin}/widgets.json`);
	/** @type {unknown} */
	const list = await response.json();
	const widgets =
		typeof list === 'object' && list !== null && 'widgets' in list && Array.isArray(list.widgets)
			? /** @type {{ id: string, title: string, embedPath: string }[]} */ (list.widgets)
			: [];
	if (widgets.length === 0) throw new Error(`${origin}/widgets.json lists no widgets.`);
	const all = [
		{ id: 'bare', title: 'Bare slider, no script (the floor)', path: CALIBRATION_PATH },
		...widgets.map((w) => ({ id: w.id, title: w.title, path: w.embedPath })),
		{ id: 'home', title: 'Home mini-cascade', path: '/' },
	];
	const only = args.only?.split(',');
	return only === undefined ? all : all.filter((t) => only.includes(t.id));
}

/** @param {number} ms */
const pause = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * Opens one page at one CPU slowdown and times key presses on each of its main sliders.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {number} rate
 * @returns {Promise<Map<string, import('./browser/report.mjs').SliderSamples>>} by slider label
 */
async function measurePage(browser, url, rate) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	await context.route(`**${CALIBRATION_PATH}`, (route) =>
		route.fulfill({ contentType: 'text/html; charset=utf-8', body: CALIBRATION_HTML }),
	);
	const page = await context.newPage();
	/** @type {string[]} */
	const errors = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.addInitScript(installKeyToFrameProbe);
	await page.goto(url);
	const sliders = page.locator('[data-param][data-primary] input[type="range"]');
	const fallback = page.locator('figure input[type="range"]').first();
	const count = await sliders.count();
	const chosen = count > 0 ? Array.from({ length: count }, (_, i) => sliders.nth(i)) : [fallback];
	await chosen[0]?.scrollIntoViewIfNeeded();
	// Hydration (client:visible) replaces the island's ssr attribute once the widget is live.
	await page.waitForFunction(
		() => document.querySelectorAll('astro-island[ssr]:has(input[type="range"])').length === 0,
		undefined,
		{ timeout: 60_000 },
	);
	await pause(1500);
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate });
	/** @type {Map<string, import('./browser/report.mjs').SliderSamples>} */
	const bySlider = new Map();
	let taken = 0;
	for (const slider of chosen) {
		const label = await slider.evaluate(
			(input) =>
				(input instanceof HTMLInputElement ? input.labels?.[0]?.textContent : null)?.trim() ??
				input.id,
		);
		await slider.focus();
		/** @type {import('./browser/probe.mjs').KeySample[]} */
		let samples = [];
		/** Presses the slider once and waits until the probe has timed it. */
		const press = async (/** @type {number} */ i) => {
			await page.keyboard.press(Math.floor(i / SWING) % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
			taken++;
			samples = await page.evaluate(
				(n) =>
					/** @type {{ keyToFrame: { until: (n: number) => Promise<import('./browser/probe.mjs').KeySample[]> } }} */ (
						/** @type {unknown} */ (window)
					).keyToFrame.until(n),
				taken,
			);
			// Like a held key's repeat (~30 per second), landing anywhere within a display frame.
			await pause(30 + Math.random() * 17);
		};
		for (let i = 0; i < WARMUP; i++) await press(i * SWING);
		for (let i = 0; i < presses; i++) await press(i);
		const timed = samples.slice(-presses);
		/** @type {number[]} */
		const cpu = [];
		if (args.profile) {
			// A second, traced series (tracing slows the page, so the timed one is not traced): the
			// trace's thread times say what a press costs the main thread in CPU, which other
			// processes on a shared machine inflate far less than wall time.
			await browser.startTracing(page, { categories: TRACE_CATEGORIES });
			for (let i = 0; i < presses; i++) await press(i);
			const trace = (await browser.stopTracing()).toString('utf8');
			const breakdown = mainThreadBreakdown(traceEventsOf(trace));
			const perStep = Object.entries(breakdown).map(
				([kind, total]) => `${kind} ${(total / presses).toFixed(1)}`,
			);
			console.log(
				`${url} · ${label} (${String(rate)}× CPU), main-thread ms per step: ${perStep.join(', ')}`,
			);
			cpu.push(Object.values(breakdown).reduce((sum, ms) => sum + ms, 0) / presses);
		}
		bySlider.set(label, {
			latency: timed.map((s) => s.latency),
			work: timed.map((s) => s.work),
			cpu,
		});
	}
	await context.close();
	if (errors.length > 0) throw new Error(`${url} threw: ${errors.join('; ')}`);
	return bySlider;
}

/** The machine's one-minute load average, which says how far other work may have slowed a run. */
const load = () => (loadavg()[0] ?? 0).toFixed(1);

const server = await serve();
const origin = `http://127.0.0.1:${String(port)}`;
const browser = await chromium.launch({
	executablePath: chromePath,
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
	],
});
try {
	const loadBefore = load();
	const targets = await targetsOf(origin);
	/** @type {Map<string, import('./browser/report.mjs').SliderResult>} */
	const results = new Map();
	for (let run = 1; run <= runs; run++) {
		for (const rate of rates) {
			for (const target of targets) {
				process.stderr.write(
					`run ${String(run)}/${String(runs)}, ${String(rate)}× CPU: ${target.id}\n`,
				);
				const bySlider = await measurePage(browser, `${origin}${target.path}`, rate);
				for (const [slider, samples] of bySlider) {
					const label = `${target.title} · ${slider.toLowerCase()}`;
					/** @type {import('./browser/report.mjs').SliderResult} */
					const result = results.get(label) ?? { label, byRate: new Map() };
					const pooled = result.byRate.get(rate) ?? { latency: [], work: [], cpu: [] };
					pooled.latency.push(...samples.latency);
					pooled.work.push(...samples.work);
					pooled.cpu.push(...samples.cpu);
					result.byRate.set(rate, pooled);
					results.set(label, result);
				}
			}
		}
	}
	const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
	const machine = `${String(cpus().length)} cores of ${cpu}, ${String(Math.round(totalmem() / 2 ** 30))} GiB`;
	const about =
		`Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench:browser\`: ` +
		`${String(presses)} presses × ${String(runs)} run(s) per slider and speed, headless Chromium ` +
		`${browser.version()} (software rendering) at 1280 × 900, ${machine}, Node ${process.version}; ` +
		`load average ${loadBefore} before and ${load()} after.`;
	const tables = rates.map((rate) => {
		const cpu = rate === 1 ? 'Normal CPU' : `CPU slowed ${String(rate)}×`;
		return `${cpu} (ms per key press):\n\n${markdownTable([...results.values()], rate)}`;
	});
	const text = [about, ...tables].join('\n\n');
	console.log(text);
	if (args.write) {
		writeBetweenMarkers(join(root, 'doc/performance.md'), text);
		console.log('\nWritten to doc/performance.md.');
	}
} finally {
	await browser.close();
	server.kill();
}
