// The venues' published liquidation- and bankruptcy-price formulas, one function each.
import { sideSign, type Side } from './side';
import { maintenanceTier, type MarginTier } from './tiers';

/** Inputs of Binance's one-way-mode formula for one bracket. */
export interface BinanceLiquidationInput {
	readonly side: Side;
	/** Position size (base units, e.g. BTC), positive. */
	readonly quantity: number;
	/** Entry price (USD). */
	readonly entryPrice: number;
	/** Isolated wallet balance of the position, or the cross account's wallet balance (USD). */
	readonly walletBalance: number;
	/** Maintenance-margin rate of the bracket (fraction). */
	readonly maintenanceMarginRate: number;
	/** Maintenance amount `cum` of the bracket (USD). */
	readonly maintenanceAmount: number;
	/** Maintenance margin of the account's other positions, cross only (USD). */
	readonly otherMaintenanceMargin?: number;
	/** Unrealised PnL of the account's other positions, cross only (USD). */
	readonly otherUnrealizedPnl?: number;
}

/**
 * Binance USDⓈ-M one-way liquidation price for one bracket (Binance FAQ b3c689c1…):
 * LP = (WB − TMM1 + UPNL1 + cum − s·Q·EP) / (Q·MMR − s·Q). Null where no positive price exists.
 */
export function binanceLiquidationPrice(p: BinanceLiquidationInput): number | null {
	const s = sideSign(p.side);
	const q = p.quantity;
	const numerator =
		p.walletBalance -
		(p.otherMaintenanceMargin ?? 0) +
		(p.otherUnrealizedPnl ?? 0) +
		p.maintenanceAmount -
		s * q * p.entryPrice;
	const denominator = q * p.maintenanceMarginRate - s * q;
	if (denominator === 0 || !Number.isFinite(numerator / denominator)) return null;
	const price = numerator / denominator;
	return price > 0 ? price : null;
}

/** Binance's formula with the bracket chosen as the venue does: the bracket of the notional at LP. */
export interface TieredLiquidation {
	/** Liquidation price (USD), or null where none is positive. */
	readonly price: number | null;
	/** The bracket whose rate and amount produced the price. */
	readonly tier: MarginTier;
}

/**
 * Binance liquidation price with the bracket re-check: try each bracket and keep the one whose
 * range holds the notional at the price it yields (FAQ b3c689c1…: "recompute with that bracket").
 * Falls back to the bracket of the entry notional when no bracket is self-consistent.
 */
export function binanceTieredLiquidationPrice(
	p: Omit<BinanceLiquidationInput, 'maintenanceMarginRate' | 'maintenanceAmount'>,
	tiers: readonly MarginTier[],
): TieredLiquidation {
	for (const t of tiers) {
		const price = binanceLiquidationPrice({
			...p,
			maintenanceMarginRate: t.maintenanceMarginRate,
			maintenanceAmount: t.maintenanceAmount,
		});
		if (price === null) continue;
		const notional = price * p.quantity;
		if (notional >= t.floorUsd && notional < t.capUsd) return { price, tier: t };
	}
	const entryTier = maintenanceTier(p.quantity * p.entryPrice, tiers);
	const price = binanceLiquidationPrice({
		...p,
		maintenanceMarginRate: entryTier.maintenanceMarginRate,
		maintenanceAmount: entryTier.maintenanceAmount,
	});
	return { price, tier: entryTier };
}

/** Inputs of Hyperliquid's formula. */
export interface HyperliquidLiquidationInput {
	readonly side: Side;
	/** Position size (base units), positive. */
	readonly size: number;
	/** Price at which `margin` is measured, usually the entry price (USD). */
	readonly price: number;
	/** Isolated margin, or cross account value, at `price` (USD). */
	readonly margin: number;
	/** Venue's maximum leverage for the asset (×); maintenance rate is half its initial rate. */
	readonly maxLeverage: number;
}

/** Hyperliquid's maintenance-margin rate: half the initial margin at max leverage (docs, "Margin tiers"). */
export function hyperliquidMaintenanceRate(maxLeverage: number): number {
	return 1 / (2 * maxLeverage);
}

/**
 * Hyperliquid liquidation price (docs, "Liquidations"):
 * liq = price − s · margin_available / size / (1 − l·s), l = 1/(2·maxLeverage),
 * margin_available = margin − size·price·l. Null where no positive price exists.
 */
export function hyperliquidLiquidationPrice(p: HyperliquidLiquidationInput): number | null {
	const s = sideSign(p.side);
	const l = hyperliquidMaintenanceRate(p.maxLeverage);
	const marginAvailable = p.margin - p.size * p.price * l;
	const price = p.price - (s * marginAvailable) / p.size / (1 - l * s);
	return Number.isFinite(price) && price > 0 ? price : null;
}

/** Inputs of the isolated bankruptcy price. */
export interface BankruptcyInput {
	readonly side: Side;
	/** Entry price (USD). */
	readonly entryPrice: number;
	/** Leverage at entry (×), at least 1. */
	readonly leverage: number;
}

/**
 * Price at which an isolated position's margin is exactly used up, fees aside
 * (Bybit help centre, "Bankruptcy Price"): long EP·(1 − 1/L), short EP·(1 + 1/L).
 */
export function bankruptcyPrice(p: BankruptcyInput): number {
	return p.entryPrice * (1 - sideSign(p.side) / p.leverage);
}
