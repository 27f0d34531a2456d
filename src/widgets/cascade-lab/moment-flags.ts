// Short labels for a run's key moments, as the price chart flags them along its time axis.
import type { RunMoments } from '../../sim/index';

/** A moment to flag on the chart. */
export interface MomentFlag {
	readonly tick: number;
	readonly label: string;
}

/** The moments that happened, in time order; a tick already flagged keeps its first label. */
export function momentFlags(moments: RunMoments, direction: 'fall' | 'rise'): MomentFlag[] {
	const candidates: [number | null, string][] = [
		[moments.firstLiquidationTick, 'first liquidation'],
		[moments.steepestMoveTick, direction === 'fall' ? 'steepest fall' : 'steepest rise'],
		[moments.adlStartTick, 'ADL starts'],
		[moments.firstHaltTick, 'halt'],
		[moments.endTick, 'end'],
	];
	const flags: MomentFlag[] = [];
	for (const [tick, label] of candidates) {
		if (tick === null || flags.some((f) => f.tick === tick)) continue;
		flags.push({ tick, label });
	}
	return flags.sort((a, b) => a.tick - b.tick);
}
