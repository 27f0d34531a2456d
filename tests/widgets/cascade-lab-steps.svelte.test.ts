// What one slider step recomputes in the labs: exact binning at band edges, thinned price lines,
// levels kept while only the shock moves, and at most one run per animation frame.
import { describe, expect, test } from 'vitest';
import { CascadeLabState } from '../../src/widgets/cascade-lab/cascade-lab.svelte';
import { binLevels } from '../../src/widgets/cascade-lab/heatmap';
import type { PositionLevels } from '../../src/widgets/cascade-lab/lab-run';
import { scenarioOf, type CascadeValues } from '../../src/widgets/cascade-lab/params';
import { frameGate, sameValues } from '../../src/widgets/cascade-lab/per-frame.svelte';
import { seriesArea, seriesPath } from '../../src/lib/series-path';

const defaults: CascadeValues = {
	preset: 'ordinary',
	leverage: 10,
	longs: 60,
	depth: 20,
	shock: -3,
	seed: 1,
};

/** Positions at a start price of 100 (bands 1 wide), each with a level, a notional and a side. */
function positions(rows: readonly [level: number, usd: number, sign: 1 | -1][]): PositionLevels {
	return {
		price: 100,
		liquidationPrice: Float64Array.from(rows, (r) => r[0]),
		notionalUsd: Float64Array.from(rows, (r) => r[1]),
		sign: Int8Array.from(rows, (r) => r[2]),
	};
}

describe('binning liquidation levels over [97, 100]', () => {
	const bins = (rows: readonly [number, number, 1 | -1][]) => binLevels(positions(rows), [97, 100]);

	test.each([
		['inside the lowest band', 97.5, 0],
		['on the lowest edge: the first band', 97, 0],
		['on an inner edge: the band above it', 98, 1],
		['on the top edge: the last band', 100, 2],
	] as const)('a level %s', (_, level, band) => {
		const levels = bins([[level, 10, 1]]);
		expect(levels.bins.map((b) => b.longUsd)).toEqual([0, 1, 2].map((k) => (k === band ? 10 : 0)));
		expect(levels.bins.map((b) => b.longPositions)).toEqual(
			[0, 1, 2].map((k) => (k === band ? 1 : 0)),
		);
	});

	test('levels outside the bands or missing are counted apart, so every dollar is accounted for', () => {
		const levels = bins([
			[96.9, 1, 1],
			[100.1, 2, -1],
			[Number.NaN, 4, 1],
			[0, 8, 1],
			[99.5, 16, -1],
		]);
		expect(levels.belowUsd).toBe(1);
		expect(levels.aboveUsd).toBe(2);
		expect(levels.noLevelUsd).toBe(12);
		expect(levels.bins.map((b) => [b.shortUsd, b.shortPositions])).toEqual([
			[0, 0],
			[0, 0],
			[16, 1],
		]);
		expect(levels.totalUsd).toBe(31);
	});

	test('band edges are the domain’s, one per cent of the price apart', () => {
		expect(bins([]).bins.map((b) => [b.x0, b.x1])).toEqual([
			[97, 98],
			[98, 99],
			[99, 100],
		]);
	});
});

describe('price lines thinned to the chart’s resolution', () => {
	const identity = (v: number): number => v;

	test('points at least a column apart are all kept, rounded to a tenth', () => {
		const prices = Float64Array.from([10, 11.04, 9]);
		expect(seriesPath(prices, 2, (t) => t * 2, identity, 0)).toBe('M0,10L2,11L4,9');
	});

	test('within one column only the first, lowest, highest and last points remain, in time order', () => {
		const prices = Float64Array.from([5, 7, 1, 9, 4, 6, 5]);
		// Ticks 0–6 all fall in the column [0, 1); tick 7 would start the next one.
		expect(seriesPath(prices, 6, (t) => t * 0.1, identity, 0)).toBe('M0,5L0.2,1L0.3,9L0.6,5');
	});

	test('the line stops at the playhead and a missing price reads as the fallback', () => {
		const prices = Float64Array.from([3, 4]);
		expect(seriesPath(prices, 0, (t) => t, identity, 0)).toBe('M0,3');
		expect(seriesPath(prices, 2, (t) => t, identity, 8)).toBe('M0,3L1,4L2,8');
	});

	test('an area closes the thinned line along its baseline; an empty series has none', () => {
		const totals = Float64Array.from([0, 2.5, 4]);
		expect(seriesArea(totals, 2, (t) => t * 3, identity, 0, 10)).toBe('M0,0L3,2.5L6,4L6,10L0,10Z');
		expect(seriesArea(new Float64Array(0), -1, (t) => t, identity, 0, 10)).toBe('');
	});
});

describe('a lab whose shock moves within the chart’s range', () => {
	test('keeps its binned levels and price range and re-runs only the cascade', () => {
		const values = $state({ ...defaults });
		const lab = new CascadeLabState(() => scenarioOf(values));
		const [levels, domain, run] = [lab.levels, lab.domain, lab.run];
		values.shock = -3.1;
		expect(lab.run).not.toBe(run);
		expect(lab.domain).toBe(domain);
		expect(lab.levels).toBe(levels);
		values.leverage = 12;
		expect(lab.levels).not.toBe(levels);
	}, 60_000);
});

describe('values handed on once per animation frame', () => {
	/** A frame clock the test advances by hand. */
	function handClock() {
		let due: (() => void)[] = [];
		return {
			request: (callback: () => void) => due.push(callback),
			cancel: () => {
				due = [];
			},
			waiting: () => due.length,
			frame: () => {
				const now = due;
				due = [];
				for (const callback of now) callback();
			},
		};
	}

	test('a burst of changes within a frame arrives once, as its last value, in the frame', () => {
		const clock = handClock();
		let delivered = { shock: -3, seed: 1 };
		const deliveries: object[] = [];
		const gate = frameGate(
			() => delivered,
			(value) => {
				delivered = value;
				deliveries.push(value);
			},
			clock,
		);
		gate.offer({ shock: -3.1, seed: 1 });
		gate.offer({ shock: -3.2, seed: 1 });
		expect(clock.waiting()).toBe(1);
		expect(deliveries).toEqual([]);
		clock.frame();
		expect(deliveries).toEqual([{ shock: -3.2, seed: 1 }]);
	});

	test('values that come back to what was delivered before the frame are not handed on', () => {
		const clock = handClock();
		const deliveries: object[] = [];
		const gate = frameGate(
			() => ({ shock: -3, seed: 1 }),
			(value) => deliveries.push(value),
			clock,
		);
		gate.offer({ shock: -3.3, seed: 1 });
		gate.offer({ seed: 1, shock: -3 });
		clock.frame();
		expect(deliveries).toEqual([]);
	});

	test('stopping drops what is waiting', () => {
		const clock = handClock();
		const deliveries: object[] = [];
		const gate = frameGate(
			() => ({ shock: -3 }),
			(value) => deliveries.push(value),
			clock,
		);
		gate.offer({ shock: -4 });
		gate.stop();
		clock.frame();
		expect(deliveries).toEqual([]);
	});

	test.each([
		['the same values in another order', { a: 1, b: 'x' }, { b: 'x', a: 1 }, true],
		['a changed value', { a: 1, b: 'x' }, { a: 2, b: 'x' }, false],
		['an extra key', { a: 1 }, { a: 1, b: 2 }, false],
		['NaN equals NaN (Object.is)', { a: Number.NaN }, { a: Number.NaN }, true],
	] as const)('sameValues: %s', (_, a, b, same) => {
		expect(sameValues(a, b)).toBe(same);
	});
});
