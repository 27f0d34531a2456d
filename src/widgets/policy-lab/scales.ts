// The scales every panel shares, computed once across all panels so the small multiples compare.
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { formatPrice, formatUsd } from '../../lib/format';
import type { AxisTick } from '../cascade-lab/chart-layout';
import type { PanelRun } from './panel-run';

/** What all panels draw against: one time range, one price range, one dollar range. */
export interface SharedScales {
	/** Last tick of the longest run: every time axis runs from 0 to here (ticks). */
	readonly lastTick: number;
	/** Ticks the shock lasts (the time axes are linear up to about here). */
	readonly shockTicks: number;
	/** Price range of every price plot (USD). */
	readonly priceDomain: readonly [number, number];
	/** Top of every liquidated-dollars plot (USD). */
	readonly usdMax: number;
}

/** Share of the price range left empty above and below the paths. */
const PRICE_PAD = 0.08;
/** The price range is never narrower than this share of the start price. */
const MIN_PRICE_SPAN = 0.02;

/**
 * Scales covering every run drawn, the start price included. With no run yet, a range of ±1%
 * around the start price and a minute of time, so empty panels still have axes.
 */
export function sharedScales(
	runs: readonly PanelRun[],
	startPrice: number,
	shockTicks: number,
): SharedScales {
	let low = startPrice;
	let high = startPrice;
	let lastTick = 60;
	let usdMax = 0;
	for (const run of runs) {
		low = Math.min(low, run.figures.lowestPrice);
		high = Math.max(high, run.figures.highestPrice);
		lastTick = Math.max(lastTick, run.figures.ticks - 1);
		usdMax = Math.max(usdMax, run.liquidated.at(-1) ?? 0, run.adl.at(-1) ?? 0);
	}
	const span = Math.max(high - low, startPrice * MIN_PRICE_SPAN);
	const middle = (high + low) / 2;
	const half = span / 2 + span * PRICE_PAD;
	const priceDomain: [number, number] = [Math.max(0, middle - half), middle + half];
	return {
		lastTick,
		shockTicks,
		priceDomain,
		usdMax: usdMax > 0 ? (scaleLinear().domain([0, usdMax]).nice(3).domain()[1] ?? usdMax) : 1,
	};
}

/** Whether two sets of scales draw the same axes. */
export function sameScales(a: SharedScales, b: SharedScales): boolean {
	return (
		a.lastTick === b.lastTick &&
		a.shockTicks === b.shockTicks &&
		a.usdMax === b.usdMax &&
		a.priceDomain[0] === b.priceDomain[0] &&
		a.priceDomain[1] === b.priceDomain[1]
	);
}

/** A price as a short axis label: "$102k", "$97.5k", "$412.50". */
export function priceTickLabel(value: number): string {
	if (Math.abs(value) < 10_000) return formatPrice(value);
	const thousands = Math.round(value / 100) / 10;
	return `$${String(thousands)}k`;
}

/** Round price ticks of a plot. */
export function priceAxisTicks(y: ScaleLinear<number, number>, count: number): AxisTick[] {
	return y.ticks(count).map((value) => ({ at: y(value), label: priceTickLabel(value) }));
}

/** Round dollar ticks of a liquidated-dollars plot, zero included. */
export function usdAxisTicks(y: ScaleLinear<number, number>, count: number): AxisTick[] {
	const [, top = 0] = y.domain();
	// With nothing liquidated the scale runs to $1: only its zero is worth a label.
	const values = top <= 1 ? [0] : y.ticks(count);
	return values.map((value) => ({ at: y(value), label: formatUsd(value) }));
}
