// Chart keys: which entries each widget's legend shows for a run, and that every colour names a real palette token.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { LegendKey } from '../../src/lib/legend-key';
import { tint } from '../../src/lib/legend-key';
import { runLegend } from '../../src/widgets/cascade-lab/run-legend';
import { contagionLegend } from '../../src/widgets/contagion-map/legend';
import { replayLegend } from '../../src/widgets/event-replay/replay-legend';
import { FUND_ZONES } from '../../src/widgets/margin-account/fund-zones';
import { policyLegend } from '../../src/widgets/policy-lab/policy-legend';

const labels = (keys: readonly LegendKey[]): string[] => keys.map((key) => key.label);

describe('legend entries', () => {
	const cases: [string, readonly LegendKey[], string[]][] = [
		[
			'a falling run',
			runLegend(true),
			[
				'long levels',
				'short levels',
				'pale: not reached',
				'last price',
				'mark price',
				'liquidations',
			],
		],
		[
			'a replay without auto-deleveraging',
			replayLegend(false),
			[
				'BTC last price',
				"lab's low",
				'reported low',
				'outside move',
				'longs liquidated',
				'shorts liquidated',
			],
		],
		[
			'a replay with auto-deleveraging',
			replayLegend(true),
			[
				'BTC last price',
				"lab's low",
				'reported low',
				'outside move',
				'longs liquidated',
				'shorts liquidated',
				'auto-deleveraged',
			],
		],
		[
			'policies on a fall, nothing extra',
			policyLegend('fall', false, false),
			['BTC last price', 'lowest price', 'liquidated so far'],
		],
		[
			'policies on a rise with auto-deleveraging and a halt',
			policyLegend('rise', true, true),
			[
				'BTC last price',
				'highest price',
				'liquidated so far',
				'closed by auto-deleveraging',
				'trading halted',
			],
		],
		[
			'contagion on a rise',
			contagionLegend('rise'),
			['price move', 'outside push alone', 'high so far', 'shocked market'],
		],
		['the fund zones', FUND_ZONES, ['Fill here: the fund gains', 'Fill here: the fund pays']],
	];
	test.each(cases)('%s', (_case, keys, expected) => {
		expect(labels(keys)).toEqual(expected);
	});

	test.each([
		[true, 'var(--color-long)'],
		[false, 'var(--color-short)'],
	])('liquidation dots of a fall=%s run take the liquidated side’s colour', (fall, colour) => {
		expect(runLegend(fall).find((key) => key.mark === 'dot')?.colour).toBe(colour);
	});

	test('a tint is the role colour mixed over transparent', () => {
		expect(tint('long', 22)).toBe('color-mix(in srgb, var(--color-long) 22%, transparent)');
	});
});

describe('legend colours', () => {
	const tokens = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8');
	const defined = new Set([...tokens.matchAll(/(--color-[a-z-]+)\s*:/g)].map((m) => m[1]));
	const every = [
		...runLegend(true),
		...runLegend(false),
		...replayLegend(true),
		...policyLegend('fall', true, true),
		...contagionLegend('fall'),
		...FUND_ZONES,
	];
	const used = new Set(
		every.flatMap((key) =>
			[key.colour, key.fill ?? ''].flatMap((css) =>
				[...css.matchAll(/var\((--[a-z-]+)\)/g)].map((m) => m[1]),
			),
		),
	);
	test.each([...used])('%s is defined in tokens.css', (token) => {
		expect(defined.has(token)).toBe(true);
	});
});
