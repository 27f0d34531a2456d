// SurvivalOdds: its state at fixed settings, URL parsing and clamping, words, tables and chart helpers.
import { beforeAll, describe, expect, test } from 'vitest';
import { defaultValues, parseParams, writeParams } from '../../src/lib/params';
import { drawStandardPaths, type PositionLines } from '../../src/sim';
import { boxFor, spreadLabels, timeTicks } from '../../src/widgets/survival-odds/chart-layout';
import { curveLabel, curveShade } from '../../src/widgets/survival-odds/curve-style';
import {
	fanCourses,
	fanFates,
	levelRange,
	thinnedLevels,
} from '../../src/widgets/survival-odds/fan';
import { fanGuides, fanRange, offChartNote } from '../../src/widgets/survival-odds/fan-guides';
import { CURVE_LEVERAGES, marketOf } from '../../src/widgets/survival-odds/model';
import {
	formatHours,
	formatStop,
	survivalOddsSchema,
	type SurvivalOddsValues,
} from '../../src/widgets/survival-odds/params';
import { SurvivalOddsState } from '../../src/widgets/survival-odds/survival-odds.svelte';
import { comparedRows, curveRows, oddsCsv } from '../../src/widgets/survival-odds/table';
import { formatShare, pathCount } from '../../src/widgets/survival-odds/text';
import { expectClose } from '../helpers/close';

const defaults = defaultValues(survivalOddsSchema);

function state(change: Partial<SurvivalOddsValues> = {}): SurvivalOddsState {
	const values = { ...defaults, ...change };
	return new SurvivalOddsState(() => values);
}

describe('the state at fixed settings (seed 1, 500 fat-tailed paths, 50% a year)', () => {
	// Drawing a week of 500 paths is the slow part; the widget's cache keeps them for every test.
	beforeAll(() => {
		expect(state().paths.spec.paths).toBe(500);
	}, 60_000);

	test.each([
		['the default: 10×, a week, no stop', {}, 0.822, 0, -0.011910670596704587],
		['20×, a week', { lev: 20 }, 0.528, 0, -0.4468749074677296],
		['20×, a day', { lev: 20, hours: 24 }, 0.918, 0, -0.08700794025224605],
		['10× with a 3% stop', { stop: 3 }, 1, 0.622, -0.31228739896124824],
		[
			'10× with half kept in cross margin: the odds of 5×',
			{ reserve: 50, mode: 'cross' as const },
			0.998,
			0,
			-0.0009648968897305167,
		],
	])('%s', (_reason, change, survival, stopped, median) => {
		const s = state(change);
		expect(s.error).toBe('');
		expect(s.odds?.survival).toBe(survival);
		expect(s.odds?.stopped).toBe(stopped);
		expectClose(s.odds?.medianReturn ?? Number.NaN, median);
	});

	test('the narration states the exact counts', () => {
		expect(state().narration).toBe(
			'Held for 1 week at 10× with no stop, the long was liquidated on 89 of 500 paths (18%). The typical path ended at −1.2% of your $1,000; one in ten ended above +95%.',
		);
		expect(state({ stop: 3 }).narration).toBe(
			'Held for 1 week at 10× with a stop 3% below entry, the long was liquidated on 0 of 500 paths (0%), stopped out on 311 and still open on 189. The typical path ended at −31% of your $1,000; one in ten ended above +89%. The worst stop filled 4% below its trigger.',
		);
	});

	test('a stop behind the liquidation price is named as one that can never fire', () => {
		const s = state({ lev: 20, stop: 5 });
		expect(s.odds?.lines.stopBeyondLiquidation).toBe(true);
		expect(s.narration).toContain('(below the liquidation price of $95,382, so it can never fire)');
	});

	test('curves: four fixed stops, and the reader’s own added when it is none of them', () => {
		expect(state().curves.map((c) => [c.stop, c.own])).toEqual([
			[0, true],
			[0.1, false],
			[0.05, false],
			[0.02, false],
		]);
		expect(state({ stop: 3 }).curves.map((c) => [c.stop, c.own])).toEqual([
			[0, false],
			[0.1, false],
			[0.05, false],
			[0.02, false],
			[0.03, true],
		]);
	});

	test('the no-stop curve starts at 100% at 1× and never rises', () => {
		const curve = state().curves[0]?.survival ?? [];
		expect(curve).toHaveLength(CURVE_LEVERAGES.length);
		expect(curve[0]).toBe(1);
		for (let i = 1; i < curve.length; i++) expect(curve[i]).toBeLessThanOrEqual(curve[i - 1] ?? 1);
	});

	test('compared leverages include the reader’s own, in order', () => {
		expect(state({ lev: 7 }).compared.map((c) => [c.leverage, c.own])).toEqual([
			[1, false],
			[2, false],
			[3, false],
			[5, false],
			[7, true],
			[10, false],
			[20, false],
			[50, false],
			[100, false],
		]);
		expect(
			state()
				.compared.filter((c) => c.own)
				.map((c) => c.leverage),
		).toEqual([10]);
	});

	test('curves and compared leverages follow the settled values; odds, fan and narration the live ones', () => {
		const live = { ...defaults, lev: 7, stop: 3, hours: 24 };
		const settled = { ...defaults, lev: 20, stop: 0, hours: 168 };
		const s = new SurvivalOddsState(
			() => live,
			() => settled,
		);
		const alone = state({ lev: 7, stop: 3, hours: 24 });
		const before = state({ lev: 20, stop: 0, hours: 168 });
		expect(s.odds).toEqual(alone.odds);
		expect(s.fanFates).toEqual(alone.fanFates);
		expect(s.narration).toBe(alone.narration);
		expect(s.compared).toEqual(before.compared);
		expect(s.curves).toEqual(before.curves);
		expect(s.compared.find((c) => c.own)?.leverage).toBe(20);
		expect(s.curves.map((c) => c.stop)).toEqual([0, 0.1, 0.05, 0.02]);
		expect([s.settled.leverage, s.settled.stopDistance, s.settled.hours]).toEqual([20, 0, 168]);
		expect(s.settled.odds).toEqual(before.odds);
		expect(alone.settled).toBe(alone);
	});

	test('the fan: sixteen courses from entry to the horizon, and each one’s fate', () => {
		const s = state();
		expect(s.fan).toHaveLength(16);
		expect(s.fanFates).toHaveLength(16);
		const horizon = s.market.horizonSteps;
		for (const course of s.fan) {
			expect(course.points[0]).toEqual({ step: 0, level: 0 });
			expect(course.points.at(-1)?.step).toBe(horizon);
			expect(course.d.startsWith('M0,0L')).toBe(true);
		}
		for (const fate of s.fanFates) expect(fate.step).toBeLessThanOrEqual(horizon);
	});

	test('leverage and volatility leave the fan’s courses as they are; holding time redraws them', () => {
		const base = state().fan;
		expect(state({ lev: 50, stop: 5 }).fan).toEqual(base);
		expect(state({ vol: 120 }).fan).toEqual(base);
		const shorter = state({ hours: 24 }).fan;
		expect(shorter).not.toEqual(base);
		expect(shorter[0]?.points.at(-1)?.step).toBe(24 * 12);
	});

	test('the fates are the simulator’s, path by path', () => {
		const s = state({ lev: 50 });
		const fates = fanFates(s.paths, s.plan, s.market);
		expect(s.fanFates).toEqual(fates);
		expect(fates.filter((f) => f.exit === 'liquidated').length).toBeGreaterThan(
			state().fanFates.filter((f) => f.exit === 'liquidated').length,
		);
	});
});

describe('URL parsing and clamping', () => {
	const read = (query: string) =>
		parseParams(survivalOddsSchema, new URLSearchParams(query), 'so-');
	test.each([
		[
			'empty values',
			'so-lev=&so-stop=',
			{ lev: 10, stop: 0 },
			['lev is empty; using 10.', 'stop is empty; using 0.'],
		],
		['NaN', 'so-vol=NaN', { vol: 50 }, ['vol: “NaN” is not a number; using 50.']],
		['huge', 'so-lev=1e9', { lev: 100 }, ['lev: 1e9 is above the maximum 100; using 100.']],
		['negative', 'so-stop=-3', { stop: 0 }, ['stop: -3 is below the minimum 0; using 0.']],
		[
			'fractional hours',
			'so-hours=2.5',
			{ hours: 3 },
			['hours: 2.5 must be a whole number; using 3.'],
		],
		[
			'repeated keys',
			'so-lev=20&so-lev=30',
			{ lev: 20 },
			['lev was given 2 times; using the first, “20”.'],
		],
		[
			'an unknown margin mode',
			'so-mode=portfolio',
			{ mode: 'isolated' },
			['mode: “portfolio” is not one of isolated, cross; using isolated.'],
		],
		['keys without the prefix are another widget’s', 'lev=50', { lev: 10 }, []],
	])('%s', (_reason, query, expected, notices) => {
		const parsed = read(query);
		expect(parsed.values).toMatchObject(expected);
		expect(parsed.notices).toEqual(notices);
	});

	test('a written state reads back the same', () => {
		const values: SurvivalOddsValues = {
			...defaults,
			lev: 25,
			stop: 2.5,
			hours: 36,
			vol: 80,
			reserve: 20,
			mode: 'cross',
			tails: 'normal',
			slip: 0.5,
			seed: 42,
		};
		const query = writeParams(survivalOddsSchema, values, 'so-');
		expect(query.toString()).toBe(
			'so-lev=25&so-stop=2.5&so-hours=36&so-vol=80&so-reserve=20&so-mode=cross&so-tails=normal&so-slip=0.5&so-seed=42',
		);
		expect(read(query.toString()).values).toEqual(values);
	});

	test('every value the schema allows can be simulated (the extremes)', () => {
		for (const change of [
			{ lev: 100, stop: 20, hours: 1, vol: 150, reserve: 90, mode: 'cross' as const, slip: 2 },
			{ lev: 1, stop: 0.5, hours: 168, vol: 20, reserve: 0, slip: 0 },
		]) {
			const s = state(change);
			expect(s.error).toBe('');
			expect(s.narration).not.toMatch(/NaN|Infinity|undefined/);
		}
	});
});

describe('words and formats', () => {
	test.each([
		[0, 'no stop'],
		[3, '3% below entry'],
		[0.5, '0.5% below entry'],
	])('formatStop(%d)', (stop, text) => {
		expect(formatStop(stop)).toBe(text);
	});

	test.each([
		[1, '1 h'],
		[23, '23 h'],
		[24, '1 day'],
		[36, '1.5 days'],
		[168, '1 week'],
		[Number.NaN, '—'],
	])('formatHours(%d)', (hours, text) => {
		expect(formatHours(hours)).toBe(text);
	});

	test.each([
		[1, '100%'],
		[0.998, '99.8%'],
		[0.9999, '99.99%'],
		[0.822, '82%'],
		[0.002, '0.2%'],
		[0, '0%'],
	])('formatShare(%d) never rounds to 100%% unless it is all', (share, text) => {
		expect(formatShare(share)).toBe(text);
	});

	test('pathCount', () => {
		expect(pathCount(0.178, 500)).toBe('89 of 500 paths (18%)');
		expect(pathCount(0.002, 500)).toBe('1 of 500 paths (0.2%)');
	});

	test.each([
		[{ stop: 0, own: true }, 'shade-none', 'no stop (yours)'],
		[{ stop: 0.1, own: false }, 'shade-wide', 'stop 10% below'],
		[{ stop: 0.05, own: false }, 'shade-mid', 'stop 5% below'],
		[{ stop: 0.02, own: false }, 'shade-tight', 'stop 2% below'],
		[{ stop: 0.035, own: true }, 'shade-own', 'stop 3.5% below (yours)'],
	])('curve style %j', (curve, shade, label) => {
		expect(curveShade(curve)).toBe(shade);
		expect(curveLabel(curve)).toBe(label);
	});
});

describe('tables and CSV', () => {
	test('compared rows: a header, then one row per leverage with exact shares', () => {
		const rows = comparedRows(state().compared);
		expect(rows[0]?.[0]).toBe('leverage (x)');
		expect(rows.find((r) => r[0] === 10)?.slice(0, 6)).toEqual([
			10,
			90_361.45,
			null,
			0.178,
			0,
			0.822,
		]);
		expect(rows.find((r) => r[0] === 1)?.[1]).toBeNull();
	});

	test('curve rows: one per leverage, a column per stop', () => {
		const rows = curveRows(state().curves);
		expect(rows).toHaveLength(CURVE_LEVERAGES.length + 1);
		expect(rows[0]).toEqual([
			'leverage (x)',
			'not liquidated, no stop (share)',
			'not liquidated, stop 10% below (share)',
			'not liquidated, stop 5% below (share)',
			'not liquidated, stop 2% below (share)',
		]);
		expect(rows[1]).toEqual([1, 1, 1, 1, 1]);
	});

	test('the CSV holds the setting, the compared leverages and the curves', () => {
		const s = state();
		const csv = oddsCsv(defaults, s.compared, s.curves);
		expect(csv.startsWith('setting,value\r\nleverage (x),10\r\n')).toBe(true);
		expect(csv.split('\r\n\r\n')).toHaveLength(3);
		expect(csv).not.toMatch(/NaN|undefined/);
	});
});

describe('drawing helpers', () => {
	const paths = drawStandardPaths({ seed: 1, paths: 2, steps: 1_000, distribution: 'normal' });
	test('short stretches keep every step; long ones keep each bucket’s low and high in order', () => {
		expect(thinnedLevels(paths, 0, 100)).toHaveLength(101);
		const long = thinnedLevels(paths, 0, 1_000);
		expect(long.length).toBeLessThanOrEqual(162);
		expect(long[0]?.step).toBe(0);
		expect(long.at(-1)?.step).toBe(1_000);
		for (let i = 1; i < long.length; i++) {
			expect(long[i]?.step).toBeGreaterThan(long[i - 1]?.step ?? -1);
		}
		// No extreme is lost: the thinned low and high are the path's own.
		const all = Array.from({ length: 1_001 }, (_, k) => paths.level[k] ?? 0);
		expect(levelRange([{ id: 0, points: long, d: '' }])).toEqual([
			Math.min(0, ...all),
			Math.max(0, ...all),
		]);
	});

	test('the fan never asks for more paths than there are', () => {
		const plan = {
			entryPrice: 100_000,
			leverage: 10,
			capitalUsd: 1_000,
			reserveShare: 0,
			marginMode: 'isolated' as const,
			stopDistance: 0,
			stopSlippage: 0,
		};
		expect(fanCourses(paths, 120)).toHaveLength(2);
		expect(fanFates(paths, plan, marketOf({ vol: 50, hours: 10 }))).toHaveLength(2);
	});

	const lines = (liquidationPrice: number | null, stopPrice: number | null): PositionLines => ({
		marginUsd: 1_000,
		quantity: 0.1,
		notionalUsd: 10_000,
		walletUsd: 1_000,
		liquidationPrice,
		maintenanceRate: 0.004,
		stopPrice,
		stopBeyondLiquidation: false,
	});
	test.each([
		// name, paths' low and high, liquidation, stop → range low, high, line shown
		['paths only, the line far below', 98_000, 103_000, 50_000, null, 97_700, 103_300, false],
		['a near line widens the range', 98_000, 103_000, 96_000, null, 95_580, 103_420, true],
		['the stop is always in range', 99_000, 101_000, null, 95_000, 94_640, 101_360, false],
	])('fan range: %s', (_, low, high, lp, stop, wantLow, wantHigh, shown) => {
		const range = fanRange(low, high, lines(lp, stop), 100_000);
		expect(range.low).toBeCloseTo(wantLow, 6);
		expect(range.high).toBeCloseTo(wantHigh, 6);
		expect(range.lpShown).toBe(shown);
	});

	test('guides: entry, stop and liquidation labelled, labels kept 14 units apart', () => {
		const l = lines(99_500, 99_600);
		const range = fanRange(98_000, 102_000, l, 100_000);
		const guides = fanGuides(l, range, 100_000, (p) => (102_000 - p) / 10, 0, 400);
		expect(guides.map((g) => g.key)).toEqual(['entry', 'stop', 'liquidation']);
		expect(guides.map((g) => g.label)).toEqual([
			'entry $100,000',
			'stop $99,600',
			'liquidation $99,500',
		]);
		const ys = guides.map((g) => g.labelY).sort((a, b) => a - b);
		for (let i = 1; i < ys.length; i++)
			expect((ys[i] ?? 0) - (ys[i - 1] ?? 0)).toBeGreaterThanOrEqual(14);
		expect(offChartNote(l, range)).toBeNull();
		expect(offChartNote(lines(null, null), range)).toMatch(/no liquidation price/);
		expect(
			offChartNote(lines(10_000, null), fanRange(98_000, 102_000, lines(10_000, null), 100_000)),
		).toBe('liquidation $10,000 is further down ↓');
	});

	test.each([
		['the server default', 0, 480, 307],
		['a phone: taller, 0.8', 300, 300, 240],
		['narrower than legible: 280', 100, 280, 224],
		['wider than needed: 720', 2_000, 720, 461],
	])('boxFor: %s', (_reason, measured, width, height) => {
		const box = boxFor(measured, { top: 0, right: 0, bottom: 0, left: 0 });
		expect([box.width, box.height]).toEqual([width, height]);
	});

	test('time ticks: hours up to a day and a half, days beyond', () => {
		expect(timeTicks(24, (h) => h, false)).toEqual({
			ticks: [0, 4, 8, 12, 16, 20, 24].map((h) => ({ at: h, label: String(h) })),
			title: 'hours held',
		});
		expect(timeTicks(168, (h) => h, true).ticks.map((t) => t.label)).toEqual(['0', '2', '4', '6']);
	});

	test('spreadLabels pushes close labels apart and keeps them above the bottom', () => {
		expect(spreadLabels([50, 52, 200], 14, 0, 300)).toEqual([50, 64, 200]);
		expect(spreadLabels([290, 295], 14, 0, 300)).toEqual([286, 300]);
	});
});
