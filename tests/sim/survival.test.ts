// A long on seeded paths: lines, exits worked out by hand, exact odds at fixed seeds, and properties.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	drawStandardPaths,
	liquidationCurve,
	liquidationShare,
	pathFate,
	positionLines,
	quantileSorted,
	survivalInputError,
	survivalOdds,
	type LongPlan,
	type PathMarket,
} from '../../src/sim';
import { expectClose } from '../helpers/close';
import { handPaths } from './hand-paths';

const plan: LongPlan = {
	entryPrice: 100_000,
	leverage: 10,
	capitalUsd: 1_000,
	reserveShare: 0,
	marginMode: 'isolated',
	stopDistance: 0,
	stopSlippage: 0.001,
};
/** A step length of one year at 1% a year makes one step exactly 1% of the entry price. */
const onePercentSteps: PathMarket = {
	annualVolatility: 0.01,
	stepMinutes: 525_960,
	horizonSteps: 4,
};

describe('positionLines', () => {
	test.each([
		// Binance: LP = (WB + cum − Q·EP) / (Q·MMR − Q), bracket of the notional at LP.
		['10×: bracket 1', {}, (1_000 - 10_000) / (0.1 * 0.004 - 0.1), 0.004, null, false],
		['20×', { leverage: 20 }, (1_000 - 20_000) / (0.2 * 0.004 - 0.2), 0.004, null, false],
		[
			'100×: $100,000 notional is bracket 2 (0.5%, cum 50)',
			{ leverage: 100 },
			(1_000 + 50 - 100_000) / (1 * 0.005 - 1),
			0.005,
			null,
			false,
		],
		[
			'a 3% stop sits in front of 10×’s line',
			{ stopDistance: 0.03 },
			90_361.445_783_132_53,
			0.004,
			97_000,
			false,
		],
		[
			'a 5% stop is behind 20×’s line (4.6%): it can never fire',
			{ leverage: 20, stopDistance: 0.05 },
			95_381.526_104_417_67,
			0.004,
			null,
			true,
		],
		[
			'half in reserve, cross: the wallet is all $1,000 behind a $5,000 position',
			{ reserveShare: 0.5, marginMode: 'cross' as const },
			(1_000 - 5_000) / (0.05 * 0.004 - 0.05),
			0.004,
			null,
			false,
		],
		[
			'half in reserve, isolated: only the $500 margin counts',
			{ reserveShare: 0.5 },
			(500 - 5_000) / (0.05 * 0.004 - 0.05),
			0.004,
			null,
			false,
		],
	])('%s', (_reason, change, price, rate, stopPrice, beyond) => {
		const lines = positionLines({ ...plan, ...change });
		expectClose(lines.liquidationPrice, price);
		expect(lines.maintenanceRate).toBe(rate);
		expect(lines.stopPrice).toBe(stopPrice);
		expect(lines.stopBeyondLiquidation).toBe(beyond);
	});

	test('1× has no liquidation price', () => {
		expect(positionLines({ ...plan, leverage: 1 }).liquidationPrice).toBeNull();
	});
});

describe('pathFate, on paths worked out by hand (1% a step)', () => {
	const dip = handPaths([[0, -2, -4, -6, -3]]);
	const crash = handPaths([[0, -2, -12, -12, -12]]);
	test.each([
		[
			'no stop, 10×: 6% dip is short of the 9.6% line; ends 3% down',
			dip,
			{},
			4,
			'open',
			4,
			97_000,
			-0.3,
		],
		[
			'a 5% stop: seen at −6%, fills 0.1% lower, $93,906',
			dip,
			{ stopDistance: 0.05 },
			4,
			'stopped',
			3,
			93_906,
			(0.1 * (93_906 - 100_000)) / 1_000,
		],
		[
			'the same stop, held two steps: still open at −4%',
			dip,
			{ stopDistance: 0.05 },
			2,
			'open',
			2,
			96_000,
			-0.4,
		],
		['20×: the 6% dip passes the 4.6% line', dip, { leverage: 20 }, 4, 'liquidated', 3, 94_000, -1],
		[
			'a gap from −2% to −12% jumps past the 5% stop and the line',
			crash,
			{ stopDistance: 0.05 },
			4,
			'liquidated',
			2,
			88_000,
			-1,
		],
		[
			'isolated with half in reserve: a liquidation costs half the capital',
			crash,
			{ reserveShare: 0.5 },
			4,
			'liquidated',
			2,
			88_000,
			-0.5,
		],
		[
			'cross with half in reserve: the line is at $80,321, so 12% down is survived',
			crash,
			{ reserveShare: 0.5, marginMode: 'cross' as const },
			4,
			'open',
			4,
			88_000,
			(0.05 * -12_000) / 1_000,
		],
	])('%s', (_reason, paths, change, horizon, exit, step, price, returnOnCapital) => {
		const fate = pathFate(
			paths,
			0,
			{ ...plan, ...change },
			{ ...onePercentSteps, horizonSteps: horizon },
		);
		expect(fate.exit).toBe(exit);
		expect(fate.step).toBe(step);
		expectClose(exit === 'stopped' ? fate.fillPrice : fate.price, price);
		expectClose(fate.returnOnCapital, returnOnCapital);
	});

	test('a path index outside the set is refused', () => {
		expect(() => pathFate(dip, 1, plan, onePercentSteps)).toThrow(
			'pathFate: path must be a whole number from 0 to 0',
		);
	});
});

describe('survivalOdds on five hand-made paths', () => {
	const five = handPaths([
		[0, -2, -4, -6, -3],
		[0, -2, -12, -12, -12],
		[0, 1, 2, 3, 4],
		[0, 0, 0, 0, 0],
		[0, -1, -2, 3, 8],
	]);
	test('10× with a 5% stop: one stopped, one gapped into liquidation, three open', () => {
		const odds = survivalOdds(five, { ...plan, stopDistance: 0.05 }, onePercentSteps);
		expect(odds.paths).toBe(5);
		expect([odds.liquidated, odds.stopped, odds.open, odds.survival]).toEqual([0.2, 0.2, 0.6, 0.8]);
		// Returns sorted: −1, −0.6094, 0, +0.4, +0.8.
		expectClose(odds.medianReturn, 0);
		expectClose(odds.lowReturn, -1 + 0.4 * (1 - 0.6094));
		expectClose(odds.highReturn, 0.4 + 0.6 * 0.4);
		expectClose(odds.meanReturn, (-1 - 0.6094 + 0 + 0.4 + 0.8) / 5);
		expectClose(odds.worstStopShortfall, 1 - 93_906 / 95_000);
		expect(liquidationShare(five, { ...plan, stopDistance: 0.05 }, onePercentSteps)).toBe(0.2);
	});
});

describe('exact odds at fixed seeds (regression values of the widget’s paths)', () => {
	const week = drawStandardPaths({ seed: 1, paths: 500, steps: 2_016, distribution: 'student-t4' });
	const market = (hours: number): PathMarket => ({
		annualVolatility: 0.5,
		stepMinutes: 5,
		horizonSteps: hours * 12,
	});
	test.each([
		['10×, a week, no stop', 10, 0, 168, 0.178, 0, -0.011910670596704587, 0.9466923815742204],
		['20×, a week', 20, 0, 168, 0.472, 0, -0.4468749074677296, 1.8847882932339133],
		['5×, a week', 5, 0, 168, 0.002, 0, -0.0009648968897305167, 0.4733461907871102],
		['20×, a day', 20, 0, 24, 0.082, 0, -0.08700794025224605, 0.6496286480853414],
		['10×, a week, 3% stop', 10, 0.03, 168, 0, 0.622, -0.31228739896124824, 0.8922651814142738],
	])('%s', (_reason, leverage, stopDistance, hours, liquidated, stopped, median, high) => {
		const odds = survivalOdds(week, { ...plan, leverage, stopDistance }, market(hours));
		expect(odds.liquidated).toBe(liquidated);
		expect(odds.stopped).toBe(stopped);
		expectClose(odds.medianReturn, median);
		expectClose(odds.highReturn, high);
	});

	test('liquidationCurve gives the same shares in one pass', () => {
		expect(liquidationCurve(week, plan, market(168), [1, 5, 10, 20, 100])).toEqual([
			0, 0.002, 0.178, 0.472, 0.916,
		]);
	});

	test('10×, a week, 3% stop: the worst fill gapped 4% below the stop', () => {
		const odds = survivalOdds(week, { ...plan, stopDistance: 0.03 }, market(168));
		expectClose(odds.worstStopShortfall, 0.0402654526975873);
	});
});

describe('quantileSorted', () => {
	test.each([
		['median of four', [1, 2, 3, 4], 0.5, 2.5],
		['10th percentile interpolates', [1, 2, 3, 4], 0.1, 1.3],
		['90th percentile', [1, 2, 3, 4], 0.9, 3.7],
		['one value', [7], 0.9, 7],
		['q above 1 is the maximum', [1, 2], 2, 2],
	])('%s', (_reason, values, q, expected) => {
		expectClose(quantileSorted(Float64Array.from(values), q), expected);
	});

	test('no values: NaN', () => {
		expect(quantileSorted(new Float64Array(0), 0.5)).toBeNaN();
	});
});

describe('input checks', () => {
	const paths = handPaths([[0, 1, 2, 3, 4]]);
	test.each([
		['valid', {}, {}, null],
		['leverage below 1', { leverage: 0.5 }, {}, 'leverage must be from 1 to 125'],
		['leverage NaN', { leverage: Number.NaN }, {}, 'leverage must be from 1 to 125'],
		['no capital', { capitalUsd: 0 }, {}, 'capitalUsd must be above 0'],
		['reserve of everything', { reserveShare: 1 }, {}, 'reserveShare must be from 0 to 0.95'],
		['stop at 100%', { stopDistance: 1 }, {}, 'stopDistance must be from 0 to just under 1'],
		['negative slippage', { stopSlippage: -0.01 }, {}, 'stopSlippage must be from 0 to 0.5'],
		['zero volatility', {}, { annualVolatility: 0 }, 'annualVolatility must be above 0'],
		['Infinity minutes', {}, { stepMinutes: Infinity }, 'stepMinutes must be above 0'],
		[
			'horizon past the paths',
			{},
			{ horizonSteps: 5 },
			'horizonSteps must be a whole number from 1 to 4',
		],
		[
			'fractional horizon',
			{},
			{ horizonSteps: 1.5 },
			'horizonSteps must be a whole number from 1 to 4',
		],
	])('%s', (_reason, planChange, marketChange, expected) => {
		expect(
			survivalInputError(
				paths,
				{ ...plan, ...planChange },
				{ ...onePercentSteps, ...marketChange },
			),
		).toBe(expected);
	});

	test('liquidationCurve checks every leverage it is given', () => {
		expect(() => liquidationCurve(paths, plan, onePercentSteps, [10, 200])).toThrow(
			'liquidationCurve: leverage must be from 1 to 125',
		);
	});

	test('survivalOdds throws with the reason', () => {
		expect(() => survivalOdds(paths, { ...plan, leverage: 0 }, onePercentSteps)).toThrow(
			'survivalOdds: leverage must be from 1 to 125',
		);
	});
});

describe('properties on the same paths', () => {
	const paths = drawStandardPaths({ seed: 11, paths: 60, steps: 400, distribution: 'student-t4' });
	const settings = fc.record({
		low: fc.double({ min: 1, max: 100, noNaN: true }),
		high: fc.double({ min: 1, max: 100, noNaN: true }),
		reserveShare: fc.constantFrom(0, 0.25, 0.5, 0.9),
		marginMode: fc.constantFrom('isolated' as const, 'cross' as const),
		stopDistance: fc.constantFrom(0, 0.005, 0.01, 0.03, 0.1),
		stopSlippage: fc.constantFrom(0, 0.001, 0.02),
		annualVolatility: fc.double({ min: 0.05, max: 3, noNaN: true }),
		horizonSteps: fc.integer({ min: 1, max: 400 }),
	});
	type Settings = typeof settings extends fc.Arbitrary<infer T> ? T : never;
	const split = (s: Settings) => {
		const { low, high, annualVolatility, horizonSteps, ...rest } = s;
		const market: PathMarket = { annualVolatility, stepMinutes: 5, horizonSteps };
		const at = (leverage: number): LongPlan => ({ ...plan, ...rest, leverage });
		return { market, lower: at(Math.min(low, high)), higher: at(Math.max(low, high)) };
	};

	test('more leverage never survives more often', () => {
		fc.assert(
			fc.property(settings, (s) => {
				const { market, lower, higher } = split(s);
				expect(liquidationShare(paths, higher, market)).toBeGreaterThanOrEqual(
					liquidationShare(paths, lower, market),
				);
				expect(survivalOdds(paths, higher, market).survival).toBeLessThanOrEqual(
					survivalOdds(paths, lower, market).survival,
				);
			}),
			{ numRuns: 300 },
		);
	});

	test('shares are probabilities that add up, and the quantiles are ordered and bounded', () => {
		fc.assert(
			fc.property(settings, (s) => {
				const { market, higher } = split(s);
				const odds = survivalOdds(paths, higher, market);
				for (const share of [odds.liquidated, odds.stopped, odds.open, odds.survival]) {
					expect(share).toBeGreaterThanOrEqual(0);
					expect(share).toBeLessThanOrEqual(1);
				}
				expectClose(odds.liquidated + odds.stopped + odds.open, 1, 1e-12);
				expectClose(odds.survival, 1 - odds.liquidated, 1e-12);
				expect(odds.liquidated).toBe(liquidationShare(paths, higher, market));
				expect(odds.lowReturn).toBeLessThanOrEqual(odds.medianReturn);
				expect(odds.medianReturn).toBeLessThanOrEqual(odds.highReturn);
				expect(odds.lowReturn).toBeGreaterThanOrEqual(-1);
				expect(Number.isFinite(odds.meanReturn)).toBe(true);
			}),
			{ numRuns: 300 },
		);
	});

	test('holding longer never survives more often', () => {
		fc.assert(
			fc.property(settings, fc.integer({ min: 1, max: 400 }), (s, other) => {
				const { market, higher } = split(s);
				const shorter = Math.min(market.horizonSteps, other);
				const longer = Math.max(market.horizonSteps, other);
				expect(
					liquidationShare(paths, higher, { ...market, horizonSteps: longer }),
				).toBeGreaterThanOrEqual(
					liquidationShare(paths, higher, { ...market, horizonSteps: shorter }),
				);
			}),
			{ numRuns: 200 },
		);
	});

	test('liquidationCurve agrees with liquidationShare at every leverage', () => {
		fc.assert(
			fc.property(
				settings,
				fc.array(fc.double({ min: 1, max: 125, noNaN: true }), { maxLength: 12 }),
				(s, leverages) => {
					const { market, higher } = split(s);
					const curve = liquidationCurve(paths, higher, market, leverages);
					expect(curve).toEqual(
						leverages.map((leverage) => liquidationShare(paths, { ...higher, leverage }, market)),
					);
				},
			),
			{ numRuns: 300 },
		);
	});

	test('the same inputs give the same odds', () => {
		fc.assert(
			fc.property(settings, (s) => {
				const { market, higher } = split(s);
				expect(survivalOdds(paths, higher, market)).toStrictEqual(
					survivalOdds(paths, higher, market),
				);
			}),
			{ numRuns: 100 },
		);
	});
});
