// ContagionMap: scenario from the controls, URL clamping, the view of a run, its codec, moments and words.
import { describe, expect, test } from 'vitest';
import { parseParams } from '../../src/lib/params';
import {
	defaultScenario,
	ETH,
	SOL,
	type Frame,
	type SimEvent,
	type SimulationRun,
} from '../../src/sim';
import { ContagionMapState } from '../../src/widgets/contagion-map/contagion-map.svelte';
import {
	runContagion,
	viewOf,
	type ContagionView,
} from '../../src/widgets/contagion-map/contagion-run';
import { timeScale } from '../../src/widgets/cascade-lab/chart-layout';
import {
	moveDomain,
	NARROW,
	panelTimeTicks,
	thinnedPoints,
	WIDE,
} from '../../src/widgets/contagion-map/layout';
import { momentOf, pushAt } from '../../src/widgets/contagion-map/moment';
import {
	contagionSchema,
	contagionScenarioOf,
	type ContagionValues,
} from '../../src/widgets/contagion-map/params';
import { answer } from '../../src/widgets/contagion-map/run-request';
import { narrateMoment, narrateRun } from '../../src/widgets/contagion-map/text';
import { decodeView, encodeView, quantizeView } from '../../src/widgets/contagion-map/view-codec';
import { expectClose } from '../helpers/close';

const defaults: ContagionValues = {
	market: 'btc',
	shock: -10,
	cross: 30,
	correlation: 70,
	fund: 5,
	seed: 1,
};

describe('scenario from the controls', () => {
	test('the defaults: the default market over BTC, ETH and SOL, 2,500 accounts of 80 traders', () => {
		expect(contagionScenarioOf(defaults)).toEqual({
			...defaultScenario(),
			accounts: 2_500,
			tradersPerAccount: 80,
			otherAssets: [ETH, SOL],
			shockMarket: 0,
			shock: -0.1,
			crossShare: 0.3,
			correlation: 0.7,
			insuranceFundUsd: 5e6,
		});
	});

	test.each([
		['btc', 0],
		['eth', 1],
		['sol', 2],
	] as const)('shocking %s names market %i', (market, index) => {
		expect(contagionScenarioOf({ ...defaults, market }).shockMarket).toBe(index);
	});

	test('keeps the default market’s 200,000 traders and its open interest', () => {
		const s = contagionScenarioOf(defaults);
		expect(s.accounts * s.tradersPerAccount).toBe(
			defaultScenario().accounts * defaultScenario().tradersPerAccount,
		);
		expect(s.openInterestUsd).toBe(defaultScenario().openInterestUsd);
	});
});

describe('URL values are clamped through the schema', () => {
	test.each([
		['empty', 'cm-shock=', { shock: -10 }, ['shock is empty; using -10.']],
		['not a number', 'cm-cross=abc', { cross: 30 }, ['cross: “abc” is not a number; using 30.']],
		['NaN', 'cm-fund=NaN', { fund: 5 }, ['fund: “NaN” is not a number; using 5.']],
		[
			'Infinity',
			'cm-shock=Infinity',
			{ shock: -10 },
			['shock: “Infinity” is not a number; using -10.'],
		],
		['hex', 'cm-fund=0x10', { fund: 5 }, ['fund: “0x10” is not a number; using 5.']],
		['huge', 'cm-fund=1e9', { fund: 50 }, ['fund: 1e9 is above the maximum 50; using 50.']],
		['negative share', 'cm-cross=-5', { cross: 0 }, ['cross: -5 is below the minimum 0; using 0.']],
		[
			'too strong',
			'cm-correlation=150',
			{ correlation: 100 },
			['correlation: 150 is above the maximum 100; using 100.'],
		],
		[
			'shock too deep',
			'cm-shock=-40',
			{ shock: -25 },
			['shock: -40 is below the minimum -25; using -25.'],
		],
		['fractional seed', 'cm-seed=3.7', { seed: 4 }, ['seed: 3.7 must be a whole number; using 4.']],
		[
			'unknown market',
			'cm-market=DOGE',
			{ market: 'btc' },
			['market: “DOGE” is not one of btc, eth, sol; using btc.'],
		],
		['market in capitals', 'cm-market=ETH', { market: 'eth' }, []],
		[
			'repeated keys',
			'cm-shock=-5&cm-shock=-7',
			{ shock: -5 },
			['shock was given 2 times; using the first, “-5”.'],
		],
		['another widget’s keys', 'cl-shock=-7&shock=-3', {}, []],
		[
			'a full valid state',
			'cm-market=sol&cm-shock=8.5&cm-cross=0&cm-correlation=0&cm-fund=0',
			{ market: 'sol', shock: 8.5, cross: 0, correlation: 0, fund: 0 },
			[],
		],
	] as const)('%s', (_why, query, expected, notices) => {
		const parsed = parseParams(contagionSchema, new URLSearchParams(query), 'cm-');
		expect(parsed.values).toEqual({ ...defaults, ...expected });
		expect(parsed.notices).toEqual(notices);
	});
});

/** A hand-made three-market run: 4 ticks, two liquidations, two ADL fills of one position. */
function handRun(): SimulationRun {
	const market = (last: number) => ({
		last,
		mark: last,
		index: last,
		bidDepthUsd: 0,
		askDepthUsd: 0,
		openInterestUsd: 1_000,
		liquidatedLongUsd: 0,
		liquidatedShortUsd: 0,
		halted: false,
	});
	const frame = (tick: number, prices: number[], fund: number, adl: number): Frame => ({
		tick,
		markets: prices.map(market),
		insuranceFundUsd: fund,
		adlUsd: adl,
		badDebtUsd: 0,
	});
	const liquidation = (tick: number, asset: string, account: number, usd: number): SimEvent => ({
		type: 'liquidation',
		tick,
		asset,
		account,
		side: 'long',
		partial: false,
		quantity: 1,
		notionalUsd: usd,
		price: 1,
		markPrice: 1,
		bankruptcyPrice: 1,
		feeUsd: 0,
		traders: 10,
	});
	const adl = (tick: number, account: number, usd: number): SimEvent => ({
		type: 'adl',
		tick,
		asset: 'ETH',
		account,
		side: 'short',
		quantity: 1,
		notionalUsd: usd,
		price: 1,
		bankruptAccount: 7,
	});
	const scenario = { ...contagionScenarioOf(defaults), shock: -0.5, shockTicks: 2 };
	return {
		scenario,
		events: [
			liquidation(1, 'BTC', 7, 300),
			liquidation(1, 'ETH', 7, 200),
			liquidation(2, 'SOL', 9, 50),
			adl(2, 4, 40),
			adl(3, 4, 60),
			adl(3, 5, 10),
		],
		frames: [
			frame(0, [100, 10, 1], 1_000, 0),
			frame(1, [75, 9.5, 0.75], 600, 0),
			frame(2, [50, 9, 0.5], 0, 40),
			frame(3, [62.5, 9.5, 0.625], 0, 110),
		],
		summary: {
			liquidatedUsd: 550,
			liquidatedAccounts: 2,
			liquidatedTraders: 20,
			longShareOfLiquidations: 1,
			finalPrice: 62.5,
			lowestPrice: 50,
			highestPrice: 100,
			insuranceFundEndUsd: 0,
			adlUsd: 110,
			badDebtUsd: 0,
			stopsFilled: 0,
			stoppedUsd: 0,
			ticks: 4,
			moments: {
				firstLiquidationTick: 1,
				steepestMoveTick: 1,
				adlStartTick: 2,
				firstHaltTick: null,
				endTick: 3,
			},
			markets: [
				{
					symbol: 'BTC',
					startPrice: 100,
					finalPrice: 62.5,
					lowestPrice: 50,
					highestPrice: 100,
					liquidatedUsd: 300,
				},
				{
					symbol: 'ETH',
					startPrice: 10,
					finalPrice: 9.5,
					lowestPrice: 9,
					highestPrice: 10,
					liquidatedUsd: 200,
				},
				{
					symbol: 'SOL',
					startPrice: 1,
					finalPrice: 0.625,
					lowestPrice: 0.5,
					highestPrice: 1,
					liquidatedUsd: 50,
				},
			],
		},
		accounting: {
			traderEquityChangeUsd: 0,
			fundChangeUsd: 0,
			badDebtUsd: 0,
			marketMakerPnlUsd: 0,
			outsideTraderPnlUsd: 0,
		},
	};
}

/** Account 7 holds BTC and ETH; account 9 SOL alone. */
const handView = (): ContagionView =>
	viewOf(handRun(), [1, 0.84, 2.5], (a) => (a === 7 ? [0, 1] : null));

describe('the view of a run', () => {
	const view = handView();

	test.each([
		['BTC liquidated so far', view.markets[0]?.liquidatedUsd, [0, 300, 300, 300]],
		['ETH liquidated so far', view.markets[1]?.liquidatedUsd, [0, 200, 200, 200]],
		['SOL liquidated so far', view.markets[2]?.liquidatedUsd, [0, 0, 50, 50]],
		['BTC–ETH: both legs of the account holding both', view.links[0]?.usd, [0, 500, 500, 500]],
		['BTC–SOL: nobody holds both', view.links[1]?.usd, [0, 0, 0, 0]],
		['ETH–SOL: nobody holds both', view.links[2]?.usd, [0, 0, 0, 0]],
		['ADL dollars so far', view.adlUsd, [0, 0, 40, 110]],
		['ADL positions: account 4 counted once', view.adlPositions, [0, 0, 1, 2]],
		['fund per tick', view.fundUsd, [1_000, 600, 0, 0]],
		['BTC moves', view.markets[0]?.move, [0, -0.25, -0.5, -0.375]],
	])('%s', (_why, actual, expected) => {
		expect(actual).toEqual(expected);
	});

	test('pushes: the shock times each factor, never past the simulator’s −99%', () => {
		expect(view.markets.map((m) => m.push)).toEqual([-0.5, -0.42, -0.99]);
	});

	test('pairs in order, and the run’s own figures', () => {
		expect(view.links.map((l) => [l.from, l.to])).toEqual([
			[0, 1],
			[0, 2],
			[1, 2],
		]);
		expect(view.figures).toEqual({
			liquidatedUsd: 550,
			liquidatedTraders: 20,
			longShare: 1,
			badDebtUsd: 0,
		});
	});
});

describe('the page’s copy of a view', () => {
	const view = handView();

	test('survives encoding; a quantized view is its own quantization', () => {
		const copy = quantizeView(view);
		expect(decodeView(encodeView(copy))).toEqual(copy);
		expect(quantizeView(copy)).toEqual(copy);
		expect(copy.adlPositions).toEqual([0, 0, 1, 2]);
	});

	test('keeps moves to a millionth and dollars to the cent', () => {
		const fine = { ...view, fundUsd: [1_000.004, 600.006, 0, 0] };
		const copy = quantizeView(fine);
		expect(copy.fundUsd).toEqual([1_000, 600.01, 0, 0]);
		const moves = quantizeView({
			...view,
			markets: view.markets.map((m) => ({ ...m, move: [0, -0.1234567, -0.2, 0.0000004] })),
		});
		expectClose(moves.markets[0]?.move[1] ?? 0, -0.123457, 1e-12);
		expect(moves.markets[0]?.move[3]).toBe(0);
	});

	const text = encodeView(view);
	test.each([
		['nothing', undefined],
		['empty', ''],
		['not JSON', '{"shocked":'],
		['null', 'null'],
		['an array', '[]'],
		['no ticks', text.replace('"ticks":4', '"ticks":0')],
		['moves of the wrong length', text.replace('"ticks":4', '"ticks":5')],
		[
			'steps out of order',
			text.replace('"fundUsd":"0:100000,1:60000,2:0"', '"fundUsd":"0:1,2:5,1:3"'),
		],
		[
			'a step not at tick 0 first',
			text.replace('"fundUsd":"0:100000,1:60000,2:0"', '"fundUsd":"1:5"'),
		],
		['a fractional step', text.replace('"fundUsd":"0:100000,1:60000,2:0"', '"fundUsd":"0:1.5"')],
		['a symbol that is not text', text.replace('"symbol":"BTC"', '"symbol":7')],
	])('rejects %s', (_why, bad) => {
		expect(decodeView(bad)).toBeNull();
	});
});

describe('the picture at a tick', () => {
	const view = handView();

	test.each([
		['half-way through a two-tick shock', -0.19, 0, 2, Math.sqrt(0.81) - 1],
		['at the end of the shock', -0.19, 1, 2, -0.19],
		['long after it', -0.19, 500, 2, -0.19],
		['a one-tick shock at once', 0.1, 0, 1, 0.1],
	])('push %s', (_why, push, tick, ticks, expected) => {
		expectClose(pushAt(push, tick, ticks), expected, 1e-12);
	});

	test.each([
		['the start', 0, 0, 0],
		['the lowest tick', 2, 2, -0.5],
		['after a rebound the low stays', 3, 3, -0.5],
		['beyond the end: the last tick', 99, 3, -0.5],
		['before the start: the first tick', -4, 0, 0],
		['not a number: the start', Number.NaN, 0, 0],
	])('%s', (_why, tick, expectedTick, btcExtreme) => {
		const m = momentOf(view, tick);
		expect(m.tick).toBe(expectedTick);
		expect(m.markets[0]?.extreme).toBe(btcExtreme);
	});

	test('flows, fund and ADL at tick 2', () => {
		const m = momentOf(view, 2);
		expect(m.links.map((l) => l.usd)).toEqual([500, 0, 0]);
		expect([m.fundUsd, m.adlUsd, m.adlPositions]).toEqual([0, 40, 1]);
		expect(m.markets.map((x) => x.shocked)).toEqual([true, false, false]);
	});

	test('the shared move axis covers every path and push, padded to round numbers', () => {
		expect(moveDomain(view)).toEqual([-1.2, 0]); // SOL's push −0.99, padded by 8%, to a round tick
	});

	test.each([
		[
			'side by side: the outer labels inside, "1 min" kept between',
			WIDE,
			['0 s', '1 min', '10 min'],
			['start', 'middle', 'end'],
		],
		[
			'stacked: room for six',
			NARROW,
			['0 s', '10 s', '30 s', '2 min', '5 min', '10 min'],
			['start', 'middle', 'middle', 'middle', 'middle', 'middle'],
		],
	] as const)('time labels, %s', (_why, geometry, labels, anchors) => {
		const box = geometry.panels[0];
		if (box === undefined) throw new Error('a panel is missing');
		const ticks = panelTimeTicks(timeScale(988, 30, box), box);
		expect(ticks.map((t) => t.label)).toEqual(labels);
		expect(ticks.map((t) => t.anchor)).toEqual(anchors);
	});

	test('lines are thinned but always end at the playhead', () => {
		const points = thinnedPoints(
			100,
			(t) => t / 10,
			() => 5,
		);
		expect(points.length).toBe(14); // ticks 0, 8, 16 … 96 (0.8 units apart), then the playhead
		expect(points.at(-1)).toEqual([10, 5]);
	});
});

describe('the state over the simulator (server path: computed at once)', () => {
	const map = new ContagionMapState(() => contagionScenarioOf(defaults));
	const view = map.view;
	if (view === null) throw new Error('the default map must run');
	const end = momentOf(view, view.ticks - 1);

	test('the view is the quantized view of the simulator’s run, and it is fresh', () => {
		const direct = runContagion(contagionScenarioOf(defaults));
		if (!direct.ok) throw new Error(direct.message);
		expect(view).toEqual(quantizeView(direct.view));
		expect(map.fresh).toBe(true);
		expect(map.csvReady).toBe(false); // the CSV comes from the browser's worker, never the server
		expect(map.length).toBe(view.ticks);
		expect(map.direction).toBe('fall');
	});

	test.each([
		['ADL positions at the end', end.adlPositions, 269],
		['ADL starts (tick)', view.moments.adlStartTick, 12],
		['traders liquidated', view.figures.liquidatedTraders, 63_840],
		['bad debt', view.figures.badDebtUsd, 0],
	])('%s', (_why, actual, expected) => {
		expect(actual).toBe(expected);
	});

	test('the run in one sentence, from the event log', () => {
		expect(narrateRun(view)).toBe(
			'A 10% drop in BTC pulled ETH down 13% and SOL down 19% at the low; BTC itself fell 14%. $708M was liquidated across the three markets (63,840 traders); the insurance fund went from $5M to $230,078, and auto-deleveraging closed 269 positions of profitable traders worth $129M.',
		);
	});

	test('the playhead’s sentence before the end: the first second already liquidates', () => {
		expect(narrateMoment(view, momentOf(view, 0), false)).toBe(
			'After 0 s: BTC \u22120.5%, ETH \u22120.29% and SOL \u22120.89%; $3.5M liquidated so far; the fund holds $5M and no one auto-deleveraged yet.',
		);
	});

	test('timeline marks from the run’s moments', () => {
		expect(map.marks).toEqual([
			{ tick: 0, label: 'First liquidation' },
			{ tick: 2, label: 'Steepest fall' },
			{ tick: 12, label: 'Auto-deleveraging starts' },
			{ tick: 988, label: 'End' },
		]);
	});
});

describe('a request and its reply (the worker’s and the fallback’s one recipe)', () => {
	test('an answer carries the quantized view and the run as CSV, shock first', () => {
		const scenario = contagionScenarioOf({ ...defaults, market: 'sol', shock: -4 });
		const reply = answer({ key: 'k', scenario });
		if (!reply.ok) throw new Error(reply.message);
		const direct = runContagion(scenario);
		if (!direct.ok) throw new Error(direct.message);
		expect(reply.view).toEqual(quantizeView(direct.view));
		expect(reply.csv.split('\r\n')[0]?.startsWith('tick,BTC last (USD),')).toBe(true);
		expect(reply.csv).toContain('\r\n0,shock,SOL,,,,0,165,move -0.04\r\n');
	});

	test('an invalid scenario comes back as the simulator’s message, not a throw', () => {
		const scenario = { ...contagionScenarioOf(defaults), shockMarket: 3 };
		expect(answer({ key: 'k', scenario })).toEqual({
			key: 'k',
			ok: false,
			message:
				'shockMarket must be a whole number from 0 to 2 (BTC, then otherAssets); received 3.',
		});
	});
});

describe('words for runs that do little', () => {
	const base = quantizeView(handView());

	test('no shock', () => {
		expect(narrateRun({ ...base, shock: 0 })).toBe(
			'With no shock nothing moved, so no one was liquidated and the insurance fund was untouched.',
		);
	});

	test('a rise that liquidates no one and leaves one market still', () => {
		const still = {
			...base,
			shock: 0.02,
			markets: base.markets.map((m, i) => ({
				...m,
				move: m.move.map((v) => (i === 2 ? 0 : Math.abs(v) / 10)),
			})),
			figures: { ...base.figures, liquidatedUsd: 0 },
		};
		expect(narrateRun(still)).toBe(
			'A 2% rise in BTC lifted ETH up 1% at the high and left SOL where it was; BTC itself rose 5%. No one was liquidated, and the insurance fund was untouched.',
		);
	});
});

describe('no NaN or Infinity at the sliders’ corners', () => {
	test.each([
		{ market: 'sol', shock: 25, cross: 100, correlation: 100, fund: 0 },
		{ market: 'btc', shock: -25, cross: 0, correlation: 0, fund: 50 },
		{ market: 'eth', shock: 0, cross: 100, correlation: 0, fund: 0 },
	] as const)('%o', (patch) => {
		const result = runContagion(contagionScenarioOf({ ...defaults, ...patch }));
		if (!result.ok) throw new Error(result.message);
		const view = quantizeView(result.view);
		const numbers = [
			...view.markets.flatMap((m) => [m.push, m.startPrice, ...m.move, ...m.liquidatedUsd]),
			...view.links.flatMap((l) => l.usd),
			...view.fundUsd,
			...view.adlUsd,
			...view.adlPositions,
		];
		expect(numbers.every(Number.isFinite)).toBe(true);
		const words = `${narrateRun(view)} ${narrateMoment(view, momentOf(view, 10), false)}`;
		expect(words).not.toMatch(/NaN|Infinity|undefined/);
	});
});
