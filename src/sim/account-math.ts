// Equity, maintenance margin, bankruptcy price and ADL rank of accounts at given mark prices.
import { binanceTieredLiquidationPrice } from './liquidation-price';
import type { MarketSpec } from './markets';
import type { Population } from './population';
import { maintenanceTier } from './tiers';

/** Unrealised PnL of position p at `price` (USD). */
export function unrealizedPnl(pop: Population, p: number, price: number): number {
	return (pop.sign[p] ?? 0) * (pop.quantity[p] ?? 0) * (price - (pop.entryPrice[p] ?? 0));
}

/** Calls `visit` with each open position of account a. */
export function forEachOpenPosition(pop: Population, a: number, visit: (p: number) => void): void {
	if ((pop.quantity[a] ?? 0) > 0) visit(a);
	const second = pop.secondPosition[a] ?? -1;
	if (second >= 0 && (pop.quantity[second] ?? 0) > 0) visit(second);
}

/** Whether account a still holds any position. */
export function hasOpenPosition(pop: Population, a: number): boolean {
	if ((pop.quantity[a] ?? 0) > 0) return true;
	const second = pop.secondPosition[a] ?? -1;
	return second >= 0 && (pop.quantity[second] ?? 0) > 0;
}

/** Margin balance of account a: cash plus unrealised PnL at the given prices (USD). */
export function accountEquity(pop: Population, a: number, prices: ArrayLike<number>): number {
	// Written out rather than through forEachOpenPosition: this runs for every liquidation.
	let equity = (pop.collateral[a] ?? 0) + unrealizedPnl(pop, a, prices[pop.market[a] ?? 0] ?? 0);
	const second = pop.secondPosition[a] ?? -1;
	if (second >= 0) equity += unrealizedPnl(pop, second, prices[pop.market[second] ?? 0] ?? 0);
	return equity;
}

/**
 * Maintenance margin of position p at `price`: each trader the account stands for pays notional ×
 * rate − amount of their own bracket (Binance FAQ 25edcd7f…), so the amount counts once per trader.
 */
export function positionMaintenance(
	pop: Population,
	p: number,
	price: number,
	markets: readonly MarketSpec[],
): number {
	const notional = (pop.quantity[p] ?? 0) * price;
	if (notional === 0) return 0;
	const traders = pop.tradersPerAccount;
	const tier = maintenanceTier(
		notional / traders,
		(markets[pop.market[p] ?? 0] as MarketSpec).tiers,
	);
	return notional * tier.maintenanceMarginRate - traders * tier.maintenanceAmount;
}

/** Maintenance margin of account a at the given prices (USD). */
export function accountMaintenance(
	pop: Population,
	a: number,
	prices: ArrayLike<number>,
	markets: readonly MarketSpec[],
): number {
	let total = 0;
	forEachOpenPosition(pop, a, (p) => {
		total += positionMaintenance(pop, p, prices[pop.market[p] ?? 0] ?? 0, markets);
	});
	return total;
}

/**
 * Price of position p's market at which its account's equity is zero, other prices held
 * (the liquidation formula with no maintenance margin). 0 when no positive price exists (USD).
 */
export function accountBankruptcyPrice(
	pop: Population,
	p: number,
	prices: ArrayLike<number>,
): number {
	const a = pop.owner[p] ?? 0;
	const m = pop.market[p] ?? 0;
	const q = pop.quantity[p] ?? 0;
	const s = pop.sign[p] ?? 0;
	const others = accountEquity(pop, a, prices) - unrealizedPnl(pop, p, prices[m] ?? 0);
	const price = (pop.entryPrice[p] ?? 0) - (s * others) / q;
	return price > 0 ? price : 0;
}

/**
 * Auto-deleveraging rank of position p: profit % × effective leverage, where profit % is unrealised
 * profit over initial margin and effective leverage is notional over equity (mechanics.md §3).
 * 0 for positions not in profit or without equity.
 */
export function adlScore(pop: Population, p: number, prices: ArrayLike<number>): number {
	const m = pop.market[p] ?? 0;
	const price = prices[m] ?? 0;
	const q = pop.quantity[p] ?? 0;
	const profit = unrealizedPnl(pop, p, price);
	if (q <= 0 || profit <= 0) return 0;
	const equity = accountEquity(pop, pop.owner[p] ?? 0, prices);
	if (equity <= 0) return 0;
	const initialMargin = (q * (pop.entryPrice[p] ?? 0)) / (pop.leverage[p] ?? 1);
	return (profit / initialMargin) * ((q * price) / equity);
}

/**
 * Current liquidation price of a single-position account (after ADL or a slice changed it), with the
 * bracket re-check, per trader as the venue computes it. NaN for multi-position accounts or none.
 */
export function currentLiquidationPrice(
	pop: Population,
	a: number,
	markets: readonly MarketSpec[],
): number {
	if ((pop.secondPosition[a] ?? -1) >= 0 || (pop.quantity[a] ?? 0) <= 0) return Number.NaN;
	const traders = pop.tradersPerAccount;
	const { price } = binanceTieredLiquidationPrice(
		{
			side: (pop.sign[a] ?? 1) > 0 ? 'long' : 'short',
			quantity: (pop.quantity[a] ?? 0) / traders,
			entryPrice: pop.entryPrice[a] ?? 0,
			walletBalance: (pop.collateral[a] ?? 0) / traders,
		},
		(markets[pop.market[a] ?? 0] as MarketSpec).tiers,
	);
	return price ?? Number.NaN;
}

/** Equity of every account together at the given prices, in one pass over positions (USD). */
export function totalEquity(pop: Population, prices: ArrayLike<number>): number {
	let total = 0;
	for (let a = 0; a < pop.accountCount; a++) total += pop.collateral[a] ?? 0;
	for (let p = 0; p < pop.positionCount; p++) {
		const q = pop.quantity[p] ?? 0;
		if (q > 0)
			total +=
				(pop.sign[p] ?? 0) * q * ((prices[pop.market[p] ?? 0] ?? 0) - (pop.entryPrice[p] ?? 0));
	}
	return total;
}
