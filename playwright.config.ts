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

if (!existsSync(resolve(import.meta.dirname, 'dist/index.html'))) {
	throw new Error('No production build in dist/. Run `npm run build` before the browser tests.');
}

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results/e2e-artifacts',
	fullyParallel: true,
	forbidOnly: process.env.CI !== undefined,
	retries: 0,
	workers: 2,
	reporter: 'list',
	use: {
		baseURL: `http://127.0.0.1:${String(port)}`,
		browserName: 'chromium',
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
		// Serves the existing build; node_modules/.bin first so astro runs on the pinned Node.
		command: `astro preview --host 127.0.0.1 --port ${String(port)}`,
		url: `http://127.0.0.1:${String(port)}/`,
		env: {
			PATH: `${resolve(import.meta.dirname, 'node_modules/.bin')}${delimiter}${process.env.PATH ?? ''}`,
			ASTRO_TELEMETRY_DISABLED: '1',
		},
		reuseExistingServer: false,
		timeout: 60_000,
	},
});
