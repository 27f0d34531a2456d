// The liquidation-level heatmap's numbers: notional per price bin by side, and which bins a run reached.
import type { PositionLevels } from './lab-run';

/** Width of one bin (fraction of the starting price): one per cent. */
export const BIN_STEP = 0.01;
/** The chart always shows at least this far either side of the starting price (fraction). */
export const MIN_REACH = 0.2;
/** Room kept beyond the run's extreme prices (fraction of the extreme). */
const EXTREME_MARGIN = 0.02;

/** One price band and the positions whose liquidation price lies in it. */
export interface LevelBin {
	/** Lower edge (USD). */
	readonly x0: number;
	/** Upper edge (USD). */
	readonly x1: number;
	/** Long notional liquidated at this band, at the starting price (USD). */
	readonly longUsd: number;
	/** Short notional liquidated at this band, at the starting price (USD). */
	readonly shortUsd: number;
	/** Long and short positions in the band (count). */
	readonly longPositions: number;
	readonly shortPositions: number;
}

/** The histogram and what lies outside it, so that every dollar is accounted for. */
export interface LiquidationLevels {
	/** Bins from the lowest price up, each BIN_STEP of the starting price wide. */
	readonly bins: readonly LevelBin[];
	/** Notional whose liquidation price is outside the bins, below and above (USD). */
	readonly belowUsd: number;
	readonly aboveUsd: number;
	/** Notional with no liquidation price at all, e.g. unlevered longs (USD). */
	readonly noLevelUsd: number;
	/** All the notional: bins + below + above + no level (USD). */
	readonly totalUsd: number;
}

/** Price range [low, high] (USD) on whole bin edges around the start price, covering the extremes. */
export function levelDomain(price: number, lowest: number, highest: number): [number, number] {
	const low = Math.min(price * (1 - MIN_REACH), lowest * (1 - EXTREME_MARGIN));
	const high = Math.max(price * (1 + MIN_REACH), highest * (1 + EXTREME_MARGIN));
	const below = Math.ceil((1 - low / price) / BIN_STEP - 1e-9);
	const above = Math.ceil((high / price - 1) / BIN_STEP - 1e-9);
	// Never at or below a zero price, however deep the fall.
	const steps = Math.min(below, Math.round(1 / BIN_STEP) - 1);
	return [price * (1 - steps * BIN_STEP), price * (1 + above * BIN_STEP)];
}

/**
 * Bins the positions' liquidation prices over `domain` (USD), weighting by notional. A price on an
 * inner edge belongs to the band above it and the top edge to the last band, as with d3's `bin`;
 * one pass over the positions, since this runs on every slider step.
 */
export function binLevels(
	levels: PositionLevels,
	domain: readonly [number, number],
): LiquidationLevels {
	const { price, liquidationPrice, notionalUsd, sign } = levels;
	const [low, high] = domain;
	const width = price * BIN_STEP;
	const steps = Math.max(1, Math.round((high - low) / width));
	const edges = Float64Array.from({ length: steps + 1 }, (_, k) =>
		k === steps ? high : low + k * width,
	);
	const longUsd = new Float64Array(steps);
	const shortUsd = new Float64Array(steps);
	const longPositions = new Uint32Array(steps);
	const shortPositions = new Uint32Array(steps);
	let belowUsd = 0;
	let aboveUsd = 0;
	let noLevelUsd = 0;
	for (let p = 0; p < liquidationPrice.length; p++) {
		const lp = liquidationPrice[p] ?? Number.NaN;
		const usd = notionalUsd[p] ?? 0;
		if (!(lp > 0)) noLevelUsd += usd;
		else if (lp < low) belowUsd += usd;
		else if (lp > high) aboveUsd += usd;
		else {
			// The arithmetic guess can miss by one at an edge; the edges themselves decide.
			let k = Math.min(steps - 1, Math.floor((lp - low) / width));
			while (k > 0 && lp < (edges[k] ?? low)) k--;
			while (k < steps - 1 && lp >= (edges[k + 1] ?? high)) k++;
			if ((sign[p] ?? 1) > 0) {
				longUsd[k] = (longUsd[k] ?? 0) + usd;
				longPositions[k] = (longPositions[k] ?? 0) + 1;
			} else {
				shortUsd[k] = (shortUsd[k] ?? 0) + usd;
				shortPositions[k] = (shortPositions[k] ?? 0) + 1;
			}
		}
	}
	let binnedUsd = 0;
	const bins = Array.from({ length: steps }, (_, k): LevelBin => {
		binnedUsd += (longUsd[k] ?? 0) + (shortUsd[k] ?? 0);
		return {
			x0: edges[k] ?? low,
			x1: edges[k + 1] ?? high,
			longUsd: longUsd[k] ?? 0,
			shortUsd: shortUsd[k] ?? 0,
			longPositions: longPositions[k] ?? 0,
			shortPositions: shortPositions[k] ?? 0,
		};
	});
	return {
		bins,
		belowUsd,
		aboveUsd,
		noLevelUsd,
		totalUsd: binnedUsd + belowUsd + aboveUsd + noLevelUsd,
	};
}

/**
 * Whether the run's mark price reached a bin on each side. Liquidations trigger on the mark, so a
 * long band counts as reached once the mark has been below its top edge (into the band), a short
 * band once it has been above its bottom edge. `lowestMark`/`highestMark` are the extremes so far,
 * the starting price included (USD).
 */
export function reached(
	bin: LevelBin,
	lowestMark: number,
	highestMark: number,
): {
	long: boolean;
	short: boolean;
} {
	return { long: lowestMark < bin.x1, short: highestMark > bin.x0 };
}
