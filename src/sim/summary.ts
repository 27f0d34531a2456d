// Condenses a run's events and frames into the figures readers and tests compare.
import type { SimEvent } from './events';
import type { Frame } from './frames';

/** Key moments of a run, for the timeline's marks (ticks; null when it never happened). */
export interface RunMoments {
	readonly firstLiquidationTick: number | null;
	/** Tick of the largest one-tick move of the primary price. */
	readonly steepestMoveTick: number | null;
	readonly adlStartTick: number | null;
	readonly firstHaltTick: number | null;
	readonly endTick: number;
}

/** One market's outcome. */
export interface MarketSummary {
	readonly symbol: string;
	/** Price before the shock (USD). */
	readonly startPrice: number;
	readonly finalPrice: number;
	readonly lowestPrice: number;
	readonly highestPrice: number;
	/** Notional liquidated in this market (USD). */
	readonly liquidatedUsd: number;
}

/** What a run did, in figures. */
export interface RunSummary {
	/** Notional closed by the liquidation engine, through the book or ADL (USD). */
	readonly liquidatedUsd: number;
	/** Accounts liquidated at least once (count). */
	readonly liquidatedAccounts: number;
	/** Traders those accounts stand for (count). */
	readonly liquidatedTraders: number;
	/** Share of liquidated notional that was long (fraction; 0 when nothing was liquidated). */
	readonly longShareOfLiquidations: number;
	/** Primary market's last price at the end (USD). */
	readonly finalPrice: number;
	readonly lowestPrice: number;
	readonly highestPrice: number;
	/** Insurance fund at the end (USD). */
	readonly insuranceFundEndUsd: number;
	/** Notional of profitable positions closed by auto-deleveraging (USD). */
	readonly adlUsd: number;
	/** Shortfalls nobody covered (USD). */
	readonly badDebtUsd: number;
	/** Stop-loss orders filled (count) and their notional (USD). */
	readonly stopsFilled: number;
	readonly stoppedUsd: number;
	/** Length of the run (ticks). */
	readonly ticks: number;
	readonly moments: RunMoments;
	readonly markets: readonly MarketSummary[];
}

/** Summarises a finished run. `startPrices` are the markets' prices before the shock (USD). */
export function summarize(
	events: readonly SimEvent[],
	frames: readonly Frame[],
	symbols: readonly string[],
	startPrices: readonly number[],
): RunSummary {
	let liquidatedUsd = 0;
	let longUsd = 0;
	let stopsFilled = 0;
	let stoppedUsd = 0;
	let adlUsd = 0;
	let firstLiquidationTick: number | null = null;
	let adlStartTick: number | null = null;
	let firstHaltTick: number | null = null;
	const liquidated = new Set<number>();
	let traders = 0;
	const byMarket = new Map<string, number>();
	for (const e of events) {
		if (e.type === 'liquidation') {
			liquidatedUsd += e.notionalUsd;
			if (e.side === 'long') longUsd += e.notionalUsd;
			if (!liquidated.has(e.account)) traders += e.traders;
			liquidated.add(e.account);
			byMarket.set(e.asset, (byMarket.get(e.asset) ?? 0) + e.notionalUsd);
			firstLiquidationTick ??= e.tick;
		} else if (e.type === 'stop') {
			stopsFilled++;
			stoppedUsd += e.notionalUsd;
		} else if (e.type === 'adl') {
			adlUsd += e.notionalUsd;
			adlStartTick ??= e.tick;
		} else if (e.type === 'halt') {
			firstHaltTick ??= e.tick;
		}
	}
	const markets = symbols.map((symbol, m) => {
		const start = startPrices[m] ?? 0;
		let low = start;
		let high = start;
		for (const f of frames) {
			const last = f.markets[m]?.last ?? start;
			if (last < low) low = last;
			if (last > high) high = last;
		}
		return {
			symbol,
			startPrice: start,
			finalPrice: frames.at(-1)?.markets[m]?.last ?? start,
			lowestPrice: low,
			highestPrice: high,
			liquidatedUsd: byMarket.get(symbol) ?? 0,
		};
	});
	const primary = markets[0] as MarketSummary;
	const last = frames.at(-1);
	return {
		liquidatedUsd,
		liquidatedAccounts: liquidated.size,
		liquidatedTraders: traders,
		longShareOfLiquidations: liquidatedUsd > 0 ? longUsd / liquidatedUsd : 0,
		finalPrice: primary.finalPrice,
		lowestPrice: primary.lowestPrice,
		highestPrice: primary.highestPrice,
		insuranceFundEndUsd: last?.insuranceFundUsd ?? 0,
		adlUsd,
		badDebtUsd: last?.badDebtUsd ?? 0,
		stopsFilled,
		stoppedUsd,
		ticks: frames.length,
		moments: {
			firstLiquidationTick,
			steepestMoveTick: steepestMove(frames, primary.startPrice),
			adlStartTick,
			firstHaltTick,
			endTick: Math.max(0, frames.length - 1),
		},
		markets,
	};
}

function steepestMove(frames: readonly Frame[], startPrice: number): number | null {
	let best: number | null = null;
	let bestSize = 0;
	let previous = startPrice;
	for (const f of frames) {
		const last = f.markets[0]?.last ?? previous;
		const size = Math.abs(Math.log(last / previous));
		if (size > bestSize) {
			bestSize = size;
			best = f.tick;
		}
		previous = last;
	}
	return best;
}
