// The key moments of a run as timeline marks: first liquidation, steepest move, ADL, halt, end.
import type { RunMoments } from '../sim/index';

/** A labelled tick on a timeline. */
export interface TimelineMark {
	readonly tick: number;
	readonly label: string;
}

/**
 * Marks for a run's moments, in time order; moments that never happened are left out, and when
 * two fall on the same tick the first label listed here wins. `direction` names the steepest move.
 */
export function momentMarks(
	moments: RunMoments,
	direction: 'fall' | 'rise' = 'fall',
): TimelineMark[] {
	const candidates: [number | null, string][] = [
		[moments.firstLiquidationTick, 'First liquidation'],
		[moments.steepestMoveTick, direction === 'fall' ? 'Steepest fall' : 'Steepest rise'],
		[moments.adlStartTick, 'Auto-deleveraging starts'],
		[moments.firstHaltTick, 'Trading halted'],
		[moments.endTick, 'End'],
	];
	const taken = new Set<number>();
	const marks: TimelineMark[] = [];
	for (const [tick, label] of candidates) {
		if (tick === null || taken.has(tick)) continue;
		taken.add(tick);
		marks.push({ tick, label });
	}
	return marks.sort((a, b) => a.tick - b.tick);
}
