// Embed addresses, snippets, flags and height messages: exact strings for each case.
import { describe, expect, test } from 'vitest';
import {
	chapterHref,
	clampEmbedPx,
	embedSnippet,
	embedSrc,
	escapeAttribute,
	widgetForState,
} from '../../src/lib/embed-code';
import { DEFAULT_FLAGS, flagParams, isFlagKey, type EmbedFlags } from '../../src/lib/embed-flags';
import {
	heightMessages,
	isHeightRequest,
	pymChildId,
	reportedHeight,
} from '../../src/lib/embed-height';

const site = 'https://cascade.example';

describe('flagParams', () => {
	const cases: [string, Partial<EmbedFlags>, [string, string][]][] = [
		['defaults write nothing', {}, []],
		['each non-default is written', { theme: 'dark' }, [['theme', 'dark']]],
		[
			'in a fixed order',
			{ title: false, autoplay: true, controls: 'minimal', theme: 'light' },
			[
				['theme', 'light'],
				['controls', 'minimal'],
				['autoplay', '1'],
				['title', '0'],
			],
		],
	];
	test.each(cases)('%s', (_reason, flags, expected) => {
		expect(flagParams({ ...DEFAULT_FLAGS, ...flags })).toEqual(expected);
	});

	test('isFlagKey knows the four flags and nothing else', () => {
		expect(['theme', 'controls', 'autoplay', 'title'].every(isFlagKey)).toBe(true);
		expect(isFlagKey('lev')).toBe(false);
	});
});

describe('embedSrc', () => {
	const cases: [string, string, string, Partial<EmbedFlags>, string][] = [
		['no state, default flags', 'cascade-lab', '', {}, `${site}/embed/cascade-lab/`],
		[
			'state first, then flags',
			'leverage-amplifier',
			'lev=20&move=-5',
			{ controls: 'none' },
			`${site}/embed/leverage-amplifier/?lev=20&move=-5&controls=none`,
		],
		[
			'a flag in the state is overridden, not doubled',
			'squeeze-lab',
			'sq-push=2&theme=dark',
			{ theme: 'light' },
			`${site}/embed/squeeze-lab/?sq-push=2&theme=light`,
		],
	];
	test.each(cases)('%s', (_reason, id, state, flags, expected) => {
		expect(embedSrc(site, id, state, { ...DEFAULT_FLAGS, ...flags })).toBe(expected);
	});
});

describe('embedSnippet', () => {
	test('responsive: full-width frame, the loader, a starting height', () => {
		expect(
			embedSnippet({
				src: `${site}/embed/cascade-lab/?cl-shock=-4&theme=dark`,
				title: 'Cascade: Cascade lab',
				size: { kind: 'responsive', height: 1600 },
				origin: site,
			}),
		).toBe(
			'<iframe src="https://cascade.example/embed/cascade-lab/?cl-shock=-4&amp;theme=dark" title="Cascade: Cascade lab" loading="lazy" data-cascade-embed style="width:100%;border:0" height="1600" allow="fullscreen"></iframe><script src="https://cascade.example/embed.js" async></script>',
		);
	});

	test('fixed: a plain box, no script', () => {
		expect(
			embedSnippet({
				src: `${site}/embed/margin-account/`,
				title: 'Cascade: Margin account',
				size: { kind: 'fixed', width: 600, height: 800 },
				origin: site,
			}),
		).toBe(
			'<iframe src="https://cascade.example/embed/margin-account/" title="Cascade: Margin account" loading="lazy" width="600" height="800" style="max-width:100%;border:0" allow="fullscreen"></iframe>',
		);
	});

	test('quotes and angle brackets cannot leave the attribute', () => {
		expect(escapeAttribute('a "b" <c> & d')).toBe('a &quot;b&quot; &lt;c&gt; &amp; d');
	});

	const sizes: [string, number, number][] = [
		['whole pixels', 640.6, 641],
		['not below the minimum', 10, 200],
		['not above the maximum', 1e9, 4000],
		['the fallback for NaN', Number.NaN, 900],
	];
	test.each(sizes)('clampEmbedPx: %s', (_reason, value, expected) => {
		expect(clampEmbedPx(value, 900)).toBe(expected);
	});
});

describe('widgetForState', () => {
	const widgets = [
		{ id: 'a', parameters: [{ query: 'lev' }, { query: 'move' }] },
		{ id: 'b', parameters: [{ query: 'cl-lev' }, { query: 'cl-move' }] },
		{ id: 'c', parameters: [{ query: 'tp-lev' }, { query: 'tp-move' }] },
	];
	const cases: [string, string, string | undefined][] = [
		['plain keys', 'lev=2&move=3', 'a'],
		['prefixed keys pick their view', 'tp-move=1&tp-lev=5', 'c'],
		['a key missing matches nothing', 'cl-lev=2', undefined],
		['an extra key matches nothing', 'lev=2&move=3&side=long', undefined],
	];
	test.each(cases)('%s', (_reason, state, expected) => {
		expect(widgetForState(widgets, state)?.id).toBe(expected);
	});
});

describe('chapterHref', () => {
	const cases: [string, string, string][] = [
		['no state: the bare chapter', '', '/chapters/cascade/'],
		[
			'flags and Pym’s keys are dropped',
			'?cl-shock=-5&theme=dark&childId=x&initialWidth=600',
			'/chapters/cascade/?cl-shock=-5',
		],
		[
			'keys keep the widget’s order',
			'?cl-seed=4&cl-shock=-5',
			'/chapters/cascade/?cl-shock=-5&cl-seed=4',
		],
	];
	test.each(cases)('%s', (_reason, search, expected) => {
		expect(chapterHref('/chapters/cascade/', search, ['cl-shock', 'cl-seed'])).toBe(expected);
	});
});

describe('height messages', () => {
	test('Cascade’s message alone outside Pym; Pym’s string too under Pym, rounded up', () => {
		expect(heightMessages(812.2, null)).toEqual([{ type: 'cascade:resize', height: 813 }]);
		expect(heightMessages(812.2, 'graphic')).toEqual([
			{ type: 'cascade:resize', height: 813 },
			'pymxPYMxgraphicxPYMxheightxPYMx813',
		]);
	});

	const ids: [string, string, string | null][] = [
		['Pym’s childId', '?initialWidth=640&childId=example', 'example'],
		['absent', '?lev=20', null],
		['empty', '?childId=', null],
		['one that would break the message format', '?childId=axPYMxb', null],
		['absurdly long', `?childId=${'x'.repeat(201)}`, null],
	];
	test.each(ids)('pymChildId: %s', (_reason, search, expected) => {
		expect(pymChildId(search)).toBe(expected);
	});

	const requests: [string, unknown, string | null, boolean][] = [
		['Cascade’s request', { type: 'cascade:request-height' }, null, true],
		['Pym’s width message for this child', 'pymxPYMxgxPYMxwidthxPYMx640', 'g', true],
		['Pym’s width message for another child', 'pymxPYMxhxPYMxwidthxPYMx640', 'g', false],
		['a Pym string when not under Pym', 'pymxPYMxgxPYMxwidthxPYMx640', null, false],
		['someone else’s object', { type: 'resize' }, 'g', false],
		['nothing', null, 'g', false],
	];
	test.each(requests)('isHeightRequest: %s', (_reason, data, childId, expected) => {
		expect(isHeightRequest(data, childId)).toBe(expected);
	});

	const reports: [string, unknown, number | null][] = [
		['a resize message', { type: 'cascade:resize', height: 640 }, 640],
		['a height that is not a number', { type: 'cascade:resize', height: '640' }, null],
		['an infinite height', { type: 'cascade:resize', height: Infinity }, null],
		['another type', { type: 'cascade:request-height', height: 640 }, null],
		['a string', 'pymxPYMxgxPYMxheightxPYMx640', null],
	];
	test.each(reports)('reportedHeight: %s', (_reason, data, expected) => {
		expect(reportedHeight(data)).toBe(expected);
	});
});
