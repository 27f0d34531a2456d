// Chart boxes and scales the lab's SVG parts share, so side-by-side charts line up on price.
import { scaleLinear, scaleSymlog, type ScaleLinear, type ScaleSymLog } from 'd3-scale';
import { formatPrice } from '../../lib/format';

/** A chart's drawing box in viewBox units, with margins for axes. */
export interface ChartBox {
	readonly width: number;
	readonly height: number;
	readonly top: number;
	readonly right: number;
	readonly bottom: number;
	readonly left: number;
}

/** A horizontal span of a chart: a panel's left and right edges (viewBox units). */
export interface Span {
	readonly from: number;
	readonly to: number;
}

/** A panel of a chart: its horizontal span and its top and baseline (viewBox units). */
export interface Panel extends Span {
	readonly top: number;
	readonly bottom: number;
}

/** Room above the price panel for its title and up to three rows of moment flags (viewBox units). */
export const PATH_HEADROOM = 42;

/** Where the cascade chart's two panels sit, and the size of the whole drawing (viewBox units). */
export interface CascadeGeometry {
	readonly width: number;
	readonly height: number;
	readonly levels: Panel;
	readonly path: Panel;
	/** Both panels share one price axis (side by side) rather than one each (stacked). */
	readonly sharedAxis: boolean;
}

/**
 * Wide: the levels panel left of the price path on one price axis, so the path runs visibly into
 * the bands; ~420 units wide suits a laptop's widget column.
 */
export const WIDE: CascadeGeometry = {
	width: 420,
	height: 310,
	levels: { from: 64, to: 170, top: 54, bottom: 270 },
	path: { from: 186, to: 408, top: 54, bottom: 270 },
	sharedAxis: true,
};

/** Charts this wide or narrower use the narrow layout (CSS px; the styles' container queries agree). */
export const NARROW_BELOW_PX = 416;

/** Narrow (phones): the two panels stacked, each with its own price axis, ~340 units wide. */
export const NARROW: CascadeGeometry = {
	width: 340,
	height: 520,
	levels: { from: 64, to: 328, top: 30, bottom: 186 },
	path: { from: 64, to: 328, top: 302, bottom: 480 },
	sharedAxis: false,
};

/** The tipping-point chart, wide and narrow (phones). */
export const TIPPING_WIDE: ChartBox = {
	width: 480,
	height: 320,
	top: 24,
	right: 44,
	bottom: 44,
	left: 56,
};
export const TIPPING_NARROW: ChartBox = {
	width: 340,
	height: 300,
	top: 24,
	right: 36,
	bottom: 44,
	left: 46,
};

/** One labelled tick of an axis, at a position in viewBox units. */
export interface AxisTick {
	readonly at: number;
	readonly label: string;
	/** Which end of the label sits at the tick (bottom axes); the middle by default. */
	readonly anchor?: 'start' | 'middle' | 'end';
}

/** Price (USD) to y over a panel. */
export function priceScale(
	domain: readonly [number, number],
	panel: Panel,
): ScaleLinear<number, number> {
	return scaleLinear().domain(domain).range([panel.bottom, panel.top]);
}

/** Price ticks at round numbers. */
export function priceTicks(scale: ScaleLinear<number, number>, count = 6): AxisTick[] {
	return scale.ticks(count).map((value) => ({ at: scale(value), label: formatPrice(value) }));
}

/**
 * Time (ticks) to x. Most of a cascade happens while the shock lasts and the run then settles for
 * many minutes, so time is linear over the shock and logarithmic after it (a symlog scale).
 */
export function timeScale(
	lastTick: number,
	shockTicks: number,
	span: Span,
): ScaleSymLog<number, number> {
	return scaleSymlog()
		.constant(Math.max(5, shockTicks / 3))
		.domain([0, Math.max(1, lastTick)])
		.range([span.from, span.to]);
}

/** A round time as a short axis label: "30 s", "2 min", "1 h". */
export function shortTime(seconds: number): string {
	if (seconds < 60) return `${String(seconds)} s`;
	if (seconds < 3600) return `${String(Math.round(seconds / 60))} min`;
	return `${String(Math.round(seconds / 360) / 10)} h`;
}

/** Candidate time ticks (seconds): round minutes and their usual fractions. */
const TIME_STEPS = [0, 10, 30, 60, 120, 300, 600, 900, 1200, 1800, 2400, 3600, 5400, 7200];
/** Closest two time labels may sit (viewBox units). */
const MIN_LABEL_GAP = 36;

/** Time ticks that fit the scale without crowding. */
export function timeTicks(scale: ScaleSymLog<number, number>): AxisTick[] {
	const [, last = 0] = scale.domain();
	const ticks: AxisTick[] = [];
	let previous = Number.NEGATIVE_INFINITY;
	for (const t of TIME_STEPS) {
		if (t > last) break;
		const at = scale(t);
		if (at - previous < MIN_LABEL_GAP) continue;
		ticks.push({ at, label: shortTime(t) });
		previous = at;
	}
	return ticks;
}
