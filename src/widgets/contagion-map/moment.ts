// The map's picture at one tick of a run: each market's move and push, the flows, the fund and ADL.
import type { ContagionView } from './contagion-run';

/** Which way the outside shock pushes prices. */
export type Direction = 'fall' | 'rise';

/** One market at the playhead. */
export interface MarketMoment {
	readonly symbol: string;
	readonly shocked: boolean;
	/** Last price against the start (signed fraction). */
	readonly move: number;
	/** The outside move alone by this tick (signed fraction). */
	readonly push: number;
	/** Furthest move in the shock's direction so far, the start included (signed fraction). */
	readonly extreme: number;
	/** Liquidated here so far (USD). */
	readonly liquidatedUsd: number;
}

/** What the map shows at one tick. */
export interface ContagionMoment {
	readonly tick: number;
	readonly markets: readonly MarketMoment[];
	/** Forced sales by cross accounts holding both ends, so far, per pair (USD). */
	readonly links: readonly { readonly from: number; readonly to: number; readonly usd: number }[];
	readonly fundUsd: number;
	readonly adlUsd: number;
	readonly adlPositions: number;
}

/** The outside move alone after `tick`: it unfolds evenly in log price over the shock's ticks. */
export function pushAt(push: number, tick: number, shockTicks: number): number {
	const share = Math.min(1, (tick + 1) / Math.max(1, shockTicks));
	return Math.pow(1 + push, share) - 1;
}

/** The picture at `tick` (clamped to the run; the start for a tick that is not a number). */
export function momentOf(view: ContagionView, tick: number): ContagionMoment {
	const t = Number.isFinite(tick) ? Math.min(view.ticks - 1, Math.max(0, Math.round(tick))) : 0;
	const fall = view.shock <= 0;
	return {
		tick: t,
		markets: view.markets.map((m, i) => {
			let extreme = 0;
			for (let k = 0; k <= t; k++) {
				const move = m.move[k] ?? 0;
				extreme = fall ? Math.min(extreme, move) : Math.max(extreme, move);
			}
			return {
				symbol: m.symbol,
				shocked: i === view.shocked,
				move: m.move[t] ?? 0,
				push: pushAt(m.push, t, view.shockTicks),
				extreme,
				liquidatedUsd: m.liquidatedUsd[t] ?? 0,
			};
		}),
		links: view.links.map((l) => ({ from: l.from, to: l.to, usd: l.usd[t] ?? 0 })),
		fundUsd: view.fundUsd[t] ?? view.fundStartUsd,
		adlUsd: view.adlUsd[t] ?? 0,
		adlPositions: view.adlPositions[t] ?? 0,
	};
}
