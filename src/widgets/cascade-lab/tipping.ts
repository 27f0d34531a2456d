// The tipping-point view's numbers: how far the price falls for each initial shock and leverage.
import { readPageCopy } from '../../lib/page-copy';
import { simulate, type Scenario } from '../../sim/index';

/** Population leverage of each curve (×). */
export const TIPPING_LEVERAGES = [3, 5, 10, 20] as const;

/**
 * Initial falls tried (fraction, positive = fall), dense near zero where small populations tip:
 * the jump from fizzling to running away can sit within a few tenths of a per cent.
 */
export const TIPPING_SHOCKS = [
	0, 0.001, 0.002, 0.003, 0.004, 0.005, 0.006, 0.008, 0.01, 0.0125, 0.015, 0.02, 0.025, 0.03, 0.04,
	0.05, 0.06, 0.08, 0.1, 0.125, 0.15,
] as const;

/** One leverage level's curve: the run's deepest fall for each shock in TIPPING_SHOCKS. */
export interface TippingCurve {
	readonly leverage: number;
	/** Lowest price's distance below the start (fraction), one per shock. */
	readonly falls: readonly number[];
}

/** All curves for one market, and the key of the market they were computed for. */
export interface TippingResult {
	readonly key: string;
	readonly curves: readonly TippingCurve[];
}

/** The market without the two things the view varies (leverage and shock), as a cache key. */
export function tippingKey(base: Scenario): string {
	return JSON.stringify({ ...base, medianLeverage: 0, shock: 0 });
}

/** Falls are kept to a millionth, so the page's embedded copy reads back exactly. */
const FALL_PRECISION = 1e6;

/** The deepest fall (fraction) of a run of `base` at one leverage and one initial fall. */
export function fallAfter(base: Scenario, leverage: number, shock: number): number {
	const run = simulate({ ...base, medianLeverage: leverage, shock: -shock });
	const fall = Math.max(0, 1 - run.summary.lowestPrice / run.scenario.price);
	return Math.round(fall * FALL_PRECISION) / FALL_PRECISION;
}

/** One curve, run by run (≈ 20 runs). */
export function tippingCurve(base: Scenario, leverage: number): TippingCurve {
	return { leverage, falls: TIPPING_SHOCKS.map((shock) => fallAfter(base, leverage, shock)) };
}

/** Every curve at once (≈ 80 runs; a second or so): for the server render and tests. */
export function tippingCurves(base: Scenario): TippingResult {
	return {
		key: tippingKey(base),
		curves: TIPPING_LEVERAGES.map((leverage) => tippingCurve(base, leverage)),
	};
}

/** Where a curve tips: the shock step with the steepest rise, if that rise is a runaway. */
export interface TippingPoint {
	/** Largest shock that still fizzled, and the smallest that ran away (fractions). */
	readonly before: number;
	readonly after: number;
	/** Their falls (fractions). */
	readonly fallBefore: number;
	readonly fallAfter: number;
}

/** Extra fall per unit of extra shock above which a step counts as a runaway (dimensionless). */
const RUNAWAY_SLOPE = 4;

/** The curve's steepest step, when the fall grows at least RUNAWAY_SLOPE times faster than the shock. */
export function tippingPoint(curve: TippingCurve): TippingPoint | null {
	let best: TippingPoint | null = null;
	let bestSlope = RUNAWAY_SLOPE;
	for (let k = 1; k < TIPPING_SHOCKS.length; k++) {
		const before = TIPPING_SHOCKS[k - 1] ?? 0;
		const after = TIPPING_SHOCKS[k] ?? 0;
		const fallBefore = curve.falls[k - 1] ?? 0;
		const fallAfter = curve.falls[k] ?? 0;
		const slope = (fallAfter - fallBefore) / (after - before);
		if (slope > bestSlope) {
			bestSlope = slope;
			best = { before, after, fallBefore, fallAfter };
		}
	}
	return best;
}

/** The curves as compact text, for the static page to hand to the browser (see decodeTipping). */
export function encodeTipping(result: TippingResult): string {
	return JSON.stringify(result);
}

/** Curves read back from encodeTipping's text; null unless the text has exactly that shape. */
export function decodeTipping(text: string | undefined): TippingResult | null {
	const data = readPageCopy(text);
	if (data === null) return null;
	const { key, curves } = data;
	if (typeof key !== 'string' || !Array.isArray(curves)) return null;
	const checked: TippingCurve[] = [];
	for (const c of curves as unknown[]) {
		if (typeof c !== 'object' || c === null) return null;
		const { leverage, falls } = c as { leverage?: unknown; falls?: unknown };
		if (typeof leverage !== 'number' || !Array.isArray(falls)) return null;
		if (falls.length !== TIPPING_SHOCKS.length) return null;
		if (!falls.every((f) => typeof f === 'number' && Number.isFinite(f))) return null;
		checked.push({ leverage, falls: falls as number[] });
	}
	return { key, curves: checked };
}
