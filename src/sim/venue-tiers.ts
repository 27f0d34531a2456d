// The maintenance brackets each venue applies to each asset, built from the published tables.
import { HYPERLIQUID_BTC_MAX_LEVERAGE } from './assets';
import { hyperliquidMaintenanceRate } from './liquidation-price';
import type { Venue } from './scenario';
import { BINANCE_BTCUSDT_TIERS, type MarginTier } from './tiers';

/**
 * Builds a bracket table from (floor, max leverage) steps with the rate 1/(2·maxLeverage) and the
 * maintenance amount that keeps margin continuous at each floor (same rule as Binance's cum).
 */
function hyperliquidTable(steps: readonly (readonly [number, number])[]): MarginTier[] {
	const tiers: MarginTier[] = [];
	let previousRate = 0;
	let amount = 0;
	steps.forEach(([floorUsd, maxLeverage], i) => {
		const rate = hyperliquidMaintenanceRate(maxLeverage);
		amount += floorUsd * (rate - previousRate);
		previousRate = rate;
		const next = steps[i + 1];
		tiers.push({
			floorUsd,
			capUsd: next === undefined ? Number.POSITIVE_INFINITY : next[0],
			maxLeverage,
			maintenanceMarginRate: rate,
			maintenanceAmount: amount,
		});
	});
	return tiers;
}

const HYPERLIQUID_BTC_TIERS = hyperliquidTable([
	[0, HYPERLIQUID_BTC_MAX_LEVERAGE],
	[150e6, 20],
]);

/**
 * Brackets for a venue and asset. Binance's BTCUSDT table stands in for every asset on Binance (a
 * judgement: the other assets' tables are stricter, which the thinner books already capture);
 * Hyperliquid uses one bracket at the asset's maximum leverage, and its two published BTC brackets.
 */
export function venueTiers(
	venue: Venue,
	symbol: string,
	hyperliquidMaxLeverage: number,
): readonly MarginTier[] {
	if (venue === 'binance') return BINANCE_BTCUSDT_TIERS;
	if (symbol === 'BTC') return HYPERLIQUID_BTC_TIERS;
	return hyperliquidTable([[0, hyperliquidMaxLeverage]]);
}
