// The markets a scenario can trade: starting prices, depth, exposure and venue limits per asset.

/** One market in a scenario besides (or as) the primary one. */
export interface AssetSpec {
	/** Ticker shown to readers, e.g. 'ETH'. */
	readonly symbol: string;
	/** Starting price (USD). */
	readonly price: number;
	/** Resting depth per side within 1% of mid (USD). */
	readonly depthUsd: number;
	/** Share of the scenario's open interest held in this asset (fraction, 0..1). */
	readonly openInterestShare: number;
	/** Exogenous move relative to BTC's when a shock is shared, before correlation (×). */
	readonly beta: number;
	/** Hyperliquid's maximum leverage for the asset (×). */
	readonly hyperliquidMaxLeverage: number;
}

/**
 * Defaults for contagion scenarios. Prices and depth reflect early November 2025: aggregate 1% depth
 * ≈ $6–8M for ETH and ≈ $1–2.5M for SOL-class assets (CoinDesk Research, mechanics.md §4); betas
 * are a judgement from their larger October moves (ETH −16%, SOL −31% against BTC ≈ −14%).
 * Hyperliquid maximum leverage: ETH 25×, SOL 20× (Hyperliquid docs, "Margin tiers").
 */
export const ETH: AssetSpec = {
	symbol: 'ETH',
	price: 3_500,
	depthUsd: 7_000_000,
	openInterestShare: 0.25,
	beta: 1.2,
	hyperliquidMaxLeverage: 25,
};

export const SOL: AssetSpec = {
	symbol: 'SOL',
	price: 165,
	depthUsd: 1_800_000,
	openInterestShare: 0.1,
	beta: 1.8,
	hyperliquidMaxLeverage: 20,
};

/** Hyperliquid BTC: 40× up to $150M of notional, 20× above (docs, "Margin tiers"). */
export const HYPERLIQUID_BTC_MAX_LEVERAGE = 40;
