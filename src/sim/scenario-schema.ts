// The allowed range, unit and meaning of every scenario field: the one table validation reads.
import type { Scenario } from './scenario';

/** A numeric field's bounds and unit. */
export interface NumberField {
	readonly kind: 'number';
	readonly unit: string;
	readonly min: number;
	readonly max: number;
	/** Whole numbers only. */
	readonly integer: boolean;
	readonly description: string;
}

/** A yes/no field. */
export interface BooleanField {
	readonly kind: 'boolean';
	readonly description: string;
}

/** A field taking one of a few named values. */
export interface ChoiceField {
	readonly kind: 'choice';
	readonly options: readonly string[];
	readonly description: string;
}

export type ScalarField = NumberField | BooleanField | ChoiceField;

type ScalarKey = Exclude<keyof Scenario, 'otherAssets'>;

/** Most markets a scenario may hold besides the primary one. */
export const MAX_OTHER_ASSETS = 4;

function num(
	unit: string,
	min: number,
	max: number,
	description: string,
	integer = false,
): NumberField {
	return { kind: 'number', unit, min, max, integer, description };
}

/** Every scalar scenario field; `otherAssets` is checked against ASSET_FIELDS. */
export const SCENARIO_FIELDS: Readonly<Record<ScalarKey, ScalarField>> = {
	seed: num('', 0, 4_294_967_295, 'Seed of the population generator', true),
	accounts: num('accounts', 1, 2_000_000, 'Simulated accounts', true),
	tradersPerAccount: num('traders', 1, 100_000, 'Real traders each account stands for', true),
	openInterestUsd: num('USD', 1e3, 1e12, 'Notional of all positions, long plus short'),
	longShare: num('fraction', 0, 1, 'Share of the notional held long'),
	medianLeverage: num('×', 1, 125, 'Median leverage'),
	leverageSpread: num('σ of ln', 0, 2, 'Spread of leverage'),
	entrySpread: num('σ', 0, 1, 'Spread of entry prices, in shares of the way to liquidation'),
	crossShare: num('fraction', 0, 1, 'Share of accounts in cross margin'),
	stopLossShare: num('fraction', 0, 1, 'Share of accounts with a stop-loss'),
	price: num('USD', 0.01, 1e9, 'Starting price of the primary asset'),
	depthUsd: num('USD', 1e3, 1e12, 'Depth per side within 1% of mid'),
	impactModel: {
		kind: 'choice',
		options: ['book', 'power', 'linear', 'sqrt'],
		description: 'Shape of the depth profile',
	},
	refillHalfLifeTicks: num('ticks', 1, 3_600, 'Half-life of the book refilling'),
	impactPermanence: num('fraction', 0, 1, 'Share of price impact that stays after refilling'),
	shock: num('fraction', -0.9, 0.9, 'Exogenous price move of the shocked market'),
	shockMarket: num(
		'index',
		0,
		MAX_OTHER_ASSETS,
		'Market the shock hits: 0 is BTC, 1 and up the other assets in order',
		true,
	),
	shockTicks: num('ticks', 1, 3_600, 'Ticks over which the exogenous move unfolds', true),
	shockOrderUsd: num('USD', -1e11, 1e11, 'Market order at tick 0 (negative sells)'),
	venue: { kind: 'choice', options: ['binance', 'hyperliquid'], description: 'Margin rules' },
	markPrice: {
		kind: 'choice',
		options: ['median', 'last'],
		description: 'Price that triggers liquidations: median mark or last trade',
	},
	liquidationFeeRate: num(
		'fraction',
		0,
		0.05,
		'Liquidation penalty where the trader keeps the rest',
	),
	leverageCap: num('×', 1, 125, 'Highest leverage allowed'),
	insuranceFundUsd: num('USD', 0, 1e12, 'Starting insurance fund'),
	partialLiquidation: { kind: 'boolean', description: 'Liquidate large positions in slices' },
	adl: { kind: 'boolean', description: 'Auto-deleverage when the fund cannot pay' },
	circuitBreaker: { kind: 'boolean', description: 'Halt matching after a large move' },
	circuitBreakerMove: num('fraction', 0.001, 0.9, 'Move that trips the breaker'),
	circuitBreakerWindowTicks: num('ticks', 1, 3_600, 'Window of that move', true),
	circuitBreakerHaltTicks: num('ticks', 1, 3_600, 'Length of a halt', true),
	correlation: num('fraction', 0, 1, "Share of the shocked market's move the others follow"),
	maxTicks: num('ticks', 1, 100_000, 'Hard cap on run length', true),
};

/** Fields of one entry of `otherAssets`. */
export const ASSET_FIELDS = {
	price: num('USD', 0.0001, 1e9, 'Starting price'),
	depthUsd: num('USD', 1e3, 1e12, 'Depth per side within 1% of mid'),
	openInterestShare: num('fraction', 0, 0.95, 'Share of open interest in this asset'),
	beta: num('×', 0, 5, "Move relative to BTC's in a shared shock"),
	hyperliquidMaxLeverage: num('×', 1, 100, 'Hyperliquid maximum leverage'),
} as const satisfies Record<string, NumberField>;
