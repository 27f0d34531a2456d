// The Content-Security-Policy and the other security headers, on every built page, with the policy
// enforced: each page carries it, it names no remote origin, every inline script is allowed by hash
// and nothing else inline runs, framing is open only under /embed/, and no widget trips it.
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { inlineScriptHashes } from '../../scripts/csp-policy.mjs';

const dist = resolve(import.meta.dirname, '../..', process.env.DIST ?? 'dist');

/** Site paths of every built page (directories with an index.html), 404 page excluded. */
function builtPages(dir: string): string[] {
	const found: string[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) found.push(...builtPages(path));
		else if (entry.name === 'index.html') {
			const folder = relative(dist, dir).split(sep).join('/');
			found.push(folder === '' ? '/' : `/${folder}/`);
		}
	}
	return found.sort();
}

const pages = builtPages(dist);

/** A policy's directives by name, each with its list of sources. */
function directives(policy: string): Map<string, string[]> {
	const parsed = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name !== undefined && name !== '') parsed.set(name, sources);
	}
	return parsed;
}

/** Sources that stay on the site: the keywords, hashes, and data:/blob: URLs made by the page itself. */
function isLocalSource(source: string): boolean {
	return (
		/^'(self|none|sha256-[A-Za-z0-9+/=]+)'$/.test(source) ||
		source === 'data:' ||
		source === 'blob:'
	);
}

test('the build has pages to check', () => {
	expect(pages.length).toBeGreaterThan(5);
	expect(pages).toContain('/');
});

for (const path of pages) {
	test(`${path} sends a strict policy that allows its own inline scripts`, async ({ request }) => {
		const response = await request.get(path);
		expect(response.status()).toBe(200);
		const headers = response.headers();
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
		const policy = headers['content-security-policy'];
		expect(policy, 'Content-Security-Policy header').toBeDefined();
		const parsed = directives(policy ?? '');
		const embed = path.startsWith('/embed/');
		expect(parsed.get('frame-ancestors')).toEqual(embed ? ['*'] : ["'self'"]);
		expect(headers['x-frame-options']).toBe(embed ? undefined : 'SAMEORIGIN');
		for (const [name, sources] of parsed) {
			if (name === 'frame-ancestors') continue;
			const remote = sources.filter((source) => {
				if (name === 'style-src' && source === "'unsafe-inline'") return false;
				return !isLocalSource(source);
			});
			expect(remote, `${name} allows only the site itself`).toEqual([]);
		}
		expect(parsed.get('script-src')).not.toContain("'unsafe-inline'");
		expect(parsed.get('script-src')).not.toContain("'unsafe-eval'");
		expect(parsed.get('object-src')).toEqual(["'none'"]);
		const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
		for (const hash of inlineScriptHashes(html)) {
			expect(parsed.get('script-src'), `hash of an inline script in ${path}`).toContain(hash);
		}
	});
}

test.describe('with the policy enforced', () => {
	// The service worker's background download of the whole site kept one CI run's network from
	// going quiet for 90 s; the offline spec tests the worker, this one the page's own scripts.
	test.use({ bypassCSP: false, serviceWorkers: 'block' });

	for (const path of pages) {
		test(`${path} loads and hydrates without breaking the policy`, async ({ page }) => {
			const problems: string[] = [];
			page.on('console', (message) => {
				if (message.type() === 'error') problems.push(`console: ${message.text()}`);
			});
			page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
			await page.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (event) => {
					console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
				});
			});
			await page.goto(path);
			// Bring every widget into view so each island hydrates and runs.
			await page.evaluate(async () => {
				for (let y = 0; y < document.body.scrollHeight; y += 500) {
					window.scrollTo(0, y);
					await new Promise((done) => setTimeout(done, 40));
				}
			});
			// Let the islands' chunks and workers load. On loaded CI machines two worksheet pages never
			// went quiet for 90 s (with the service worker blocked); what matters here is that nothing
			// broke the policy, so after 30 s the check goes ahead with what has loaded.
			await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => undefined);
			expect(problems).toEqual([]);
		});
	}

	test('an injected inline script does not run', async ({ page }) => {
		await page.goto('/');
		const ran = await page.evaluate(async () => {
			const script = document.createElement('script');
			script.textContent = 'window.__injected = true;';
			document.body.append(script);
			await new Promise((done) => setTimeout(done, 50));
			return (window as unknown as { __injected?: boolean }).__injected === true;
		});
		expect(ran).toBe(false);
	});
});
