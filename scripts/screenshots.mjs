// Takes the screenshots kept in doc/screenshots/: the first screen of the home page, every chapter and
// the reference and teaching pages, and each widget on them, at 1280 and 375 px, light and dark,
// from the production build (run `npm run build` first; DIST=path for another build).
// Usage: node scripts/screenshots.mjs
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(process.env.DIST ?? join(root, 'dist'));
const out = join(root, 'doc', 'screenshots');
const port = 4340;
const chromePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
	(p) => p !== undefined && existsSync(p),
);
if (chromePath === undefined)
	throw new Error('No Chromium: apt-get install -y chromium, or set CHROME_PATH.');

const chapters = readdirSync(join(dist, 'chapters'), { withFileTypes: true })
	.filter((d) => d.isDirectory())
	.map((d) => d.name);
const pages = [
	['home', '/'],
	...chapters.map((slug) => [`chapter-${slug}`, `/chapters/${slug}/`]),
	['glossary', '/glossary/'],
	['about', '/about/'],
	['search', '/search/?q=insurance%20fund'],
	['sources', '/sources/'],
	['teach', '/teach/'],
	['teach-contagion', '/teach/contagion/'],
	['embed-contagion-map', '/embed/contagion-map/'],
];

const types = new Map([
	['.html', 'text/html'],
	['.js', 'text/javascript'],
	['.css', 'text/css'],
	['.svg', 'image/svg+xml'],
	['.png', 'image/png'],
	['.woff2', 'font/woff2'],
	['.json', 'application/json'],
]);
// A minimal static server for the build: directories serve their index.html.
const server = createServer((request, response) => {
	const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
	let file = join(dist, path);
	if (!file.startsWith(dist) || !existsSync(file)) {
		response.writeHead(404).end();
		return;
	}
	if (statSync(file).isDirectory()) file = join(file, 'index.html');
	response.writeHead(200, {
		'content-type': types.get(extname(file)) ?? 'application/octet-stream',
	});
	response.end(readFileSync(file));
});
await new Promise((done) => server.listen(port, '127.0.0.1', () => done(undefined)));
mkdirSync(out, { recursive: true });
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
/** @type {string[]} */
const failures = [];
try {
	for (const [name, path] of pages) {
		for (const width of [1280, 375]) {
			for (const scheme of ['light', 'dark']) {
				const page = await browser.newPage({
					viewport: { width, height: width === 1280 ? 900 : 800 },
					colorScheme: scheme,
					deviceScaleFactor: 1,
				});
				// One page that will not settle (a screenshot can stall while a run animates) is
				// reported and skipped rather than stopping the whole set.
				try {
					await page.goto(`http://127.0.0.1:${String(port)}${path}`, { waitUntil: 'networkidle' });
					// Bring every widget into view once so it hydrates, then return to the top.
					await page.evaluate(async () => {
						for (let y = 0; y < document.body.scrollHeight; y += 600) {
							window.scrollTo(0, y);
							await new Promise((r) => setTimeout(r, 60));
						}
						window.scrollTo(0, 0);
					});
					await page.waitForTimeout(800);
					const stem = join(out, `${name}-${String(width)}-${scheme}`);
					// The first screen as a reader lands on it, then each widget on its own: small files that
					// show what matters, rather than whole pages several screens long.
					await page.screenshot({
						path: `${stem}.jpg`,
						type: 'jpeg',
						quality: 70,
						timeout: 30_000,
					});
					const widgets = await page.locator('figure.widget').all();
					for (const [index, widget] of widgets.entries()) {
						await widget.scrollIntoViewIfNeeded();
						await page.waitForTimeout(300);
						await widget.screenshot({
							path: `${stem}-widget${String(index + 1)}.jpg`,
							type: 'jpeg',
							quality: 70,
							timeout: 30_000,
						});
					}
				} catch (error) {
					failures.push(
						`${name} ${String(width)} ${scheme}: ${String(error).split('\n')[0] ?? ''}`,
					);
				}
				await page.close();
			}
		}
	}
} finally {
	await browser.close();
	server.close();
}
console.log(`Screenshots of ${String(pages.length)} pages written to doc/screenshots/.`);
for (const failure of failures) console.error(`not taken: ${failure}`);
if (failures.length > 0) process.exitCode = 1;
