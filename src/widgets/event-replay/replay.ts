// One replay: an event's run from the simulator, condensed into what the view draws and compares.
import {
	CascadeModel,
	InvalidScenarioError,
	runOf,
	type RunMoments,
	type SimulationRun,
} from '../../sim/index';
import { replayKey, scenarioOf, type ReplayValues } from './params';
import { BTC_OPEN_INTEREST_USD } from './reported';

/** One market's outcome. */
export interface MarketFigures {
	readonly symbol: string;
	/** Price before the shock and the lowest last price of the run (USD). */
	readonly startPrice: number;
	readonly lowestPrice: number;
	/** Notional liquidated in this market (USD). */
	readonly liquidatedUsd: number;
}

/** The whole run's figures, as the readout, the comparison and the tables use them. */
export interface ReplayFigures {
	/** Notional liquidated in every market, and by side (USD). */
	readonly liquidatedUsd: number;
	readonly longUsd: number;
	readonly shortUsd: number;
	readonly liquidatedAccounts: number;
	readonly liquidatedTraders: number;
	/** BTC's price before the shock, its lowest and its final last price (USD). */
	readonly startPrice: number;
	readonly lowestPrice: number;
	readonly finalPrice: number;
	/** Every market, BTC first. */
	readonly markets: readonly MarketFigures[];
	/** Profitable positions closed by auto-deleveraging: notional (USD) and fills (count). */
	readonly adlUsd: number;
	readonly adlFills: number;
	/** Ticks of the first liquidation and the first ADL fill; null when none happened. */
	readonly firstLiquidationTick: number | null;
	readonly adlStartTick: number | null;
	/** Negative balances: all of them (USD), the accounts left with one, and the part nobody paid. */
	readonly shortfallUsd: number;
	readonly shortfallAccounts: number;
	readonly badDebtUsd: number;
	/** Insurance fund at the start and the end (USD). */
	readonly fundStartUsd: number;
	readonly fundEndUsd: number;
	/** The largest liquidation's notional per trader of its account (USD). */
	readonly largestTraderUsd: number;
	/** BTC open interest, each contract counted once (the larger side), at the start and end (USD). */
	readonly openInterestStartUsd: number;
	readonly openInterestEndUsd: number;
	/** Multiplier from the lab's dollars to a rough market-wide figure (doc/model.md §7). */
	readonly marketScale: number;
	readonly stopsFilled: number;
}

/** What the view needs of one run: per-tick series and the run's figures. */
export interface Replay {
	/** The settings' key (see replayKey). */
	readonly key: string;
	readonly values: ReplayValues;
	/** Frames in the run (count). */
	readonly ticks: number;
	/** Exogenous move of BTC (signed fraction) and the ticks it lasts. */
	readonly shock: number;
	readonly shockTicks: number;
	/** BTC's last price at the end of each tick, to the cent (USD). */
	readonly last: Float64Array;
	/** Notional liquidated in each tick in every market, by side, to the dollar (USD). */
	readonly longUsd: Float64Array;
	readonly shortUsd: Float64Array;
	/** Notional auto-deleveraged in each tick, to the dollar (USD). */
	readonly adlUsd: Float64Array;
	readonly moments: RunMoments;
	readonly figures: ReplayFigures;
}

/** A replay with the full run behind it, or why it could not run. */
export type ReplayOutcome =
	| { readonly ok: true; readonly replay: Replay; readonly run: SimulationRun }
	| { readonly ok: false; readonly message: string };

/** BTC's open interest counted once: the larger of its longs' and shorts' notional (USD). */
function openInterestOnce(model: CascadeModel, price: number): number {
	const pop = model.exchange.pop;
	let long = 0;
	let short = 0;
	for (let p = 0; p < pop.positionCount; p++) {
		if (pop.market[p] !== 0) continue;
		const usd = (pop.quantity[p] ?? 0) * price;
		if ((pop.sign[p] ?? 1) > 0) long += usd;
		else short += usd;
	}
	return Math.max(long, short);
}

const cents = (usd: number): number => Math.round(usd * 100) / 100;

/** The per-tick series, summed over markets. */
function seriesOf(run: SimulationRun): Pick<Replay, 'last' | 'longUsd' | 'shortUsd' | 'adlUsd'> {
	const n = run.frames.length;
	const last = new Float64Array(n);
	const longUsd = new Float64Array(n);
	const shortUsd = new Float64Array(n);
	const adlUsd = new Float64Array(n);
	let adlBefore = 0;
	run.frames.forEach((frame, t) => {
		last[t] = cents(frame.markets[0]?.last ?? run.scenario.price);
		let long = 0;
		let short = 0;
		for (const market of frame.markets) {
			long += market.liquidatedLongUsd;
			short += market.liquidatedShortUsd;
		}
		longUsd[t] = Math.round(long);
		shortUsd[t] = Math.round(short);
		adlUsd[t] = Math.round(frame.adlUsd - adlBefore);
		adlBefore = frame.adlUsd;
	});
	return { last, longUsd, shortUsd, adlUsd };
}

/** The run's figures from its event log and summary; open interest is measured on the model. */
function figuresOf(run: SimulationRun, openInterest: [number, number]): ReplayFigures {
	const s = run.summary;
	let longUsd = 0;
	let shortUsd = 0;
	let adlFills = 0;
	let shortfallUsd = 0;
	let largestTraderUsd = 0;
	const shortfallAccounts = new Set<number>();
	for (const e of run.events) {
		if (e.type === 'liquidation') {
			if (e.side === 'long') longUsd += e.notionalUsd;
			else shortUsd += e.notionalUsd;
			largestTraderUsd = Math.max(largestTraderUsd, e.notionalUsd / Math.max(1, e.traders));
		} else if (e.type === 'adl') adlFills++;
		else if (e.type === 'fund') {
			// What the fund paid plus what nobody paid: the whole negative balance.
			const shortfall = Math.max(0, -e.deltaUsd) + e.uncoveredUsd;
			if (shortfall > 0) {
				shortfallUsd += shortfall;
				shortfallAccounts.add(e.account);
			}
		}
	}
	const scenario = run.scenario;
	const countedOnce =
		scenario.openInterestUsd * Math.max(scenario.longShare, 1 - scenario.longShare);
	return {
		liquidatedUsd: s.liquidatedUsd,
		longUsd,
		shortUsd,
		liquidatedAccounts: s.liquidatedAccounts,
		liquidatedTraders: s.liquidatedTraders,
		startPrice: s.markets[0]?.startPrice ?? scenario.price,
		lowestPrice: s.lowestPrice,
		finalPrice: s.finalPrice,
		markets: s.markets.map((m) => ({
			symbol: m.symbol,
			startPrice: m.startPrice,
			lowestPrice: m.lowestPrice,
			liquidatedUsd: m.liquidatedUsd,
		})),
		adlUsd: s.adlUsd,
		adlFills,
		firstLiquidationTick: s.moments.firstLiquidationTick,
		adlStartTick: s.moments.adlStartTick,
		shortfallUsd,
		shortfallAccounts: shortfallAccounts.size,
		badDebtUsd: s.badDebtUsd,
		fundStartUsd: scenario.insuranceFundUsd,
		fundEndUsd: s.insuranceFundEndUsd,
		largestTraderUsd,
		openInterestStartUsd: openInterest[0],
		openInterestEndUsd: openInterest[1],
		marketScale: BTC_OPEN_INTEREST_USD / countedOnce,
		stopsFilled: s.stopsFilled,
	};
}

/**
 * Runs the event for these values and condenses the run. The model is stepped here rather than
 * through `simulate` so BTC's open interest can be read before and after; the run is the same
 * (`simulate` is these three calls). Never throws for a bad scenario: it returns the message.
 */
export function replayOf(values: ReplayValues): ReplayOutcome {
	try {
		const model = new CascadeModel(scenarioOf(values));
		const startPrice = model.scenario.price;
		const openStart = openInterestOnce(model, startPrice);
		model.runToEnd();
		const run = runOf(model);
		const openEnd = openInterestOnce(model, run.summary.finalPrice);
		const replay: Replay = {
			key: replayKey(values),
			values: { ...values },
			ticks: run.frames.length,
			shock: run.scenario.shock,
			shockTicks: run.scenario.shockTicks,
			...seriesOf(run),
			moments: run.summary.moments,
			figures: figuresOf(run, [openStart, openEnd]),
		};
		return { ok: true, replay, run };
	} catch (error) {
		if (error instanceof InvalidScenarioError) {
			return { ok: false, message: error.errors.map((e) => e.message).join(' ') };
		}
		throw error;
	}
}
