// The cross-window message handlers (public/embed.js on host pages, reportHeight in embeds): each
// acts only on its own message types from the window it expects, and nothing in them evaluates code.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { reportHeight } from '../../src/lib/embed-height';

const root = resolve(import.meta.dirname, '../..');
const loaderSource = readFileSync(resolve(root, 'public/embed.js'), 'utf8');

type Listener = (event: { data: unknown; source: unknown }) => void;

/** A host page with two Cascade iframes and public/embed.js run in it (in a fresh VM context). */
function hostPage() {
	const listeners: Listener[] = [];
	const frame = (name: string) => ({
		name,
		style: { width: '', border: '', height: '' },
		contentWindow: { name: `${name} window`, postMessage: () => undefined },
		attributes: new Set<string>(),
		hasAttribute(attribute: string) {
			return this.attributes.has(attribute);
		},
		setAttribute(attribute: string) {
			this.attributes.add(attribute);
		},
		addEventListener: () => undefined,
	});
	const frames = [frame('first'), frame('second')];
	const window: Record<string, unknown> = {
		addEventListener: (type: string, listener: Listener) => {
			if (type === 'message') listeners.push(listener);
		},
	};
	const document = {
		readyState: 'complete',
		querySelectorAll: () => frames,
		addEventListener: () => undefined,
	};
	runInNewContext(loaderSource, { window, document });
	const send = (data: unknown, source: unknown): void => {
		for (const listener of listeners) listener({ data, source });
	};
	return { frames, send, listeners };
}

describe('public/embed.js', () => {
	test('sizes only the frame whose window sent the message', () => {
		const { frames, send } = hostPage();
		const [first, second] = frames;
		send({ type: 'cascade:resize', height: 640.2 }, second?.contentWindow);
		expect(second?.style.height).toBe('641px');
		expect(first?.style.height).toBe('');
	});

	const ignored: [string, unknown][] = [
		['another type', { type: 'resize', height: 640 }],
		['a height that is a string', { type: 'cascade:resize', height: '640' }],
		['a height that is not finite', { type: 'cascade:resize', height: Infinity }],
		['NaN', { type: 'cascade:resize', height: NaN }],
		['code where the height goes', 'pymxPYMxgxPYMxheightxPYMxalert(1)'],
		['a Pym message of another kind', 'pymxPYMxgxPYMxwidthxPYMx640'],
		['a plain string', 'cascade:resize 640'],
		['nothing', null],
		['an array', ['cascade:resize', 640]],
	];
	test.each(ignored)('ignores %s', (_reason, data) => {
		const { frames, send } = hostPage();
		send(data, frames[0]?.contentWindow);
		expect(frames.map((frame) => frame.style.height)).toEqual(['', '']);
	});

	test('ignores resize messages from any window that is not one of its frames', () => {
		const { frames, send } = hostPage();
		send({ type: 'cascade:resize', height: 640 }, { name: 'an ad in another frame' });
		send({ type: 'cascade:resize', height: 640 }, null);
		expect(frames.map((frame) => frame.style.height)).toEqual(['', '']);
	});

	test('keeps reported heights between 120 and 20000 px', () => {
		const { frames, send } = hostPage();
		const window = frames[0]?.contentWindow;
		send({ type: 'cascade:resize', height: 1e12 }, window);
		expect(frames[0]?.style.height).toBe('20000px');
		send({ type: 'cascade:resize', height: -50 }, window);
		expect(frames[0]?.style.height).toBe('120px');
		send('pymxPYMxgxPYMxheightxPYMx812', window);
		expect(frames[0]?.style.height).toBe('812px');
	});

	test('a second copy of the script adds no second listener', () => {
		const { listeners } = hostPage();
		expect(listeners).toHaveLength(1);
	});
});

/** An embed's window framed by `parent`, recording what it posts. */
function framedWindow(search = '') {
	const posted: unknown[] = [];
	const listeners: ((event: { data: unknown; source: unknown }) => void)[] = [];
	const parent = { postMessage: (message: unknown) => posted.push(message) };
	const win = {
		parent,
		location: { search },
		document: { documentElement: { getBoundingClientRect: () => ({ height: 900.4 }) } },
		addEventListener: (_type: string, listener: (typeof listeners)[number]) => {
			listeners.push(listener);
		},
		removeEventListener: () => undefined,
	};
	const send = (data: unknown, source: unknown): void => {
		for (const listener of listeners) listener({ data, source });
	};
	return { win: win as unknown as Window, parent, posted, send };
}

describe('reportHeight (in an embed)', () => {
	// Node has no ResizeObserver; the embed's resize-driven reports are not what is tested here.
	globalThis.ResizeObserver ??= class {
		observe(): void {
			// Nothing resizes in Node.
		}
		disconnect(): void {
			// Nothing to stop.
		}
		unobserve(): void {
			// Nothing to stop.
		}
	};

	test('answers a height request from its parent only', () => {
		const { win, parent, posted, send } = framedWindow();
		const stop = reportHeight(win);
		expect(posted).toEqual([{ type: 'cascade:resize', height: 901 }]);
		send({ type: 'cascade:request-height' }, { name: 'some other window' });
		send({ type: 'cascade:request-height' }, null);
		expect(posted).toHaveLength(1);
		send({ type: 'cascade:request-height' }, parent);
		expect(posted).toHaveLength(2);
		stop();
	});

	test('ignores everything from its parent but the two requests it knows', () => {
		const { win, parent, posted, send } = framedWindow('?childId=graphic');
		const stop = reportHeight(win);
		const before = posted.length;
		for (const data of [
			'alert(1)',
			{ type: 'cascade:resize', height: 1 },
			{ type: 'eval', code: 'alert(1)' },
			'pymxPYMxotherxPYMxwidthxPYMx640',
			'pymxPYMxgraphicxPYMxheightxPYMx640',
		]) {
			send(data, parent);
		}
		expect(posted).toHaveLength(before);
		send('pymxPYMxgraphicxPYMxwidthxPYMx640', parent);
		expect(posted.length).toBeGreaterThan(before);
		stop();
	});
});

describe('nothing that handles messages evaluates code or writes HTML', () => {
	const files = [
		'public/embed.js',
		'src/lib/embed-height.ts',
		'src/lib/embed-chrome.ts',
		'src/lib/embed-code.ts',
		'src/lib/embed-flags.ts',
		'src/components/EmbedBuilder.svelte',
		'src/layouts/Embed.astro',
	];
	const dangerous =
		/\beval\s*\(|new\s+Function\b|\bFunction\s*\(|innerHTML|outerHTML|insertAdjacentHTML|document\.write|\{@html|set:html|set(?:Timeout|Interval)\s*\(\s*['"`]/;
	test.each(files)('%s', (file) => {
		const source = readFileSync(resolve(root, file), 'utf8');
		expect(dangerous.exec(source)?.[0] ?? null).toBeNull();
	});
});
