// The per-tick series the lab's charts draw from one run: prices, running extremes, pops, totals.
import type { Side, SimulationRun } from '../../sim/index';

/** The liquidations of one side in one tick, drawn as one dot. */
export interface LiquidationPop {
	/** Stable id for keyed lists: tick and side. */
	readonly id: string;
	readonly tick: number;
	readonly side: Side;
	/** Positions closed by the engine in this tick on this side (count). */
	readonly positions: number;
	/** Their notional (USD). */
	readonly usd: number;
	/** The mark price that triggered them (USD). */
	readonly mark: number;
}

/** Everything per tick, as arrays indexed by tick (0 … ticks − 1). */
export interface RunSeries {
	readonly ticks: number;
	/** Price before the shock (USD). */
	readonly startPrice: number;
	/** Last traded and mark price at the end of each tick (USD). */
	readonly last: Float64Array;
	readonly mark: Float64Array;
	/** Lowest and highest mark up to and including each tick, the start price included (USD). */
	readonly lowestMark: Float64Array;
	readonly highestMark: Float64Array;
	/** Notional liquidated up to and including each tick, by side (USD). */
	readonly cumulativeLongUsd: Float64Array;
	readonly cumulativeShortUsd: Float64Array;
	/** Liquidation dots in tick order. */
	readonly pops: readonly LiquidationPop[];
}

/** Condenses a run's frames and events (BTC only) into the chart series. */
export function seriesOf(run: SimulationRun): RunSeries {
	const frames = run.frames;
	const ticks = frames.length;
	const startPrice = run.summary.markets[0]?.startPrice ?? run.scenario.price;
	const last = new Float64Array(ticks);
	const mark = new Float64Array(ticks);
	const lowestMark = new Float64Array(ticks);
	const highestMark = new Float64Array(ticks);
	const cumulativeLongUsd = new Float64Array(ticks);
	const cumulativeShortUsd = new Float64Array(ticks);
	let low = startPrice;
	let high = startPrice;
	let longUsd = 0;
	let shortUsd = 0;
	for (let t = 0; t < ticks; t++) {
		const btc = frames[t]?.markets[0];
		const m = btc?.mark ?? (t > 0 ? (mark[t - 1] ?? startPrice) : startPrice);
		last[t] = btc?.last ?? m;
		mark[t] = m;
		low = Math.min(low, m);
		high = Math.max(high, m);
		lowestMark[t] = low;
		highestMark[t] = high;
		longUsd += btc?.liquidatedLongUsd ?? 0;
		shortUsd += btc?.liquidatedShortUsd ?? 0;
		cumulativeLongUsd[t] = longUsd;
		cumulativeShortUsd[t] = shortUsd;
	}
	return {
		ticks,
		startPrice,
		last,
		mark,
		lowestMark,
		highestMark,
		cumulativeLongUsd,
		cumulativeShortUsd,
		pops: popsOf(run, mark),
	};
}

function popsOf(run: SimulationRun, mark: Float64Array): LiquidationPop[] {
	const byKey = new Map<string, { tick: number; side: Side; positions: number; usd: number }>();
	for (const e of run.events) {
		if (e.type !== 'liquidation' || e.asset !== 'BTC') continue;
		const id = `${String(e.tick)}-${e.side}`;
		const pop = byKey.get(id);
		if (pop) {
			pop.positions++;
			pop.usd += e.notionalUsd;
		} else byKey.set(id, { tick: e.tick, side: e.side, positions: 1, usd: e.notionalUsd });
	}
	return Array.from(byKey, ([id, p]) => ({ id, ...p, mark: mark[p.tick] ?? Number.NaN })).sort(
		(a, b) => a.tick - b.tick || (a.side < b.side ? -1 : 1),
	);
}

/** Index just past the last pop at or before `tick` (pops are in tick order). */
export function popsUntil(pops: readonly LiquidationPop[], tick: number): number {
	let lo = 0;
	let hi = pops.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if ((pops[mid]?.tick ?? 0) <= tick) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
