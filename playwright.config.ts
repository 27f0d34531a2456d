// Playwright configuration: browser tests against the production build in dist/, in a system Chromium.
import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { delimiter, resolve } from 'node:path';

const port = Number(process.env.E2E_PORT ?? 4322);

/** The first Chromium found: CHROME_PATH, then the usual system locations. */
function findChromium(): string {
	const candidates = [
		process.env.CHROME_PATH,
		'/usr/bin/chromium',
		'/usr/bin/chromium-browser',
		'/usr/bin/google-chrome',
	];
	const found = candidates.find((path) => path !== undefined && path !== '' && existsSync(path));
	if (found === undefined) {
		throw new Error(
			'No Chromium found. Install one with `apt-get update && apt-get install -y chromium` ' +
				'(Debian/Ubuntu, as root) or set CHROME_PATH=/path/to/chrome.',
		);
	}
	return found;
}

// The build under test: dist/, or DIST=path for a build made with OUT_DIR=path.
const dist = resolve(import.meta.dirname, process.env.DIST ?? 'dist');
if (!existsSync(resolve(dist, 'index.html'))) {
	throw new Error(
		`No production build in ${dist}. Run \`npm run build\` before the browser tests.`,
	);
}

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results/e2e-artifacts',
	fullyParallel: true,
	// Generous per-test limit: two workers on a two-core machine load it heavily, and a page that
	// hydrates several simulations can take half a minute then. Tests never assert durations.
	timeout: 90_000,
	forbidOnly: process.env.CI !== undefined,
	// One retry: on a loaded two-core machine a wait now and then runs out (one test in 430, a
	// different one each run). A test that passes only on its retry is listed as flaky by the
	// reporter and named in `npm test`'s summary; one that fails twice fails the run.
	retries: 1,
	workers: 2,
	reporter: 'list',
	use: {
		baseURL: `http://127.0.0.1:${String(port)}`,
		browserName: 'chromium',
		// Tests inject axe-core as a script, which the site's Content-Security-Policy would block;
		// tests/e2e/security-headers.spec.ts loads every page with the policy enforced instead.
		bypassCSP: true,
		launchOptions: {
			executablePath: findChromium(),
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--disable-quic',
				'--no-first-run',
			],
		},
	},
	webServer: {
		// Serves the existing build with public/_headers applied, on the pinned Node.
		command: `node scripts/serve.mjs ${String(port)}`,
		url: `http://127.0.0.1:${String(port)}/`,
		env: {
			PATH: `${resolve(import.meta.dirname, 'node_modules/.bin')}${delimiter}${process.env.PATH ?? ''}`,
			DIST: dist,
		},
		reuseExistingServer: false,
		timeout: 60_000,
	},
});
