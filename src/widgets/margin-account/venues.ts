// The two venues the margin widget can apply: their maintenance brackets and how each is named.
import {
	BINANCE_BTCUSDT_TIERS,
	HYPERLIQUID_BTC_MAX_LEVERAGE,
	hyperliquidMaintenanceRate,
	type MarginTier,
} from '../../sim/index';

/** A venue whose liquidation formula the widget applies. */
export type VenueId = 'binance' | 'hyperliquid';

/**
 * Hyperliquid BTC as one bracket: maintenance is half the initial margin at maximum leverage
 * (docs, "Margin tiers"). Its second bracket starts at $150M, beyond every position this widget's
 * ranges allow (300 BTC × $300,000 × 1.5 = $135M), so it is left out rather than half-modelled.
 */
export const HYPERLIQUID_BTC_TIERS: readonly MarginTier[] = [
	{
		floorUsd: 0,
		capUsd: 150e6,
		maxLeverage: HYPERLIQUID_BTC_MAX_LEVERAGE,
		maintenanceMarginRate: hyperliquidMaintenanceRate(HYPERLIQUID_BTC_MAX_LEVERAGE),
		maintenanceAmount: 0,
	},
];

/** What the widget needs to know about a venue. */
export interface VenueRules {
	readonly id: VenueId;
	/** Name shown to readers. */
	readonly name: string;
	/** Maintenance brackets, lowest notional first. */
	readonly tiers: readonly MarginTier[];
	/** Whether the venue charges a liquidation (clearance) fee at all. */
	readonly chargesLiquidationFee: boolean;
	/** What readers should call the pool that absorbs shortfalls. */
	readonly fundName: string;
}

export const VENUES: Readonly<Record<VenueId, VenueRules>> = {
	binance: {
		id: 'binance',
		name: 'Binance',
		tiers: BINANCE_BTCUSDT_TIERS,
		chargesLiquidationFee: true,
		fundName: 'insurance fund',
	},
	hyperliquid: {
		id: 'hyperliquid',
		name: 'Hyperliquid',
		tiers: HYPERLIQUID_BTC_TIERS,
		// Hyperliquid docs, "Liquidations": no clearance fee on liquidations through the book.
		chargesLiquidationFee: false,
		fundName: 'liquidator vault',
	},
};

/** A bracket and its 1-based position in the venue's table, as venues number them. */
export interface Bracket {
	/** 1 for the lowest notional bracket. */
	readonly number: number;
	readonly tier: MarginTier;
}

/** The bracket holding a notional (USD); notionals past the last cap stay in the last bracket. */
export function bracketOf(tiers: readonly MarginTier[], notionalUsd: number): Bracket {
	const notional = Math.abs(notionalUsd);
	const index = tiers.findIndex((t) => notional < t.capUsd);
	const number = index === -1 ? tiers.length : index + 1;
	const tier = tiers[number - 1];
	if (tier === undefined) throw new Error('bracketOf: the tier table is empty');
	return { number, tier };
}

/** The bracket a given tier object is in its table. */
export function bracketOfTier(tiers: readonly MarginTier[], tier: MarginTier): Bracket {
	return { number: tiers.indexOf(tier) + 1, tier };
}
