// Whole runs: presets, the step/reset model, the log against the frames, and each policy lever.
import { describe, expect, test } from 'vitest';
import {
	CascadeModel,
	defaultScenario,
	ETH,
	PRESET_NAMES,
	presets,
	runOf,
	simulate,
	SOL,
	type Scenario,
	type SimEvent,
} from '../../src/sim';
import { expectClose } from '../helpers/close';

const small = (patch: Partial<Scenario>): Scenario => ({
	...defaultScenario(),
	accounts: 2_000,
	...patch,
});
const ofType = <T extends SimEvent['type']>(
	events: readonly SimEvent[],
	type: T,
): (SimEvent & { type: T })[] => events.filter((e): e is SimEvent & { type: T } => e.type === type);

describe('presets', () => {
	test.each(PRESET_NAMES)(
		'%s is valid, settles before its tick cap and liquidates someone',
		(name) => {
			const s = presets[name];
			const run = simulate(s);
			expect(run.summary.ticks).toBeLessThan(s.maxTicks);
			expect(run.summary.liquidatedAccounts).toBeGreaterThan(0);
		},
	);

	test('down-move presets liquidate mostly longs, the squeeze only shorts', () => {
		expect(simulate(presets['crowded-longs']).summary.longShareOfLiquidations).toBeGreaterThan(0.9);
		expect(simulate(presets['short-squeeze']).summary.longShareOfLiquidations).toBe(0);
	});

	test('October 2025 spreads to ETH and SOL, SOL falling furthest', () => {
		const markets = simulate(presets['oct-10-2025']).summary.markets;
		const fall = (i: number) => 1 - (markets[i]?.lowestPrice ?? 0) / (markets[i]?.startPrice ?? 1);
		expect(markets.map((m) => m.symbol)).toEqual(['BTC', 'ETH', 'SOL']);
		expect(fall(2)).toBeGreaterThan(fall(0));
		expect(markets.every((m) => m.liquidatedUsd > 0)).toBe(true);
	});
});

describe('CascadeModel', () => {
	test('stepping by hand gives exactly the run simulate() gives', () => {
		const s = small({ seed: 42 });
		const model = new CascadeModel(s);
		let steps = 0;
		while (model.step()) steps++;
		expect(runOf(model)).toStrictEqual(simulate(s));
		expect(steps + 1).toBe(model.frames.length);
	});

	test('reset() puts the model back to tick 0 and replays the same run', () => {
		const model = new CascadeModel(small({}));
		model.runToEnd();
		const first = runOf(model);
		model.reset();
		expect(model.tick).toBe(0);
		expect(model.events).toHaveLength(0);
		model.runToEnd();
		expect(runOf(model)).toStrictEqual(first);
	});

	test('step() after the end changes nothing', () => {
		const model = new CascadeModel(small({ maxTicks: 3 }));
		model.runToEnd();
		expect(model.step()).toBe(false);
		expect(model.frames).toHaveLength(3);
	});
});

describe('the event log and the frames tell the same story', () => {
	const run = simulate(defaultScenario());
	test('liquidated notional per frame adds up to the summary', () => {
		const fromFrames = run.frames.reduce(
			(sum, f) =>
				sum + (f.markets[0]?.liquidatedLongUsd ?? 0) + (f.markets[0]?.liquidatedShortUsd ?? 0),
			0,
		);
		expectClose(fromFrames, run.summary.liquidatedUsd, 1e-12);
	});

	test('the key moments point at real events', () => {
		const first = ofType(run.events, 'liquidation')[0];
		expect(run.summary.moments.firstLiquidationTick).toBe(first?.tick);
		expect(run.summary.moments.endTick).toBe(run.frames.length - 1);
	});

	test('the log starts with the shock', () => {
		expect(run.events[0]).toEqual({
			type: 'shock',
			tick: 0,
			asset: 'BTC',
			move: -0.03,
			orderUsd: 0,
			price: 110_000,
		});
	});

	test('a long liquidation fires only once the mark is at or below the fill`s bankruptcy side', () => {
		for (const e of ofType(run.events, 'liquidation')) {
			expect(e.side).toBe('long');
			expect(e.markPrice).toBeGreaterThan(0);
			expect(e.bankruptcyPrice).toBeLessThan(e.markPrice);
		}
	});
});

describe('policy levers', () => {
	const thin = small({ depthUsd: 2e6, medianLeverage: 25, longShare: 0.8, shock: -0.05 });

	test('without a fund, ADL closes profitable shorts at the bankrupt long`s price', () => {
		const run = simulate({ ...thin, insuranceFundUsd: 0, adl: true });
		const adl = ofType(run.events, 'adl');
		expect(adl.length).toBeGreaterThan(0);
		const bankruptAtPrice = new Set(
			ofType(run.events, 'liquidation').map(
				(e) => `${String(e.tick)}:${String(e.bankruptcyPrice)}`,
			),
		);
		for (const e of adl) {
			expect(e.side).toBe('short');
			expect(bankruptAtPrice.has(`${String(e.tick)}:${String(e.price)}`)).toBe(true);
		}
		expect(run.summary.adlUsd).toBeGreaterThan(0);
	});

	test('with ADL off the same shortfall becomes the venue`s bad debt instead', () => {
		const run = simulate({ ...thin, insuranceFundUsd: 0, adl: false });
		expect(run.summary.adlUsd).toBe(0);
		expect(run.summary.badDebtUsd).toBeGreaterThan(0);
	});

	test('a circuit breaker halts matching for its length, then resumes', () => {
		const s = {
			...thin,
			circuitBreaker: true,
			circuitBreakerMove: 0.02,
			circuitBreakerHaltTicks: 50,
		};
		const run = simulate(s);
		const halt = ofType(run.events, 'halt')[0];
		const resume = ofType(run.events, 'resume')[0];
		expect(halt).toBeDefined();
		expect((resume?.tick ?? 0) - (halt?.tick ?? 0)).toBe(51);
		const during = run.events.filter(
			(e) =>
				(e.type === 'liquidation' || e.type === 'stop') &&
				e.tick > (halt?.tick ?? 0) &&
				e.tick < (resume?.tick ?? 0),
		);
		expect(during).toEqual([]);
	});

	test('partial liquidation takes 20% slices, at least 30 ticks apart for the same account', () => {
		const run = simulate({ ...thin, tradersPerAccount: 1, partialLiquidation: true });
		const slices = ofType(run.events, 'liquidation').filter((e) => e.partial);
		expect(slices.length).toBeGreaterThan(0);
		const last = new Map<number, number>();
		for (const e of slices) {
			const previous = last.get(e.account);
			if (previous !== undefined) expect(e.tick - previous).toBeGreaterThanOrEqual(30);
			last.set(e.account, e.tick);
		}
	});

	test('a leverage cap of 3× leaves nobody close enough to liquidate on a 3% dip', () => {
		expect(simulate(small({ leverageCap: 3, depthUsd: 50e6 })).summary.liquidatedAccounts).toBe(0);
	});
});

describe('contagion', () => {
	const linked = (crossShare: number): Scenario =>
		small({
			crossShare,
			correlation: 0,
			otherAssets: [ETH, SOL],
			depthUsd: 5e6,
			medianLeverage: 15,
		});

	test('with uncorrelated markets, only cross-margin accounts carry a BTC fall into ETH and SOL', () => {
		const withCross = simulate(linked(1)).summary.markets;
		const without = simulate(linked(0)).summary.markets;
		expect((withCross[1]?.liquidatedUsd ?? 0) + (withCross[2]?.liquidatedUsd ?? 0)).toBeGreaterThan(
			0,
		);
		expect((without[1]?.liquidatedUsd ?? 0) + (without[2]?.liquidatedUsd ?? 0)).toBe(0);
	});
});

describe('the shocked market', () => {
	/** Three markets whose 1× population never trades: the prices show the exogenous move alone. */
	const quiet = (patch: Partial<Scenario>): Scenario =>
		small({
			accounts: 50,
			leverageCap: 1,
			stopLossShare: 0,
			otherAssets: [ETH, SOL],
			correlation: 0.7,
			shock: -0.1,
			...patch,
		});
	const finals = (s: Scenario): number[] => simulate(s).summary.markets.map((m) => m.finalPrice);

	test('BTC by default: ETH and SOL follow correlation × beta of the shock', () => {
		const [btc, eth, sol] = finals(quiet({}));
		expectClose(btc ?? 0, 110_000 * 0.9, 1e-12); // the whole −10%
		expectClose(eth ?? 0, 3_500 * (1 - 0.1 * 0.7 * 1.2), 1e-12); // −8.4%
		expectClose(sol ?? 0, 165 * (1 - 0.1 * 0.7 * 1.8), 1e-12); // −12.6%
	});

	test('shocking ETH moves ETH by the whole shock and the others by ρ·β over ETH`s beta', () => {
		const [btc, eth, sol] = finals(quiet({ shockMarket: 1 }));
		expectClose(eth ?? 0, 3_150, 1e-12); // −10%
		expectClose(btc ?? 0, 110_000 * (1 - (0.1 * 0.7) / 1.2), 1e-12); // −5.83%
		expectClose(sol ?? 0, 165 * (1 - (0.1 * 0.7 * 1.8) / 1.2), 1e-12); // −10.5%
	});

	test('a shocked market with beta 0 moves alone', () => {
		const alone = { ...SOL, beta: 0 };
		const [btc, eth, sol] = finals(quiet({ otherAssets: [ETH, alone], shockMarket: 2 }));
		expect([btc, eth]).toEqual([110_000, 3_500]);
		expectClose(sol ?? 0, 148.5, 1e-12);
	});

	test('a shocked market with a tiny beta moves the others at most 5 × correlation of the shock', () => {
		const timid = { ...SOL, beta: 0.1 };
		const [btc, eth, sol] = finals(
			quiet({ otherAssets: [ETH, timid], shockMarket: 2, shock: -0.02 }),
		);
		expectClose(sol ?? 0, 165 * 0.98, 1e-12);
		expectClose(btc ?? 0, 102_300, 1e-12); // ratio 1 / 0.1 = 10, capped at 5: −2% × 0.7 × 5
		expectClose(eth ?? 0, 3_255, 1e-12); // 1.2 / 0.1 = 12, capped at 5
	});

	test('the log names the shocked market, and the shock order goes into its book', () => {
		const run = simulate(quiet({ shock: 0, shockOrderUsd: -5e6, shockMarket: 2 }));
		expect(run.events[0]).toEqual({
			type: 'shock',
			tick: 0,
			asset: 'SOL',
			move: 0,
			orderUsd: -5e6,
			price: 165,
		});
		const [btc, eth, sol] = run.summary.markets.map((m) => m.lowestPrice);
		expect([btc, eth]).toEqual([110_000, 3_500]);
		expect(sol).toBeLessThan(165);
		const a = run.accounting;
		const total =
			a.traderEquityChangeUsd +
			a.fundChangeUsd -
			a.badDebtUsd +
			a.marketMakerPnlUsd +
			a.outsideTraderPnlUsd;
		expect(Math.abs(total)).toBeLessThan(1e-8 * 3.5e9); // the property tests' relative tolerance
	});

	test('shockMarket 0 keeps the runs from before the field existed, to the last bit', () => {
		// Figures printed by the simulator before shockMarket was added (BTC shocked, and sold into).
		const run = simulate(
			small({ otherAssets: [ETH, SOL], correlation: 0.7, shock: -0.05, shockOrderUsd: -2e6 }),
		);
		expect(run.summary.liquidatedUsd).toBe(498_297_654.4194819);
		expect(run.summary.markets.map((m) => m.finalPrice)).toEqual([
			101_408.12518094153, 3_247.97741572742, 146.37164431633164,
		]);
		expect(run.summary.insuranceFundEndUsd).toBe(47_318_178.49063618);
		expect(run.accounting.outsideTraderPnlUsd).toBe(155_957.78501014947);
	});
});

describe('stops', () => {
	test('long stops fire on the last price and fill at or below it', () => {
		const run = simulate(small({ stopLossShare: 1 }));
		const stops = ofType(run.events, 'stop');
		expect(stops.length).toBeGreaterThan(0);
		for (const e of stops) expect(e.price).toBeLessThanOrEqual(e.stopPrice);
	});
});

describe('what a liquidated trader keeps', () => {
	const liquidatedAccounts = (model: CascadeModel): number[] => [
		...new Set(ofType(model.events, 'liquidation').map((e) => e.account)),
	];

	test('on Binance nothing: the fund takes the whole surplus over the bankruptcy price', () => {
		const model = new CascadeModel(small({}));
		model.runToEnd();
		const accounts = liquidatedAccounts(model);
		expect(accounts.length).toBeGreaterThan(0);
		for (const a of accounts) expect(model.exchange.pop.collateral[a]).toBe(0);
	});

	test('on Hyperliquid, with no penalty, what is left above maintenance goes back to the trader', () => {
		const model = new CascadeModel(small({ venue: 'hyperliquid', liquidationFeeRate: 0 }));
		model.runToEnd();
		const accounts = liquidatedAccounts(model);
		expect(accounts.length).toBeGreaterThan(0);
		expect(accounts.some((a) => (model.exchange.pop.collateral[a] ?? 0) > 0)).toBe(true);
		for (const e of ofType(model.events, 'liquidation')) expect(e.feeUsd).toBe(0);
	});
});
