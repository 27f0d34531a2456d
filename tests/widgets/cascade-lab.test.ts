// CascadeLab's state: scenario from the sliders, heatmap bins, the reached rule, series and URL clamping.
import { describe, expect, test } from 'vitest';
import { parseParams } from '../../src/lib/params';
import { CascadeModel, defaultScenario, type Scenario } from '../../src/sim';
import { CascadeLabState } from '../../src/widgets/cascade-lab/cascade-lab.svelte';
import { BIN_STEP, levelDomain } from '../../src/widgets/cascade-lab/heatmap';
import {
	CASCADE_PRESETS,
	cascadeSchema,
	presetScenario,
	presetValues,
	scenarioOf,
	type CascadeValues,
} from '../../src/widgets/cascade-lab/params';
import { popsUntil } from '../../src/widgets/cascade-lab/run-series';
import { expectClose } from '../helpers/close';

const defaults: CascadeValues = {
	preset: 'ordinary',
	leverage: 10,
	longs: 60,
	depth: 20,
	shock: -3,
	seed: 1,
};
const labOf = (patch: Partial<CascadeValues> = {}): CascadeLabState =>
	new CascadeLabState(() => scenarioOf({ ...defaults, ...patch }));

/** The population's notional at the start price, summed straight from the simulator's arrays (USD). */
function populationNotional(s: Scenario): number {
	const pop = new CascadeModel(s).exchange.pop;
	let total = 0;
	for (let p = 0; p < pop.positionCount; p++) total += (pop.quantity[p] ?? 0) * s.price;
	return total;
}

describe('scenario from the sliders', () => {
	test('the defaults are the simulator’s default market', () => {
		expect(scenarioOf(defaults)).toEqual({ ...defaultScenario(), otherAssets: [] });
	});

	test.each(CASCADE_PRESETS)('preset %s: its slider values give back its scenario', (name) => {
		expect(scenarioOf({ ...presetValues(name), seed: 1 })).toEqual(presetScenario(name));
	});

	test('October’s preset is drawn for BTC alone', () => {
		expect(presetScenario('oct-10-2025').otherAssets).toEqual([]);
		expect(presetScenario('oct-10-2025').price).toBe(122_000);
	});
});

describe('URL values are clamped through the schema', () => {
	test.each([
		['shock=-40', { shock: -15 }, 'shock: -40 is below the minimum -15; using -15.'],
		['shock=22', { shock: 15 }, 'shock: 22 is above the maximum 15; using 15.'],
		['leverage=0.2', { leverage: 1 }, 'leverage: 0.2 is below the minimum 1; using 1.'],
		['depth=1e9', { depth: 100 }, 'depth: 1e9 is above the maximum 100; using 100.'],
		['longs=abc', { longs: 60 }, 'longs: “abc” is not a number; using 60.'],
		['seed=3.7', { seed: 4 }, 'seed: 3.7 must be a whole number; using 4.'],
		[
			'preset=moon',
			{ preset: 'ordinary' },
			'preset: “moon” is not one of ordinary, calm, crowded-longs, oct-10-2025, nov-2025; using ordinary.',
		],
		['preset=Calm', { preset: 'calm' }, null],
		['shock=-0.3&longs=80', { shock: -0.3, longs: 80 }, null],
	] as const)('%s', (query, expected, notice) => {
		const parsed = parseParams(cascadeSchema, new URLSearchParams(query));
		expect(parsed.values).toEqual({ ...defaults, ...expected });
		expect(parsed.notices).toEqual(notice === null ? [] : [notice]);
	});
});

describe('liquidation-level heatmap', () => {
	const lab = labOf();
	const levels = lab.levels;
	const series = lab.series;
	if (levels === null || series === null) throw new Error('the default run must run');

	test('bins, what lies outside them and what has no level add up to the population’s notional', () => {
		const binned = levels.bins.reduce((sum, b) => sum + b.longUsd + b.shortUsd, 0);
		expectClose(levels.totalUsd, binned + levels.belowUsd + levels.aboveUsd + levels.noLevelUsd);
		expectClose(levels.totalUsd, populationNotional(lab.scenario));
	});

	test('bins are one per cent of the start price wide and cover the shared price range', () => {
		const price = lab.scenario.price;
		expectClose(levels.bins[0]?.x0 ?? 0, lab.domain[0]);
		expectClose(levels.bins.at(-1)?.x1 ?? 0, lab.domain[1]);
		for (const b of levels.bins) expectClose(b.x1 - b.x0, price * BIN_STEP);
	});

	test('longs sit below the start price and shorts above it', () => {
		const price = lab.scenario.price;
		for (const b of levels.bins) {
			if (b.x0 >= price) expect(b.longUsd).toBe(0);
			if (b.x1 <= price) expect(b.shortUsd).toBe(0);
		}
	});

	test('a long band is reached once the lowest mark is below its top edge', () => {
		const end = lab.at(series.ticks - 1);
		const lowest = Math.min(lab.scenario.price, ...series.mark);
		expect(end?.lowestMark).toBe(lowest);
		const flags = lab.reachedAt(series.ticks - 1);
		levels.bins.forEach((b, k) => {
			expect(flags[k]?.long).toBe(b.x1 > lowest);
			expect(flags[k]?.short).toBe(b.x0 < lab.scenario.price);
		});
		// At the first tick the shock has moved the mark 0.1%: only the band just below is reached.
		const first = lab.reachedAt(-5);
		const reachedLongs = levels.bins.filter((b, k) => b.longUsd > 0 && first[k]?.long === true);
		expect(reachedLongs.map((b) => b.x1)).toEqual([lab.scenario.price]);
	});

	test('every account the run liquidated started with its level in a reached band', () => {
		const run = lab.run;
		if (run === null) throw new Error('no run');
		const pop = new CascadeModel(lab.scenario).exchange.pop;
		const lowest = lab.at(series.ticks - 1)?.lowestMark ?? Number.NaN;
		const liquidated = run.events.filter((e) => e.type === 'liquidation');
		expect(liquidated.length).toBeGreaterThan(100);
		for (const e of liquidated) {
			const level = pop.liquidationPrice[e.account] ?? Number.NaN;
			if (e.side === 'long' && level > 0) expect(level).toBeGreaterThanOrEqual(lowest);
		}
	});
});

describe('price range shared by the price charts', () => {
	test.each([
		['no move: 20% either side', 100, 100, 100, [80, 120]],
		['a 30% fall: 2% beyond it, on a whole band', 100, 70, 100, [68, 120]],
		['a 25% rise: 2% beyond it', 100, 100, 125, [80, 128]],
		['a fall to almost nothing stops one band above zero', 100, 0.5, 100, [1, 120]],
	] as const)('%s', (_, price, lowest, highest, expected) => {
		const [low, high] = levelDomain(price, lowest, highest);
		expectClose(low, expected[0]);
		expectClose(high, expected[1]);
	});
});

describe('run series', () => {
	const lab = labOf();
	const run = lab.run;
	const series = lab.series;
	if (run === null || series === null) throw new Error('the default run must run');

	test('cumulative dollars by side end at the run’s liquidated total and its long share', () => {
		const longUsd = series.cumulativeLongUsd.at(-1) ?? 0;
		const shortUsd = series.cumulativeShortUsd.at(-1) ?? 0;
		expectClose(longUsd + shortUsd, run.summary.liquidatedUsd, 1e-9);
		expectClose(longUsd / (longUsd + shortUsd), run.summary.longShareOfLiquidations, 1e-9);
	});

	test('dots hold every liquidation once, on the mark of their tick', () => {
		const positions = series.pops.reduce((sum, p) => sum + p.positions, 0);
		const usd = series.pops.reduce((sum, p) => sum + p.usd, 0);
		expect(positions).toBe(run.events.filter((e) => e.type === 'liquidation').length);
		expectClose(usd, run.summary.liquidatedUsd);
		for (const p of series.pops) expect(p.mark).toBe(series.mark[p.tick]);
	});

	test.each([
		['before anything', -1, 0],
		['the first liquidation tick', 'first', 'some'],
		['the end', Number.POSITIVE_INFINITY, 'all'],
	] as const)('pops shown at %s', (_, at, expected) => {
		const first = run.summary.moments.firstLiquidationTick ?? 0;
		const tick = at === 'first' ? first : at;
		const count = popsUntil(series.pops, tick);
		if (expected === 'all') expect(count).toBe(series.pops.length);
		else if (expected === 'some')
			expect(count).toBe(series.pops.filter((p) => p.tick <= first).length);
		else expect(count).toBe(expected);
	});

	test('the playhead is clamped to the run', () => {
		expect(lab.at(-3)?.tick).toBe(0);
		expect(lab.at(1e9)?.tick).toBe(series.ticks - 1);
		expect(lab.at(2.4)?.tick).toBe(2);
	});

	test('the timeline marks the run’s moments, ending at its last tick', () => {
		expect(lab.marks.at(-1)).toEqual({ tick: series.ticks - 1, label: 'End' });
		expect(lab.marks[0]?.tick).toBe(run.summary.moments.firstLiquidationTick);
	});
});

describe('a scenario the simulator refuses', () => {
	test('gives a message and no run instead of throwing', () => {
		const lab = new CascadeLabState(() => ({ ...defaultScenario(), accounts: 0 }));
		expect(lab.run).toBeNull();
		expect(lab.levels).toBeNull();
		expect(lab.error).toMatch(/accounts/);
		expect(lab.at(0)).toBeNull();
		expect(lab.length).toBe(0);
	});
});
