// One panel's run condensed to what the lab draws and compares: price, liquidated dollars, figures.
import { narrateRun } from '../../lib/narrate';
import { InvalidScenarioError, simulate, type Scenario, type SimulationRun } from '../../sim/index';

/** A stretch of ticks during which the circuit breaker halted BTC's matching: [from, to). */
export interface HaltSpan {
	readonly from: number;
	readonly to: number;
}

/** The figures a panel is compared on. */
export interface PanelFigures {
	/** Notional closed by the liquidation engine, through the book or ADL (USD). */
	readonly liquidatedUsd: number;
	/** Accounts liquidated at least once, and the traders they stand for (count). */
	readonly liquidatedAccounts: number;
	readonly liquidatedTraders: number;
	/** Share of liquidated notional that was long (fraction). */
	readonly longShare: number;
	/** BTC's last price before the shock, and its lowest, highest and final (USD). */
	readonly startPrice: number;
	readonly lowestPrice: number;
	readonly highestPrice: number;
	readonly finalPrice: number;
	/** Profitable positions closed by auto-deleveraging: how many closes, and their notional (USD). */
	readonly adlClosures: number;
	readonly adlUsd: number;
	/** Shortfalls nobody covered (USD). */
	readonly badDebtUsd: number;
	/** Insurance fund at the start and the end (USD). */
	readonly fundStartUsd: number;
	readonly fundEndUsd: number;
	/** Stop-loss orders filled (count). */
	readonly stopsFilled: number;
	/** Circuit-breaker halts (count) and halted time (ticks). */
	readonly halts: number;
	readonly haltedTicks: number;
	/** The second with the most dollars liquidated, and those dollars (tick, USD). */
	readonly busiestTick: number;
	readonly busiestTickUsd: number;
	/** Length of the run (ticks). */
	readonly ticks: number;
}

/** A run as the lab keeps it: series by tick, halts, figures and the simulator's sentence. */
export interface PanelRun {
	/** Ticks the exogenous move lasts (the time axis is linear up to about here). */
	readonly shockTicks: number;
	/** BTC's last price at the end of each tick (USD). */
	readonly last: Float64Array;
	/** Notional liquidated up to and including each tick, both sides (USD). */
	readonly liquidated: Float64Array;
	/** Notional closed by auto-deleveraging up to and including each tick (USD). */
	readonly adl: Float64Array;
	readonly halts: readonly HaltSpan[];
	readonly figures: PanelFigures;
	/** The run in one sentence, from its event log (narrateRun). */
	readonly narration: string;
}

/** A run, or the reason it could not run. */
export type PanelOutcome =
	{ readonly ok: true; readonly run: PanelRun } | { readonly ok: false; readonly message: string };

/** Condenses a simulated run (BTC, the primary market). */
export function panelRunOf(run: SimulationRun): PanelRun {
	const frames = run.frames;
	const ticks = frames.length;
	const s = run.summary;
	const startPrice = s.markets[0]?.startPrice ?? run.scenario.price;
	const last = new Float64Array(ticks);
	const liquidated = new Float64Array(ticks);
	const adl = new Float64Array(ticks);
	const halts: HaltSpan[] = [];
	let total = 0;
	let busiestTick = 0;
	let busiestTickUsd = 0;
	for (let t = 0; t < ticks; t++) {
		const frame = frames[t];
		const btc = frame?.markets[0];
		last[t] = btc?.last ?? (t > 0 ? (last[t - 1] ?? startPrice) : startPrice);
		const now = (btc?.liquidatedLongUsd ?? 0) + (btc?.liquidatedShortUsd ?? 0);
		total += now;
		liquidated[t] = total;
		adl[t] = frame?.adlUsd ?? 0;
		if (now > busiestTickUsd) {
			busiestTickUsd = now;
			busiestTick = t;
		}
	}
	// A breaker trips at the end of a tick, so matching stops from the next one until the resume.
	let adlClosures = 0;
	let haltFrom: number | null = null;
	for (const e of run.events) {
		if (e.type === 'adl') adlClosures++;
		else if (e.type === 'halt' && e.asset === 'BTC') haltFrom = e.tick + 1;
		else if (e.type === 'resume' && e.asset === 'BTC' && haltFrom !== null) {
			halts.push({ from: haltFrom, to: e.tick });
			haltFrom = null;
		}
	}
	if (haltFrom !== null) halts.push({ from: haltFrom, to: ticks });
	const haltedTicks = halts.reduce((sum, h) => sum + h.to - h.from, 0);
	return {
		shockTicks: run.scenario.shockTicks,
		last,
		liquidated,
		adl,
		halts,
		figures: {
			liquidatedUsd: s.liquidatedUsd,
			liquidatedAccounts: s.liquidatedAccounts,
			liquidatedTraders: s.liquidatedTraders,
			longShare: s.longShareOfLiquidations,
			startPrice,
			lowestPrice: s.lowestPrice,
			highestPrice: s.highestPrice,
			finalPrice: s.finalPrice,
			adlClosures,
			adlUsd: s.adlUsd,
			badDebtUsd: s.badDebtUsd,
			fundStartUsd: run.scenario.insuranceFundUsd,
			fundEndUsd: s.insuranceFundEndUsd,
			stopsFilled: s.stopsFilled,
			halts: halts.length,
			haltedTicks,
			busiestTick,
			busiestTickUsd,
			ticks,
		},
		narration: narrateRun(run),
	};
}

/** Simulates one panel's scenario. Never throws for a bad scenario: it comes back as a message. */
export function runPanel(scenario: Scenario): PanelOutcome {
	try {
		return { ok: true, run: panelRunOf(simulate(scenario)) };
	} catch (error) {
		if (error instanceof InvalidScenarioError) {
			return { ok: false, message: error.errors.map((e) => e.message).join(' ') };
		}
		throw error;
	}
}

/** The typed arrays of a run, to hand over to another thread without copying. */
export function transferables(outcome: PanelOutcome): ArrayBuffer[] {
	if (!outcome.ok) return [];
	const { last, liquidated, adl } = outcome.run;
	return [last.buffer, liquidated.buffer, adl.buffer].filter(
		(b): b is ArrayBuffer => b instanceof ArrayBuffer,
	);
}

/** A scenario's identity: equal keys, identical runs (the simulator depends on nothing else). */
export function scenarioKey(scenario: Scenario): string {
	return JSON.stringify(scenario);
}
