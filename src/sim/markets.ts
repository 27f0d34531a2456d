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
	/** Exogenous move per unit of the scenario's shock (×): 1 in the shocked market. */
	readonly shockFactor: number;
	/** Maintenance brackets of the scenario's venue for this market. */
	readonly tiers: readonly MarginTier[];
}

/**
 * Largest ratio of betas a market follows the shocked one by (×): the schema's highest beta against
 * BTC's 1, so a shocked market with a tiny beta cannot imply an unbounded move elsewhere.
 */
const MAX_BETA_RATIO = 5;

/**
 * The scenario's markets; index 0 is the primary one. The shocked market takes the whole shock;
 * each other market follows `correlation` of it, scaled by its beta over the shocked market's
 * (betas are relative to BTC's 1). A shocked market with beta 0 shares nothing, so none follow.
 */
export function marketsOf(s: Scenario): MarketSpec[] {
	const otherShare = s.otherAssets.reduce((sum, a) => sum + a.openInterestShare, 0);
	const shockedBeta = s.shockMarket === 0 ? 1 : (s.otherAssets[s.shockMarket - 1]?.beta ?? 1);
	const follows = (beta: number): number =>
		shockedBeta > 0 ? s.correlation * Math.min(MAX_BETA_RATIO, beta / shockedBeta) : 0;
	return [
		{
			symbol: 'BTC',
			price: s.price,
			depthUsd: s.depthUsd,
			openInterestShare: 1 - otherShare,
			shockFactor: s.shockMarket === 0 ? 1 : follows(1),
			tiers: venueTiers(s.venue, 'BTC', HYPERLIQUID_BTC_MAX_LEVERAGE),
		},
		...s.otherAssets.map((a, i) => ({
			symbol: a.symbol,
			price: a.price,
			depthUsd: a.depthUsd,
			openInterestShare: a.openInterestShare,
			shockFactor: s.shockMarket === i + 1 ? 1 : follows(a.beta),
			tiers: venueTiers(s.venue, a.symbol, a.hyperliquidMaxLeverage),
		})),
	];
}
