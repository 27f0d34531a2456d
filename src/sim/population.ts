// Seeded generator of the accounts a scenario stands for, stored as parallel typed arrays.
import type { MarketSpec } from './markets';
import { fillUniform } from './random';
import type { Scenario } from './scenario';
import { maintenanceTier, type MarginTier } from './tiers';

/** Uniforms drawn per account. */
const DRAWS = 12;
/** Tail index of position sizes (judgement, mechanics.md §5). */
export const SIZE_TAIL_INDEX = 1.5;
/** Largest Pareto size weight kept, as a multiple of the account count's natural maximum. */
const SIZE_CAP_FACTOR = 2;
/**
 * Larger accounts use less leverage: leverage scales with (size / median size)^−this (judgement), so
 * leverage by account follows mechanics.md §5 while leverage by notional is lower, as it is on real
 * venues where large holders run low leverage.
 */
export const SIZE_LEVERAGE_ELASTICITY = 0.7;
/** Median of a Pareto draw with minimum 1: 2^(1/α). */
const MEDIAN_SIZE_WEIGHT = Math.pow(2, 1 / SIZE_TAIL_INDEX);
/** Extra free balance of a cross account, as a multiple of its initial margin: uniform 0..this. */
export const CROSS_BUFFER_MAX = 1;
/** A multi-market cross account's second position, as a share of its first (judgement). */
export const SECOND_POSITION_SHARE = 0.5;
/** Stop-losses sit this share of the (log) way from the price to liquidation: uniform range. */
const STOP_NEAREST = 0.2;
const STOP_FARTHEST = 0.8;
/** Bounds of how far along the way to liquidation an entry may already be (survivors only). */
const ENTRY_PROGRESS_MIN = -2;
const ENTRY_PROGRESS_MAX = 0.9;

/** Margin modes as stored in `Population.crossMargin`. */
export const ISOLATED = 0;
export const CROSS = 1;

/**
 * All accounts and positions. Account i owns position i; a multi-market cross account also owns
 * position `secondPosition[i]`. Sizes are for the whole account (all the traders it stands for).
 */
export interface Population {
	readonly accountCount: number;
	readonly positionCount: number;
	/** Traders each account stands for (count). */
	readonly tradersPerAccount: number;
	/** Cash in the account, realised PnL included (USD). */
	readonly collateral: Float64Array;
	/** ISOLATED or CROSS. */
	readonly crossMargin: Uint8Array;
	/** Index of the account's second position, or −1. */
	readonly secondPosition: Int32Array;
	/** Owning account of each position. */
	readonly owner: Uint32Array;
	/** Market index of each position. */
	readonly market: Uint8Array;
	/** +1 long, −1 short. */
	readonly sign: Int8Array;
	/** Open size (base units); 0 once closed. */
	readonly quantity: Float64Array;
	/** Entry price (USD). */
	readonly entryPrice: Float64Array;
	/** Leverage at entry (×). */
	readonly leverage: Float64Array;
	/** Liquidation price at generation for single-position accounts (USD); NaN if none or multi. */
	readonly liquidationPrice: Float64Array;
	/** Stop-loss trigger on the last price (USD); NaN if none. */
	readonly stopPrice: Float64Array;
}

/**
 * LP / entry price of a single-position account, with the bracket re-check: Binance's formula
 * (FAQ b3c689c1…) divided through by Q·EP, so it reads (m + cum/n − s) / (MMR − s) for margin share
 * m and one trader's entry notional n. NaN where no positive price exists.
 */
export function liquidationRatio(
	sign: number,
	marginShare: number,
	traderNotional: number,
	tiers: readonly MarginTier[],
): number {
	for (const t of tiers) {
		const ratio =
			(marginShare + t.maintenanceAmount / traderNotional - sign) /
			(t.maintenanceMarginRate - sign);
		if (!(ratio > 0) || !Number.isFinite(ratio)) continue;
		const atLiquidation = traderNotional * ratio;
		if (atLiquidation >= t.floorUsd && atLiquidation < t.capUsd) return ratio;
	}
	return Number.NaN;
}

/** Generates the population of a valid scenario; the same scenario always gives the same arrays. */
export function generatePopulation(s: Scenario, markets: readonly MarketSpec[]): Population {
	const n = s.accounts;
	const multiMarket = markets.length > 1;
	const logSizeCap = Math.log(SIZE_CAP_FACTOR) + Math.log(n) / SIZE_TAIL_INDEX;

	// Every account reads the same twelve uniforms in the same order whatever the parameters, so a
	// change of one lever changes accounts, never which random number lands where.
	const u = new Float64Array(n * DRAWS);
	fillUniform(s.seed, u);

	const sign = new Int8Array(n);
	const market = new Uint8Array(n);
	const cross = new Uint8Array(n);
	const secondMarket = new Int32Array(n).fill(-1);
	const logWeight = new Float64Array(n);
	let sizeLong = 0;
	let sizeShort = 0;
	let secondCount = 0;
	for (let i = 0; i < n; i++) {
		const d = i * DRAWS;
		const sg = (u[d] ?? 0) < s.longShare ? 1 : -1;
		const m = pickMarket(u[d + 1] ?? 0, markets);
		sign[i] = sg;
		market[i] = m;
		// Pareto size weight, kept as its logarithm: ln w = −ln(1 − u)/α, capped.
		const lw = Math.min(-Math.log(1 - (u[d + 2] ?? 0)) / SIZE_TAIL_INDEX, logSizeCap);
		logWeight[i] = lw;
		let weight = Math.exp(lw);
		if ((u[d + 5] ?? 0) < s.crossShare) {
			cross[i] = CROSS;
			if (multiMarket) {
				const offset = 1 + Math.floor((u[d + 11] ?? 0) * (markets.length - 1));
				secondMarket[i] = (m + offset) % markets.length;
				secondCount++;
				weight *= 1 + SECOND_POSITION_SHARE;
			}
		}
		if (sg === 1) sizeLong += weight;
		else sizeShort += weight;
	}

	const positions = n + secondCount;
	const pop: Population = {
		accountCount: n,
		positionCount: positions,
		tradersPerAccount: s.tradersPerAccount,
		collateral: new Float64Array(n),
		crossMargin: cross,
		secondPosition: new Int32Array(n).fill(-1),
		owner: new Uint32Array(positions),
		market: new Uint8Array(positions),
		sign: new Int8Array(positions),
		quantity: new Float64Array(positions),
		entryPrice: new Float64Array(positions),
		leverage: new Float64Array(positions),
		liquidationPrice: new Float64Array(positions).fill(Number.NaN),
		stopPrice: new Float64Array(positions).fill(Number.NaN),
	};

	const longPerWeight = (s.openInterestUsd * s.longShare) / sizeLong;
	const shortPerWeight = (s.openInterestUsd * (1 - s.longShare)) / sizeShort;
	const logMedianLeverage = Math.log(s.medianLeverage);
	const logMedianWeight = Math.log(MEDIAN_SIZE_WEIGHT);
	let next = n;
	for (let i = 0; i < n; i++) {
		const d = i * DRAWS;
		const sg = sign[i] ?? 1;
		const m = market[i] ?? 0;
		const spec = markets[m] as MarketSpec;
		const lw = logWeight[i] ?? 0;
		const notional = Math.exp(lw) * (sg === 1 ? longPerWeight : shortPerWeight);
		const traderNotional = notional / s.tradersPerAccount;
		const second = secondMarket[i] ?? -1;
		let venueMax = maintenanceTier(traderNotional, spec.tiers).maxLeverage;
		if (second !== -1) {
			const secondTiers = (markets[second] as MarketSpec).tiers;
			const secondMax = maintenanceTier(traderNotional * SECOND_POSITION_SHARE, secondTiers);
			venueMax = Math.min(venueMax, secondMax.maxLeverage);
		}
		// One Box–Muller pair gives both normals: leverage (cosine) and entry progress (sine).
		const radius = Math.sqrt(-2 * Math.log(1 - (u[d + 3] ?? 0)));
		const angle = 2 * Math.PI * (u[d + 4] ?? 0);
		const leverageNormal = radius * Math.cos(angle);
		const progressNormal = radius * Math.sin(angle);
		const lev = clamp(
			Math.exp(
				logMedianLeverage +
					s.leverageSpread * leverageNormal -
					SIZE_LEVERAGE_ELASTICITY * (lw - logMedianWeight),
			),
			1,
			Math.min(s.leverageCap, venueMax),
		);
		const buffer = cross[i] === CROSS ? 1 + CROSS_BUFFER_MAX * (u[d + 6] ?? 0) : 1;
		pop.owner[i] = i;
		pop.market[i] = m;
		pop.sign[i] = sg;
		pop.leverage[i] = lev;

		if (second === -1) {
			const ratio = liquidationRatio(sg, buffer / lev, traderNotional, spec.tiers);
			const progress = clamp(
				s.entrySpread * progressNormal,
				ENTRY_PROGRESS_MIN,
				ENTRY_PROGRESS_MAX,
			);
			// Entry sits `progress` of the log-way to liquidation from today's price (> 0: in loss).
			// The way is measured to at most a halving (or doubling) of the price, so low-leverage
			// positions are not placed at absurd entries (LP stays monotone in leverage either way).
			const way = sg === 1 ? Math.max(ratio, 0.5) : Math.min(ratio, 2);
			const entry = Number.isNaN(ratio)
				? spec.price
				: spec.price * Math.exp(-progress * Math.log(way));
			pop.entryPrice[i] = entry;
			pop.quantity[i] = notional / entry;
			pop.collateral[i] = (notional / lev) * buffer;
			const lp = Number.isNaN(ratio) ? Number.NaN : entry * ratio;
			pop.liquidationPrice[i] = lp;
			if ((u[d + 9] ?? 1) < s.stopLossShare) {
				const toLiquidation = Number.isNaN(lp) ? (sg === 1 ? 0.5 : 2) : lp / spec.price;
				const placement = STOP_NEAREST + (STOP_FARTHEST - STOP_NEAREST) * (u[d + 10] ?? 0);
				pop.stopPrice[i] = spec.price * Math.pow(toLiquidation, placement);
			}
		} else {
			// Multi-market cross accounts enter both positions at today's prices (no open PnL).
			const secondSpec = markets[second] as MarketSpec;
			const secondNotional = notional * SECOND_POSITION_SHARE;
			pop.entryPrice[i] = spec.price;
			pop.quantity[i] = notional / spec.price;
			pop.collateral[i] = ((notional + secondNotional) / lev) * buffer;
			pop.secondPosition[i] = next;
			pop.owner[next] = i;
			pop.market[next] = second;
			pop.sign[next] = sg;
			pop.leverage[next] = lev;
			pop.entryPrice[next] = secondSpec.price;
			pop.quantity[next] = secondNotional / secondSpec.price;
			next++;
		}
	}
	return pop;
}

function pickMarket(u: number, markets: readonly MarketSpec[]): number {
	let acc = 0;
	for (let m = 0; m < markets.length; m++) {
		acc += (markets[m] as MarketSpec).openInterestShare;
		if (u < acc) return m;
	}
	return 0;
}

function clamp(x: number, lo: number, hi: number): number {
	return x < lo ? lo : x > hi ? hi : x;
}

/**
 * A copy for a new run: the arrays a run changes (collateral, open size) are copied, the rest (who
 * owns what, entry, leverage, triggers) never change during a run and are shared.
 */
export function clonePopulation(pop: Population): Population {
	return { ...pop, collateral: pop.collateral.slice(), quantity: pop.quantity.slice() };
}
