// SqueezeLab: its defaults are the short-squeeze preset, and an upward push liquidates only shorts.
import { describe, expect, test } from 'vitest';
import { defaultValues, parseParams } from '../../src/lib/params';
import { presets } from '../../src/sim';
import { CascadeLabState } from '../../src/widgets/cascade-lab/cascade-lab.svelte';
import { squeezeScenarioOf, squeezeSchema } from '../../src/widgets/squeeze-lab/params';
import { expectClose } from '../helpers/close';

const defaults = defaultValues(squeezeSchema);

describe('squeeze scenario', () => {
	test('the defaults are the short-squeeze preset on BTC alone', () => {
		expect(defaults).toEqual({ shorts: 75, leverage: 15, depth: 20, push: 3, seed: 1 });
		expect(squeezeScenarioOf(defaults)).toEqual({ ...presets['short-squeeze'], otherAssets: [] });
	});

	test.each([
		['push=-2', { push: 0 }, 'push: -2 is below the minimum 0; using 0.'],
		['shorts=101', { shorts: 100 }, 'shorts: 101 is above the maximum 100; using 100.'],
		['shorts=40&push=6.5', { shorts: 40, push: 6.5 }, null],
	] as const)('URL %s', (query, expected, notice) => {
		const parsed = parseParams(squeezeSchema, new URLSearchParams(query));
		expect(parsed.values).toEqual({ ...defaults, ...expected });
		expect(parsed.notices).toEqual(notice === null ? [] : [notice]);
	});
});

describe('the default squeeze', () => {
	const lab = new CascadeLabState(() => squeezeScenarioOf(defaults), { direction: 'rise' });
	const run = lab.run;
	const series = lab.series;
	if (run === null || series === null) throw new Error('the default squeeze must run');

	test('liquidates shorts and only shorts', () => {
		const sides = new Set(run.events.filter((e) => e.type === 'liquidation').map((e) => e.side));
		expect([...sides]).toEqual(['short']);
		expect(series.cumulativeLongUsd.at(-1)).toBe(0);
		expectClose(series.cumulativeShortUsd.at(-1) ?? 0, run.summary.liquidatedUsd);
	});

	test('the price rises beyond the push and the high mark reaches short bands above the start', () => {
		expect(run.summary.highestPrice).toBeGreaterThan(91_000 * 1.03);
		const end = lab.at(series.ticks - 1);
		const flags = lab.reachedAt(series.ticks - 1);
		const reachedShorts = (lab.levels?.bins ?? []).filter(
			(b, k) => b.shortUsd > 0 && b.x0 >= 91_000 && flags[k]?.short === true,
		);
		expect(reachedShorts.length).toBeGreaterThan(3);
		for (const b of reachedShorts) expect(b.x0).toBeLessThan(end?.highestMark ?? 0);
	});

	test('a squeeze is a rise even with no push', () => {
		const still = new CascadeLabState(() => squeezeScenarioOf({ ...defaults, push: 0 }), {
			direction: 'rise',
		});
		expect(still.direction).toBe('rise');
		expect(still.run?.summary.liquidatedUsd).toBe(0);
	});
});
