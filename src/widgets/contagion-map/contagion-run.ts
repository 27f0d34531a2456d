// One contagion run condensed into the per-second series the map draws: moves, flows, fund, ADL.
import {
	CascadeModel,
	InvalidScenarioError,
	runOf,
	type RunMoments,
	type Scenario,
	type SimulationRun,
} from '../../sim/index';

/** Deepest exogenous fall the simulator lets a market take (fraction; doc/model.md §3.11). */
const DEEPEST_FALL = 0.99;

/** One market's run, tick by tick (arrays indexed by tick, 0 … ticks − 1). */
export interface MarketSeries {
	readonly symbol: string;
	/** Price before the shock (USD). */
	readonly startPrice: number;
	/** The population's open positions here after the first tick, long plus short (USD). */
	readonly openInterestUsd: number;
	/** The outside move alone once the shock has unfolded, with no cascade (signed fraction). */
	readonly push: number;
	/** Last price relative to the start at the end of each tick (signed fraction). */
	readonly move: readonly number[];
	/** Notional liquidated in this market up to and including each tick (USD). */
	readonly liquidatedUsd: readonly number[];
}

/** Forced sales by cross accounts holding both ends of a link, so far at each tick (USD). */
export interface MarketLink {
	/** Market indices, `from` < `to`. */
	readonly from: number;
	readonly to: number;
	readonly usd: readonly number[];
}

/** Whole-run figures the words need. */
export interface RunFigures {
	/** Notional liquidated in all markets (USD). */
	readonly liquidatedUsd: number;
	/** Traders the liquidated accounts stand for (count). */
	readonly liquidatedTraders: number;
	/** Share of the liquidated notional that was long (fraction). */
	readonly longShare: number;
	/** Losses neither the fund nor ADL covered (USD). */
	readonly badDebtUsd: number;
}

/** Everything the map shows of one run, as plain arrays (it travels from a worker and in the page). */
export interface ContagionView {
	/** Index of the shocked market. */
	readonly shocked: number;
	/** The outside move in the shocked market (signed fraction). */
	readonly shock: number;
	/** Ticks the outside move unfolds over. */
	readonly shockTicks: number;
	/** Frames in the run (count). */
	readonly ticks: number;
	/** Traders each simulated account stands for (count). */
	readonly tradersPerAccount: number;
	readonly markets: readonly MarketSeries[];
	/** Every pair of markets, in the order (0,1), (0,2), (1,2). */
	readonly links: readonly MarketLink[];
	/** Insurance fund before the run (USD) and at the end of each tick (USD). */
	readonly fundStartUsd: number;
	readonly fundUsd: readonly number[];
	/** Notional closed by auto-deleveraging so far (USD). */
	readonly adlUsd: readonly number[];
	/** Distinct positions auto-deleveraged so far (count). */
	readonly adlPositions: readonly number[];
	readonly moments: RunMoments;
	readonly figures: RunFigures;
}

/** A run and its view, or the reason it could not run. */
export type ContagionResult =
	| { readonly ok: true; readonly run: SimulationRun; readonly view: ContagionView }
	| { readonly ok: false; readonly message: string };

/** Amounts added tick by tick, read back as running totals (tick t holds everything up to t). */
class Tally {
	readonly #perTick: number[];
	constructor(ticks: number) {
		this.#perTick = Array.from({ length: ticks }, () => 0);
	}
	add(tick: number, amount: number): void {
		this.#perTick[tick] = (this.#perTick[tick] ?? 0) + amount;
	}
	totals(): number[] {
		let sum = 0;
		return this.#perTick.map((amount) => (sum += amount));
	}
}

/** Builds the view of a finished run; `pairOf` gives each account's two markets, or null. */
export function viewOf(
	run: SimulationRun,
	shockFactors: readonly number[],
	pairOf: (account: number) => readonly [number, number] | null,
): ContagionView {
	const s = run.scenario;
	const ticks = run.frames.length;
	const symbols = run.summary.markets.map((m) => m.symbol);
	const liquidated = symbols.map(() => new Tally(ticks));
	const pairs: [number, number][] = [];
	for (let i = 0; i < symbols.length; i++) {
		for (let j = i + 1; j < symbols.length; j++) pairs.push([i, j]);
	}
	const linkSums = pairs.map(() => new Tally(ticks));
	const adlUsd = new Tally(ticks);
	const adlPositions = new Tally(ticks);
	const deleveraged = new Set<string>();
	for (const e of run.events) {
		if (e.type === 'liquidation') {
			const m = symbols.indexOf(e.asset);
			liquidated[m]?.add(e.tick, e.notionalUsd);
			const pair = pairOf(e.account);
			if (pair === null) continue;
			const k = pairs.findIndex(([a, b]) => a === Math.min(...pair) && b === Math.max(...pair));
			linkSums[k]?.add(e.tick, e.notionalUsd);
		} else if (e.type === 'adl') {
			adlUsd.add(e.tick, e.notionalUsd);
			const position = `${String(e.account)}:${e.asset}`;
			if (!deleveraged.has(position)) adlPositions.add(e.tick, 1);
			deleveraged.add(position);
		}
	}
	const markets: MarketSeries[] = run.summary.markets.map((m, i) => ({
		symbol: m.symbol,
		startPrice: m.startPrice,
		openInterestUsd: run.frames[0]?.markets[i]?.openInterestUsd ?? 0,
		push: Math.max(-DEEPEST_FALL, s.shock * (shockFactors[i] ?? 0)),
		move: run.frames.map((f) => (f.markets[i]?.last ?? m.startPrice) / m.startPrice - 1),
		liquidatedUsd: liquidated[i]?.totals() ?? [],
	}));
	return {
		shocked: s.shockMarket,
		shock: s.shock,
		shockTicks: s.shockTicks,
		ticks,
		tradersPerAccount: s.tradersPerAccount,
		markets,
		links: pairs.map(([from, to], k) => ({
			from,
			to,
			usd: linkSums[k]?.totals() ?? [],
		})),
		fundStartUsd: s.insuranceFundUsd,
		fundUsd: run.frames.map((f) => f.insuranceFundUsd),
		adlUsd: adlUsd.totals(),
		adlPositions: adlPositions.totals(),
		moments: run.summary.moments,
		figures: {
			liquidatedUsd: run.summary.liquidatedUsd,
			liquidatedTraders: run.summary.liquidatedTraders,
			longShare: run.summary.longShareOfLiquidations,
			badDebtUsd: run.summary.badDebtUsd,
		},
	};
}

/**
 * Runs the scenario: reads which markets each account holds before the run (accounts never change
 * markets), runs it to the end and condenses it. Never throws for bad input: an invalid scenario
 * comes back as a message for the reader.
 */
export function runContagion(scenario: Scenario): ContagionResult {
	try {
		const model = new CascadeModel(scenario);
		const pop = model.exchange.pop;
		const shockFactors = model.markets.map((m) => m.shockFactor);
		model.runToEnd();
		const run = runOf(model);
		const pairOf = (account: number): readonly [number, number] | null => {
			const second = pop.secondPosition[account] ?? -1;
			if (second < 0) return null;
			return [pop.market[account] ?? 0, pop.market[second] ?? 0];
		};
		return { ok: true, run, view: viewOf(run, shockFactors, pairOf) };
	} catch (error) {
		if (error instanceof InvalidScenarioError) {
			return { ok: false, message: error.errors.map((e) => e.message).join(' ') };
		}
		throw error;
	}
}
