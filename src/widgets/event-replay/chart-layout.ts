// The replay chart's two layouts and its scales: price above, liquidations below, one time axis.
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { formatPrice, formatUsd } from '../../lib/format';
import { shortTime, type AxisTick } from '../cascade-lab/chart-layout';

/** A panel's top and baseline (viewBox units). */
export interface Band {
	readonly top: number;
	readonly bottom: number;
}

/** Where the chart's parts sit, and how much detail it takes (viewBox units). */
export interface ReplayGeometry {
	readonly width: number;
	readonly height: number;
	/** Left and right edges of both panels. */
	readonly left: number;
	readonly right: number;
	readonly price: Band;
	readonly bars: Band;
	/** Most bars drawn across the run. */
	readonly maxBuckets: number;
	/** Most labelled ticks on the time axis. */
	readonly maxTimeTicks: number;
	/** Wide layout (also the one exported). */
	readonly wide: boolean;
}

/** Laptops: about 480 units across the widget's chart column. */
export const WIDE: ReplayGeometry = {
	width: 480,
	height: 372,
	left: 64,
	right: 466,
	price: { top: 36, bottom: 206 },
	bars: { top: 246, bottom: 330 },
	maxBuckets: 90,
	maxTimeTicks: 6,
	wide: true,
};

/** Charts this wide or narrower use the narrow layout (CSS px; the styles' container query agrees). */
export const NARROW_BELOW_PX = 416;

/** Phones: fewer, wider bars and fewer labels. */
export const NARROW: ReplayGeometry = {
	width: 340,
	height: 384,
	left: 68,
	right: 330,
	price: { top: 36, bottom: 206 },
	bars: { top: 250, bottom: 342 },
	maxBuckets: 48,
	maxTimeTicks: 4,
	wide: false,
};

/** A bar's length as words: "30 s", "minute", "2 minutes". */
export function bucketText(ticks: number): string {
	if (ticks < 60 || ticks % 60 !== 0) return `${String(ticks)} s`;
	return ticks === 60 ? 'minute' : `${String(ticks / 60)} minutes`;
}

/** Time (ticks) to x across both panels. */
export function timeScale(ticks: number, g: ReplayGeometry): ScaleLinear<number, number> {
	return scaleLinear()
		.domain([0, Math.max(1, ticks - 1)])
		.range([g.left, g.right]);
}

/** Round time steps for the axis (seconds). */
const TIME_STEPS = [10, 30, 60, 120, 300, 600, 900, 1200, 1800, 3600];

/** Time ticks at a round step, at most `max` of them. */
export function timeTicks(x: ScaleLinear<number, number>, max: number): AxisTick[] {
	const [, last = 0] = x.domain();
	const step = TIME_STEPS.find((s) => Math.floor(last / s) + 1 <= max) ?? 3600;
	const ticks: AxisTick[] = [];
	for (let t = 0; t <= last; t += step) ticks.push({ at: x(t), label: shortTime(t) });
	return ticks;
}

/** Price (USD) to y over the price panel, covering the run and the reported low. */
export function priceScale(prices: readonly number[], band: Band): ScaleLinear<number, number> {
	const finite = prices.filter((p) => Number.isFinite(p) && p > 0);
	const low = Math.min(...finite);
	const high = Math.max(...finite);
	// More room below the lowest line than above the start: the lows' labels sit under their lines.
	const span = Math.max(high - low, high * 0.01);
	return scaleLinear()
		.domain([low - span * 0.14, high + span * 0.04])
		.range([band.bottom, band.top])
		.nice(5);
}

/** Price ticks at round numbers. */
export function priceTicks(y: ScaleLinear<number, number>, count: number): AxisTick[] {
	return y.ticks(count).map((value) => ({ at: y(value), label: formatPrice(value) }));
}

/** Dollars per bucket (USD) to y over the bar panel. */
export function barScale(maxUsd: number, band: Band): ScaleLinear<number, number> {
	return scaleLinear()
		.domain([0, Math.max(1, maxUsd)])
		.range([band.bottom, band.top])
		.nice(3);
}

/** Dollar ticks of the bar panel. */
export function barTicks(y: ScaleLinear<number, number>): AxisTick[] {
	return y
		.ticks(3)
		.filter((v) => v > 0)
		.map((value) => ({ at: y(value), label: formatUsd(value) }));
}
