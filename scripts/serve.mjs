// Serves a production build (dist/, or DIST=path) as a static host would, with the response headers
// public/_headers asks for, so browser tests see the same security policy real hosts send.
// Usage: node scripts/serve.mjs [port]   (PORT env or 4321 by default)
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(process.env.DIST ?? join(root, 'dist'));
const port = Number(process.argv[2] ?? process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';

const types = new Map([
	['.html', 'text/html; charset=utf-8'],
	['.js', 'text/javascript; charset=utf-8'],
	['.mjs', 'text/javascript; charset=utf-8'],
	['.css', 'text/css; charset=utf-8'],
	['.svg', 'image/svg+xml'],
	['.png', 'image/png'],
	['.jpg', 'image/jpeg'],
	['.ico', 'image/x-icon'],
	['.woff2', 'font/woff2'],
	['.woff', 'font/woff'],
	['.json', 'application/json; charset=utf-8'],
	['.xml', 'application/xml; charset=utf-8'],
	['.txt', 'text/plain; charset=utf-8'],
	['.webmanifest', 'application/manifest+json'],
	['.wasm', 'application/wasm'],
	['.pf_meta', 'application/octet-stream'],
]);

/**
 * The rules of a Netlify/Cloudflare-style _headers file: a path pattern (`*` matches anything)
 * followed by indented `Name: value` lines.
 * @returns {{ pattern: RegExp, headers: [string, string][] }[]}
 */
function readHeaderRules() {
	const file = join(dist, '_headers');
	if (!existsSync(file)) return [];
	/** @type {{ pattern: RegExp, headers: [string, string][] }[]} */
	const rules = [];
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const source = line
				.trim()
				.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
				.replace(/\*/g, '.*');
			rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
			continue;
		}
		const colon = line.indexOf(':');
		const rule = rules.at(-1);
		if (colon > 0 && rule !== undefined) {
			rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
		}
	}
	return rules;
}

const rules = readHeaderRules();

/** The headers every matching rule gives a path; a later rule's value for a name wins. */
function headersFor(/** @type {string} */ path) {
	/** @type {Record<string, string>} */
	const headers = {};
	for (const rule of rules) {
		if (rule.pattern.test(path)) for (const [name, value] of rule.headers) headers[name] = value;
	}
	return headers;
}

const server = createServer((request, response) => {
	let path;
	try {
		path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
	} catch {
		response.writeHead(400).end();
		return;
	}
	let file = join(dist, path);
	if (file !== dist && !file.startsWith(dist + sep)) {
		response.writeHead(403).end();
		return;
	}
	if (existsSync(file) && statSync(file).isDirectory()) {
		if (!path.endsWith('/')) {
			response.writeHead(301, { location: `${path}/` }).end();
			return;
		}
		file = join(file, 'index.html');
	}
	const found = existsSync(file) && statSync(file).isFile();
	const served = found ? file : join(dist, '404.html');
	const status = found ? 200 : 404;
	const headers = {
		...headersFor(path),
		'content-type': types.get(extname(served)) ?? 'application/octet-stream',
		'cache-control': 'no-cache',
	};
	if (!existsSync(served)) {
		response.writeHead(status, headers).end();
		return;
	}
	response.writeHead(status, headers);
	response.end(request.method === 'HEAD' ? undefined : readFileSync(served));
});

server.listen(port, host, () => {
	console.log(`Serving ${dist} at http://${host}:${String(port)}/`);
});
