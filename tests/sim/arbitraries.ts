// fast-check generators of valid scenarios, from small and tame to the schema's extremes.
import fc from 'fast-check';
import type { AssetSpec, Scenario } from '../../src/sim';

/**
 * Any valid single-market or multi-market scenario small enough to run thousands of times; the
 * shock hits any of its markets.
 */
export const scenarioArb: fc.Arbitrary<Scenario> = fc
	.record({
		seed: fc.nat({ max: 4_294_967_295 }),
		accounts: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 300 })),
		tradersPerAccount: fc.integer({ min: 1, max: 1_000 }),
		openInterestUsd: fc.double({ min: 1e3, max: 1e11, noNaN: true }),
		longShare: fc.oneof(fc.constantFrom(0, 1), fc.double({ min: 0, max: 1, noNaN: true })),
		medianLeverage: fc.oneof(fc.constant(125), fc.double({ min: 1, max: 125, noNaN: true })),
		leverageSpread: fc.double({ min: 0, max: 2, noNaN: true }),
		entrySpread: fc.double({ min: 0, max: 1, noNaN: true }),
		crossShare: fc.double({ min: 0, max: 1, noNaN: true }),
		stopLossShare: fc.double({ min: 0, max: 1, noNaN: true }),
		price: fc.double({ min: 0.01, max: 1e6, noNaN: true }),
		depthUsd: fc.oneof(fc.constant(1e3), fc.double({ min: 1e3, max: 1e10, noNaN: true })),
		impactModel: fc.constantFrom('book', 'power', 'linear', 'sqrt'),
		refillHalfLifeTicks: fc.double({ min: 1, max: 600, noNaN: true }),
		impactPermanence: fc.double({ min: 0, max: 1, noNaN: true }),
		shock: fc.oneof(fc.constantFrom(-0.9, 0.9), fc.double({ min: -0.9, max: 0.9, noNaN: true })),
		shockTicks: fc.integer({ min: 1, max: 120 }),
		shockOrderUsd: fc.oneof(fc.constant(0), fc.double({ min: -1e9, max: 1e9, noNaN: true })),
		venue: fc.constantFrom('binance', 'hyperliquid'),
		markPrice: fc.constantFrom('median', 'last'),
		liquidationFeeRate: fc.double({ min: 0, max: 0.05, noNaN: true }),
		leverageCap: fc.double({ min: 1, max: 125, noNaN: true }),
		insuranceFundUsd: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1e9, noNaN: true })),
		partialLiquidation: fc.boolean(),
		adl: fc.boolean(),
		circuitBreaker: fc.boolean(),
		circuitBreakerMove: fc.double({ min: 0.001, max: 0.9, noNaN: true }),
		circuitBreakerWindowTicks: fc.integer({ min: 1, max: 300 }),
		circuitBreakerHaltTicks: fc.integer({ min: 1, max: 300 }),
		otherAssets: fc.array(assetArb(), { maxLength: 2 }),
		correlation: fc.double({ min: 0, max: 1, noNaN: true }),
		maxTicks: fc.integer({ min: 1, max: 1_500 }),
		shockMarket: fc.nat({ max: 4 }),
	})
	.map((s) => ({ ...s, shockMarket: s.shockMarket % (s.otherAssets.length + 1) }));

function assetArb(): fc.Arbitrary<AssetSpec> {
	return fc.record({
		symbol: fc.constantFrom('ETH', 'SOL', 'XRP'),
		price: fc.double({ min: 0.01, max: 1e5, noNaN: true }),
		depthUsd: fc.double({ min: 1e3, max: 1e9, noNaN: true }),
		openInterestShare: fc.double({ min: 0, max: 0.45, noNaN: true }),
		beta: fc.double({ min: 0, max: 3, noNaN: true }),
		hyperliquidMaxLeverage: fc.integer({ min: 1, max: 50 }),
	});
}

/**
 * One-sided single-market scenarios with every policy lever off, for monotonicity. They trigger on
 * the last price: the median mark averages the basis, which is not monotone in the price path.
 */
export const oneSidedArb: fc.Arbitrary<Scenario> = scenarioArb.map((s) => ({
	...s,
	markPrice: 'last' as const,
	longShare: 1,
	shockOrderUsd: 0,
	shock: -Math.abs(s.shock),
	stopLossShare: 0,
	leverageCap: 125,
	partialLiquidation: false,
	adl: false,
	circuitBreaker: false,
	otherAssets: [],
	shockMarket: 0,
	maxTicks: 100_000,
}));
