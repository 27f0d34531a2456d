// Turns a scenario into its list of markets: the primary BTC market first, then the others.
import { HYPERLIQUID_BTC_MAX_LEVERAGE } from './assets';
import type { Scenario } from './scenario';
import type { MarginTier } from './tiers';
import { venueTiers } from './venue-tiers';

/** One market as the engine sees it. */
export interface MarketSpec {
	readonly symbol: string;
	/** Starting price (USD). */
	readonly price: number;
	/** Depth per side within 1% of mid (USD). */
	readonly depthUsd: number;
	/** Share of open interest in this market (fraction). */
	readonly openInterestShare: number;
	/** Exogenous move per unit of the primary shock (×), correlation applied. */
	readonly shockFactor: number;
	/** Maintenance brackets of the scenario's venue for this market. */
	readonly tiers: readonly MarginTier[];
}

/** The scenario's markets; index 0 is the primary one. */
export function marketsOf(s: Scenario): MarketSpec[] {
	const otherShare = s.otherAssets.reduce((sum, a) => sum + a.openInterestShare, 0);
	return [
		{
			symbol: 'BTC',
			price: s.price,
			depthUsd: s.depthUsd,
			openInterestShare: 1 - otherShare,
			shockFactor: 1,
			tiers: venueTiers(s.venue, 'BTC', HYPERLIQUID_BTC_MAX_LEVERAGE),
		},
		...s.otherAssets.map((a) => ({
			symbol: a.symbol,
			price: a.price,
			depthUsd: a.depthUsd,
			openInterestShare: a.openInterestShare,
			shockFactor: a.beta * s.correlation,
			tiers: venueTiers(s.venue, a.symbol, a.hyperliquidMaxLeverage),
		})),
	];
}
