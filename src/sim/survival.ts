// A leveraged long's fate on many seeded price paths: liquidated, stopped out, or still open.
import { firstStepAtOrBelow, pathPrice, stepVolatility, type StandardPaths } from './price-paths';
import {
	positionLines,
	survivalInputError,
	thresholdsOf,
	type LongPlan,
	type PathMarket,
	type PositionLines,
	type Thresholds,
} from './survival-plan';

/** How one path ends for the position. */
export type Exit = 'liquidated' | 'stopped' | 'open';

/** One path's outcome. */
export interface PathFate {
	readonly exit: Exit;
	/** Step at which the position closed, or the horizon if it is still open (steps). */
	readonly step: number;
	/** Price when the position closed or at the horizon (USD). */
	readonly price: number;
	/** What the stop's market order got (USD); the price itself for other exits. */
	readonly fillPrice: number;
	/** Gain or loss over the whole capital, reserve included (fraction; −1 is all of it). */
	readonly returnOnCapital: number;
}

/** The fate of path p, given thresholds already worked out. */
function fateOf(
	paths: StandardPaths,
	p: number,
	plan: LongPlan,
	market: PathMarket,
	t: Thresholds,
): PathFate {
	const { lines } = t;
	// A loss never exceeds what the venue can take: the wallet it counts (−0 reads as 0).
	const onCapital = (pnl: number): number => {
		const r = Math.max(pnl, -lines.walletUsd) / plan.capitalUsd;
		return r === 0 ? 0 : r;
	};
	const pnlAt = (price: number): number => lines.quantity * (price - plan.entryPrice);
	const atEntryOrWorse =
		lines.liquidationPrice !== null && lines.liquidationPrice >= plan.entryPrice;
	if (atEntryOrWorse) {
		return {
			exit: 'liquidated',
			step: 0,
			price: plan.entryPrice,
			fillPrice: plan.entryPrice,
			returnOnCapital: -lines.walletUsd / plan.capitalUsd,
		};
	}
	const step = firstStepAtOrBelow(paths, p, t.trigger, market.horizonSteps);
	if (step < 0) {
		const price = pathPrice(paths, p, market.horizonSteps, plan.entryPrice, t.stepVol);
		return {
			exit: 'open',
			step: market.horizonSteps,
			price,
			fillPrice: price,
			returnOnCapital: onCapital(pnlAt(price)),
		};
	}
	const price = pathPrice(paths, p, step, plan.entryPrice, t.stepVol);
	const level = paths.level[p * (paths.spec.steps + 1) + step] ?? 0;
	if (level <= t.liquidation) {
		// Isolated: the margin is gone; cross: the whole wallet, reserve included.
		return {
			exit: 'liquidated',
			step,
			price,
			fillPrice: price,
			returnOnCapital: -lines.walletUsd / plan.capitalUsd,
		};
	}
	// The stop is seen at this step's price, which may have gapped below the trigger.
	const fillPrice = price * (1 - plan.stopSlippage);
	return { exit: 'stopped', step, price, fillPrice, returnOnCapital: onCapital(pnlAt(fillPrice)) };
}

/** How path p ends for the plan; throws on invalid input. */
export function pathFate(
	paths: StandardPaths,
	p: number,
	plan: LongPlan,
	market: PathMarket,
): PathFate {
	const error = survivalInputError(paths, plan, market);
	if (error !== null) throw new Error(`pathFate: ${error}`);
	if (!Number.isInteger(p) || p < 0 || p >= paths.spec.paths) {
		throw new Error(
			`pathFate: path must be a whole number from 0 to ${String(paths.spec.paths - 1)}`,
		);
	}
	return fateOf(paths, p, plan, market, thresholdsOf(plan, market));
}

/** What happened to the position across all the paths. */
export interface SurvivalOdds {
	readonly lines: PositionLines;
	/** Paths evaluated (count). */
	readonly paths: number;
	/** Share of paths on which the position was liquidated within the horizon (fraction). */
	readonly liquidated: number;
	/** Share on which the stop closed it first (fraction). */
	readonly stopped: number;
	/** Share on which it was still open at the horizon (fraction). */
	readonly open: number;
	/** Share not liquidated: stopped out or still open (fraction). */
	readonly survival: number;
	/** Return on capital across paths: mean, 10th percentile, median, 90th percentile (fractions). */
	readonly meanReturn: number;
	readonly lowReturn: number;
	readonly medianReturn: number;
	readonly highReturn: number;
	/** Largest shortfall of a stop's fill below its trigger, slippage included (fraction; 0 if none fired). */
	readonly worstStopShortfall: number;
}

/** Quantile of sorted values, interpolating between neighbours (the R-7 / d3-array rule). */
export function quantileSorted(sorted: Float64Array, q: number): number {
	const n = sorted.length;
	if (n === 0) return Number.NaN;
	const at = (n - 1) * Math.min(1, Math.max(0, q));
	const below = Math.floor(at);
	const low = sorted[below] ?? Number.NaN;
	const high = sorted[Math.min(n - 1, below + 1)] ?? low;
	return low + (high - low) * (at - below);
}

/** The plan's fate on every path, summed up; throws on invalid input. */
export function survivalOdds(
	paths: StandardPaths,
	plan: LongPlan,
	market: PathMarket,
): SurvivalOdds {
	const error = survivalInputError(paths, plan, market);
	if (error !== null) throw new Error(`survivalOdds: ${error}`);
	const t = thresholdsOf(plan, market);
	const n = paths.spec.paths;
	const returns = new Float64Array(n);
	let liquidated = 0;
	let stopped = 0;
	let total = 0;
	let worst = 0;
	for (let p = 0; p < n; p++) {
		const fate = fateOf(paths, p, plan, market, t);
		returns[p] = fate.returnOnCapital;
		total += fate.returnOnCapital;
		if (fate.exit === 'liquidated') liquidated++;
		else if (fate.exit === 'stopped') {
			stopped++;
			const stop = t.lines.stopPrice ?? fate.fillPrice;
			worst = Math.max(worst, 1 - fate.fillPrice / stop);
		}
	}
	returns.sort();
	return {
		lines: t.lines,
		paths: n,
		liquidated: liquidated / n,
		stopped: stopped / n,
		open: (n - liquidated - stopped) / n,
		survival: (n - liquidated) / n,
		meanReturn: total / n,
		lowReturn: quantileSorted(returns, 0.1),
		medianReturn: quantileSorted(returns, 0.5),
		highReturn: quantileSorted(returns, 0.9),
		worstStopShortfall: worst,
	};
}

/**
 * Only the share of paths on which the plan is liquidated (fraction): the cheap query for curves
 * over many leverages. Throws on invalid input.
 */
export function liquidationShare(paths: StandardPaths, plan: LongPlan, market: PathMarket): number {
	const error = survivalInputError(paths, plan, market);
	if (error !== null) throw new Error(`liquidationShare: ${error}`);
	const t = thresholdsOf(plan, market);
	const n = paths.spec.paths;
	if (t.lines.liquidationPrice !== null && t.lines.liquidationPrice >= plan.entryPrice) return 1;
	const width = paths.spec.steps + 1;
	let liquidated = 0;
	for (let p = 0; p < n; p++) {
		const step = firstStepAtOrBelow(paths, p, t.trigger, market.horizonSteps);
		if (step > 0 && (paths.level[p * width + step] ?? 0) <= t.liquidation) liquidated++;
	}
	return liquidated / n;
}

/** How many of the sorted values are at or below x (count). */
function countAtOrBelow(sorted: Float64Array, x: number): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if ((sorted[mid] ?? 0) <= x) low = mid + 1;
		else high = mid;
	}
	return low;
}

/**
 * The share of paths on which the plan is liquidated, at each of `leverages` (fractions): the same
 * numbers as `liquidationShare` leverage by leverage, found in one pass. Without a stop (or with
 * one behind the line) a path is liquidated when its lowest level reaches the line; with a stop in
 * front, when the level at which the stop is first seen is already at or past the line (a gap).
 * Neither level depends on leverage, so each is sorted once and every leverage is a binary search.
 * Throws on invalid input.
 */
export function liquidationCurve(
	paths: StandardPaths,
	plan: Omit<LongPlan, 'leverage'>,
	market: PathMarket,
	leverages: readonly number[],
): number[] {
	for (const leverage of leverages) {
		const error = survivalInputError(paths, { ...plan, leverage }, market);
		if (error !== null) throw new Error(`liquidationCurve: ${error}`);
	}
	const n = paths.spec.paths;
	const width = paths.spec.steps + 1;
	const horizon = market.horizonSteps;
	const stepVol = stepVolatility(market.annualVolatility, market.stepMinutes);
	const toLevel = (price: number): number => (price / plan.entryPrice - 1) / stepVol;
	const lows = new Float64Array(n);
	for (let p = 0; p < n; p++) lows[p] = paths.lowest[p * width + horizon] ?? 0;
	lows.sort();
	const wanted = plan.stopDistance > 0 ? plan.entryPrice * (1 - plan.stopDistance) : null;
	let seen: Float64Array | null = null;
	if (wanted !== null) {
		const stopLevel = toLevel(wanted);
		seen = new Float64Array(n);
		for (let p = 0; p < n; p++) {
			const step = firstStepAtOrBelow(paths, p, stopLevel, horizon);
			seen[p] = step < 0 ? Number.POSITIVE_INFINITY : (paths.level[p * width + step] ?? 0);
		}
		seen.sort();
	}
	return leverages.map((leverage) => {
		const lines = positionLines({ ...plan, leverage });
		const lp = lines.liquidationPrice;
		if (lp === null) return 0;
		if (lp >= plan.entryPrice) return 1;
		const line = toLevel(lp);
		const sorted = seen !== null && lines.stopPrice !== null ? seen : lows;
		return countAtOrBelow(sorted, line) / n;
	});
}
