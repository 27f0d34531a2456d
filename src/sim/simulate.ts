// Runs a scenario from start to end and returns its log, frames, summary and accounting.
import { totalEquity } from './account-math';
import { CascadeModel } from './cascade-model';
import type { SimEvent } from './events';
import type { Frame } from './frames';
import type { Scenario } from './scenario';
import { summarize, type RunSummary } from './summary';

/** Who gained and lost what, for checking that no money was made or lost from nothing (USD). */
export interface RunAccounting {
	/** Change of all traders' equity, marked at the final last prices. */
	readonly traderEquityChangeUsd: number;
	/** Change of the insurance fund. */
	readonly fundChangeUsd: number;
	/** Shortfalls the venue absorbed (a loss to the venue). */
	readonly badDebtUsd: number;
	/** Market makers' profit, marked at the final last prices. */
	readonly marketMakerPnlUsd: number;
	/** The outside shock trader's profit, marked at the final last prices. */
	readonly outsideTraderPnlUsd: number;
}

/** Everything one run produced. */
export interface SimulationRun {
	readonly scenario: Scenario;
	readonly events: readonly SimEvent[];
	readonly frames: readonly Frame[];
	readonly summary: RunSummary;
	readonly accounting: RunAccounting;
}

/** Simulates a scenario; throws InvalidScenarioError naming each bad field. */
export function simulate(s: Scenario): SimulationRun {
	const model = new CascadeModel(s);
	model.runToEnd();
	return runOf(model);
}

/** The finished (or current) state of a model as a run. */
export function runOf(model: CascadeModel): SimulationRun {
	const ex = model.exchange;
	const startPrices = model.markets.map((m) => m.price);
	const finalPrices = ex.books.map((b) => b.price);
	const equity = totalEquity(ex.pop, finalPrices);
	let marketMaker = ex.ledger.marketMakerCashUsd;
	model.markets.forEach((_, m) => {
		marketMaker +=
			(ex.ledger.marketMakerInventory[m] ?? 0) * (finalPrices[m] ?? 0) -
			(model.start.marketMakerInventory[m] ?? 0) * (startPrices[m] ?? 0);
	});
	const shocked = finalPrices[model.scenario.shockMarket] ?? 0;
	const outside = ex.ledger.outsideCashUsd + ex.ledger.outsideInventory * shocked;
	return {
		scenario: model.scenario,
		events: ex.events,
		frames: model.frames,
		summary: summarize(
			ex.events,
			model.frames,
			model.markets.map((m) => m.symbol),
			startPrices,
		),
		accounting: {
			traderEquityChangeUsd: equity - model.start.traderEquityUsd,
			fundChangeUsd: ex.ledger.fundUsd - model.scenario.insuranceFundUsd,
			badDebtUsd: ex.ledger.badDebtUsd,
			marketMakerPnlUsd: marketMaker,
			outsideTraderPnlUsd: outside,
		},
	};
}
