// The fan chart's numbers: a few of the paths, thinned for drawing, and how each ended for the long.
import {
	pathFate,
	pathPrice,
	stepVolatility,
	type LongPlan,
	type PathFate,
	type PathMarket,
	type StandardPaths,
} from '../../sim/index';

/** One drawn point of a path. */
export interface FanPoint {
	/** Steps since entry (steps). */
	readonly step: number;
	/** Price (USD). */
	readonly price: number;
}

/** One sample path: the stretch the position was held, then what the price did afterwards. */
export interface FanPath {
	/** Index of the path among all the paths. */
	readonly id: number;
	readonly fate: PathFate;
	/** From entry to the exit (or the horizon when still open). */
	readonly held: readonly FanPoint[];
	/** From the exit to the horizon; empty when the position was still open. */
	readonly after: readonly FanPoint[];
}

/** Sample paths drawn (count): enough to see a spread, few enough to tell apart. */
export const FAN_PATHS = 16;
/** Most points drawn per path (count); longer stretches keep each bucket's low and high. */
const MAX_POINTS = 160;

/**
 * Path p's prices from step `from` to `to`, thinned to about MAX_POINTS: every step when short
 * enough, else each bucket's lowest and highest in time order, so no dip through a line is lost.
 */
export function thinnedPrices(
	paths: StandardPaths,
	p: number,
	from: number,
	to: number,
	startPrice: number,
	stepVol: number,
): FanPoint[] {
	const at = (step: number): FanPoint => ({
		step,
		price: pathPrice(paths, p, step, startPrice, stepVol),
	});
	const span = to - from;
	if (span <= MAX_POINTS) return Array.from({ length: span + 1 }, (_, k) => at(from + k));
	// Prices rise and fall with the level, so the bucket's extremes are found on the level alone,
	// without making a point for every step.
	const level = paths.level;
	const base = p * (paths.spec.steps + 1);
	const bucket = Math.ceil(span / (MAX_POINTS / 2));
	const points: FanPoint[] = [at(from)];
	for (let start = from + 1; start <= to; start += bucket) {
		const end = Math.min(to, start + bucket - 1);
		let low = start;
		let high = start;
		for (let k = start + 1; k <= end; k++) {
			const v = level[base + k] ?? 0;
			if (v < (level[base + low] ?? 0)) low = k;
			if (v > (level[base + high] ?? 0)) high = k;
		}
		if (low === high) points.push(at(low));
		else points.push(at(Math.min(low, high)), at(Math.max(low, high)));
	}
	if (points.at(-1)?.step !== to) points.push(at(to));
	return points;
}

/** The first `count` paths, each split at its exit, for the fan chart. */
export function fanPaths(
	paths: StandardPaths,
	plan: LongPlan,
	market: PathMarket,
	count = FAN_PATHS,
): FanPath[] {
	const stepVol = stepVolatility(market.annualVolatility, market.stepMinutes);
	const shown = Math.min(count, paths.spec.paths);
	return Array.from({ length: shown }, (_, id) => {
		const fate = pathFate(paths, id, plan, market);
		const exit = fate.step;
		const end = market.horizonSteps;
		return {
			id,
			fate,
			held: thinnedPrices(paths, id, 0, exit, plan.entryPrice, stepVol),
			after:
				fate.exit === 'open' || exit >= end
					? []
					: thinnedPrices(paths, id, exit, end, plan.entryPrice, stepVol),
		};
	});
}

/** Lowest and highest price the drawn paths reach (USD). */
export function fanRange(fan: readonly FanPath[], startPrice: number): [number, number] {
	let low = startPrice;
	let high = startPrice;
	for (const path of fan) {
		for (const point of [...path.held, ...path.after]) {
			low = Math.min(low, point.price);
			high = Math.max(high, point.price);
		}
	}
	return [low, high];
}
