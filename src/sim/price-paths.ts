// Seeded random price paths with fat tails, drawn once in standard units and scaled to any volatility.
import { fillUniform } from './random';

/** Minutes in a year of 365.25 days (min), for turning annual volatility into a step's. */
export const MINUTES_PER_YEAR = 525_960;

/**
 * The distribution of one step: 'student-t4', Student's t with ν = 4 degrees of freedom (fat
 * tails: moves of five standard deviations are about 150 times likelier than under a normal), or
 * 'normal', for comparison.
 */
export type StepDistribution = 'student-t4' | 'normal';

/** How a set of standard paths is drawn. */
export interface PathSpec {
	/** Seed of the random stream (integer, 0..2³²−1); the same spec always gives the same paths. */
	readonly seed: number;
	/** Paths drawn (count, 1..100,000). */
	readonly paths: number;
	/** Steps in each path (count, 1..100,000). */
	readonly steps: number;
	readonly distribution: StepDistribution;
}

/**
 * Paths of a driftless random walk whose steps have mean 0 and variance 1. Entry `p·(steps + 1) + k`
 * of each array belongs to path p after k steps (k = 0 is the start, at 0). Units: standard
 * deviations of one step; `pathPrice` turns them into dollars.
 */
export interface StandardPaths {
	readonly spec: PathSpec;
	/** Sum of the steps so far (step standard deviations). */
	readonly level: Float32Array;
	/** Lowest level reached so far, the start included (step standard deviations; ≤ 0). */
	readonly lowest: Float32Array;
}

/** Why a spec cannot be drawn, or null when it can. */
export function pathSpecError(spec: PathSpec): string | null {
	const whole = (n: number, min: number, max: number): boolean =>
		Number.isInteger(n) && n >= min && n <= max;
	if (!whole(spec.seed, 0, 4_294_967_295)) return 'seed must be a whole number from 0 to 2³²−1';
	if (!whole(spec.paths, 1, 100_000)) return 'paths must be a whole number from 1 to 100,000';
	if (!whole(spec.steps, 1, 100_000)) return 'steps must be a whole number from 1 to 100,000';
	if (spec.distribution !== 'student-t4' && spec.distribution !== 'normal') {
		return "distribution must be 'student-t4' or 'normal'";
	}
	return null;
}

/**
 * Seed of one path's own stream: the spec's seed and the path's index mixed by MurmurHash3's
 * 32-bit finaliser, so neighbouring paths (and neighbouring seeds) do not share a stream.
 */
export function pathSeed(seed: number, path: number): number {
	let h = (seed ^ Math.imul(path + 1, 0x9e3779b9)) >>> 0;
	h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
	h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
	return (h ^ (h >>> 16)) >>> 0;
}

// Acklam's rational approximation of the normal quantile (relative error below 1.2e-9).
const A = [
	-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
	2.506628277459239,
] as const;
const B = [
	-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
] as const;
const C = [
	-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734,
	4.374664141464968, 2.938163982698783,
] as const;
const D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416] as const;
const TAIL = 0.02425;

/** The standard normal's quantile at p in (0, 1) (Acklam's algorithm). */
export function normalQuantile(p: number): number {
	if (p < TAIL || p > 1 - TAIL) {
		const q = Math.sqrt(-2 * Math.log(p < TAIL ? p : 1 - p));
		const x =
			(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) /
			((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
		return p < TAIL ? x : -x;
	}
	const q = p - 0.5;
	const r = q * q;
	return (
		((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) /
		(((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1)
	);
}

/**
 * Student's t quantile with ν = 4 at p in (0, 1), which has a closed form: with α = 4p(1 − p),
 * t = sign(p − ½) · 2 · √(cos(⅓·arccos √α) / √α − 1) (Shaw 2006, "Sampling Student's T").
 * c = cos(⅓·arccos r) is the root in [√3/2, 1] of Chebyshev's cubic 4c³ − 3c = r, found here by
 * three Newton steps from a quadratic first guess: as exact as the trigonometric form, and a few
 * times faster, which matters for a million draws.
 */
export function studentT4Quantile(p: number): number {
	const alpha = 4 * p * (1 - p);
	const r = Math.sqrt(alpha);
	let c = 0.8660254037844386 + r * (0.1607 - 0.0267 * r);
	for (let i = 0; i < 3; i++) c -= (4 * c * c * c - 3 * c - r) / (12 * c * c - 3);
	const t = 2 * Math.sqrt(Math.max(0, c / r - 1));
	return p < 0.5 ? -t : t;
}

/** t with ν = 4 has variance ν/(ν − 2) = 2; this scales it to 1. */
const T4_TO_UNIT = Math.SQRT1_2;
/** Half a step of the uniform generator, so uniforms are taken strictly inside (0, 1). */
const HALF_TICK = 0.5 / 4_294_967_296;

/**
 * One unit-variance step from a uniform u in [0, 1), by inversion: the same u gives a normal or
 * a t step of the same rank, so the two distributions' paths match move for move and differ only
 * in how far the big moves go.
 */
export function standardStep(u: number, distribution: StepDistribution): number {
	const p = u + HALF_TICK;
	return distribution === 'normal' ? normalQuantile(p) : studentT4Quantile(p) * T4_TO_UNIT;
}

/** Draws the paths of a spec; throws with the reason when the spec is invalid. */
export function drawStandardPaths(spec: PathSpec): StandardPaths {
	const error = pathSpecError(spec);
	if (error !== null) throw new Error(`drawStandardPaths: ${error}`);
	const { paths, steps, distribution } = spec;
	const width = steps + 1;
	const level = new Float32Array(paths * width);
	const lowest = new Float32Array(paths * width);
	const u = new Float64Array(steps);
	const step =
		distribution === 'normal'
			? (v: number): number => normalQuantile(v + HALF_TICK)
			: (v: number): number => studentT4Quantile(v + HALF_TICK) * T4_TO_UNIT;
	for (let p = 0; p < paths; p++) {
		fillUniform(pathSeed(spec.seed, p), u);
		const base = p * width;
		let sum = 0;
		let low = 0;
		for (let k = 1; k <= steps; k++) {
			sum += step(u[k - 1] ?? 0);
			// Compare what is stored, so `lowest` agrees exactly with `level` read back.
			const stored = Math.fround(sum);
			if (stored < low) low = stored;
			level[base + k] = stored;
			lowest[base + k] = low;
		}
	}
	return { spec, level, lowest };
}

/**
 * Standard deviation of one step's return (fraction) for an annualised volatility (fraction per
 * √year) and a step length (min): σ·√(step / year), the usual square-root-of-time rule.
 */
export function stepVolatility(annualVolatility: number, stepMinutes: number): number {
	return annualVolatility * Math.sqrt(stepMinutes / MINUTES_PER_YEAR);
}

/**
 * Price of path p after k steps (USD). Steps are simple returns, P_k = P₀·(1 + σ_step·level_k),
 * so the walk has no drift and its average price stays at P₀; over hours to a week the
 * difference from log returns is small. Never below a thousandth of the start, since a price
 * cannot reach zero (a floor only a freak sequence of steps could touch).
 */
export function pathPrice(
	paths: StandardPaths,
	p: number,
	k: number,
	startPrice: number,
	stepVol: number,
): number {
	const at = p * (paths.spec.steps + 1) + k;
	return startPrice * Math.max(0.001, 1 + stepVol * (paths.level[at] ?? 0));
}

/**
 * The first step in 1..upTo at which path p is at or below `threshold` (step standard deviations),
 * or −1 if it stays above. The running lowest never rises, so a binary search finds it.
 */
export function firstStepAtOrBelow(
	paths: StandardPaths,
	p: number,
	threshold: number,
	upTo: number,
): number {
	const base = p * (paths.spec.steps + 1);
	const last = Math.min(upTo, paths.spec.steps);
	if (last < 1 || (paths.lowest[base + last] ?? 0) > threshold) return -1;
	let low = 1;
	let high = last;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if ((paths.lowest[base + mid] ?? 0) <= threshold) high = mid;
		else low = mid + 1;
	}
	return low;
}
