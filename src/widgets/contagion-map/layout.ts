// Where the small multiples sit, their shared scales, and the thinned point lists their lines draw.
import { scaleLinear, type ScaleLinear, type ScaleSymLog } from 'd3-scale';
import { formatSignedPercent } from '../../lib/format';
import { timeTicks, type AxisTick } from '../cascade-lab/chart-layout';
import type { ContagionView } from './contagion-run';
import { pushAt } from './moment';

/** One market's plot box (viewBox units). */
export interface PanelBox {
	readonly from: number;
	readonly to: number;
	readonly top: number;
	readonly bottom: number;
}

/** The small multiples' drawing: size, one box per market, and which boxes carry axis labels. */
export interface MultiplesGeometry {
	readonly width: number;
	readonly height: number;
	readonly panels: readonly PanelBox[];
	/** Side by side (one move axis, on the left) rather than stacked (one axis per row). */
	readonly sideBySide: boolean;
}

const WIDE_TOP = 46;
const WIDE_BOTTOM = 216;

/** Side by side on one move axis, three equal panels: ~420 units suit a laptop's widget column. */
export const WIDE: MultiplesGeometry = {
	width: 420,
	height: 252,
	panels: [
		{ from: 46, to: 157, top: WIDE_TOP, bottom: WIDE_BOTTOM },
		{ from: 171, to: 282, top: WIDE_TOP, bottom: WIDE_BOTTOM },
		{ from: 296, to: 407, top: WIDE_TOP, bottom: WIDE_BOTTOM },
	],
	sideBySide: true,
};

/** Charts this wide or narrower use the narrow layout (CSS px; the styles' container query agrees). */
export const NARROW_BELOW_PX = 416;

/** Stacked rows on phones, each with the same move axis, one time axis under the last, ~340 units wide. */
export const NARROW: MultiplesGeometry = {
	width: 340,
	height: 408,
	panels: [
		{ from: 46, to: 330, top: 34, bottom: 120 },
		{ from: 46, to: 330, top: 160, bottom: 246 },
		{ from: 46, to: 330, top: 286, bottom: 372 },
	],
	sideBySide: false,
};

/** The move range every panel shares: every market's path and push, zero included, padded. */
export function moveDomain(view: ContagionView): [number, number] {
	let low = 0;
	let high = 0;
	for (const m of view.markets) {
		for (const v of m.move) {
			if (v < low) low = v;
			if (v > high) high = v;
		}
		low = Math.min(low, m.push);
		high = Math.max(high, m.push);
	}
	const span = Math.max(0.01, high - low);
	const pad = span * 0.08;
	const scale = scaleLinear()
		.domain([low - (low < 0 ? pad : 0), high + (high > 0 ? pad : 0)])
		.nice(4);
	const [a = -0.01, b = 0.01] = scale.domain();
	return a === b ? [a - 0.01, b + 0.01] : [a, b];
}

/** Move (signed fraction) to y within a panel. */
export function moveScale(
	domain: readonly [number, number],
	panel: PanelBox,
): ScaleLinear<number, number> {
	return scaleLinear().domain(domain).range([panel.bottom, panel.top]);
}

/** Round move ticks, labelled "−10%", "0%", "+5%". */
export function moveTicks(scale: ScaleLinear<number, number>, count = 4): AxisTick[] {
	return scale.ticks(count).map((v) => ({ at: scale(v), label: formatSignedPercent(v, 0) }));
}

/** A point of a drawn line (viewBox units). */
export type Point = readonly [number, number];

/** Closest two kept points may sit on both axes before the later one is dropped (viewBox units). */
const THIN = 0.75;

/**
 * The points of a per-tick series up to tick `upTo`, dropping points that would sit within a
 * fraction of a unit of the last one kept (a run has ~1,000 ticks; a panel is ~115 units wide).
 * The first and the last point are always kept, so the line ends exactly at the playhead.
 */
export function thinnedPoints(
	upTo: number,
	x: (tick: number) => number,
	y: (tick: number) => number,
): Point[] {
	const points: Point[] = [];
	let last: Point | null = null;
	for (let t = 0; t <= upTo; t++) {
		const p: Point = [x(t), y(t)];
		const far =
			last === null || Math.abs(p[0] - last[0]) >= THIN || Math.abs(p[1] - last[1]) >= THIN;
		if (far || t === upTo) {
			points.push(p);
			last = p;
		}
	}
	return points;
}

/** An SVG path through the points, coordinates to a tenth of a unit. */
export function pathOf(points: readonly Point[]): string {
	return points
		.map(([px, py], i) => `${i === 0 ? 'M' : 'L'}${px.toFixed(1)},${py.toFixed(1)}`)
		.join('');
}

/** The outside push alone for a market, as a per-tick function for `thinnedPoints`. */
export function pushSeries(view: ContagionView, market: number): (tick: number) => number {
	const push = view.markets[market]?.push ?? 0;
	return (tick) => pushAt(push, tick, view.shockTicks);
}

/** Time labels this close to a panel's edge are anchored inside it (viewBox units). */
const EDGE = 20;
/** Rough width of one character of an axis label (viewBox units), and the gap kept between labels. */
const LABEL_CHAR = 5.5;
const LABEL_GAP = 4;

/**
 * Time ticks for one panel: the outermost labels kept inside it so neighbouring panels never
 * touch, and, working from the right so the run's length stays labelled, any label that would
 * run into the next one dropped.
 */
export function panelTimeTicks(scale: ScaleSymLog<number, number>, box: PanelBox): AxisTick[] {
	const kept: AxisTick[] = [];
	let nextStart = Number.POSITIVE_INFINITY;
	for (const tick of timeTicks(scale).reverse()) {
		const width = tick.label.length * LABEL_CHAR;
		const anchor = tick.at - box.from < EDGE ? 'start' : box.to - tick.at < EDGE ? 'end' : 'middle';
		const start =
			anchor === 'start' ? tick.at : anchor === 'end' ? tick.at - width : tick.at - width / 2;
		if (start + width > nextStart - LABEL_GAP) continue;
		kept.unshift({ ...tick, anchor });
		nextStart = start;
	}
	return kept;
}
