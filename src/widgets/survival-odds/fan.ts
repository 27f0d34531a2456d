// The fan chart's numbers: a few of the paths, thinned for drawing, and how each ended for the long.
import {
	pathFate,
	type LongPlan,
	type PathFate,
	type PathMarket,
	type StandardPaths,
} from '../../sim/index';

/** One drawn point of a path. */
export interface FanPoint {
	/** Steps since entry (steps). */
	readonly step: number;
	/** Cumulative standard move since entry (step standard deviations); price = entry·(1 + σ_step·level). */
	readonly level: number;
}

/**
 * One sample path's course from entry to the horizon. It does not depend on the trade or the
 * volatility (prices are an affine map of the level), so the chart draws it once and moves it
 * with a transform when leverage, stop or volatility change.
 */
export interface FanCourse {
	/** Index of the path among all the paths. */
	readonly id: number;
	readonly points: readonly FanPoint[];
	/** SVG path data in (step, level) units. */
	readonly d: string;
}

/** Sample paths drawn (count): enough to see a spread, few enough to tell apart. */
export const FAN_PATHS = 16;
/** Most points drawn per path (count); longer stretches keep each bucket's low and high. */
const MAX_POINTS = 160;

/**
 * Path p's levels from step 0 to `to`, thinned to about MAX_POINTS: every step when short
 * enough, else each bucket's lowest and highest in time order, so no dip through a line is lost.
 */
export function thinnedLevels(paths: StandardPaths, p: number, to: number): FanPoint[] {
	const level = paths.level;
	const base = p * (paths.spec.steps + 1);
	const at = (step: number): FanPoint => ({ step, level: level[base + step] ?? 0 });
	if (to <= MAX_POINTS) return Array.from({ length: to + 1 }, (_, k) => at(k));
	const bucket = Math.ceil(to / (MAX_POINTS / 2));
	const points: FanPoint[] = [at(0)];
	for (let start = 1; start <= to; start += bucket) {
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

/** Path data through the points, levels to a thousandth (a small fraction of a pixel). */
function pathData(points: readonly FanPoint[]): string {
	return points
		.map(
			(p, k) =>
				`${k === 0 ? 'M' : 'L'}${String(p.step)},${String(Math.round(p.level * 1000) / 1000)}`,
		)
		.join('');
}

/** The first `count` paths' courses up to `horizonSteps`, for the fan chart. */
export function fanCourses(
	paths: StandardPaths,
	horizonSteps: number,
	count = FAN_PATHS,
): FanCourse[] {
	const to = Math.min(horizonSteps, paths.spec.steps);
	const shown = Math.min(count, paths.spec.paths);
	return Array.from({ length: shown }, (_, id) => {
		const points = thinnedLevels(paths, id, to);
		return { id, points, d: pathData(points) };
	});
}

/** How each of the first `count` paths ended for the plan. */
export function fanFates(
	paths: StandardPaths,
	plan: LongPlan,
	market: PathMarket,
	count = FAN_PATHS,
): PathFate[] {
	const shown = Math.min(count, paths.spec.paths);
	return Array.from({ length: shown }, (_, id) => pathFate(paths, id, plan, market));
}

/** Lowest and highest level the drawn courses reach (step standard deviations; 0 is entry). */
export function levelRange(courses: readonly FanCourse[]): [number, number] {
	let low = 0;
	let high = 0;
	for (const course of courses) {
		for (const point of course.points) {
			low = Math.min(low, point.level);
			high = Math.max(high, point.level);
		}
	}
	return [low, high];
}
