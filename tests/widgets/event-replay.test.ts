// EventReplay: scenario from the settings, URL clamping, the replay's figures, codec, verdicts and words.
import { beforeAll, describe, expect, test } from 'vitest';
import { parseParams } from '../../src/lib/params';
import { presets, simulate, type SimulationRun } from '../../src/sim';
import { bucketsOf, bucketTicks, busiestBucket } from '../../src/widgets/event-replay/buckets';
import { compareFigure, compareReplay, ratioText } from '../../src/widgets/event-replay/compare';
import { amountText, modelText, verdictLine } from '../../src/widgets/event-replay/comparison-text';
import {
	EventReplayState,
	replayMarks,
	runningTotals,
} from '../../src/widgets/event-replay/event-replay.svelte';
import { exactPrice, exactUsd } from '../../src/widgets/event-replay/exact-format';
import {
	calibratedValues,
	isCalibrated,
	REPLAY_EVENTS,
	replayKey,
	replaySchema,
	scenarioOf,
	type ReplayValues,
} from '../../src/widgets/event-replay/params';
import { replayOf, type Replay, type ReplayFigures } from '../../src/widgets/event-replay/replay';
import { decodeReplay, encodeReplay } from '../../src/widgets/event-replay/replay-codec';
import {
	CERTAINTY_LABELS,
	REPORTED,
	type ReportedFigure,
} from '../../src/widgets/event-replay/reported';
import { summaryRows } from '../../src/widgets/event-replay/summary-rows';
import { narrateMoment, narrateReplay, settingsText } from '../../src/widgets/event-replay/text';

const NOVEMBER = calibratedValues('nov-2025');
const OCTOBER = calibratedValues('oct-10-2025');

/** Runs the settings; fails the test when they cannot run. */
function replayed(values: ReplayValues): { replay: Replay; run: SimulationRun } {
	const outcome = replayOf(values);
	if (!outcome.ok) throw new Error(outcome.message);
	return outcome;
}

// The October preset runs three markets for 40 simulated minutes: seconds on a busy machine.
let october: { replay: Replay; run: SimulationRun };
let november: { replay: Replay; run: SimulationRun };
beforeAll(() => {
	november = replayed(NOVEMBER);
	october = replayed(OCTOBER);
}, 120_000);

describe('scenario from the settings', () => {
	test.each(REPLAY_EVENTS)('%s as calibrated is exactly its preset', (event) => {
		expect(scenarioOf(calibratedValues(event))).toEqual(presets[event]);
		expect(isCalibrated(calibratedValues(event))).toBe(true);
	});

	test('the outside move and every book’s depth scale with the sliders', () => {
		const s = scenarioOf({ event: 'oct-10-2025', seed: 7, shock: 150, depth: 50 });
		const preset = presets['oct-10-2025'];
		expect(s.seed).toBe(7);
		expect(s.shock).toBeCloseTo(preset.shock * 1.5, 12);
		expect(s.depthUsd).toBe(preset.depthUsd / 2);
		expect(s.otherAssets.map((a) => a.depthUsd)).toEqual(
			preset.otherAssets.map((a) => a.depthUsd / 2),
		);
		expect(isCalibrated({ event: 'nov-2025', seed: 1, shock: 100, depth: 95 })).toBe(false);
	});

	test('equal settings share a key, different ones do not', () => {
		expect(replayKey(NOVEMBER)).toBe('nov-2025|1|100|100');
		expect(replayKey({ ...NOVEMBER, seed: 2 })).not.toBe(replayKey(NOVEMBER));
	});
});

describe('URL values are read through the schema, clamped, with notices', () => {
	test.each([
		['', {}, []],
		['er-event=nov-2025', { event: 'nov-2025' }, []],
		['er-event=NOV-2025', { event: 'nov-2025' }, []],
		[
			'er-event=moon',
			{},
			['event: “moon” is not one of oct-10-2025, nov-2025; using oct-10-2025.'],
		],
		['er-shock=', {}, ['shock is empty; using 100.']],
		['er-shock=NaN', {}, ['shock: “NaN” is not a number; using 100.']],
		['er-shock=1e9', { shock: 150 }, ['shock: 1e9 is above the maximum 150; using 150.']],
		['er-depth=-20', { depth: 50 }, ['depth: -20 is below the minimum 50; using 50.']],
		['er-seed=2.6', { seed: 3 }, ['seed: 2.6 must be a whole number; using 3.']],
		['er-seed=4&er-seed=9', { seed: 4 }, ['seed was given 2 times; using the first, “4”.']],
		['shock=140&cl-seed=5', {}, []],
	] as const)('“%s”', (query, expected, notices) => {
		const parsed = parseParams(replaySchema, new URLSearchParams(query), 'er-');
		expect(parsed.values).toEqual({ ...OCTOBER, ...expected });
		expect(parsed.notices).toEqual(notices);
	});
});

describe('a replay is the simulator’s run, condensed', () => {
	test.each([
		['nov-2025', () => november],
		['oct-10-2025', () => october],
	] as const)(
		'%s: the figures are the summary of simulate(preset)',
		(event, get) => {
			const { replay, run } = get();
			const expected = simulate(presets[event]);
			expect(run.summary).toEqual(expected.summary);
			const f = replay.figures;
			const s = expected.summary;
			expect(f.liquidatedUsd).toBe(s.liquidatedUsd);
			expect(f.longUsd / f.liquidatedUsd).toBeCloseTo(s.longShareOfLiquidations, 12);
			expect(f.lowestPrice).toBe(s.lowestPrice);
			expect(f.adlUsd).toBe(s.adlUsd);
			expect(f.adlFills).toBe(expected.events.filter((e) => e.type === 'adl').length);
			expect(f.liquidatedTraders).toBe(s.liquidatedTraders);
			expect(replay.ticks).toBe(expected.frames.length);
			expect(f.markets.map((m) => m.symbol)).toEqual(s.markets.map((m) => m.symbol));
		},
		60_000,
	);

	test('the per-tick series add up to the totals, to a dollar a tick', () => {
		for (const { replay } of [november, october]) {
			const totals = runningTotals(replay);
			const liquidated = (totals.longUsd.at(-1) ?? 0) + (totals.shortUsd.at(-1) ?? 0);
			expect(Math.abs(liquidated - replay.figures.liquidatedUsd)).toBeLessThanOrEqual(replay.ticks);
			expect(Math.min(...replay.last)).toBeCloseTo(replay.figures.lowestPrice, 2);
		}
	});

	test('the calibrated runs have the figures doc/model.md §7 reports', () => {
		expect(october.replay.figures.lowestPrice).toBeCloseTo(106_075.4, 0);
		expect(october.replay.figures.liquidatedUsd / 1e6).toBeCloseTo(629.8, 0);
		expect(october.replay.figures.adlUsd).toBe(0);
		expect(october.replay.figures.marketScale).toBeCloseTo(70 / 2.625, 12);
		expect(november.replay.figures.lowestPrice).toBeCloseTo(104_162.8, 0);
		expect(november.replay.figures.marketScale).toBeCloseTo(70 / 2.275, 12);
	});
});

describe('the handoff text', () => {
	test.each([
		['nov-2025', () => november.replay],
		['oct-10-2025', () => october.replay],
	] as const)('%s comes back exactly', (_, get) => {
		const replay = get();
		const back = decodeReplay(encodeReplay(replay));
		expect(back).toEqual(replay);
	});

	test.each([
		['nothing', undefined],
		['empty', ''],
		['not JSON', '{nope'],
		['another shape', '{"v":1}'],
		['another version', () => encodeReplay(november.replay).replace('"v":1', '"v":2')],
		[
			'a series of the wrong length',
			() => encodeReplay(november.replay).replace('"last":[', '"last":[1,'),
		],
		[
			'a tick past the end',
			() => encodeReplay(november.replay).replace('"long":[', '"long":[99999,5,'),
		],
		['an unknown event', () => encodeReplay(november.replay).replace('"nov-2025"', '"dec-2025"')],
	] as const)('%s gives null', (_, text) => {
		expect(decodeReplay(typeof text === 'function' ? text() : text)).toBeNull();
	});
});

/** Figures of a made-up run, for the verdict rules alone. */
function figures(patch: Partial<ReplayFigures>): ReplayFigures {
	return { ...november.replay.figures, ...patch };
}
const figure = (id: string, event: 'oct-10-2025' | 'nov-2025' = 'oct-10-2025'): ReportedFigure => {
	const found = REPORTED[event].figures.find((f) => f.id === id);
	if (found === undefined) throw new Error(`no figure ${id}`);
	return found;
};

describe('verdicts are computed from the numbers', () => {
	test.each([
		[
			'10% over a single figure matches',
			'liquidated',
			{ liquidatedUsd: 21.01e9, marketScale: 1 },
			'matches',
			'1.10× the reported figure.',
		],
		[
			'11% over does not',
			'liquidated',
			{ liquidatedUsd: 21.2e9, marketScale: 1 },
			'factor-of-two',
			'1.11× the reported figure.',
		],
		[
			'twice is within a factor of two',
			'liquidated',
			{ liquidatedUsd: 38.2e9, marketScale: 1 },
			'factor-of-two',
			'2.00× the reported figure.',
		],
		[
			'just over twice is not',
			'liquidated',
			{ liquidatedUsd: 38.5e9, marketScale: 1 },
			'does-not-reproduce',
			'2.02× the reported figure.',
		],
		[
			'half is within a factor of two',
			'liquidated',
			{ liquidatedUsd: 9.55e9, marketScale: 1 },
			'factor-of-two',
			'0.50× the reported figure.',
		],
		[
			'scaled up first',
			'liquidated',
			{ liquidatedUsd: 630e6, marketScale: 70 / 2.625 },
			'factor-of-two',
			'0.88× the reported figure.',
		],
		['nothing at all', 'adl', { adlUsd: 0 }, 'does-not-reproduce', 'none in this run.'],
		[
			'no delay without ADL',
			'adl-delay',
			{ adlStartTick: null },
			'does-not-reproduce',
			'none in this run.',
		],
		[
			'a delay is ticks apart',
			'adl-delay',
			{ firstLiquidationTick: 6, adlStartTick: 66 },
			'matches',
			'0.97× the reported figure.',
		],
		[
			'inside a range',
			'btc-low',
			{ startPrice: 122_000, lowestPrice: 106_000 },
			'matches',
			'inside the reported range.',
		],
		[
			'a deeper fall than the range',
			'btc-low',
			{ startPrice: 122_000, lowestPrice: 90_000 },
			'factor-of-two',
			'1.60× the top of the reported range.',
		],
		[
			'all long against 87%',
			'long-share',
			{ longUsd: 1, liquidatedUsd: 1 },
			'does-not-reproduce',
			'no shorts liquidated, against 13% reported.',
		],
		[
			'within three points',
			'long-share',
			{ longUsd: 0.9, liquidatedUsd: 1 },
			'matches',
			'within 3 points of the report.',
		],
		[
			'shorts a fifth',
			'long-share',
			{ longUsd: 0.8, liquidatedUsd: 1 },
			'factor-of-two',
			'shorts 20% of the total, against 13% reported.',
		],
		[
			'shorts half',
			'long-share',
			{ longUsd: 0.5, liquidatedUsd: 1 },
			'does-not-reproduce',
			'shorts 50% of the total, against 13% reported.',
		],
		[
			'nothing liquidated',
			'long-share',
			{ longUsd: 0, liquidatedUsd: 0 },
			'does-not-reproduce',
			'nothing liquidated.',
		],
		['a missing market', 'sol-fall', { markets: [] }, 'does-not-reproduce', 'none in this run.'],
	] as const)('%s', (_, id, patch, verdict, detail) => {
		const row = compareFigure(figure(id), figures(patch), 122_000);
		expect([row.verdict, row.detail]).toEqual([verdict, detail]);
	});

	test('November’s range is judged from its nearer end', () => {
		const row = compareFigure(
			figure('liquidated', 'nov-2025'),
			figures({ liquidatedUsd: 1.3e9, marketScale: 1 }),
			null,
		);
		expect(row.verdict).toBe('matches');
		const below = compareFigure(
			figure('liquidated', 'nov-2025'),
			figures({ liquidatedUsd: 0.6e9, marketScale: 1 }),
			null,
		);
		expect(verdictLine(below)).toBe('Does not reproduce: 0.47× the bottom of the reported range.');
	});

	test.each([
		[0.875, '0.88×'],
		[2.04, '2.04×'],
		[12.4, '12×'],
		[0.0003, 'under 0.01×'],
	])('ratio %f reads %s', (ratio, text) => {
		expect(ratioText(ratio)).toBe(text);
	});

	test('the calibrated runs: what they reproduce and what they cannot', () => {
		const verdicts = (replay: Replay) =>
			Object.fromEntries(compareReplay(replay).map((r) => [r.figure.id, r.verdict]));
		expect(verdicts(october.replay)).toEqual({
			liquidated: 'factor-of-two',
			'long-share': 'does-not-reproduce',
			'btc-low': 'matches',
			'eth-fall': 'factor-of-two',
			'sol-fall': 'factor-of-two',
			'open-interest-fall': 'does-not-reproduce',
			adl: 'does-not-reproduce',
			'adl-delay': 'does-not-reproduce',
			shortfall: 'does-not-reproduce',
			traders: 'does-not-reproduce',
		});
		expect(verdicts(november.replay)).toEqual({
			liquidated: 'does-not-reproduce',
			'long-share': 'does-not-reproduce',
			'btc-low': 'matches',
			traders: 'does-not-reproduce',
			largest: 'does-not-reproduce',
		});
	});
});

describe('the reported figures', () => {
	const all = REPLAY_EVENTS.flatMap((e) => REPORTED[e].figures);
	test.each(all.map((f) => [f.label, f] as const))(
		'%s has a source, a certainty, a sane amount',
		(_, f) => {
			expect(f.source.length).toBeGreaterThan(10);
			expect(CERTAINTY_LABELS[f.certainty]).toBeTruthy();
			if (f.amount.kind === 'range') expect(f.amount.low).toBeLessThan(f.amount.high);
			else expect(f.amount.value).toBeGreaterThan(0);
		},
	);

	test.each([
		[{ kind: 'about', value: 19.1e9 }, 'USD', '≈ $19.1B'],
		[{ kind: 'range', low: 1.27e9, high: 1.36e9 }, 'USD', '$1.27B–$1.36B'],
		[{ kind: 'about', value: 47.87e6 }, 'USD', '≈ $47.87M'],
		[{ kind: 'range', low: 102_000, high: 107_000 }, 'USD', '$102,000–$107,000'],
		[{ kind: 'range', low: 0.89, high: 0.92 }, 'fraction', '89%–92%'],
		[{ kind: 'about', value: 61.7 }, 'seconds', '≈ 61.7 s'],
		[{ kind: 'about', value: 1.62e6 }, 'traders', '≈ 1.62 million'],
	] as const)('%o in %s reads %s', (amount, unit, text) => {
		expect(amountText(amount, unit)).toBe(text);
	});
});

describe('words and tables', () => {
	test('the November run in one sentence', () => {
		expect(narrateReplay(november.replay)).toBe(
			'3–4 Nov 2025, as calibrated: a 3% outside fall over 5 min 00 s liquidated $90M from 21,440 traders, all of it long, and took BTC down to $104,163 (reported low ≈ $104,130); auto-deleveraging never started.',
		);
		expect(settingsText({ event: 'nov-2025', seed: 2, shock: 150, depth: 50 })).toBe(
			'3–4 Nov 2025 with seed 2, 150% of the outside move and 50% of the depth',
		);
	});

	test('mid-run, the sentence says where the playhead is', () => {
		const state = new EventReplayState(() => NOVEMBER);
		const now = state.at(150);
		if (now === null) throw new Error('no moment');
		expect(narrateMoment(november.replay, now, false)).toMatch(
			/^After 2 min 30 s, BTC is at \$[\d,]+ \(−\d\.\d%\); \$[\d.]+M liquidated so far, all of it long\.$/,
		);
	});

	test('the lab’s values read with their scale', () => {
		const row = compareReplay(october.replay).find((r) => r.figure.id === 'liquidated');
		if (row === undefined) throw new Error('no row');
		expect(modelText(row, october.replay.figures)).toEqual({
			main: '≈ $16.8B',
			detail: '$630M in the lab, ×26.7 for the market',
		});
	});

	test('the summary table is exact to the dollar and the cent', () => {
		const rows = Object.fromEntries(summaryRows(november.replay).map((r) => [r.label, r.value]));
		const s = november.run.summary;
		expect(rows['Liquidated, all markets']).toBe(exactUsd(s.liquidatedUsd));
		expect(rows['Liquidated shorts']).toBe('$0');
		expect(rows['BTC lowest price']).toBe(exactPrice(s.lowestPrice));
		expect(rows['Auto-deleveraging fills']).toBe('0');
		expect(rows['Outside move']).toBe('−3% over 5 min 00 s');
	});

	test.each([
		[629_765_419.62, '$629,765,420'],
		[0, '$0'],
		[-0.2, '$0'],
		[-12.6, '−$13'],
		[Number.NaN, '—'],
	])('exactUsd(%f) is %s', (value, text) => {
		expect(exactUsd(value)).toBe(text);
	});

	test.each([
		[106_075.40321, '$106,075.40'],
		[Number.POSITIVE_INFINITY, '—'],
	])('exactPrice(%f) is %s', (value, text) => {
		expect(exactPrice(value)).toBe(text);
	});
});

describe('the state class and the time axis', () => {
	test('on the server it runs the settings at once, and clamps the playhead', () => {
		const state = new EventReplayState(() => NOVEMBER);
		expect(state.fresh).toBe(true);
		expect(state.replay?.figures).toEqual(november.replay.figures);
		expect(state.at(-5)?.tick).toBe(0);
		expect(state.at(1e9)?.tick).toBe(november.replay.ticks - 1);
		expect(state.at(Number.NaN)?.tick).toBe(0);
		expect(state.at(1e9)?.lowest).toBe(Math.min(...november.replay.last));
		expect(state.rows).toHaveLength(REPORTED['nov-2025'].figures.length);
	});

	test('the timeline marks the run’s moments and the end of the outside move', () => {
		expect(replayMarks(november.replay)).toEqual([
			{ tick: 15, label: 'First liquidation' },
			{ tick: 147, label: 'Steepest fall' },
			{ tick: 300, label: 'Outside move ends' },
			{ tick: 1097, label: 'End' },
		]);
	});

	test.each([
		[2424, 90, 30],
		[2424, 48, 60],
		[1098, 90, 15],
		[1098, 48, 30],
		[40, 90, 1],
		[1_000_000, 10, 100_000],
	])('%i ticks in at most %i bars: %i ticks a bar', (ticks, max, size) => {
		expect(bucketTicks(ticks, max)).toBe(size);
	});

	test('bars add up to the run, and the busiest one is found', () => {
		const buckets = bucketsOf(november.replay, 30);
		expect(buckets).toHaveLength(Math.ceil(november.replay.ticks / 30));
		const sum = buckets.reduce((t, b) => t + b.longUsd + b.shortUsd, 0);
		const totals = runningTotals(november.replay);
		expect(sum).toBe((totals.longUsd.at(-1) ?? 0) + (totals.shortUsd.at(-1) ?? 0));
		expect(buckets.at(-1)?.to).toBe(november.replay.ticks);
		expect(busiestBucket([])).toBeNull();
		expect(busiestBucket(buckets)).not.toBeNull();
	});
});
