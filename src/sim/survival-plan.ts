// A leveraged long on seeded price paths: the plan, the market, its lines and their thresholds.
import { binanceTieredLiquidationPrice } from './liquidation-price';
import { stepVolatility, type StandardPaths } from './price-paths';
import { BINANCE_BTCUSDT_TIERS } from './tiers';

/** How the trader's money is split, and the long they open with it. */
export interface LongPlan {
	/** Entry price (USD). */
	readonly entryPrice: number;
	/** Position notional over the margin posted on it (×, ≥ 1). */
	readonly leverage: number;
	/** All the money the trader sets aside for this trade, reserve included (USD). */
	readonly capitalUsd: number;
	/** Share of the capital kept back in stablecoins rather than posted as margin (fraction, 0..0.95). */
	readonly reserveShare: number;
	/**
	 * 'isolated': the reserve sits apart and cannot be lost. 'cross': it stays in the account
	 * beside the position, so the venue counts it as margin: the liquidation price moves away,
	 * and a liquidation takes the reserve too.
	 */
	readonly marginMode: 'isolated' | 'cross';
	/** Stop-loss trigger's distance below entry (fraction of the entry price; 0 for no stop). */
	readonly stopDistance: number;
	/** How far below the price at which the stop is noticed its market order fills (fraction). */
	readonly stopSlippage: number;
}

/** The market the paths stand for. */
export interface PathMarket {
	/** Annualised volatility of returns (fraction per √year: 0.5 is 50% a year). */
	readonly annualVolatility: number;
	/** Length of one step of the paths (min); prices are looked at once per step. */
	readonly stepMinutes: number;
	/** Steps the position is held (count, 1..the paths' steps). */
	readonly horizonSteps: number;
}

/** The position a plan opens and the lines it will be closed at. */
export interface PositionLines {
	/** Margin posted on the position (USD). */
	readonly marginUsd: number;
	/** Position size (BTC). */
	readonly quantity: number;
	/** Position notional at entry (USD). */
	readonly notionalUsd: number;
	/** What the venue's formula counts as the wallet: the margin, or margin plus reserve in cross (USD). */
	readonly walletUsd: number;
	/** Liquidation price from Binance's formula and BTCUSDT brackets (USD); null where none exists. */
	readonly liquidationPrice: number | null;
	/** Maintenance-margin rate of the bracket the formula settled on (fraction). */
	readonly maintenanceRate: number;
	/** Stop trigger (USD), or null without a stop or when it is at or below the liquidation price. */
	readonly stopPrice: number | null;
	/** A stop was asked for, but it sits at or below the liquidation price, so it can never fire. */
	readonly stopBeyondLiquidation: boolean;
}

/** Why a plan or market cannot be evaluated on these paths, or null when it can. */
export function survivalInputError(
	paths: StandardPaths,
	plan: LongPlan,
	market: PathMarket,
): string | null {
	const finite = (n: number): boolean => Number.isFinite(n);
	if (!finite(plan.entryPrice) || plan.entryPrice <= 0) return 'entryPrice must be above 0';
	if (!finite(plan.leverage) || plan.leverage < 1 || plan.leverage > 125) {
		return 'leverage must be from 1 to 125';
	}
	if (!finite(plan.capitalUsd) || plan.capitalUsd <= 0) return 'capitalUsd must be above 0';
	if (!finite(plan.reserveShare) || plan.reserveShare < 0 || plan.reserveShare > 0.95) {
		return 'reserveShare must be from 0 to 0.95';
	}
	if (!finite(plan.stopDistance) || plan.stopDistance < 0 || plan.stopDistance >= 1) {
		return 'stopDistance must be from 0 to just under 1';
	}
	if (!finite(plan.stopSlippage) || plan.stopSlippage < 0 || plan.stopSlippage > 0.5) {
		return 'stopSlippage must be from 0 to 0.5';
	}
	if (!finite(market.annualVolatility) || market.annualVolatility <= 0) {
		return 'annualVolatility must be above 0';
	}
	if (!finite(market.stepMinutes) || market.stepMinutes <= 0) return 'stepMinutes must be above 0';
	const h = market.horizonSteps;
	if (!Number.isInteger(h) || h < 1 || h > paths.spec.steps) {
		return `horizonSteps must be a whole number from 1 to ${String(paths.spec.steps)}`;
	}
	return null;
}

/** The position a plan opens, its liquidation price (Binance FAQ b3c689c1…) and its stop. */
export function positionLines(plan: LongPlan): PositionLines {
	const marginUsd = plan.capitalUsd * (1 - plan.reserveShare);
	const notionalUsd = marginUsd * plan.leverage;
	const quantity = notionalUsd / plan.entryPrice;
	const walletUsd = plan.marginMode === 'cross' ? plan.capitalUsd : marginUsd;
	const { price, tier } = binanceTieredLiquidationPrice(
		{ side: 'long', quantity, entryPrice: plan.entryPrice, walletBalance: walletUsd },
		BINANCE_BTCUSDT_TIERS,
	);
	const wanted = plan.stopDistance > 0 ? plan.entryPrice * (1 - plan.stopDistance) : null;
	const beyond = wanted !== null && price !== null && wanted <= price;
	return {
		marginUsd,
		quantity,
		notionalUsd,
		walletUsd,
		liquidationPrice: price,
		maintenanceRate: tier.maintenanceMarginRate,
		stopPrice: beyond ? null : wanted,
		stopBeyondLiquidation: beyond,
	};
}

/** The thresholds of a plan in the paths' standard units, computed once for many paths. */
export interface Thresholds {
	readonly lines: PositionLines;
	readonly stepVol: number;
	/** Level at or below which the position is liquidated (step standard deviations). */
	readonly liquidation: number;
	/** Level at or below which the position closes either way (step standard deviations). */
	readonly trigger: number;
}

/** A plan's lines and the path levels that close it, for a market's step volatility. */
export function thresholdsOf(plan: LongPlan, market: PathMarket): Thresholds {
	const lines = positionLines(plan);
	const stepVol = stepVolatility(market.annualVolatility, market.stepMinutes);
	// P_k = P₀·(1 + σ·level), so P_k ≤ X exactly when level ≤ (X/P₀ − 1)/σ.
	const toLevel = (price: number | null): number =>
		price === null ? Number.NEGATIVE_INFINITY : (price / plan.entryPrice - 1) / stepVol;
	const liquidation = toLevel(lines.liquidationPrice);
	return { lines, stepVol, liquidation, trigger: Math.max(liquidation, toLevel(lines.stopPrice)) };
}
