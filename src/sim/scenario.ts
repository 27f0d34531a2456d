// What a simulation run is asked to do: population, market, shock and policy levers, with units.
import type { AssetSpec } from './assets';

/** Which venue's margin rules the engine applies. */
export type Venue = 'binance' | 'hyperliquid';

/** Which price triggers liquidations: the venue's mark (median rule) or the last trade. */
export type MarkPriceRule = 'median' | 'last';

/** How a market order moves the price: the depth profile's shape (all pass through depthUsd at 1%). */
export type ImpactModel = 'book' | 'power' | 'linear' | 'sqrt';

/** Everything one run depends on; the same scenario always gives the same run. */
export interface Scenario {
	/** Seed of the population generator (integer, 0..2³²−1). */
	readonly seed: number;
	/** Simulated accounts (count); each stands for `tradersPerAccount` identical traders. */
	readonly accounts: number;
	/** Real traders each simulated account stands for (count); tiers apply per trader. */
	readonly tradersPerAccount: number;
	/** Notional of all the population's positions, long plus short (USD). */
	readonly openInterestUsd: number;
	/** Share of that notional held long (fraction, 0..1). */
	readonly longShare: number;
	/** Median leverage across accounts (×). */
	readonly medianLeverage: number;
	/** Spread of leverage: σ of its logarithm (dimensionless; 0 puts everyone at the median). */
	readonly leverageSpread: number;
	/**
	 * Spread of entry prices: σ of the fraction of the (log) way to liquidation already travelled
	 * (dimensionless; 0 means everyone entered at the current price).
	 */
	readonly entrySpread: number;
	/** Share of accounts in cross margin, holding extra free balance (fraction, 0..1). */
	readonly crossShare: number;
	/** Share of accounts with a stop-loss order (fraction, 0..1). */
	readonly stopLossShare: number;
	/** Starting price of the primary asset, BTC (USD). */
	readonly price: number;
	/** Resting depth per side within 1% of mid for the primary asset (USD). */
	readonly depthUsd: number;
	/** Shape of the depth profile. */
	readonly impactModel: ImpactModel;
	/** Half-life of the book refilling after it is eaten (ticks; one tick is one second). */
	readonly refillHalfLifeTicks: number;
	/** Share of a fill's price impact that stays once the book refills (fraction, 0..1). */
	readonly impactPermanence: number;
	/** Exogenous move of the shocked market (signed fraction: −0.05 is a 5% drop). */
	readonly shock: number;
	/**
	 * Market the shock and the shock order hit (index: 0 is BTC, i is the i-th entry of
	 * `otherAssets`). The others follow by correlation, in proportion to their betas.
	 */
	readonly shockMarket: number;
	/** Ticks over which the exogenous move unfolds (ticks). */
	readonly shockTicks: number;
	/** Market order sent into the shocked market's book at tick 0 (signed USD: negative sells). */
	readonly shockOrderUsd: number;
	/** Venue whose margin rules apply. */
	readonly venue: Venue;
	/** Price that triggers liquidations: Binance's median mark, or the last trade (for teaching). */
	readonly markPrice: MarkPriceRule;
	/**
	 * Penalty on liquidated notional where the venue returns what is left to the trader (fraction;
	 * Hyperliquid none, dYdX at most 1.5%). On Binance the fund keeps the whole surplus instead.
	 */
	readonly liquidationFeeRate: number;
	/** Policy: highest leverage anyone may hold (×). */
	readonly leverageCap: number;
	/** Policy: starting balance of the insurance fund (USD). */
	readonly insuranceFundUsd: number;
	/** Policy: liquidate large positions in 20% slices with a cooldown instead of all at once. */
	readonly partialLiquidation: boolean;
	/** Policy: auto-deleverage profitable opposite positions when the fund cannot pay. */
	readonly adl: boolean;
	/** Policy: halt matching after a large move within a window of ticks. */
	readonly circuitBreaker: boolean;
	/** Move that trips the breaker (fraction of price, positive). */
	readonly circuitBreakerMove: number;
	/** Window over which that move is measured (ticks). */
	readonly circuitBreakerWindowTicks: number;
	/** Length of a halt (ticks). */
	readonly circuitBreakerHaltTicks: number;
	/** Further markets beside BTC, for contagion. */
	readonly otherAssets: readonly AssetSpec[];
	/** How much of the shocked market's move the other markets share (fraction, 0..1). */
	readonly correlation: number;
	/** Hard cap on the run's length (ticks). */
	readonly maxTicks: number;
}

/**
 * The scenario a reader first sees: an ordinary, somewhat long-heavy BTC market. Depth is the
 * measured aggregate 1% depth of early October 2025 (≈ $20M, CoinDesk Research). The population's
 * $3.5B of notional (longs plus shorts; about $2.1B counted once per contract, as open interest is
 * reported) is a few per cent of BTC's ≈ $70B, the calibration doc/model.md explains.
 */
export function defaultScenario(): Scenario {
	return {
		seed: 1,
		accounts: 10_000,
		tradersPerAccount: 20,
		openInterestUsd: 3.5e9,
		longShare: 0.6,
		medianLeverage: 10,
		leverageSpread: 0.9,
		entrySpread: 0.35,
		crossShare: 0.3,
		stopLossShare: 0.1,
		price: 110_000,
		depthUsd: 20_000_000,
		impactModel: 'book',
		refillHalfLifeTicks: 60,
		impactPermanence: 0.7,
		shock: -0.03,
		shockMarket: 0,
		shockTicks: 30,
		shockOrderUsd: 0,
		venue: 'binance',
		markPrice: 'median',
		liquidationFeeRate: 0,
		leverageCap: 125,
		insuranceFundUsd: 50_000_000,
		partialLiquidation: false,
		adl: true,
		circuitBreaker: false,
		circuitBreakerMove: 0.05,
		circuitBreakerWindowTicks: 60,
		circuitBreakerHaltTicks: 120,
		otherAssets: [],
		correlation: 0.7,
		maxTicks: 3_600,
	};
}
