// Sizes, axes and label placement shared by SurvivalOdds' three charts.
import type { ScaleLinear } from 'd3-scale';
import { formatLeverage, formatPercent } from '../../lib/format';
import type { AxisTick } from '../cascade-lab/chart-layout';

/** A chart's drawing size and margins (viewBox units, drawn 1:1 in CSS px). */
export interface ChartBox {
	readonly width: number;
	readonly height: number;
	readonly top: number;
	readonly right: number;
	readonly bottom: number;
	readonly left: number;
}

/** Charts narrower than this are drawn taller (CSS px; the parts' container queries agree). */
export const NARROW_BELOW_PX = 420;
/** Height over width: fixed for a width class, so hydrating never changes a chart's box. */
export const ASPECT_WIDE = 0.64;
export const ASPECT_NARROW = 0.8;

/**
 * A chart's box for a measured width (CSS px): as wide as its column, within limits that keep
 * 11 px labels legible, and taller when narrow. The server renders `fallback` and the browser
 * then measures; CSS gives the box the same aspect ratio before and after, so nothing moves.
 */
export function boxFor(
	measured: number,
	margins: Omit<ChartBox, 'width' | 'height'>,
	fallback = 480,
): ChartBox {
	const width = Math.round(Math.min(720, Math.max(280, measured > 0 ? measured : fallback)));
	const aspect = width < NARROW_BELOW_PX ? ASPECT_NARROW : ASPECT_WIDE;
	return { width, height: Math.round(width * aspect), ...margins };
}

/** A price as a short tick label: "$95k", "$102.5k". */
export function priceTick(usd: number): string {
	return `$${String(Math.round(usd / 100) / 10)}k`;
}

/** Price ticks over a scale's domain, as labelled positions. */
export function priceTicks(y: ScaleLinear<number, number>, count: number): AxisTick[] {
	return y.ticks(count).map((v) => ({ at: y(v), label: priceTick(v) }));
}

/** Time axis of the fan: hours when the holding time is short, days when it is long. */
export function timeTicks(
	hours: number,
	x: (hour: number) => number,
	narrow: boolean,
): { ticks: AxisTick[]; title: string } {
	if (hours > 36) {
		const days = Math.floor(hours / 24);
		const every = narrow && days > 4 ? 2 : 1;
		const ticks = [0];
		for (let d = every; d <= days; d += every) ticks.push(d);
		return {
			ticks: ticks.map((d) => ({ at: x(d * 24), label: String(d) })),
			title: 'days held',
		};
	}
	const steps = [1, 2, 3, 4, 6, 12];
	const step = steps.find((s) => hours / s <= (narrow ? 4 : 6)) ?? 12;
	const ticks: AxisTick[] = [];
	for (let h = 0; h <= hours + 1e-9; h += step) ticks.push({ at: x(h), label: String(h) });
	return { ticks, title: 'hours held' };
}

/** Leverage ticks on a log axis from 1× to 100×. */
export const LEVERAGE_TICKS = [1, 2, 3, 5, 10, 20, 50, 100] as const;

/** Leverage ticks as labelled positions. */
export function leverageTicks(x: (leverage: number) => number, narrow: boolean): AxisTick[] {
	const shown = narrow ? [1, 2, 5, 10, 20, 50, 100] : LEVERAGE_TICKS;
	return shown.map((l) => ({ at: x(l), label: formatLeverage(l) }));
}

/** Percentage ticks as labelled positions. */
export function percentTicks(
	values: readonly number[],
	at: (fraction: number) => number,
): AxisTick[] {
	return values.map((v) => ({ at: at(v), label: formatPercent(v) }));
}

/** Y positions for labels wanted at `wanted`, pushed apart by at least `gap` (viewBox units). */
export function spreadLabels(
	wanted: readonly number[],
	gap: number,
	top: number,
	bottom: number,
): number[] {
	const order = wanted.map((at, k) => ({ at, k })).sort((a, b) => a.at - b.at);
	const placed: number[] = new Array<number>(wanted.length).fill(0);
	let previous = top - gap;
	for (const { at, k } of order) {
		previous = Math.max(at, previous + gap);
		placed[k] = previous;
	}
	// If the last label ran past the bottom, shift the whole stack up.
	const overflow = Math.max(0, previous - bottom);
	return placed.map((y) => y - overflow);
}
